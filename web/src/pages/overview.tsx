/** Overview: corpus counts, the most active actors and dyads with sparklines, recent events. */
import * as Plot from "@observablehq/plot";
import { api, type Overview } from "../api";
import { EventList } from "../components/event-list";
import { PlotFigure } from "../components/plot-figure";
import { Status } from "../components/status";
import { useApi } from "../hooks";
import { netColor, QUADS } from "../quad";
import { href } from "../router";

interface SparkMonth {
  month: string;
  net: number;
  events: number;
}

/** Net cooperation per year, weighting each month by its events. */
function byYear(months: SparkMonth[]) {
  const years = new Map<string, { net: number; events: number }>();
  for (const m of months) {
    const year = years.get(m.month.slice(0, 4)) ?? { net: 0, events: 0 };
    year.net += m.net * m.events;
    year.events += m.events;
    years.set(m.month.slice(0, 4), year);
  }
  return [...years].map(([year, y]) => ({
    start: new Date(`${year}-01-01`),
    net: y.net / y.events,
    events: y.events,
  }));
}

function Sparkline({
  months,
  period,
}: {
  months: SparkMonth[];
  /** Shared by every sparkline, so that they line up and compare. */
  period: [string, string];
}) {
  // Over a long period single months are thinner than a pixel: show years instead.
  const [first, last] = period.map((m) => Number(m.slice(0, 4)));
  const yearly = last - first > 8;
  const bars = yearly ? byYear(months) : months.map((m) => ({ ...m, start: new Date(`${m.month}-01`) }));
  return (
    <PlotFigure
      label={`${yearly ? "Yearly" : "Monthly"} net cooperation (blue) or conflict (red)`}
      deps={[months, period]}
      build={() =>
        Plot.plot({
          width: 220,
          height: 44,
          margin: 2,
          x: { type: "utc", axis: null, domain: [new Date(`${period[0]}-01`), new Date(`${period[1]}-28`)] },
          y: { domain: [-1, 1], axis: null },
          marks: [
            Plot.ruleY([0], { stroke: "#ccc" }),
            Plot.rectY(bars, {
              x: "start",
              interval: yearly ? "year" : "month",
              y: "net",
              fill: (d) => netColor(d.net),
            }),
          ],
        })
      }
    />
  );
}

function Counts({ o }: { o: Overview }) {
  const cards: [string, string | number][] = [
    ["Documents", o.documents],
    ["Events", o.events],
    ["Asserted", o.eventsByFactuality.asserted ?? 0],
    ["Period", o.firstMonth ? `${o.firstMonth} – ${o.lastMonth}` : "—"],
  ];
  return (
    <div class="cards">
      {cards.map(([label, value]) => (
        <div class="card" key={label}>
          <div class="card-value">{value}</div>
          <div class="card-label">{label}</div>
        </div>
      ))}
      <div class="card wide">
        <div class="quad-bar" role="img" aria-label="Asserted events by quad class">
          {QUADS.map((q, i) => (
            <span
              key={q.code}
              style={{ background: q.color, flexGrow: o.totals.byQuad[i] || 0 }}
              title={`${q.label}: ${o.totals.byQuad[i]}`}
            />
          ))}
        </div>
        <div class="legend">
          {QUADS.map((q, i) => (
            <span key={q.code}>
              <i style={{ background: q.color }} /> {q.label} {o.totals.byQuad[i]}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}

export function OverviewPage() {
  const state = useApi(() => api.overview(), []);
  return (
    <>
      <h1>Overview</h1>
      <Status state={state}>
        {({ overview: o }) => (
          <>
            <Counts o={o} />
            <div class="columns">
              <section>
                <h2>Most active dyads</h2>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Dyad</th>
                      <th scope="col">Events</th>
                      <th scope="col">Cooperation – conflict by month</th>
                    </tr>
                  </thead>
                  <tbody>
                    {o.topDyads.map((d) => (
                      <tr key={`${d.a}-${d.b}`}>
                        <td>
                          <a href={href("dyad", { a: d.a, b: d.b })}>
                            {d.aName} – {d.bName}
                          </a>
                        </td>
                        <td class="num">{d.events}</td>
                        <td>
                          <Sparkline
                            months={o.sparklines.find((s) => s.a === d.a && s.b === d.b)?.months ?? []}
                            period={[o.firstMonth ?? "2000-01", o.lastMonth ?? "2000-12"]}
                          />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
              <section>
                <h2>Most active actors</h2>
                <ol class="plain">
                  {o.topActors.map((a) => (
                    <li key={a.id}>
                      <a href={href(`actor/${encodeURIComponent(a.id)}`)}>{a.name}</a>{" "}
                      <span class="muted">
                        {a.code} · {a.events} dyadic events
                      </span>
                    </li>
                  ))}
                </ol>
              </section>
            </div>
            <section>
              <h2>Recent events</h2>
              <EventList events={o.recentEvents} />
            </section>
          </>
        )}
      </Status>
    </>
  );
}
