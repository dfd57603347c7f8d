/**
 * The time grammar: one table of rules, each a pattern and what it means. A rule matches
 * the core of an expression ("May 2021", "the 1960s", "a week later"); modifiers around
 * it ("since", "late", "the end of") are applied afterwards in `modifiers.ts`. Examples of
 * every rule are in `rules.test.ts`.
 */
import type { TimeExpression } from "../doc.js";
import { decadeValue, pointValue, rangeValue } from "./calendar.js";
import {
  CALENDAR_OFFSETS,
  COUNT,
  CUES,
  countValue,
  DAY,
  dayNumber,
  LASTING_ACTIVITY,
  MONTH_ANY,
  MONTH_FULL,
  monthNumber,
  UNIT,
  unitOf,
  WEEKDAY,
  WORD_ORDINAL_CENTURIES,
  YEAR,
  YEAR_OFFSETS,
} from "./lexicon.js";
import {
  ago,
  besideMainClause,
  calendarUnit,
  fixed,
  fromReference,
  lookBack,
  monthOfReferenceYear,
  type Resolver,
  sameAsReference,
  sameUnitAsReference,
  yearless,
} from "./resolve.js";
import { capitalised, dayRange, dayValue, decadeStart, weekday, year, yearRange } from "./rule-values.js";
import { looksLikeYear, namesSomething } from "./year-guard.js";

/** What a core denotes, so that modifiers know whether "early" or "the end of" applies. */
export type Shape = "year" | "month" | "day" | "decade" | "range" | "relative";

export interface Rule {
  id: string;
  kind: TimeExpression["kind"];
  shape: Shape;
  /** The rule runs only on text where this matches. */
  cue: RegExp;
  pattern: RegExp;
  /** The meaning of a match, or null when the match is not a date after all. */
  build: (match: RegExpExecArray, text: string) => Resolver | null;
}

const NUMERIC_EDGE_BEFORE = "(?<![\\d,.$€£#/])";
const NUMERIC_EDGE_AFTER = "(?![\\d%]|[.,]\\d)";

const MONTH_CUE =
  /\b(?:in|since|by|until|till|from|through|of|during|early|late|mid|last|next|this|a|the|as recently as|as early as|before|after|between|and|or|to|end of|beginning of|start of|middle of)[\s-]*$/i;

function rule(
  id: string,
  kind: Rule["kind"],
  shape: Shape,
  cue: RegExp,
  source: string,
  build: Rule["build"],
): Rule {
  return { id, kind, shape, cue, pattern: new RegExp(source, "gi"), build };
}

export const RULES: readonly Rule[] = [
  rule(
    "iso-date",
    "absolute",
    "day",
    CUES.years,
    `\\b(${YEAR})-(0[1-9]|1[0-2])-(3[01]|[12]\\d|0[1-9])\\b`,
    (m) => dayValue(year(m[1]), Number(m[2]), Number(m[3])),
  ),
  rule(
    "day-month-year",
    "absolute",
    "day",
    CUES.months,
    `(?:(${WEEKDAY}),?\\s+)?(?:the\\s+)?${NUMERIC_EDGE_BEFORE}\\b(${DAY})(?:\\s+of)?\\s+(${MONTH_ANY}),?\\s+(${YEAR})\\b`,
    (m) => (capitalised(m[3]) ? dayValue(year(m[4]), monthNumber(m[3]) ?? 0, dayNumber(m[2]), m[1]) : null),
  ),
  rule(
    "month-day-year",
    "absolute",
    "day",
    CUES.months,
    `(?:(${WEEKDAY}),?\\s+)?\\b(${MONTH_ANY})\\s+(${DAY}),?\\s+(${YEAR})\\b`,
    (m) => (capitalised(m[2]) ? dayValue(year(m[4]), monthNumber(m[2]) ?? 0, dayNumber(m[3]), m[1]) : null),
  ),
  rule(
    "day-range-month",
    "absolute",
    "range",
    CUES.months,
    `${NUMERIC_EDGE_BEFORE}\\b(${DAY})\\s*(?:-|–|to|and)\\s*(${DAY})\\s+(?:of\\s+)?(${MONTH_ANY})(?:,?\\s+(${YEAR}))?\\b`,
    (m) => dayRange(m[3], m[1], m[2], m[4]),
  ),
  rule(
    "month-day-range",
    "absolute",
    "range",
    CUES.months,
    `\\b(${MONTH_ANY})\\s+(${DAY})\\s*(?:-|–|to|and)\\s*(${DAY})(?:,?\\s+(${YEAR}))?${NUMERIC_EDGE_AFTER}\\b`,
    (m) => dayRange(m[1], m[2], m[3], m[4]),
  ),
  rule(
    "day-month",
    "relative",
    "day",
    CUES.months,
    `(?:(${WEEKDAY}),?\\s+)?(?:the\\s+)?${NUMERIC_EDGE_BEFORE}\\b(${DAY})(?:\\s+of)?\\s+(${MONTH_ANY})\\b`,
    (m, text) =>
      capitalised(m[3]) && !namesSomething(text, m.index + m[0].length)
        ? yearless(monthNumber(m[3]) ?? 0, dayNumber(m[2]), weekday(m[1]))
        : null,
  ),
  rule(
    "month-day",
    "relative",
    "day",
    CUES.months,
    `(?:(${WEEKDAY}),?\\s+)?\\b(${MONTH_ANY})\\s+(${DAY})${NUMERIC_EDGE_AFTER}\\b`,
    (m, text) =>
      capitalised(m[2]) && !namesSomething(text, m.index + m[0].length)
        ? yearless(monthNumber(m[2]) ?? 0, dayNumber(m[3]), weekday(m[1]))
        : null,
  ),
  rule(
    "month-range-year",
    "absolute",
    "range",
    CUES.months,
    `(?:between\\s+)?\\b(${MONTH_FULL})\\s*(?:-|–|and|to|through|until)\\s*(${MONTH_FULL}),?\\s+(?:of\\s+)?(${YEAR})\\b`,
    (m) => {
      const first = monthNumber(m[1]) ?? 0;
      const last = monthNumber(m[2]) ?? 0;
      if (!capitalised(m[1]) || !capitalised(m[2]) || last <= first) return null;
      return fixed(rangeValue({ y: year(m[3]), m: first }, { y: year(m[3]), m: last }));
    },
  ),
  rule(
    "month-year-range",
    "absolute",
    "range",
    CUES.months,
    `(?:(?:from|between)\\s+)?\\b(${MONTH_ANY}),?\\s+(?:of\\s+)?(${YEAR})\\s*(?:-|–|to|until|through|and)\\s*(${MONTH_ANY}),?\\s+(?:of\\s+)?(${YEAR})\\b`,
    (m) => {
      if (!capitalised(m[1]) || !capitalised(m[3])) return null;
      const from = { y: year(m[2]), m: monthNumber(m[1]) ?? 0 };
      return fixed(rangeValue(from, { y: year(m[4]), m: monthNumber(m[3]) ?? 0 }));
    },
  ),
  rule(
    "month-year",
    "absolute",
    "month",
    CUES.months,
    `\\b(${MONTH_ANY}),?\\s+(?:of\\s+)?(${YEAR})\\b`,
    (m) => (capitalised(m[1]) ? fixed(pointValue({ y: year(m[2]), m: monthNumber(m[1]) ?? 0 })) : null),
  ),
  rule(
    "month-of-that-year",
    "anaphoric",
    "month",
    CUES.months,
    `\\b(${MONTH_FULL})(?:\\s+(${DAY}))?,?\\s+(?:of\\s+)?(that|the same|the following|the next|the previous|the preceding)\\s+year\\b`,
    (m) =>
      capitalised(m[1])
        ? monthOfReferenceYear(
            monthNumber(m[1]) ?? 0,
            YEAR_OFFSETS[m[3].toLowerCase()] ?? 0,
            m[2] ? dayNumber(m[2]) : undefined,
          )
        : null,
  ),
  rule(
    "month-alone",
    "relative",
    "month",
    CUES.months,
    `\\b(?:(last|next|this)\\s+)?(${MONTH_FULL})\\b(?!\\s*\\d)`,
    (m, text) => {
      if (!capitalised(m[2])) return null;
      if (!m[1] && !MONTH_CUE.test(text.slice(Math.max(0, m.index - 24), m.index))) return null;
      const month = monthNumber(m[2]) ?? 0;
      const direction = m[1]?.toLowerCase();
      if (direction === "next") return (ctx) => yearless(month)({ ...ctx, reference: null, future: true });
      if (direction === "last") return (ctx) => yearless(month)({ ...ctx, reference: null, future: false });
      return yearless(month);
    },
  ),
  rule(
    "year-range",
    "absolute",
    "range",
    CUES.years,
    `(?:(?:from|between)\\s+)?${NUMERIC_EDGE_BEFORE}\\b(${YEAR})\\s*(-|–|—|/|to|until|till|through|and)\\s*(${YEAR}|\\d\\d)${NUMERIC_EDGE_AFTER}\\b`,
    (m, text) => {
      if (m[3].length === 2 && /[a-z]/i.test(m[2])) return null;
      const span = yearRange(m[1], m[3]);
      if (!span || !looksLikeYear(text, m.index, m.index + m[0].length)) return null;
      return fixed(rangeValue({ y: span[0] }, { y: span[1] }));
    },
  ),
  rule(
    "decade",
    "absolute",
    "decade",
    CUES.decades,
    `(?:\\bthe\\s+)?(['’])?\\b((?:1[6-9]|20)\\d0|\\d0)s\\b(?:\\s+and\\s+(?:the\\s+)?['’]?((?:1[6-9]|20)?\\d0)s\\b)?`,
    (m) => {
      const bareTwoDigits = m[2].length === 2 && !m[1] && !/^the\s/i.test(m[0]);
      if (bareTwoDigits) return null;
      const first = decadeStart(m[2]);
      const last = m[3] ? decadeStart(m[3], first) : first;
      return last >= first ? fixed(decadeValue(first, last)) : null;
    },
  ),
  rule(
    "century",
    "absolute",
    "decade",
    CUES.century,
    "\\b(?:the\\s+)?(1[5-9]|2[01]|nineteenth|twentieth|twenty-first)(?:st|nd|rd|th)?\\s+century\\b",
    (m) => {
      const ordinal = WORD_ORDINAL_CENTURIES[m[1].toLowerCase()] ?? Number(m[1]);
      // A century is wider than any granularity we have: its decades, first to last.
      return fixed(decadeValue((ordinal - 1) * 100, (ordinal - 1) * 100 + 90));
    },
  ),
  rule("quarter", "absolute", "range", CUES.years, `\\bQ([1-4])\\s*(${YEAR})\\b`, (m) => {
    const first = (Number(m[1]) - 1) * 3 + 1;
    return fixed(rangeValue({ y: year(m[2]), m: first }, { y: year(m[2]), m: first + 2 }));
  }),
  rule(
    "year",
    "absolute",
    "year",
    CUES.years,
    `${NUMERIC_EDGE_BEFORE}\\b(${YEAR})\\b${NUMERIC_EDGE_AFTER}`,
    (m, text) =>
      looksLikeYear(text, m.index, m.index + m[0].length) ? fixed(pointValue({ y: year(m[1]) })) : null,
  ),
  rule(
    "look-back",
    "relative",
    "relative",
    CUES.units,
    `\\bthe\\s+(?:past|last|previous)\\s+(?:(${COUNT})\\s+)?(${UNIT})\\b`,
    (m) => {
      const count = m[1] ? countValue(m[1]) : { amount: 1, vague: false };
      return count ? lookBack(count.amount, unitOf(m[2])) : null;
    },
  ),
  rule(
    "recent",
    "relative",
    "relative",
    CUES.recent,
    "\\brecent\\s+(days|weeks|months|years|decades)\\b",
    (m) => {
      const unit = unitOf(m[1]);
      const spans = { day: 7, week: 4, month: 6, year: 3, decade: 2 };
      return lookBack(spans[unit], unit);
    },
  ),
  rule(
    "calendar-unit",
    "relative",
    "relative",
    CUES.units,
    "\\b(this|last|past|previous|next|coming)\\s+(week|month|year)\\b",
    (m, text) => {
      // "the last year" is a span back from publication, handled by look-back.
      if (/\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) return null;
      const unit = m[2].toLowerCase() as "week" | "month" | "year";
      return calendarUnit(CALENDAR_OFFSETS[m[1].toLowerCase()] ?? 0, unit);
    },
  ),
  rule("ago", "relative", "relative", CUES.ago, `\\b(?:(${COUNT})\\s+)?(${UNIT})\\s+ago\\b`, (m) => {
    const count = m[1] ? countValue(m[1]) : { amount: 2, vague: true };
    return count ? ago(count.amount, unitOf(m[2]), count.vague) : null;
  }),
  rule(
    "shift-from-reference",
    "anaphoric",
    "relative",
    CUES.shift,
    `\\b(?:(${COUNT})\\s+)?(${UNIT})\\s+(later|earlier|afterwards?|thereafter)\\b`,
    (m) => {
      const count = m[1] ? countValue(m[1]) : { amount: 2, vague: true };
      if (!count) return null;
      const direction = /^earlier$/i.test(m[3]) ? -1 : 1;
      return fromReference(direction * count.amount, unitOf(m[2]), count.vague);
    },
  ),
  rule(
    "shift-from-main-clause",
    "anaphoric",
    "relative",
    CUES.relation,
    // Not before a date: "two weeks after May 5" is that date's business.
    `\\b(${COUNT})\\s+(${UNIT})\\s+(after|before)\\b(?!\\s+(?:the\\s+)?(?:\\d|${MONTH_FULL}))`,
    (m) => {
      const count = countValue(m[1]);
      if (!count) return null;
      const direction = /^after$/i.test(m[3]) ? -1 : 1;
      return besideMainClause(direction * count.amount, unitOf(m[2]), count.vague);
    },
  ),
  rule(
    "length-of-activity",
    "relative",
    "relative",
    CUES.lasting,
    // "an 8-year campaign", "a decade-long war": it began that long before the time spoken of.
    `\\b(?:(${COUNT})-(day|week|month|year|decade)s?(?:-long|-old)?|(day|week|month|year|decade)-long)(?=\\s+(?:[a-z\u00C0-\u024F'’-]+\\s+){0,4}?${LASTING_ACTIVITY}\\b)`,
    (m) => {
      const count = m[1] ? countValue(m[1]) : { amount: 1, vague: false };
      if (!count) return null;
      return besideMainClause(-count.amount, unitOf(m[2] ?? m[3]), true);
    },
  ),
  rule(
    "next-unit-from-reference",
    "anaphoric",
    "relative",
    CUES.units,
    "\\bthe\\s+(next|following|previous|preceding)\\s+(day|week|month|year)\\b",
    (m) => {
      const offset = /^(next|following)$/i.test(m[1]) ? 1 : -1;
      return sameUnitAsReference(offset, unitOf(m[2]));
    },
  ),
  rule(
    "same-unit-as-reference",
    "anaphoric",
    "relative",
    CUES.units,
    "\\b(?:(?:later|earlier)\\s+)?(?:that|the\\s+same|that\\s+same)\\s+(day|week|month|year)\\b",
    (m) => sameUnitAsReference(0, unitOf(m[1])),
  ),
  rule(
    "period-of-reference",
    "anaphoric",
    "relative",
    CUES.period,
    "\\b(?:during|in|over|throughout)\\s+(?:this|that|the\\s+same)\\s+period\\b",
    () => sameAsReference,
  ),
];
