/**
 * chrono-node for what it does better than our grammar: numeric dates ("24/05/2021",
 * "24.05.2021") and day-level casual references counted from the publication day
 * ("yesterday", "last night", "on Tuesday", "over the weekend"). It runs only on sentences
 * with such a cue, and only on what our rules left uncovered.
 */
import * as chrono from "chrono-node";
import type { TimeValue } from "../doc.js";
import { addDays, compareAtCommon, type PartialDate, pointValue } from "./calendar.js";
import type { Core } from "./modifiers.js";
import type { Resolver } from "./resolve.js";

const CUE =
  /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:yesterday|today|tomorrow|tonight|last night|weekend)\b|\b\d{1,4}[./]\d{1,2}[./]\d{2,4}\b/;

const NUMERIC = /^(\d{1,4})[./](\d{1,2})[./](\d{2,4})$/;

const WEEKDAY_NAME = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

const CASUAL_DAY = /yesterday|today|tomorrow|tonight|night|morning|afternoon|evening|weekend/i;

const CUES = new RegExp(CUE.source, "g");

export function hasChronoCue(text: string): boolean {
  return CUE.test(text);
}

/** Day-first and month-first readings both valid and different: only the year is sure. */
function ambiguousNumeric(text: string, year: number): TimeValue | null {
  const match = NUMERIC.exec(text);
  if (!match || match[1].length === 4) return null;
  const first = Number(match[1]);
  const second = Number(match[2]);
  return first <= 12 && second <= 12 && first !== second ? pointValue({ y: year }) : null;
}

function casual(found: PartialDate): Resolver {
  return (ctx) => {
    const publication = ctx.publication;
    if (!publication) return null;
    if (publication.d === undefined) return { value: pointValue(publication, "about") };
    // chrono may pick the coming weekday; reports speak of the past unless they say otherwise.
    const day = !ctx.future && compareAtCommon(found, publication) > 0 ? addDays(found, -7) : found;
    return { value: pointValue(day) };
  };
}

function wordStart(text: string, index: number): number {
  let at = index;
  while (at > 0 && /\S/.test(text[at - 1])) at -= 1;
  return at;
}

function wordEnd(text: string, index: number): number {
  let at = index;
  while (at < text.length && /\S/.test(text[at])) at += 1;
  return at;
}

/** Characters of context chrono gets on each side of a cue ("last" in "last Friday"). */
const MARGIN = 30;

/**
 * Chrono's day-level findings in `text` that do not overlap `taken`. Chrono is costly, so
 * it reads only a window around each cue that our rules left uncovered.
 */
export function chronoCores(text: string, publication: PartialDate | null, taken: Core[]): Core[] {
  const instant = publication
    ? new Date(Date.UTC(publication.y, (publication.m ?? 1) - 1, publication.d ?? 1, 12))
    : new Date(Date.UTC(2000, 0, 1, 12));
  const cores: Core[] = [];
  const overlaps = (start: number, end: number) =>
    [...taken, ...cores].some((core) => core.start < end && start < core.end);
  for (const cue of text.matchAll(CUES)) {
    if (overlaps(cue.index, cue.index + cue[0].length)) continue;
    // The window is widened to whole words: a cut "days" would read as "day".
    const from = wordStart(text, Math.max(0, cue.index - MARGIN));
    const window = text.slice(from, wordEnd(text, Math.min(text.length, cue.index + cue[0].length + MARGIN)));
    for (const result of chrono.en.GB.parse(window, { instant, timezone: 0 })) {
      const start = from + result.index;
      // chrono keeps a trailing comma ("Friday,"); the expression ends at its last word.
      const end = start + result.text.replace(/[\s,.;:]+$/, "").length;
      if (overlaps(start, end)) continue;
      const core = toCore(result, start, end, publication);
      if (core) cores.push(core);
    }
  }
  return cores.sort((a, b) => a.start - b.start);
}

function toCore(
  result: chrono.ParsedResult,
  start: number,
  end: number,
  publication: PartialDate | null,
): Core | null {
  const date = {
    y: result.start.get("year") ?? 0,
    m: result.start.get("month") ?? 1,
    d: result.start.get("day") ?? 1,
  };
  const certainDay = result.start.isCertain("year") && result.start.isCertain("day");
  if (NUMERIC.test(result.text) && certainDay) {
    const value = ambiguousNumeric(result.text, date.y) ?? pointValue(date);
    return { start, end, kind: "absolute", rule: "chrono", shape: "day", resolve: () => ({ value }) };
  }
  // Only named days: chrono's own arithmetic ("after 12 days") would invent a day.
  if (publication && (WEEKDAY_NAME.test(result.text) || CASUAL_DAY.test(result.text))) {
    return { start, end, kind: "relative", rule: "chrono", shape: "day", resolve: casual(date) };
  }
  return null;
}
