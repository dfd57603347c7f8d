/**
 * A sentence's tokens and lexical items, with the look-ups the composition rules share:
 * the item starting at a token, the phrase-leading determiner, an unknown name's extent.
 */
import type { Lexeme } from "./kb.js";
import type { LexItem } from "./lex.js";
import type { NameLexicon } from "./name-lexicon.js";
import type { WordToken } from "./normalize.js";
import type { ActorEntry } from "./schema.js";
import { isNameWord } from "./unresolved.js";

export interface Cursor {
  tokens: WordToken[];
  items: LexItem[];
  names: NameLexicon;
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
/** Lower-case particles inside personal names ("Ag Ghaly", "Ould Abdel Aziz", "bin Salman"). */
export const NAME_CONNECTORS = new Set([
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

export function makeCursor(tokens: WordToken[], items: LexItem[], names: NameLexicon): Cursor {
  const taken = new Set<number>();
  for (const it of items) for (let t = it.first; t < it.end; t++) taken.add(t);
  return { tokens, items, names, byFirst: new Map(items.map((it, k) => [it.first, k])), taken };
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

/**
 * The end of a run of capitalised tokens that no item matched: an unknown person's name.
 * Days, months and clause openers end it ("President Jane Doe Monday ..."), and a run that
 * ends in an organisation head ("General Motors Company") is no person's name.
 */
export function unknownNameEnd(c: Cursor, at: number): number {
  let end = at;
  while (end < c.tokens.length && !c.taken.has(end)) {
    const t = c.tokens[end];
    if (t.capital && LETTER.test(t.text) && isNameWord(t)) end++;
    else if (end > at && (NAME_CONNECTORS.has(t.norm) || hyphenJoined(c, end)) && c.tokens[end + 1]?.capital)
      end++;
    else break;
  }
  // A one-word title closing a name is a surname: "Defence Secretary Tom King said".
  const closing = itemAt(c, end);
  if (end > at && closing?.end === end + 1 && isTitleWord(closing) && !c.tokens[end + 1]?.capital) end++;
  if (end > at && c.names.organisationHeads.has(c.tokens[end - 1].norm)) return at;
  // Portfolio words alone are no name: "the Federal Secretary Interior".
  if (c.tokens.slice(at, end).every((t) => c.names.portfolios.has(t.norm))) return at;
  return end;
}

function isTitleWord(item: LexItem): boolean {
  return item.lexemes.length > 0 && item.lexemes.every((l) => l.kind === "title");
}

/** A lowercase particle hyphenated into a name: the "ur" of "Fazl-ur-Rehman". */
export function hyphenJoined(c: Cursor, k: number): boolean {
  return c.tokens[k].hyphenated === true && c.tokens[k + 1]?.hyphenated === true;
}

/** Where a portfolio before a title starts: "Planning and Investment Minister" → at "Planning". */
export function portfolioStart(c: Cursor, first: number): number {
  let start = first;
  for (let k = first - 1; k >= 0 && !c.taken.has(k); k--) {
    const t = c.tokens[k];
    if (t.capital && c.names.portfolios.has(t.norm)) start = k;
    else if ((t.norm === "and" || t.norm === "&") && c.names.portfolios.has(c.tokens[k - 1]?.norm ?? ""))
      continue;
    else break;
  }
  return start;
}

/** Past a portfolio after a title: "Minister for Interior Jane Doe", "Minister of Mines and Energy Jane Doe". */
export function portfolioEnd(c: Cursor, at: number): number {
  const link = c.tokens[at]?.norm;
  if (link !== "for" && link !== "of") return at;
  let end = at + 1;
  if (c.tokens[end]?.norm === "the") end++;
  const from = end;
  while (end < c.tokens.length && !c.taken.has(end)) {
    const t = c.tokens[end];
    if (t.capital && c.names.portfolios.has(t.norm)) end++;
    else if ((t.norm === "and" || t.norm === "&") && end > from) end++;
    else break;
  }
  while (end > from && !c.tokens[end - 1].capital) end--;
  return end > from ? end : at;
}

/** Text of tokens [first, end). */
export function tokenText(c: Cursor, first: number, end: number): string {
  return c.tokens
    .slice(first, end)
    .map((t) => t.text)
    .join(" ");
}
