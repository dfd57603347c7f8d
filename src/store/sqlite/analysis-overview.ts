/** Corpus overview, actor listings and the per-publisher source comparison. */
import type BetterSqlite3 from "better-sqlite3";
import type {
  ActorListItem,
  ActorListOptions,
  AnalysisFilter,
  DyadSummary,
  Overview,
  SourceComparison,
} from "../analysis-types.js";
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
  round,
} from "./analysis-range.js";

type CodeName = (code: string) => string;
const MEASURES = "n1, n2, n3, n4, i1, i2, i3, i4";

/** Actor codes by dyadic event volume, then (optionally) entities by mentions. */
export function actorList(
  db: BetterSqlite3.Database,
  options: ActorListOptions,
  codeName: CodeName,
): ActorListItem[] {
  const items: ActorListItem[] = [];
  const q = options.q?.toLowerCase();
  const matches = (item: ActorListItem) =>
    !q || item.id.toLowerCase().includes(q) || item.name.toLowerCase().includes(q);
  if (options.kind !== "entity") {
    const actor = dyadRangeSource(options, `a AS code, ${MEASURES}`, "1", []);
    const recipient = dyadRangeSource(options, `b AS code, ${MEASURES}`, "a <> b", []);
    const rows = db
      .prepare(`SELECT code, ${MEASURE_SUMS} FROM (${actor.sql} UNION ALL ${recipient.sql}) GROUP BY code`)
      .all(...actor.params, ...recipient.params) as (MeasureRow & { code: string })[];
    for (const row of rows) {
      const events = measuresOf(row).events;
      items.push({
        id: row.code,
        kind: "code",
        name: codeName(row.code),
        code: row.code,
        type: null,
        events,
      });
    }
  }
  if (options.kind !== "code") {
    const rows = db
      .prepare(
        `SELECT e.id, e.name, e.type, e.code,
                (SELECT count(*) FROM event_participants p WHERE p.entity_id = e.id) AS events
         FROM entities e`,
      )
      .all() as Omit<ActorListItem, "kind">[];
    for (const row of rows) items.push({ ...row, kind: "entity" });
  }
  return items.filter(matches).sort((x, y) => y.events - x.events || x.name.localeCompare(y.name));
}

function topDyads(db: BetterSqlite3.Database, filter: AnalysisFilter, codeName: CodeName): DyadSummary[] {
  const columns = `CASE WHEN a < b THEN a ELSE b END AS x, CASE WHEN a < b THEN b ELSE a END AS y, ${MEASURES}`;
  const source = dyadRangeSource(filter, columns, "a <> b", []);
  const rows = db
    .prepare(
      `SELECT x, y, ${MEASURE_SUMS} FROM (${source.sql}) GROUP BY x, y
       ORDER BY n1 + n2 + n3 + n4 DESC, x, y LIMIT 8`,
    )
    .all(...source.params) as (MeasureRow & { x: string; y: string })[];
  return rows.map((row) => ({
    a: row.x,
    b: row.y,
    aName: codeName(row.x),
    bName: codeName(row.y),
    ...measuresOf(row),
  }));
}

function sparkline(db: BetterSqlite3.Database, dyad: DyadSummary, filter: AnalysisFilter) {
  const fact = factualityIn(filter);
  const rows = db
    .prepare(
      `SELECT month, ${MEASURE_SUMS} FROM dyad_month
       WHERE ((a = ? AND b = ?) OR (a = ? AND b = ?)) AND ${fact.sql} AND month BETWEEN ? AND ?
       GROUP BY month ORDER BY month`,
    )
    .all(
      dyad.a,
      dyad.b,
      dyad.b,
      dyad.a,
      ...fact.values,
      monthBound(filter.from, "from"),
      monthBound(filter.to, "to"),
    ) as (MeasureRow & { month: string })[];
  return {
    a: dyad.a,
    b: dyad.b,
    months: rows.map((row) => {
      const m = measuresOf(row);
      return { month: row.month, net: m.net, events: m.events };
    }),
  };
}

export function overview(db: BetterSqlite3.Database, filter: AnalysisFilter, codeName: CodeName): Overview {
  const documents = db
    .prepare("SELECT count(*) FROM documents WHERE superseded_by IS NULL")
    .pluck()
    .get() as number;
  const byFactuality = db
    .prepare("SELECT factuality, sum(n1 + n2 + n3 + n4) AS events FROM source_month GROUP BY factuality")
    .all() as { factuality: string; events: number }[];
  const fact = factualityIn(filter);
  const totals = db
    .prepare(`SELECT ${MEASURE_SUMS} FROM source_month WHERE ${fact.sql}`)
    .get(...fact.values) as MeasureRow;
  const months = db
    .prepare("SELECT min(month) AS first, max(month) AS last FROM source_month WHERE length(month) = 7")
    .get() as { first: string | null; last: string | null };
  const dyads = topDyads(db, filter, codeName);
  const params: unknown[] = [];
  const range = dateRangeClause(filter, "date", params);
  const recentIds = db
    .prepare(
      `SELECT event FROM event_facts WHERE date IS NOT NULL AND ${fact.sql} AND ${range} ORDER BY date DESC LIMIT 8`,
    )
    .pluck()
    .all(...fact.values, ...params) as number[];
  return {
    documents,
    events: byFactuality.reduce((sum, row) => sum + row.events, 0),
    eventsByFactuality: Object.fromEntries(byFactuality.map((row) => [row.factuality, row.events])),
    totals: measuresOf(totals),
    firstMonth: months.first,
    lastMonth: months.last,
    topActors: actorList(db, { ...filter, kind: "code" }, codeName).slice(0, 10),
    topDyads: dyads,
    sparklines: dyads.slice(0, 5).map((dyad) => sparkline(db, dyad, filter)),
    recentEvents: eventsByRowId(db, recentIds),
  };
}

export function sourceComparison(
  db: BetterSqlite3.Database,
  query: AnalysisFilter & { a?: string; b?: string },
): SourceComparison[] {
  const fact = factualityIn(query);
  let rows: (MeasureRow & { publisher: string })[];
  if (query.a && query.b) {
    const a = query.a.toUpperCase();
    const b = query.b.toUpperCase();
    const params: unknown[] = [];
    const range = dateRangeClause(query, "f.date", params);
    rows = db
      .prepare(
        `SELECT publisher, ${FACT_SUMS}
         FROM event_facts f
         WHERE f.event IN (SELECT event FROM event_dyads WHERE (a = ? AND b = ?) OR (a = ? AND b = ?))
           AND f.${fact.sql} AND ${range}
         GROUP BY publisher`,
      )
      .all(a, b, b, a, ...fact.values, ...params) as (MeasureRow & { publisher: string })[];
  } else {
    const parts = rangeParts(query);
    const keys: string[] = [];
    const params: unknown[] = [];
    if (parts.years) {
      keys.push(
        "(length(month) = 4 AND month BETWEEN ? AND ?)",
        "(length(month) = 7 AND substr(month, 1, 4) BETWEEN ? AND ?)",
      );
      params.push(...parts.years, ...parts.years);
    }
    for (const months of parts.months) {
      keys.push("(length(month) = 7 AND month BETWEEN ? AND ?)");
      params.push(...months);
    }
    if (!query.from && !query.to) keys.push("month = ''");
    rows = db
      .prepare(
        `SELECT publisher, ${MEASURE_SUMS} FROM source_month
         WHERE ${fact.sql} AND (${keys.join(" OR ") || "0"}) GROUP BY publisher`,
      )
      .all(...fact.values, ...params) as (MeasureRow & { publisher: string })[];
  }
  const documents = new Map(
    (
      db
        .prepare(
          "SELECT coalesce(publisher, '') AS publisher, count(*) AS n FROM documents WHERE superseded_by IS NULL GROUP BY 1",
        )
        .all() as { publisher: string; n: number }[]
    ).map((row) => [row.publisher, row.n]),
  );
  return rows
    .map((row) => {
      const m = measuresOf(row);
      const intensity = m.intensityByQuad.reduce((sum, value) => sum + value, 0);
      return {
        publisher: row.publisher,
        documents: documents.get(row.publisher) ?? 0,
        meanIntensity: m.events ? round(intensity / m.events) : 0,
        ...m,
      };
    })
    .sort((x, y) => y.events - x.events || x.publisher.localeCompare(y.publisher));
}
