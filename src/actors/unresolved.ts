/**
 * Capitalised names the knowledge base did not resolve. They stay out of doc.mentions (they
 * would become event actors with no code) and go to doc.data.unresolvedNames, so that
 * `entente actors --unresolved` can show users what to add.
 */
import type { LexItem } from "./lex.js";
import type { WordToken } from "./normalize.js";

export interface UnresolvedNameSpan {
  text: string;
  start: number;
  end: number;
  sentence: number;
}

/** Capitalised words that start clauses or name times rather than actors. */
const NOT_NAMES = new Set(
  (
    "the a an in on at but and or for if as this that these those it its he she they we i his her their our " +
    "after before while when since despite according however meanwhile yet so such with without from to by of " +
    "under over during following although because what who which where why how there here some many most all " +
    "one two three several both each other another no not only also then thus moreover furthermore indeed " +
    "january february march april may june july august september october november december " +
    "monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr"
  ).split(" "),
);
const CONNECTORS = new Set([
  "of",
  "de",
  "du",
  "des",
  "la",
  "le",
  "al",
  "el",
  "ag",
  "ould",
  "bin",
  "ben",
  "for",
  "and",
]);

/** A capitalised word that may be part of a name (not a clause opener, day or month). */
export function isNameWord(t: WordToken): boolean {
  return t.capital && /\p{L}/u.test(t.text) && !NOT_NAMES.has(t.norm);
}

export function findUnresolvedSpans(
  tokens: WordToken[],
  covered: Set<number>,
  sentence: number,
  text: string,
): UnresolvedNameSpan[] {
  const spans: UnresolvedNameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (covered.has(i) || !isNameWord(tokens[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length && !covered.has(end)) {
      if (isNameWord(tokens[end])) end++;
      else if (
        CONNECTORS.has(tokens[end].norm) &&
        tokens[end + 1] &&
        isNameWord(tokens[end + 1]) &&
        !covered.has(end + 1)
      )
        end += 2;
      else break;
    }
    // A lone capitalised first word is usually just the start of the sentence.
    if (!(i === 0 && end === 1)) {
      const start = tokens[i].start;
      const stop = tokens[end - 1].end;
      spans.push({ text: text.slice(start, stop), start, end: stop, sentence });
    }
    i = end;
  }
  return spans;
}

/** Token indexes covered by knowledge-base items or mentions. */
export function coveredTokens(items: LexItem[], spans: { first: number; end: number }[]): Set<number> {
  const covered = new Set<number>();
  for (const s of [...items, ...spans]) for (let t = s.first; t < s.end; t++) covered.add(t);
  return covered;
}
