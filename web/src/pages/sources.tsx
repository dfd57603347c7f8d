/** Source comparison: how each publisher's events split between cooperation and conflict. */
import { useState } from "preact/hooks";
import { api } from "../api";
import { DateInput } from "../components/filters";
import { Status } from "../components/status";
import { useApi } from "../hooks";
import { QUADS } from "../quad";

interface SourceRow {
  publisher: string;
  documents: number;
  events: number;
  byQuad: number[];
  net: number;
  meanIntensity: number;
}

export function SourceTable({ sources }: { sources: SourceRow[] }) {
  if (sources.length === 0) return <p class="muted">No events.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Publisher</th>
          <th scope="col">Documents</th>
          <th scope="col">Events</th>
          <th scope="col">Split by quad class</th>
          <th scope="col">Mean intensity</th>
        </tr>
      </thead>
      <tbody>
        {sources.map((s) => (
          <tr key={s.publisher}>
            <td>{s.publisher || <span class="muted">unknown</span>}</td>
            <td class="num">{s.documents}</td>
            <td class="num">{s.events}</td>
            <td>
              <div
                class="quad-bar small"
                role="img"
                aria-label={QUADS.map((q, i) => `${q.label} ${s.byQuad[i]}`).join(", ")}
              >
                {QUADS.map((q, i) => (
                  <span key={q.code} style={{ background: q.color, flexGrow: s.byQuad[i] }} />
                ))}
              </div>
            </td>
            <td class="num">{s.meanIntensity.toFixed(2)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SourcesPage({ params }: { params: URLSearchParams }) {
  const [from, setFrom] = useState(params.get("from") ?? "");
  const [to, setTo] = useState(params.get("to") ?? "");
  const state = useApi(() => api.sources({ from, to }), [from, to]);
  return (
    <>
      <h1>Sources</h1>
      <p class="muted">Asserted events per publisher. Open a dyad to compare sources on one relation.</p>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label="Period">
        <DateInput label="From" value={from} onChange={setFrom} />
        <DateInput label="To" value={to} onChange={setTo} />
      </form>
      <Status state={state}>{(d) => <SourceTable sources={d.sources} />}</Status>
    </>
  );
}
