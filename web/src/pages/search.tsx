/** Full-text search over sentences; matches are marked with <mark> around plain-text parts. */
import { useState } from "preact/hooks";
import { api } from "../api";
import { Status } from "../components/status";
import { useApi } from "../hooks";
import { href, replaceParams } from "../router";

export function SearchPage({ params }: { params: URLSearchParams }) {
  const [q, setQ] = useState(params.get("q") ?? "");
  const [submitted, setSubmitted] = useState(q);
  const state = useApi(async () => {
    replaceParams("search", { q: submitted });
    return submitted ? api.search({ q: submitted, limit: 100 }) : { hits: [] };
  }, [submitted]);
  return (
    <>
      <h1>Search</h1>
      <search>
        <form
          class="filters"
          onSubmit={(e) => {
            e.preventDefault();
            setSubmitted(q.trim());
          }}
        >
          <label class="field grow">
            Words, "phrases", AND, OR, NOT, prefix*
            <input
              type="search"
              name="q"
              value={q}
              onInput={(e) => setQ((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <button type="submit">Search</button>
        </form>
      </search>
      <Status state={state}>
        {({ hits }) =>
          hits.length === 0 ? (
            <p class="muted">{submitted ? "No sentence matches." : "Type a query."}</p>
          ) : (
            <ol class="hits">
              {hits.map((h) => (
                <li key={`${h.docId}-${h.sentence}`}>
                  <a href={href(`document/${h.docId}`, { sentence: h.sentence })}>{h.title ?? h.key}</a>
                  <p>{h.parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : p.text))}</p>
                </li>
              ))}
            </ol>
          )
        }
      </Status>
    </>
  );
}
