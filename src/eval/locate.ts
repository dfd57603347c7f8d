/**
 * Finding gold phrases (quotes, surface forms, actor spans) in a document's stored text.
 * Gold quotes are verbatim from the raw file; the stored text went through cleaning, so an
 * exact search may miss. The fallback compares a normalised form (quotes, dashes, spaces,
 * case) and maps the hit back to offsets in the stored text.
 */
import type { Span } from "../doc.js";

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((other) => overlaps(span, other));
}

const CHAR_FOLDS: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u2032": "'",
  "`": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u00ab": '"',
  "\u00bb": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
};

interface Normalised {
  text: string;
  /** For each character of `text`, its offset in the original string. */
  origin: number[];
}

/** Folds quotes and dashes, collapses whitespace runs to one space, lower-cases. */
export function normalise(original: string): Normalised {
  let text = "";
  const origin: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const char = original[i] as string;
    if (/\s/.test(char)) {
      if (text.length > 0 && text[text.length - 1] !== " ") {
        text += " ";
        origin.push(i);
      }
      continue;
    }
    const folded = (CHAR_FOLDS[char] ?? char).toLowerCase();
    for (const part of folded) {
      text += part;
      origin.push(i);
    }
  }
  return { text, origin };
}

function allIndexes(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Every occurrence of `phrase` in `text`: exact first, else by normalised comparison. */
export function locateAll(text: string, phrase: string): Span[] {
  const wanted = phrase.normalize("NFC").trim();
  const exact = allIndexes(text, wanted);
  if (exact.length > 0) return exact.map((start) => ({ start, end: start + wanted.length }));
  const hay = normalise(text);
  const needle = normalise(wanted).text.trim();
  return allIndexes(hay.text, needle).map((at) => ({
    start: hay.origin[at] as number,
    end: (hay.origin[at + needle.length - 1] as number) + 1,
  }));
}

/** Occurrences that stand as whole words; all occurrences when none does. */
export function locateWords(text: string, phrase: string): Span[] {
  const all = locateAll(text, phrase);
  const whole = all.filter((span) => isWordBoundary(text, span));
  return whole.length > 0 ? whole : all;
}

/**
 * Locates an annotator's span that may be abbreviated with an ellipsis ("U.S. ... negotiators"):
 * the whole phrase if it occurs, else its pieces in order, else its first word. Returns the
 * spans of one occurrence (several when pieced), or [] when nothing is found.
 */
export function locateGoldSpan(text: string, phrase: string): Span[] {
  const whole = locateAll(text, phrase);
  if (whole.length > 0) return [whole[0] as Span];
  const pieces = phrase
    .split(/\.{2,}|\u2026/)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0);
  if (pieces.length > 1) {
    const spans: Span[] = [];
    let from = 0;
    for (const piece of pieces) {
      const next = locateAll(text, piece).find((span) => span.start >= from);
      if (!next) break;
      spans.push(next);
      from = next.end;
    }
    if (spans.length === pieces.length) return spans;
  }
  const firstWord = phrase.trim().split(/\s+/)[0] ?? "";
  if (firstWord.length < 2) return [];
  const word = locateAll(text, firstWord).find((span) => isWordBoundary(text, span));
  return word ? [word] : [];
}

/** True when the span neither starts nor ends inside a word ("Mali" in "Malian" is not). */
export function isWordBoundary(text: string, span: Span): boolean {
  const before = text[span.start - 1] ?? " ";
  const after = text[span.end] ?? " ";
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}
