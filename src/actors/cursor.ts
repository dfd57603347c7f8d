/**
 * A sentence's tokens and lexical items, with the look-ups the composition rules share:
 * the item starting at a token, the phrase-leading determiner, an unknown name's extent.
 */
import type { Lexeme } from "./kb.js";
import type { LexItem } from "./lex.js";
import type { WordToken } from "./normalize.js";
import type { ActorEntry } from "./schema.js";

export interface Cursor {
  tokens: WordToken[];
  items: LexItem[];
  byFirst: Map<number, number>;
  /** Tokens inside some item. */
  taken: Set<number>;
}

const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "its",
  "their",
  "his",
  "her",
  "our",
]);
const NAME_CONNECTORS = new Set([
  "de",
  "da",
  "du",
  "al",
  "el",
  "ag",
  "ould",
  "ben",
  "bin",
  "van",
  "von",
  "le",
]);
const LOWER_WORD = /^\p{Ll}+$/u;
const LETTER = /\p{L}/u;

export function makeCursor(tokens: WordToken[], items: LexItem[]): Cursor {
  const taken = new Set<number>();
  for (const it of items) for (let t = it.first; t < it.end; t++) taken.add(t);
  return { tokens, items, byFirst: new Map(items.map((it, k) => [it.first, k])), taken };
}

export function itemAt(c: Cursor, token: number): LexItem | undefined {
  const k = c.byFirst.get(token);
  return k === undefined ? undefined : c.items[k];
}

export function lexemeOf<K extends Lexeme["kind"]>(item: LexItem | undefined, kind: K) {
  return item?.lexemes.find((l): l is Extract<Lexeme, { kind: K }> => l.kind === kind);
}

export function entitiesOf(item: LexItem, kinds: Lexeme["kind"][], type?: string): ActorEntry[] {
  const found: ActorEntry[] = [];
  for (const l of item.lexemes) {
    if (kinds.includes(l.kind) && "entity" in l && (!type || l.entity.type === type)) found.push(l.entity);
  }
  return found;
}

/** Where a determiner-led phrase starts ("the newly established junta"), or -1 without one. */
export function determinerStart(c: Cursor, first: number): number {
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    const t = c.tokens[k];
    if (DETERMINERS.has(t.norm)) return k;
    if (t.capital || c.taken.has(k) || !LOWER_WORD.test(t.text)) return -1;
  }
  return -1;
}

/** The end of a run of capitalised tokens that no item matched: an unknown person's name. */
export function unknownNameEnd(c: Cursor, at: number): number {
  let end = at;
  while (end < c.tokens.length && !c.taken.has(end)) {
    const t = c.tokens[end];
    if (t.capital && LETTER.test(t.text)) end++;
    else if (NAME_CONNECTORS.has(t.norm) && end > at && c.tokens[end + 1]?.capital) end++;
    else break;
  }
  return end;
}

/** Text of tokens [first, end). */
export function tokenText(c: Cursor, first: number, end: number): string {
  return c.tokens
    .slice(first, end)
    .map((t) => t.text)
    .join(" ");
}
