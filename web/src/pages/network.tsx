/**
 * Network: actors as nodes, edges coloured by net cooperation (blue) or conflict (red) and
 * sized by volume. Positions come from a layout of the whole period, so moving the time
 * sliders shows relations appear, fade and change colour while actors stay in place.
 */
import cytoscape from "cytoscape";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { api, type Network } from "../api";
import { FactualityPicker, factualityParam, parseFactuality } from "../components/filters";
import { NetBadge } from "../components/net-badge";
import { Status } from "../components/status";
import { useApi } from "../hooks";
import { netColor } from "../quad";
import { href, replaceParams } from "../router";

/** Months shown at once while playing. */
const PLAY_WINDOW = 24;

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split("-").map(Number);
  const [ly, lm] = last.split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

function nameOf(network: Network | null, code: string): string {
  return network?.nodes.find((n) => n.code === code)?.name ?? code;
}

function elements(network: Network): cytoscape.ElementDefinition[] {
  const maxNode = Math.max(1, ...network.nodes.map((n) => n.events));
  const maxEdge = Math.max(1, ...network.edges.map((e) => e.events));
  return [
    ...network.nodes.map((n) => ({
      data: { id: n.code, label: n.name, size: 16 + 30 * Math.sqrt(n.events / maxNode) },
    })),
    ...network.edges.map((e) => ({
      data: {
        id: `${e.source}|${e.target}`,
        source: e.source,
        target: e.target,
        width: 1.5 + 10 * Math.sqrt(e.events / maxEdge),
        color: netColor(e.net),
      },
    })),
  ];
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      width: "data(size)",
      height: "data(size)",
      "background-color": "#445",
      color: "#222",
      "font-size": 13,
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-background-color": "#fff",
      "text-background-opacity": 0.8,
      "text-background-padding": "2px",
    },
  },
  {
    selector: "edge",
    style: { width: "data(width)", "line-color": "data(color)", "curve-style": "bezier", opacity: 0.85 },
  },
];

function Graph({ whole, current }: { whole: Network; current: Network | null }) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<cytoscape.Core | null>(null);
  const positions = useRef(new Map<string, cytoscape.Position>());
  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({
      container: container.current,
      elements: elements(whole),
      style: STYLE,
      // A small network would otherwise be blown up to fill the frame.
      maxZoom: 1.6,
    });
    const layout = instance.layout({
      name: "cose",
      animate: false,
      randomize: false,
      nodeRepulsion: () => 60000,
      idealEdgeLength: () => 150,
      nodeOverlap: 40,
      gravity: 0.4,
      padding: 40,
    });
    layout.run();
    instance.nodes().forEach((n) => {
      positions.current.set(n.id(), { ...n.position() });
    });
    instance.on("tap", "node", (e) => {
      location.hash = href(`actor/${encodeURIComponent(e.target.id())}`);
    });
    instance.on("tap", "edge", (e) => {
      location.hash = href("dyad", { a: e.target.data("source"), b: e.target.data("target") });
    });
    cy.current = instance;
    return () => instance.destroy();
  }, [whole]);
  useEffect(() => {
    const instance = cy.current;
    if (!instance || !current) return;
    instance.elements().remove();
    instance.add(elements(current));
    instance.nodes().forEach((n) => {
      const known = positions.current.get(n.id());
      if (known) n.position(known);
    });
    instance.fit(undefined, 30);
  }, [current]);
  return <div class="graph" ref={container} aria-hidden="true" />;
}

export function NetworkPage({ params }: { params: URLSearchParams }) {
  const [factuality, setFactuality] = useState(parseFactuality(params.get("factuality")));
  const f = factualityParam(factuality);
  const whole = useApi(() => api.network({ factuality: f, maxEdges: 300 }), [f]);
  const extent = whole.data?.network.extent;
  const months = useMemo(
    () => (extent?.first && extent.last ? monthsBetween(extent.first, extent.last) : []),
    [extent?.first, extent?.last],
  );
  const [range, setRange] = useState<[number, number] | null>(null);
  useEffect(() => {
    if (months.length === 0) return;
    const from = months.indexOf(params.get("from") ?? "");
    const to = months.indexOf(params.get("to") ?? "");
    setRange([Math.max(from, 0), to >= 0 ? to : months.length - 1]);
  }, [months]);
  const from = range ? months[range[0]] : undefined;
  const to = range ? months[range[1]] : undefined;
  const current = useApi(async () => {
    if (!from || !to) return null;
    replaceParams("network", { from, to, factuality: f });
    return (await api.network({ from, to, factuality: f, maxEdges: 300 })).network;
  }, [from, to, f]);
  const [playing, setPlaying] = useState(false);
  // Playing slides the window a month at a time, so shifting alliances show as a sequence.
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      setRange((r) => {
        if (!r || r[1] >= months.length - 1) {
          setPlaying(false);
          return r;
        }
        return [r[0] + 1, r[1] + 1];
      });
    }, 700);
    return () => clearInterval(timer);
  }, [playing, months.length]);
  const play = () => {
    if (playing || !range) return setPlaying(false);
    const width = range[1] - range[0];
    if (range[1] >= months.length - 1 || width >= months.length - 1) {
      setRange([0, Math.min(months.length - 1, PLAY_WINDOW - 1)]);
    }
    setPlaying(true);
  };
  const setEdge = (which: 0 | 1, value: number) => {
    if (!range) return;
    const next: [number, number] = [...range];
    next[which] = value;
    if (next[0] > next[1]) next[which === 0 ? 1 : 0] = value;
    setRange(next);
  };
  return (
    <>
      <h1>Network</h1>
      <Status state={whole}>
        {({ network }) =>
          network.nodes.length === 0 ? (
            <p class="muted">No dyadic events yet.</p>
          ) : (
            <>
              <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label="Network period">
                {range && (
                  <>
                    <MonthSlider
                      label="From"
                      name="from"
                      month={from}
                      max={months.length - 1}
                      value={range[0]}
                      onChange={(v) => setEdge(0, v)}
                    />
                    <MonthSlider
                      label="To"
                      name="to"
                      month={to}
                      max={months.length - 1}
                      value={range[1]}
                      onChange={(v) => setEdge(1, v)}
                    />
                  </>
                )}
                <button type="button" onClick={play} aria-pressed={playing}>
                  {playing ? "Pause" : "▶ Play the period"}
                </button>
                <FactualityPicker value={factuality} onChange={setFactuality} />
              </form>
              <div class="legend">
                <span>
                  <i style={{ background: netColor(1) }} /> cooperation
                </span>
                <span>
                  <i style={{ background: netColor(0) }} /> mixed
                </span>
                <span>
                  <i style={{ background: netColor(-1) }} /> conflict
                </span>
                <span>line width: number of events · click a node or a line to open it</span>
              </div>
              <div class="network-layout">
                <Graph whole={network} current={current.data} />
                <section aria-label="Relations in this period">
                  <h2>
                    Relations {from} – {to}
                  </h2>
                  <table class="compact">
                    <thead>
                      <tr>
                        <th scope="col">Dyad</th>
                        <th scope="col">Events</th>
                        <th scope="col">Net</th>
                      </tr>
                    </thead>
                    <tbody>
                      {(current.data?.edges ?? []).slice(0, 25).map((e) => (
                        <tr key={`${e.source}-${e.target}`}>
                          <td>
                            <a href={href("dyad", { a: e.source, b: e.target, from, to })}>
                              {nameOf(current.data, e.source)} – {nameOf(current.data, e.target)}
                            </a>
                          </td>
                          <td class="num">{e.events}</td>
                          <td>
                            <NetBadge net={e.net} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </section>
              </div>
            </>
          )
        }
      </Status>
    </>
  );
}

/** One end of the period: a range input over the months, labelled with the month it points at. */
function MonthSlider(props: {
  label: string;
  name: string;
  month: string | undefined;
  max: number;
  value: number;
  onChange: (value: number) => void;
}) {
  return (
    <label class="field slider">
      {props.label} <strong>{props.month}</strong>
      <input
        type="range"
        name={props.name}
        min={0}
        max={props.max}
        value={props.value}
        aria-valuetext={props.month}
        onInput={(e) => props.onChange(Number((e.currentTarget as HTMLInputElement).value))}
      />
    </label>
  );
}
