/**
 * Turns a date range into the aggregate rows that cover it: whole years from the yearly
 * tables, ragged ends from the monthly ones. Events dated only to a year therefore count
 * exactly when the range covers that whole year.
 */
import type { Factuality } from "../../doc.js";
import type { AnalysisFilter, QuadMeasures } from "../analysis-types.js";

export const DEFAULT_FACTUALITY: Factuality[] = ["asserted"];

export interface RangeParts {
  /** Inclusive year bounds read from the yearly table, or null when no whole year is covered. */
  years: [string, string] | null;
  /** Inclusive month bounds read from the monthly table. */
  months: [string, string][];
}

/** The month an inclusive bound stands for: "2019" from → 2019-01, to → 2019-12. */
export function monthBound(value: string | undefined, edge: "from" | "to"): string {
  if (!value) return edge === "from" ? "0000-01" : "9999-12";
  if (value.length >= 7) return value.slice(0, 7);
  return `${value.slice(0, 4)}-${edge === "from" ? "01" : "12"}`;
}

const pad = (year: number) => String(year).padStart(4, "0");

export function rangeParts(filter: AnalysisFilter): RangeParts {
  const from = monthBound(filter.from, "from");
  const to = monthBound(filter.to, "to");
  if (from > to) return { years: null, months: [] };
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  const firstFull = from.endsWith("-01") ? fromYear : fromYear + 1;
  const lastFull = to.endsWith("-12") ? toYear : toYear - 1;
  if (firstFull > lastFull) return { years: null, months: [[from, to]] };
  const months: [string, string][] = [];
  if (fromYear < firstFull) months.push([from, `${pad(fromYear)}-12`]);
  if (toYear > lastFull) months.push([`${pad(toYear)}-01`, to]);
  return { years: [pad(firstFull), pad(lastFull)], months };
}

/** The factuality list of a filter (asserted by default) as SQL placeholders and values. */
export function factualityIn(filter: AnalysisFilter): { sql: string; values: string[] } {
  const values = filter.factuality?.length ? filter.factuality : DEFAULT_FACTUALITY;
  return { sql: `factuality IN (${values.map(() => "?").join(", ")})`, values };
}

export const MEASURE_SUMS =
  "sum(n1) AS n1, sum(n2) AS n2, sum(n3) AS n3, sum(n4) AS n4, sum(i1) AS i1, sum(i2) AS i2, sum(i3) AS i3, sum(i4) AS i4";

/**
 * A UNION ALL over the yearly and monthly dyad tables covering the filter's range (or the
 * all-time table when there is no range), selecting `columns` from rows that also satisfy
 * `where` (with its `params`).
 */
export function dyadRangeSource(
  filter: AnalysisFilter,
  columns: string,
  where: string,
  params: unknown[],
): { sql: string; params: unknown[] } {
  const fact = factualityIn(filter);
  if (!filter.from && !filter.to) {
    return {
      sql: `SELECT ${columns} FROM dyad_all WHERE ${fact.sql} AND (${where})`,
      params: [...fact.values, ...params],
    };
  }
  const parts = rangeParts(filter);
  const selects: string[] = [];
  const all: unknown[] = [];
  if (parts.years) {
    selects.push(
      `SELECT ${columns} FROM dyad_year WHERE ${fact.sql} AND year BETWEEN ? AND ? AND (${where})`,
    );
    all.push(...fact.values, ...parts.years, ...params);
  }
  for (const months of parts.months) {
    selects.push(
      `SELECT ${columns} FROM dyad_month WHERE ${fact.sql} AND month BETWEEN ? AND ? AND (${where})`,
    );
    all.push(...fact.values, ...months, ...params);
  }
  if (selects.length === 0) selects.push(`SELECT ${columns} FROM dyad_year WHERE 0`);
  return { sql: selects.join(" UNION ALL "), params: all };
}

/** The same sums computed from fact rows (one per event or event pair) with quad_code and intensity. */
export const FACT_SUMS = [1, 2, 3, 4]
  .map((q) => `sum(quad_code = ${q}) AS n${q}, sum(CASE WHEN quad_code = ${q} THEN intensity END) AS i${q}`)
  .join(", ");

export interface MeasureRow {
  n1: number | null;
  n2: number | null;
  n3: number | null;
  n4: number | null;
  i1: number | null;
  i2: number | null;
  i3: number | null;
  i4: number | null;
}

export function measuresOf(row: MeasureRow | undefined): QuadMeasures {
  const byQuad: QuadMeasures["byQuad"] = [row?.n1 ?? 0, row?.n2 ?? 0, row?.n3 ?? 0, row?.n4 ?? 0];
  const intensityByQuad: QuadMeasures["intensityByQuad"] = [
    round(row?.i1 ?? 0),
    round(row?.i2 ?? 0),
    round(row?.i3 ?? 0),
    round(row?.i4 ?? 0),
  ];
  const events = byQuad[0] + byQuad[1] + byQuad[2] + byQuad[3];
  const net = events === 0 ? 0 : (byQuad[0] + byQuad[1] - byQuad[2] - byQuad[3]) / events;
  return { events, byQuad, intensityByQuad, net: round(net) };
}

/** Intensities are sums of decimals: keep the API's numbers short and stable. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Prefix comparison on ISO partial dates, as the store's event filter does. */
export function dateRangeClause(filter: AnalysisFilter, column: string, params: unknown[]): string {
  const clauses: string[] = [];
  if (filter.from) {
    clauses.push(`${column} >= ?`);
    params.push(filter.from);
  }
  if (filter.to) {
    // "2016-03" covers every date that starts with it; "~" sorts after digits and "-", and
    // unlike a substr() the comparison can use an index.
    clauses.push(`${column} <= ?`);
    params.push(`${filter.to}~`);
  }
  return clauses.length ? clauses.join(" AND ") : "1";
}
