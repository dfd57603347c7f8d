/** Dyad view: the monthly cooperation–conflict chart for two actors, with their events below. */
import * as Plot from "@observablehq/plot";
import { useState } from "preact/hooks";
import { api, type StoredEvent } from "../api";
import { EventList } from "../components/event-list";
import { DateInput, FactualityPicker, factualityParam, parseFactuality } from "../components/filters";
import { PlotFigure } from "../components/plot-figure";
import { Status } from "../components/status";
import { useApi } from "../hooks";
import { QUADS, quadColor, quadLabel } from "../quad";
import { replaceParams } from "../router";
import { SourceTable } from "./sources";

const PAGE = 50;

function DyadChart({ months }: { months: { month: string; quadCode: number; events: number }[] }) {
  return (
    <PlotFigure
      label="Events per month: cooperation above the line, conflict below, by quad class"
      deps={[months]}
      build={(width) =>
        Plot.plot({
          width,
          height: 280,
          x: { type: "utc", label: null },
          y: {
            label: "↑ cooperation · events · conflict ↓",
            grid: true,
            tickFormat: (d: number) => (Number.isInteger(d) ? String(Math.abs(d)) : ""),
          },
          color: { domain: QUADS.map((q) => q.code), range: QUADS.map((q) => q.color) },
          marks: [
            Plot.rectY(months, {
              x: (d) => new Date(`${d.month}-01`),
              interval: "month",
              y: (d) => (d.quadCode <= 2 ? d.events : -d.events),
              fill: "quadCode",
              title: (d) => `${d.month}: ${d.events} ${quadLabel(d.quadCode).toLowerCase()}`,
            }),
            Plot.ruleY([0]),
          ],
        })
      }
    />
  );
}

export function DyadPage({ params }: { params: URLSearchParams }) {
  const [a, setA] = useState((params.get("a") ?? "MLI").toUpperCase());
  const [b, setB] = useState((params.get("b") ?? "FRA").toUpperCase());
  const [directed, setDirected] = useState(params.get("directed") === "true");
  const [from, setFrom] = useState(params.get("from") ?? "");
  const [to, setTo] = useState(params.get("to") ?? "");
  const [factuality, setFactuality] = useState(parseFactuality(params.get("factuality")));
  const [more, setMore] = useState<StoredEvent[]>([]);
  const filters = {
    a,
    b,
    directed: directed ? "true" : undefined,
    from,
    to,
    factuality: factualityParam(factuality),
  };
  const key = JSON.stringify(filters);
  const state = useApi(() => {
    replaceParams("dyad", filters);
    setMore([]);
    return api.dyad({ ...filters, limit: PAGE });
  }, [key]);
  const sources = useApi(() => api.sources({ a, b, from, to, factuality: filters.factuality }), [key]);
  const loadMore = async () => {
    const offset = PAGE + more.length;
    const page = await api.dyad({ ...filters, limit: PAGE, offset });
    setMore([...more, ...page.events]);
  };
  return (
    <>
      <h1>Dyad</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label="Dyad">
        <label class="field">
          Actor A
          <input
            value={a}
            size={8}
            list="actor-codes"
            onChange={(e) => setA((e.currentTarget as HTMLInputElement).value.trim().toUpperCase())}
          />
        </label>
        <button
          type="button"
          onClick={() => {
            setA(b);
            setB(a);
          }}
          aria-label="Swap the two actors"
        >
          ⇄
        </button>
        <label class="field">
          Actor B
          <input
            value={b}
            size={8}
            list="actor-codes"
            onChange={(e) => setB((e.currentTarget as HTMLInputElement).value.trim().toUpperCase())}
          />
        </label>
        <label class="field inline">
          <input
            type="checkbox"
            checked={directed}
            onChange={(e) => setDirected((e.currentTarget as HTMLInputElement).checked)}
          />{" "}
          only A → B
        </label>
        <DateInput label="From" value={from} onChange={setFrom} />
        <DateInput label="To" value={to} onChange={setTo} />
        <FactualityPicker value={factuality} onChange={setFactuality} />
      </form>
      <Status state={state}>
        {(d) => (
          <>
            <h2>
              {d.a.name} {directed ? "→" : "–"} {d.b.name}: {d.totals.events} events
            </h2>
            <div class="legend">
              {QUADS.map((q, i) => (
                <span key={q.code}>
                  <i style={{ background: quadColor(q.code) }} /> {q.label}: {d.totals.byQuad[i]} (intensity{" "}
                  {d.totals.intensityByQuad[i]})
                </span>
              ))}
            </div>
            {d.months.length > 0 ? (
              <DyadChart months={d.months} />
            ) : (
              <p class="muted">No dated events by month.</p>
            )}
            <div class="columns">
              <section>
                <h2>Events, newest first</h2>
                <EventList events={[...d.events, ...more]} />
                {d.page.total > d.events.length + more.length && (
                  <button type="button" onClick={loadMore}>
                    Show more ({d.page.total - d.events.length - more.length} left)
                  </button>
                )}
              </section>
              <section>
                <h2>How each source reports it</h2>
                <Status state={sources}>{(s) => <SourceTable sources={s.sources} />}</Status>
              </section>
            </div>
          </>
        )}
      </Status>
    </>
  );
}
