/**
 * Partial calendar dates (a year, a month or a day) and the arithmetic the time grammar
 * needs. A partial date never gains precision: adding days to a month stays a month.
 */
import type { DateQualifier, TimeValue } from "../doc.js";

export interface PartialDate {
  y: number;
  m?: number;
  d?: number;
}

export type Precision = "year" | "month" | "day";

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** Reads YYYY, YYYY-MM, YYYY-MM-DD or a timestamp; null when it is not a valid date. */
export function parsePartial(text: string | null | undefined): PartialDate | null {
  if (!text) return null;
  const match = ISO_PARTIAL.exec(text.trim());
  if (!match) return null;
  const y = Number(match[1]);
  if (match[2] === undefined) return { y };
  const m = Number(match[2]);
  if (m < 1 || m > 12) return null;
  if (match[3] === undefined) return { y, m };
  const d = Number(match[3]);
  if (d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

export function formatPartial(date: PartialDate): string {
  const year = String(date.y).padStart(4, "0");
  if (date.m === undefined) return year;
  const month = `${year}-${String(date.m).padStart(2, "0")}`;
  return date.d === undefined ? month : `${month}-${String(date.d).padStart(2, "0")}`;
}

export function precisionOf(date: PartialDate): Precision {
  if (date.m === undefined) return "year";
  return date.d === undefined ? "month" : "day";
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** Drops the parts finer than `precision`. */
export function coarsen(date: PartialDate, precision: Precision): PartialDate {
  const rank = PRECISION_RANK[precision];
  if (rank >= PRECISION_RANK[precisionOf(date)]) return date;
  return rank === 0 ? { y: date.y } : { y: date.y, m: date.m };
}

export function coarser(a: Precision, b: Precision): Precision {
  return PRECISION_RANK[a] <= PRECISION_RANK[b] ? a : b;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function addDays(date: PartialDate, days: number): PartialDate {
  if (date.m === undefined || date.d === undefined) return date;
  const shifted = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: shifted.getUTCFullYear(), m: shifted.getUTCMonth() + 1, d: shifted.getUTCDate() };
}

/** Shifts by whole months at month precision (a day is dropped: a month later is a month). */
export function addMonths(date: PartialDate, months: number): PartialDate {
  if (date.m === undefined) return { y: date.y + Math.trunc(months / 12) };
  const index = date.y * 12 + (date.m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

export type Unit = "day" | "week" | "month" | "year" | "decade";

/** Shifts a date by a count of units; the result is no finer than the unit or the date. */
export function shift(date: PartialDate, amount: number, unit: Unit): PartialDate {
  switch (unit) {
    case "day":
      return date.d === undefined ? date : addDays(date, amount);
    case "week":
      return date.d === undefined ? date : addDays(date, amount * 7);
    case "month":
      return addMonths(date, amount);
    case "year":
      return { y: date.y + amount };
    case "decade":
      return { y: date.y + amount * 10 };
  }
}

/** Compares two dates at the coarser of their precisions: -1, 0 or 1. */
export function compareAtCommon(a: PartialDate, b: PartialDate): number {
  const keys: ("y" | "m" | "d")[] = ["y", "m", "d"];
  for (const key of keys) {
    const left = a[key];
    const right = b[key];
    if (left === undefined || right === undefined) return 0;
    if (left !== right) return left < right ? -1 : 1;
  }
  return 0;
}

export function pointValue(date: PartialDate, qualifier: DateQualifier = null): TimeValue {
  return { start: formatPartial(date), end: null, granularity: precisionOf(date), qualifier };
}

/** A span of dates at the coarser precision of its ends; a one-point span is a point. */
export function rangeValue(from: PartialDate, to: PartialDate, qualifier: DateQualifier = null): TimeValue {
  const precision = coarser(precisionOf(from), precisionOf(to));
  const start = formatPartial(coarsen(from, precision));
  const end = formatPartial(coarsen(to, precision));
  return { start, end: end === start ? null : end, granularity: precision, qualifier };
}

/**
 * Decades (and centuries) are spans of years: "the 1960s and 70s" is 1960 to 1979, which is
 * exactly what the text says, at year precision.
 */
export function decadeValue(
  firstDecade: number,
  lastDecade: number,
  qualifier: DateQualifier = null,
): TimeValue {
  return rangeValue({ y: firstDecade }, { y: lastDecade + 9 }, qualifier);
}

/** The start of a value as a partial date (a decade is its first year). */
export function startOf(value: TimeValue): PartialDate {
  return parsePartial(value.start) ?? { y: 0 };
}
