/**
 * What the matched parts of a rule mean: day values checked against the calendar (and the
 * weekday, when one is given), day spans, year spans and decades.
 */
import { isValidDay, type PartialDate, pointValue, rangeValue, weekdayOf } from "./calendar.js";
import { dayNumber, monthNumber, weekdayNumber } from "./lexicon.js";
import { fixed, type Resolver, yearless } from "./resolve.js";

/** Month and weekday names are proper nouns: "march" and "may" in lower case are verbs. */
export function capitalised(word: string | undefined): boolean {
  return word === undefined || /^[A-Z]/.test(word);
}

export function dayValue(y: number, m: number, d: number, weekday?: string): Resolver | null {
  if (!isValidDay(y, m, d)) return null;
  const value = pointValue({ y, m, d });
  const expected = weekday === undefined ? undefined : weekdayNumber(weekday);
  if (expected !== undefined && weekdayOf(y, m, d) !== expected) {
    return () => ({ value, note: `${weekday} does not fall on ${value.start}` });
  }
  return fixed(value);
}

export function year(match: string): number {
  return Number(match);
}

export function yearRange(first: string, second: string): [number, number] | null {
  const from = year(first);
  const to = second.length === 2 ? Math.floor(from / 100) * 100 + Number(second) : year(second);
  return to > from ? [from, to] : null;
}

/** "60s" → 1960, "00s" → 2000, "1960s" → 1960; `base` supplies the century of "70s" after "1960s". */
export function decadeStart(digits: string, base?: number): number {
  if (digits.length === 4) return Number(digits);
  const tens = Number(digits);
  if (base !== undefined) return Math.floor(base / 100) * 100 + tens;
  return tens < 20 ? 2000 + tens : 1900 + tens;
}

export function weekday(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  return capitalised(word) ? weekdayNumber(word) : undefined;
}

export function dayRange(
  monthWord: string,
  firstDay: string,
  lastDay: string,
  yearWord?: string,
): Resolver | null {
  if (!capitalised(monthWord)) return null;
  const month = monthNumber(monthWord) ?? 0;
  const first = dayNumber(firstDay);
  const last = dayNumber(lastDay);
  if (last <= first) return null;
  const span = (y: number) => {
    if (!isValidDay(y, month, last)) return null;
    const from: PartialDate = { y, m: month, d: first };
    return rangeValue(from, { y, m: month, d: last });
  };
  if (yearWord) {
    const value = span(year(yearWord));
    return value ? fixed(value) : null;
  }
  return (ctx) => {
    const start = yearless(month, first)(ctx);
    const value = start ? span(Number(start.value.start.slice(0, 4))) : null;
    return value ? { value, note: start?.note } : null;
  };
}
