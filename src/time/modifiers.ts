/**
 * Words before a date core that change what it means: a part of the period ("early",
 * "the end of", "the first half of", "summer"), a relation ("since", "by", "after") or an
 * event the date belongs to ("since the coup d'état in May 2021", "after the May 2021 coup").
 * Each modifier widens the expression's span to take its words in.
 */
import type { DateQualifier, TimeExpression, TimeValue } from "../doc.js";
import { parsePartial, rangeValue } from "./calendar.js";
import type { Resolver } from "./resolve.js";
import type { Shape } from "./rules.js";

/** A found expression before resolution; offsets are relative to the scanned text. */
export interface Core {
  start: number;
  end: number;
  kind: TimeExpression["kind"];
  /** The grammar rule (or "chrono") that found it. */
  rule: string;
  shape: Shape;
  resolve: Resolver;
}

const PART =
  /\b(early|mid|late|(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn)\s+of|end|(?:the\s+)?(?:first|second)\s+half\s+of|(?:the\s+)?(?:first|second|third|fourth|last)\s+quarter\s+of|(?:the\s+)?(?:spring|summer|autumn|fall|winter)(?:\s+of)?)[\s-]*$/i;

const RELATION =
  /(?:\b(since|after|following|before|prior\s+to|until|till|up\s+to|by|around|circa|approximately|roughly|from|as\s+(?:early|late|recently)\s+as)\s+|\b(c\.|pre-|post-)\s*)$/i;

const EVENT_AFTER_RELATION =
  /\b(since|after|following|before|prior\s+to|until)\s+(?:the|a|an|his|her|its|their|\p{L}+[’']s)\s+(?:[\p{L}’'-]+\s+){0,4}?(?:(?:in|of|on|during)\s+)?$/iu;

const RELATION_QUALIFIERS: Record<string, DateQualifier> = {
  since: "since",
  from: "since",
  after: "after",
  following: "after",
  "post-": "after",
  before: "before",
  "prior to": "before",
  until: "before",
  till: "before",
  "up to": "before",
  "pre-": "before",
  by: "before",
  around: "about",
  circa: "about",
  "c.": "about",
  approximately: "about",
  roughly: "about",
};

const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 14],
};

/** A part of a period: a qualifier, or for a year, a span of its months. */
function applyPart(part: string, shape: Shape, value: TimeValue): TimeValue | null {
  const words = part.toLowerCase().replace(/\s+/g, " ").replace(/^the /, "");
  const year = shape === "year" ? parsePartial(value.start)?.y : undefined;
  const months = (from: number, to: number) =>
    year === undefined
      ? null
      : rangeValue(
          { y: year + Math.floor((from - 1) / 12), m: ((from - 1) % 12) + 1 },
          {
            y: year + Math.floor((to - 1) / 12),
            m: ((to - 1) % 12) + 1,
          },
        );
  const season = Object.keys(SEASONS).find((name) => words.startsWith(name));
  if (season) return months(...SEASONS[season]);
  const quarter = /^(first|second|third|fourth|last) quarter/.exec(words);
  if (quarter) {
    const index = ["first", "second", "third", "fourth", "last"].indexOf(quarter[1]);
    const first = Math.min(index, 3) * 3 + 1;
    return months(first, first + 2) ?? { ...value, qualifier: index < 2 ? "early" : "late" };
  }
  if (words.startsWith("first half")) return months(1, 6) ?? { ...value, qualifier: "early" };
  if (words.startsWith("second half")) return months(7, 12) ?? { ...value, qualifier: "late" };
  const qualifier: DateQualifier = /^(early|very beginning|beginning|start|turn)/.test(words)
    ? "early"
    : /^(mid|middle)/.test(words)
      ? "mid"
      : "late";
  return { ...value, qualifier };
}

function withValue(resolve: Resolver, change: (value: TimeValue) => TimeValue | null): Resolver {
  return (ctx) => {
    const found = resolve(ctx);
    if (!found) return null;
    const value = change(found.value);
    return value ? { ...found, value } : null;
  };
}

/** Modifiers are a few words long: only this much text before a core is looked at. */
const WINDOW = 90;

/** Last words that may end a part or a relation: a cheap check before the anchored patterns. */
const PART_LAST = new Set([
  "early",
  "mid",
  "late",
  "of",
  "end",
  "spring",
  "summer",
  "autumn",
  "fall",
  "winter",
]);
const RELATION_LAST = new Set(
  "since after following before to until till by around circa c. approximately roughly from as pre post".split(
    " ",
  ),
);
const EVENT_RELATION_WORD = /\b(?:since|after|following|before|prior|until)\b/i;

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46 || code > 191;
}

/** The word that ends `text`, ignoring spaces and hyphens after it; lower case. */
function lastWord(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s-]/.test(text[end - 1])) end -= 1;
  let start = end;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start -= 1;
  return text.slice(start, end).toLowerCase();
}

/** Widens `core` over the modifiers in `text` before it, down to `floor` (the previous expression). */
export function applyModifiers(text: string, core: Core, floor: number): Core {
  let { start, resolve } = core;
  const lowest = Math.max(floor, start - WINDOW);
  let before = text.slice(lowest, start);
  let partQualified = false;
  const partPossible = core.shape !== "day" && core.shape !== "range" && PART_LAST.has(lastWord(before));
  const part = partPossible ? PART.exec(before) : null;
  if (part) {
    const words = part[1];
    start = lowest + part.index;
    const shape = core.shape;
    resolve = withValue(resolve, (value) => applyPart(words, shape, value));
    partQualified = true;
    before = text.slice(lowest, start);
  }
  const relation =
    (RELATION_LAST.has(lastWord(before)) ? RELATION.exec(before) : null) ??
    (EVENT_RELATION_WORD.test(before) ? EVENT_AFTER_RELATION.exec(before) : null);
  if (relation) {
    const word = (relation[1] ?? relation[2]).toLowerCase().replace(/\s+/g, " ");
    start = lowest + relation.index;
    const qualifier = RELATION_QUALIFIERS[word];
    // "by the end of 2021" keeps "late"; "by 2023" is "before".
    const keepPart = partQualified && word === "by";
    if (qualifier && !keepPart && !(word === "from" && core.shape === "range")) {
      resolve = withValue(resolve, (value) => ({ ...value, qualifier }));
    }
  }
  return { ...core, start, resolve };
}
