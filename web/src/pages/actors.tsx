/** Actor list: codes by dyadic volume and knowledge-base entities by participation. */
import { useState } from "preact/hooks";
import { api } from "../api";
import { Status } from "../components/status";
import { useApi } from "../hooks";
import { href, replaceParams } from "../router";

export function ActorsPage({ params }: { params: URLSearchParams }) {
  const [q, setQ] = useState(params.get("q") ?? "");
  const [kind, setKind] = useState(params.get("kind") ?? "");
  const state = useApi(() => {
    replaceParams("actors", { q, kind });
    return api.actors({ q, kind, limit: 200 });
  }, [q, kind]);
  return (
    <>
      <h1>Actors</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label="Find actors">
        <label class="field">
          Name or code
          <input type="search" value={q} onInput={(e) => setQ((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="field">
          Kind
          <select value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">codes and entities</option>
            <option value="code">actor codes</option>
            <option value="entity">entities</option>
          </select>
        </label>
      </form>
      <Status state={state}>
        {(d) => (
          <table>
            <thead>
              <tr>
                <th scope="col">Actor</th>
                <th scope="col">Kind</th>
                <th scope="col">Code</th>
                <th scope="col">Events</th>
              </tr>
            </thead>
            <tbody>
              {d.actors.map((a) => (
                <tr key={`${a.kind}-${a.id}`}>
                  <td>
                    <a href={href(`actor/${encodeURIComponent(a.id)}`)}>{a.name}</a>
                  </td>
                  <td>{a.kind === "code" ? "code" : (a.type ?? "entity")}</td>
                  <td>{a.code}</td>
                  <td class="num">{a.events}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Status>
    </>
  );
}
