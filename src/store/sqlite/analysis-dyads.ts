/** Dyad series, dyad event listings and the cooperation–conflict network, from the aggregates. */
import type BetterSqlite3 from "better-sqlite3";
import type {
  DyadMonth,
  DyadQuery,
  DyadSeries,
  Network,
  NetworkEdge,
  NetworkQuery,
  Page,
  QuadCode,
} from "../analysis-types.js";
import type { StoredEvent } from "../types.js";
import { eventsByRowId } from "./analysis-events.js";
import {
  dateRangeClause,
  dyadRangeSource,
  FACT_SUMS,
  factualityIn,
  MEASURE_SUMS,
  type MeasureRow,
  measuresOf,
  monthBound,
  rangeParts,
} from "./analysis-range.js";

/** The (a, b) pairs a dyad query reads: one direction, or both. */
function pairs(query: DyadQuery): [string, string][] {
  const a = query.a.toUpperCase();
  const b = query.b.toUpperCase();
  return query.directed || a === b
    ? [[a, b]]
    : [
        [a, b],
        [b, a],
      ];
}

function pairClause(query: DyadQuery, params: unknown[]): string {
  return pairs(query)
    .map(([a, b]) => {
      params.push(a, b);
      return "(a = ? AND b = ?)";
    })
    .join(" OR ");
}

type MonthRow = MeasureRow & { month: string };

/**
 * Undirected series read the aggregates; a directed one (a as actor, b as recipient) reads
 * the pair rows, where joint actions (co-actors, no recipient) can be left out.
 */
function seriesRows(db: BetterSqlite3.Database, query: DyadQuery): { rows: MonthRow[]; totals: MeasureRow } {
  const fact = factualityIn(query);
  const months = [monthBound(query.from, "from"), monthBound(query.to, "to")];
  if (query.directed) {
    const pair = [query.a.toUpperCase(), query.b.toUpperCase()];
    const from = `FROM event_dyads WHERE a = ? AND b = ? AND joint = 0 AND ${fact.sql}`;
    const rows = db
      .prepare(`SELECT month, ${FACT_SUMS} ${from} AND month BETWEEN ? AND ? GROUP BY month ORDER BY month`)
      .all(...pair, ...fact.values, ...months) as MonthRow[];
    const years = rangeParts(query).years ?? ["", ""];
    const totals = db
      .prepare(
        `SELECT ${FACT_SUMS} ${from} AND (month BETWEEN ? AND ? OR (month IS NULL AND year BETWEEN ? AND ?))`,
      )
      .get(...pair, ...fact.values, ...months, ...years) as MeasureRow;
    return { rows, totals };
  }
  const params: unknown[] = [];
  const pairSql = pairClause(query, params);
  const rows = db
    .prepare(
      `SELECT month, ${MEASURE_SUMS} FROM dyad_month
       WHERE (${pairSql}) AND ${fact.sql} AND month BETWEEN ? AND ?
       GROUP BY month ORDER BY month`,
    )
    .all(...params, ...fact.values, ...months) as MonthRow[];
  const totalParams: unknown[] = [];
  const source = dyadRangeSource(query, "*", pairClause(query, totalParams), totalParams);
  const totals = db
    .prepare(`SELECT ${MEASURE_SUMS} FROM (${source.sql})`)
    .get(...source.params) as MeasureRow;
  return { rows, totals };
}

export function dyadSeries(db: BetterSqlite3.Database, query: DyadQuery): DyadSeries {
  const { rows, totals } = seriesRows(db, query);
  const months: DyadMonth[] = [];
  for (const row of rows) {
    const m = measuresOf(row);
    for (const q of [1, 2, 3, 4] as QuadCode[]) {
      if (m.byQuad[q - 1] > 0) {
        months.push({
          month: row.month,
          quadCode: q,
          events: m.byQuad[q - 1],
          intensity: m.intensityByQuad[q - 1],
        });
      }
    }
  }
  const [[a, b]] = pairs(query);
  return { a, b, directed: query.directed === true, months, totals: measuresOf(totals) };
}

/**
 * One ordered index scan per direction and factuality (each stops after offset + limit
 * rows), merged here: the page costs the same for a dyad of ten events or of a hundred
 * thousand. The total counts pair rows in the covering index.
 */
export function dyadEvents(
  db: BetterSqlite3.Database,
  query: DyadQuery,
  page: Page,
): { events: StoredEvent[]; total: number } {
  const fact = factualityIn(query);
  const rangeParams: unknown[] = [];
  const range = dateRangeClause(query, "date", rangeParams);
  const joint = query.directed ? "AND joint = 0" : "";
  const head = db
    .prepare(
      `SELECT event, date FROM event_dyads WHERE a = ? AND b = ? AND factuality = ? ${joint} AND ${range}
       ORDER BY date DESC, event DESC LIMIT ?`,
    )
    .raw();
  const count = db
    .prepare(`SELECT count(*) FROM event_dyads WHERE a = ? AND b = ? AND ${fact.sql} ${joint} AND ${range}`)
    .pluck();
  const candidates: [number, string | null][] = [];
  let total = 0;
  for (const [a, b] of pairs(query)) {
    for (const factuality of fact.values) {
      candidates.push(
        ...(head.all(a, b, factuality, ...rangeParams, page.offset + page.limit) as [
          number,
          string | null,
        ][]),
      );
    }
    total += count.get(a, b, ...fact.values, ...rangeParams) as number;
  }
  candidates.sort(([e1, d1], [e2, d2]) => (d2 ?? "").localeCompare(d1 ?? "") || e2 - e1);
  const ids = [...new Set(candidates.map(([event]) => event))].slice(page.offset, page.offset + page.limit);
  return { events: eventsByRowId(db, ids), total };
}

type EdgeRow = MeasureRow & { source: string; target: string };

export function network(
  db: BetterSqlite3.Database,
  query: NetworkQuery,
  codeName: (code: string) => string,
): Network {
  const columns = `CASE WHEN a < b THEN a ELSE b END AS source, CASE WHEN a < b THEN b ELSE a END AS target,
    n1, n2, n3, n4, i1, i2, i3, i4`;
  const source = dyadRangeSource(query, columns, "a <> b", []);
  const rows = db
    .prepare(`SELECT source, target, ${MEASURE_SUMS} FROM (${source.sql}) GROUP BY source, target`)
    .all(...source.params) as EdgeRow[];
  const minEvents = query.minEvents ?? 1;
  const edges: NetworkEdge[] = rows
    .map((row) => ({ source: row.source, target: row.target, ...measuresOf(row) }))
    .filter((edge) => edge.events >= minEvents)
    .sort(
      (x, y) => y.events - x.events || x.source.localeCompare(y.source) || x.target.localeCompare(y.target),
    )
    .slice(0, query.maxEdges ?? 150);
  const nodes = new Map<string, { events: number; degree: number }>();
  for (const edge of edges) {
    for (const code of [edge.source, edge.target]) {
      const node = nodes.get(code) ?? { events: 0, degree: 0 };
      node.events += edge.events;
      node.degree += 1;
      nodes.set(code, node);
    }
  }
  return {
    nodes: [...nodes]
      .map(([code, n]) => ({ code, name: codeName(code), events: n.events, degree: n.degree }))
      .sort((x, y) => y.events - x.events),
    edges,
    extent: monthExtent(db),
  };
}

/** First and last month with a dated event (a year-only date spans its whole year). */
export function monthExtent(db: BetterSqlite3.Database): { first: string | null; last: string | null } {
  const row = db
    .prepare(
      `SELECT (SELECT min(date) FROM event_facts WHERE date IS NOT NULL) AS first,
              (SELECT max(date) FROM event_facts) AS last`,
    )
    .get() as {
    first: string | null;
    last: string | null;
  };
  return {
    first: row.first ? monthBound(row.first, "from") : null,
    last: row.last ? monthBound(row.last, "to") : null,
  };
}
