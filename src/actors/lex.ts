/**
 * Scans a sentence's tokens against the knowledge-base trie, left to right, longest match
 * first. Each match is an item carrying every lexeme stored under that phrase that passes
 * the case rules (acronyms exact, proper names capitalised).
 */
import type { Lexeme, TrieNode } from "./kb.js";
import { tokenizeWords, type WordToken } from "./normalize.js";

export interface LexItem {
  /** Token indexes: [first, end). */
  first: number;
  end: number;
  lexemes: Lexeme[];
}

/** Kinds in the order the matcher prefers them when one phrase has several readings. */
const PRIORITY: Record<Lexeme["kind"], number> = {
  entity: 0,
  metonym: 1,
  demonym: 2,
  title: 3,
  sectorNoun: 4,
  generic: 5,
  anaphor: 6,
  surname: 7,
};

function accepts(lexeme: Lexeme, tokens: WordToken[], first: number): boolean {
  if (lexeme.exact) {
    for (let k = 0; k < lexeme.exact.length; k++)
      if (tokens[first + k].folded !== lexeme.exact[k]) return false;
    return true;
  }
  return !lexeme.capital || tokens[first].capital;
}

export function lexTokens(tokens: WordToken[], trie: TrieNode): LexItem[] {
  const items: LexItem[] = [];
  let i = 0;
  while (i < tokens.length) {
    let node: TrieNode | undefined = trie;
    let best: LexItem | null = null;
    for (let j = i; j < tokens.length; j++) {
      node = node.next.get(tokens[j].norm);
      if (!node) break;
      if (node.items) {
        const ok = node.items.filter((l) => accepts(l, tokens, i));
        if (ok.length > 0) best = { first: i, end: j + 1, lexemes: ok };
      }
    }
    if (best) {
      best.lexemes.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind]);
      items.push(best);
      i = best.end;
    } else {
      i++;
    }
  }
  return items;
}

/** The readings of `phrase` when the trie matches it whole ("Assimi Goita", "Bamako"), else none. */
export function wholePhraseLexemes(phrase: string, trie: TrieNode): Lexeme[] {
  const tokens = tokenizeWords(phrase);
  const [item] = lexTokens(tokens, trie);
  return item?.first === 0 && item.end === tokens.length ? item.lexemes : [];
}
