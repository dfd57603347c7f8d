/** Documents in publication order, a page at a time. */
import { api } from "../api";
import { Status } from "../components/status";
import { useApi } from "../hooks";
import { href } from "../router";

const PAGE = 100;

export function DocumentsPage({ params }: { params: URLSearchParams }) {
  const offset = Math.max(0, Number(params.get("offset") ?? 0) || 0);
  const state = useApi(() => api.documents({ limit: PAGE, offset }), [offset]);
  return (
    <>
      <h1>Documents</h1>
      <Status state={state}>
        {({ documents, page }) => (
          <>
            <table>
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Publisher</th>
                  <th scope="col">Published</th>
                  <th scope="col">Sentences</th>
                  <th scope="col">Events</th>
                </tr>
              </thead>
              <tbody>
                {documents.map((d) => (
                  <tr key={d.id}>
                    <td>
                      <a href={href(`document/${d.id}`)}>{d.title ?? d.key}</a>
                    </td>
                    <td>{d.publisher}</td>
                    <td>{d.published}</td>
                    <td class="num">{d.sentences}</td>
                    <td class="num">{d.events}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <nav class="pager" aria-label="Pages of documents">
              {page.offset > 0 && (
                <a href={href("documents", { offset: Math.max(0, page.offset - PAGE) })}>← Previous</a>
              )}
              <span class="muted">
                {page.offset + 1}–{page.offset + documents.length} of {page.total}
              </span>
              {page.next !== null && <a href={href("documents", { offset: page.next })}>Next →</a>}
            </nav>
          </>
        )}
      </Status>
    </>
  );
}
