/**
 * Timeline: events on a zoomable time axis, coloured by quad class, one row per category.
 * Asserted events are filled dots; other factualities (when asked for) are hollow rings.
 * Clicking a dot opens its evidence; the list below gives the same events to the keyboard.
 */
import * as Plot from "@observablehq/plot";
import { useMemo, useState } from "preact/hooks";
import { api, type StoredEvent } from "../api";
import { EventList, EventRow } from "../components/event-list";
import { DateInput, FactualityPicker, factualityParam, parseFactuality } from "../components/filters";
import { PlotFigure } from "../components/plot-figure";
import { Status } from "../components/status";
import { useApi } from "../hooks";
import { QUADS, quadColor } from "../quad";
import { replaceParams } from "../router";

const LIMIT = 2000;

function dateOf(e: StoredEvent): Date {
  const d = e.date ?? "";
  return new Date(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d);
}

function zoom(domain: [Date, Date], factor: number): [Date, Date] {
  const [a, b] = domain.map((d) => d.getTime());
  const mid = (a + b) / 2;
  const half = Math.max(((b - a) / 2) * factor, 86_400_000 * 7);
  return [new Date(mid - half), new Date(mid + half)];
}

export function TimelinePage({ params }: { params: URLSearchParams }) {
  const [actor, setActor] = useState(params.get("actor") ?? "");
  const [category, setCategory] = useState(params.get("category") ?? "");
  const [from, setFrom] = useState(params.get("from") ?? "");
  const [to, setTo] = useState(params.get("to") ?? "");
  const [factuality, setFactuality] = useState(parseFactuality(params.get("factuality")));
  const [domain, setDomain] = useState<[Date, Date] | null>(null);
  const [selected, setSelected] = useState<StoredEvent | null>(null);
  const filters = { actor, category, from, to, factuality: factualityParam(factuality) };
  const key = JSON.stringify(filters);
  const meta = useApi(() => api.overview(), []);
  const state = useApi(() => {
    replaceParams("timeline", filters);
    setDomain(null);
    setSelected(null);
    return api.events({ ...filters, limit: LIMIT });
  }, [key]);
  const dated = useMemo(() => (state.data?.events ?? []).filter((e) => e.date), [state.data]);
  const fullDomain = useMemo<[Date, Date] | null>(() => {
    if (dated.length === 0) return null;
    const times = dated.map((e) => dateOf(e).getTime());
    const pad = Math.max(86_400_000 * 20, (Math.max(...times) - Math.min(...times)) * 0.03);
    return [new Date(Math.min(...times) - pad), new Date(Math.max(...times) + pad)];
  }, [dated]);
  const shown = domain ?? fullDomain;
  const visible = shown ? dated.filter((e) => dateOf(e) >= shown[0] && dateOf(e) <= shown[1]) : [];

  return (
    <>
      <h1>Timeline</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label="Timeline filters">
        <label class="field">
          Actor
          <input
            type="text"
            value={actor}
            placeholder="MLI, MLI GOV or entity id"
            list="actor-codes"
            onChange={(e) => setActor((e.currentTarget as HTMLInputElement).value.trim())}
          />
        </label>
        <label class="field">
          Category
          <select
            value={category}
            onChange={(e) => setCategory((e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">any</option>
            {(meta.data?.overview.categories ?? []).map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <DateInput label="From" value={from} onChange={setFrom} />
        <DateInput label="To" value={to} onChange={setTo} />
        <FactualityPicker value={factuality} onChange={setFactuality} />
      </form>
      <Status state={state}>
        {({ page }) => (
          <>
            <div class="toolbar" role="toolbar" aria-label="Zoom the time axis">
              <button type="button" onClick={() => shown && setDomain(zoom(shown, 0.5))}>
                Zoom in
              </button>
              <button type="button" onClick={() => shown && setDomain(zoom(shown, 2))}>
                Zoom out
              </button>
              <button type="button" onClick={() => setDomain(null)} disabled={!domain}>
                Reset zoom
              </button>
              <span class="muted">
                {visible.length} of {page.total} events shown
                {page.total > LIMIT ? ` (the first ${LIMIT}; narrow the dates to see more)` : ""}
              </span>
              <span class="legend">
                {QUADS.map((q) => (
                  <span key={q.code}>
                    <i style={{ background: q.color }} /> {q.label}
                  </span>
                ))}
                <span>○ not asserted</span>
              </span>
            </div>
            {shown && (
              <div
                class="timeline-chart"
                onWheel={(e) => {
                  e.preventDefault();
                  setDomain(zoom(shown, e.deltaY < 0 ? 0.8 : 1.25));
                }}
              >
                <PlotFigure
                  label="Events over time by category, coloured by quad class"
                  deps={[visible, shown[0].getTime(), shown[1].getTime()]}
                  build={(width) => {
                    const figure = Plot.plot({
                      width: width - 12,
                      height: Math.max(180, 34 * new Set(visible.map((e) => e.event[0])).size + 60),
                      marginLeft: 110,
                      x: { type: "utc", domain: shown, label: null, grid: true },
                      y: { label: null },
                      marks: [
                        Plot.dot(visible, {
                          x: dateOf,
                          y: (e: StoredEvent) => e.event[0],
                          r: 6,
                          fill: (e: StoredEvent) =>
                            e.factuality === "asserted" ? quadColor(e.quadCode) : "white",
                          stroke: (e: StoredEvent) => quadColor(e.quadCode),
                          strokeWidth: 2,
                          clip: true,
                        }),
                        Plot.dot(
                          visible,
                          Plot.pointer({
                            x: dateOf,
                            y: (e: StoredEvent) => e.event[0],
                            r: 10,
                            stroke: "black",
                          }),
                        ),
                        Plot.tip(
                          visible,
                          Plot.pointer({
                            x: dateOf,
                            y: (e: StoredEvent) => e.event[0],
                            title: (e: StoredEvent) =>
                              `${e.date} ${e.event[0]} (${e.factuality})\n${e.text.slice(0, 140)}`,
                          }),
                        ),
                      ],
                    });
                    figure.addEventListener("click", () => {
                      const value = (figure as unknown as { value: StoredEvent | null }).value;
                      if (value) setSelected(value);
                    });
                    return figure;
                  }}
                />
              </div>
            )}
            {selected && (
              <section class="selected" aria-live="polite" aria-label="Selected event">
                <h2>Evidence</h2>
                <ul class="events">
                  <EventRow event={selected} />
                </ul>
              </section>
            )}
            <h2>Events in view</h2>
            <EventList events={visible.slice(0, 200)} empty="No events match these filters." />
          </>
        )}
      </Status>
    </>
  );
}
