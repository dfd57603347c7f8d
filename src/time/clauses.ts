/**
 * Which date expression governs a clause. A sentence is cut into segments at commas,
 * semicolons, dashes and brackets (never inside a date: "May 24, 2021"). A date in a
 * fronted adverbial ("In 2023, ...") governs the whole sentence; a date inside a relative
 * clause ("who led the country from 1960 to 1968"), an apposition (", a force set up in
 * 2021") or a bracketed aside governs only its own segment.
 */
import type { Span, TimeValue } from "../doc.js";

export interface PlacedExpression extends Span {
  value: TimeValue;
  kind: "absolute" | "relative" | "anaphoric";
}

export interface Segment extends Span {
  /** Inside brackets: an aside. */
  bracketed: boolean;
  /** Ends at a comma or semicolon at bracket depth 0 (the end of an introductory phrase). */
  endsAtComma: boolean;
}

const BOUNDARY = /[,;:()[\]–—]| - /g;

/** "BAMAKO —": a dateline opens the sentence's first clause; it is not a clause of its own. */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'’-]*$/u;

function inside(position: number, spans: readonly Span[]): boolean {
  return spans.some((span) => position > span.start && position < span.end);
}

/** Cuts `text` into segments; `protect` are spans (dates) that are never cut. */
export function segmentClauses(text: string, protect: readonly Span[]): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  let depth = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    const at = match.index;
    if (inside(at, protect)) continue;
    if (start === 0 && /[–—]| - /.test(match[0]) && DATELINE.test(text.slice(0, at))) continue;
    if (match[0] === "," && /\d/.test(text[at - 1] ?? "") && /\d/.test(text[at + 1] ?? "")) continue;
    segments.push({
      start,
      end: at,
      bracketed: depth > 0,
      endsAtComma: depth === 0 && /[,;]/.test(match[0]),
    });
    if (match[0] === "(" || match[0] === "[") depth += 1;
    if ((match[0] === ")" || match[0] === "]") && depth > 0) depth -= 1;
    start = at + match[0].length;
  }
  segments.push({ start, end: text.length, bracketed: depth > 0, endsAtComma: false });
  return segments.filter((segment) => segment.end > segment.start);
}

const COMPLEMENTIZER = /\b(?:that|whether)\b/i;

/**
 * "accepted a transition ending in March 2024", "rejected the timetable announced in May":
 * a participle after the span's object ties the later date to that object, not the span.
 */
const PARTICIPLE_AFTER_OBJECT =
  /^\s*(?:\S+\s+){0,2}?(?:a|an|the|its|their|his|her|this|these|those)\s+(?:[^\s,;]+\s+){0,4}?(?!(?:during|according|including|regarding|concerning|following)\b)\p{L}{2,}(?:ed|ing)\s+(?:by|in|on|at|from|until|through)\b/iu;

const EMBEDDING_OPENER = /^\s*(?:who|whom|whose|which|where|a|an)\b/i;

/** A relative clause, an apposition, or an aside in brackets holding more than the date. */
function isEmbedded(text: string, segment: Segment, expression: Span): boolean {
  const words = text.slice(segment.start, segment.end);
  // "a week later" opens with "a"; so does a sentence's subject: neither is an apposition.
  const leadsSegment = text.slice(segment.start, expression.start).trim() === "";
  if (segment.start > 0 && !leadsSegment && EMBEDDING_OPENER.test(words)) return true;
  if (!segment.bracketed) return false;
  const rest = words.slice(0, expression.start - segment.start) + words.slice(expression.end - segment.start);
  return /\p{L}/u.test(rest);
}

/** "in recent years", "the past decade": less telling than an exact date in the same clause. */
export function isVague(expression: PlacedExpression): boolean {
  return expression.kind === "relative" && expression.value.qualifier === "about";
}

function segmentOf(segments: readonly Segment[], position: number): Segment | undefined {
  return segments.find((segment) => position >= segment.start && position <= segment.end);
}

/** The end of the introductory phrase: the first comma at bracket depth 0, if text follows. */
function frontedEnd(segments: readonly Segment[]): number | null {
  const first = segments.findIndex((segment) => segment.endsAtComma);
  return first >= 0 && first < segments.length - 1 ? segments[first].end : null;
}

/** Openers of a concession: what it dates is granted, not the time of the main clause. */
const CONCESSIVE = /^\W*(?:despite|in spite of|notwithstanding|(?:even )?though|although|unlike)\b/i;

/**
 * The end of a fronted concession ("Despite the easing in July 2022, relations remain
 * tense"), or null: its dates belong to the conceded event, not to the main clause.
 */
function concessionEnd(text: string, segments: readonly Segment[]): number | null {
  return CONCESSIVE.test(text) ? frontedEnd(segments) : null;
}

/** The first exact date; a vague one ("in recent years") only when no exact one is offered. */
function preferExact(candidates: readonly PlacedExpression[]): PlacedExpression | undefined {
  return candidates.find((expression) => !isVague(expression)) ?? candidates[0];
}

/** "eight years after ...", "a week before ...": dates the words after it, not the main clause. */
function isClauseShift(text: string, expression: Span): boolean {
  return /\b(?:after|before)$/i.test(text.slice(expression.start, expression.end));
}

/** "an 8-year campaign", "a decade-long war": dates the noun phrase it opens, nothing else. */
function isLengthOfActivity(text: string, expression: Span): boolean {
  return /-(?:day|week|month|year|decade)s?(?:-long|-old)?$|-long$/i.test(
    text.slice(expression.start, expression.end),
  );
}

/** How far after a length-of-activity expression its noun phrase may run (characters). */
const ACTIVITY_REACH = 60;

function embeddedIn(text: string, segments: readonly Segment[], expression: Span): boolean {
  const conceded = concessionEnd(text, segments);
  if (conceded !== null && expression.end <= conceded) return true;
  const segment = segmentOf(segments, expression.start);
  return segment !== undefined && isEmbedded(text, segment, expression);
}

/**
 * The date governing the sentence's main clause, or null when every date sits in an
 * embedded segment: a date in the fronted phrase, else the first date outside embedded
 * segments; an exact date elsewhere in the main clause wins over a vague one.
 */
function mainClauseExpression(
  text: string,
  segments: readonly Segment[],
  expressions: readonly PlacedExpression[],
): PlacedExpression | undefined {
  const fronted = frontedEnd(segments);
  const main = expressions.filter(
    (expression) =>
      !embeddedIn(text, segments, expression) &&
      !isClauseShift(text, expression) &&
      !isLengthOfActivity(text, expression),
  );
  const leading = main.filter((expression) => fronted !== null && expression.start < fronted);
  const chosen = preferExact(leading) ?? preferExact(main);
  if (chosen && isVague(chosen)) return preferExact(main);
  return chosen;
}

export interface SentenceGovernor {
  /** Index in the expressions (sorted by start). */
  index: number;
  /** False for a conceded event's date: it dates the sentence but is not the story's time. */
  narrative: boolean;
}

/**
 * The date governing the main clause, or null; when only a fronted concession holds a
 * date, that date (the sentence's one dated event) without moving the narrative.
 */
export function governingExpression(
  text: string,
  expressions: readonly PlacedExpression[],
): SentenceGovernor | null {
  if (expressions.length === 0) return null;
  const segments = segmentClauses(text, expressions);
  const chosen = mainClauseExpression(text, segments, expressions);
  if (chosen) return { index: expressions.indexOf(chosen), narrative: true };
  const conceded = concessionEnd(text, segments);
  const granted = preferExact(
    expressions.filter((expression) => conceded !== null && expression.end <= conceded),
  );
  return granted ? { index: expressions.indexOf(granted), narrative: false } : null;
}

/**
 * How far the span's own segment reaches: a bracketed aside annotates the phrase right
 * before it ("Konaré (1992-2002)", "the cut (to 2,500 soldiers by 2025)"), so it joins the
 * segment when the span ends within a few words of the bracket and does not run past it.
 */
function annotatedReach(text: string, segments: readonly Segment[], home: Segment, span: Span): number {
  const next = segments[segments.indexOf(home) + 1];
  if (!next?.bracketed || text.slice(home.end, next.start).trim() !== "(") return home.end;
  if (span.end > next.end + 1) return home.end;
  const gap = text.slice(Math.min(span.end, home.end), home.end).trim();
  return gap.split(/\s+/).length <= 4 ? next.end : home.end;
}

/** What dates a span: an expression (its index), the sentence's date, or the narrative date. */
export type SpanGovernor = number | "sentence" | "narrative";

/**
 * What governs `span` (relative to `text`): a main-clause date inside the span; else the
 * nearest date in the span's own segment; else the sentence's main-clause date; else a date
 * inside the span that sits in an aside or relative clause, unless it lies after
 * publication (`prospective`). A date in a that-clause after the span dates that clause,
 * not the span ("promised that elections would come by February"): the span then takes the
 * narrative date.
 */
export function expressionForSpan(
  text: string,
  expressions: readonly PlacedExpression[],
  span: Span,
  prospective: (expression: PlacedExpression) => boolean,
): SpanGovernor {
  const segments = segmentClauses(text, expressions);
  const home = segmentOf(segments, span.start);
  // A shift dates what follows it: "eight years after [France sent troops]".
  const reaches = (expression: PlacedExpression) => {
    if (isLengthOfActivity(text, expression)) {
      return span.start >= expression.end && span.start - expression.end <= ACTIVITY_REACH;
    }
    return !isClauseShift(text, expression) || span.start >= expression.end;
  };
  const within = expressions.filter(
    (expression) => expression.start < span.end && span.start < expression.end && reaches(expression),
  );
  const governsSpan = (expression: PlacedExpression) =>
    !embeddedIn(text, segments, expression) ||
    (home !== undefined && expression.start >= home.start && expression.end <= home.end);
  const distance = (expression: Span) =>
    expression.start >= span.end ? expression.start - span.end : span.start - expression.end;
  const beyondComplementizer = (expression: Span) =>
    expression.start >= span.end && COMPLEMENTIZER.test(text.slice(span.end, expression.start));
  const behindModifiedObject = (expression: Span) =>
    expression.start >= span.end && PARTICIPLE_AFTER_OBJECT.test(text.slice(span.end, expression.start));
  const reach = home ? annotatedReach(text, segments, home, span) : 0;
  // Inside a fronted concession, the concession's own dates are the nearest ones.
  const conceded = concessionEnd(text, segments);
  const region =
    conceded !== null && span.end <= conceded
      ? { start: 0, end: conceded }
      : home && { start: home.start, end: reach };
  const near = region
    ? expressions
        .filter((expression) => expression.start >= region.start && expression.end <= region.end)
        .filter((expression) => !beyondComplementizer(expression) && !behindModifiedObject(expression))
        .filter(reaches)
        .sort((a, b) => distance(a) - distance(b))
    : [];
  const main = mainClauseExpression(text, segments, expressions);
  const mainGoverns = main !== undefined && !beyondComplementizer(main);
  const chosen =
    preferExact(within.filter(governsSpan)) ??
    preferExact(near) ??
    (mainGoverns ? main : undefined) ??
    preferExact(within.filter((expression) => !prospective(expression)));
  if (!chosen) return main === undefined && conceded === null ? "sentence" : "narrative";
  const better = isVague(chosen) && mainGoverns ? main : undefined;
  return expressions.indexOf(better && !isVague(better) ? better : chosen);
}
