/**
 * Resolution of expressions that lean on context: a month without a year, a weekday, "last
 * month", "a week later". The context is the publication date and the date in force just
 * before the expression (earlier in the sentence, else the narrative date).
 */
import type { TimeValue } from "../doc.js";
import {
  addDays,
  coarsen,
  coarser,
  compareAtCommon,
  isValidDay,
  type PartialDate,
  type Precision,
  parsePartial,
  pointValue,
  precisionOf,
  rangeValue,
  shift,
  type Unit,
  weekdayOf,
} from "./calendar.js";

export interface ResolveContext {
  /** The publication date, the anchor of "last week" or "this month". */
  publication: PartialDate | null;
  /** The date in force just before the expression: the anchor of "a week later". */
  reference: TimeValue | null;
  /** The sentence speaks of what is to come ("will", "scheduled"): yearless months look ahead. */
  future: boolean;
}

export interface Resolution {
  value: TimeValue;
  /** Why the value may be doubtful (a weekday that matches no nearby year). */
  note?: string;
}

export type Resolver = (ctx: ResolveContext) => Resolution | null;

export function fixed(value: TimeValue): Resolver {
  return () => ({ value });
}

export function unitPrecision(unit: Unit): Precision {
  if (unit === "day" || unit === "week") return "day";
  return unit === "month" ? "month" : "year";
}

/** The reference date at the end that a shift moves away from. */
export function referencePoint(ctx: ResolveContext, direction: number): PartialDate | null {
  const reference = ctx.reference;
  if (!reference) return null;
  return parsePartial(direction > 0 && reference.end ? reference.end : reference.start);
}

/**
 * Chooses the year of a month (and day, weekday) given without one. A weekday is checked
 * against the years around the anchor; otherwise the narrative year is used (moving to the
 * next year when the month comes earlier than the narrative month, as stories run forward);
 * otherwise the latest such month not after publication (or the next one for future talk).
 */
export function inferYear(
  ctx: ResolveContext,
  month: number,
  day?: number,
  weekday?: number,
): { year: number; note?: string } | null {
  const publication = ctx.publication;
  const reference = referencePoint(ctx, 0);
  let note: string | undefined;
  if (weekday !== undefined && day !== undefined) {
    const base = publication ?? reference;
    if (!base) return null;
    const deltas = ctx.future ? [0, 1, -1] : [0, -1, 1];
    for (const delta of deltas) {
      const year = base.y + delta;
      if (!isValidDay(year, month, day) || weekdayOf(year, month, day) !== weekday) continue;
      if (publication && !ctx.future && compareAtCommon({ y: year, m: month, d: day }, publication) > 0)
        continue;
      return { year };
    }
    note = "the weekday matches no year next to the document date";
  }
  if (reference) {
    let year = reference.y;
    if (reference.m !== undefined && month < reference.m) year += 1;
    // Reports tell of the past: without talk of the future, the month is not after publication.
    while (
      publication &&
      !ctx.future &&
      year > publication.y - 1 &&
      compareAtCommon({ y: year, m: month }, publication) > 0
    ) {
      year -= 1;
    }
    return { year, note };
  }
  if (!publication) return null;
  const pubMonth = publication.m ?? 12;
  if (ctx.future) return { year: month >= (publication.m ?? 1) ? publication.y : publication.y + 1, note };
  return { year: month <= pubMonth ? publication.y : publication.y - 1, note };
}

/** A month (and day) without a year, placed in time by `inferYear`. */
export function yearless(month: number, day?: number, weekday?: number, endMonth?: number): Resolver {
  return (ctx) => {
    const found = inferYear(ctx, month, day, weekday);
    if (!found) return null;
    const { year, note } = found;
    if (day !== undefined && !isValidDay(year, month, day)) return null;
    if (endMonth !== undefined) {
      const endYear = endMonth < month ? year + 1 : year;
      return { value: rangeValue({ y: year, m: month }, { y: endYear, m: endMonth }), note };
    }
    return {
      value: pointValue(day === undefined ? { y: year, m: month } : { y: year, m: month, d: day }),
      note,
    };
  };
}

/** "N units ago": counted back from publication, no finer than the unit. */
export function ago(amount: number, unit: Unit, vague: boolean): Resolver {
  return (ctx) => {
    if (!ctx.publication) return null;
    const moved = coarsen(shift(ctx.publication, -amount, unit), unitPrecision(unit));
    return { value: pointValue(moved, vague ? "about" : null) };
  };
}

/** "the past N units", "in recent months": a span ending at publication. */
export function lookBack(amount: number, unit: Unit): Resolver {
  return (ctx) => {
    if (!ctx.publication) return null;
    const precision = coarser(unitPrecision(unit), precisionOf(ctx.publication));
    const from = coarsen(shift(ctx.publication, -amount, unit), precision);
    return { value: rangeValue(from, coarsen(ctx.publication, precision), "about") };
  };
}

/** "last week", "this month", "next year": a calendar unit counted from publication. */
export function calendarUnit(offset: number, unit: "week" | "month" | "year"): Resolver {
  return (ctx) => {
    const publication = ctx.publication;
    if (!publication) return null;
    if (unit === "year") return { value: pointValue({ y: publication.y + offset }) };
    if (unit === "month") {
      if (publication.m === undefined) return { value: pointValue({ y: publication.y }, "about") };
      return { value: pointValue(shift(publication, offset, "month")) };
    }
    if (publication.d === undefined) return { value: pointValue(publication, "about") };
    const monday = addDays(
      publication,
      -((weekdayOf(publication.y, publication.m ?? 1, publication.d) + 6) % 7),
    );
    const first = addDays(monday, offset * 7);
    return { value: rangeValue(first, addDays(first, 6)) };
  };
}

/** "a week later", "two years earlier": counted from the date in force. */
export function fromReference(amount: number, unit: Unit, vague: boolean): Resolver {
  return (ctx) => {
    const anchor = referencePoint(ctx, amount);
    if (!anchor) return null;
    const precision = coarser(unitPrecision(unit), precisionOf(anchor));
    // A week after "March 2022" is still March 2022, but only about.
    const blurred = precision !== unitPrecision(unit);
    const moved = coarsen(shift(anchor, amount, unit), precision);
    return { value: pointValue(moved, vague || blurred ? "about" : null) };
  };
}

/**
 * "eight years after France sent troops": the clause after the cue lies the span away from
 * the main clause's time (the date in force, else publication), before it for "after".
 */
export function besideMainClause(amount: number, unit: Unit, vague: boolean): Resolver {
  return (ctx) => {
    const anchor = referencePoint(ctx, amount) ?? ctx.publication;
    if (!anchor) return null;
    const precision = coarser(unitPrecision(unit), precisionOf(anchor));
    const blurred = precision !== unitPrecision(unit);
    const moved = coarsen(shift(anchor, amount, unit), precision);
    return { value: pointValue(moved, vague || blurred ? "about" : null) };
  };
}

/** "that year", "the following month": the date in force at the unit's precision. */
export function sameUnitAsReference(offset: number, unit: Unit): Resolver {
  return (ctx) => {
    const anchor = referencePoint(ctx, offset);
    if (!anchor) return null;
    return { value: pointValue(coarsen(shift(anchor, offset, unit), unitPrecision(unit))) };
  };
}

/** "during this period", "at the time": the date in force, as it is. */
export const sameAsReference: Resolver = (ctx) => (ctx.reference ? { value: ctx.reference } : null);

/** "January of that year": a month in the year in force. */
export function monthOfReferenceYear(month: number, yearOffset: number, day?: number): Resolver {
  return (ctx) => {
    const anchor = referencePoint(ctx, 0);
    if (!anchor) return null;
    const y = anchor.y + yearOffset;
    if (day !== undefined && !isValidDay(y, month, day)) return null;
    return { value: pointValue(day === undefined ? { y, m: month } : { y, m: month, d: day }) };
  };
}
