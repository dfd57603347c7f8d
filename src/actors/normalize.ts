/**
 * Word tokens for dictionary matching. Case and diacritics are folded in `norm`; hyphens,
 * periods and apostrophes inside names are dropped, so "CSP-DPA" = "CSP DPA", "U.S." = "U S"
 * and "N'Daw" = "Ndaw"; a possessive "'s" becomes its own token so "Mali's" still names Mali.
 */

export interface WordToken {
  text: string;
  start: number;
  end: number;
  /** Lower case, diacritics folded, apostrophes removed. */
  norm: string;
  /** Diacritics folded, case kept: for case-sensitive acronyms. */
  folded: string;
  /** Starts with a capital letter. */
  capital: boolean;
}

const WORD_OR_MARK = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
/** Punctuation that joins the parts of one name and is ignored when matching. */
const JOINERS = new Set(["-", "‐", "‑", "–", ".", "'", "’", "·"]);
const POSSESSIVE = /^(.+?)['’]s$/u;
const CAPITAL = /^\p{Lu}/u;
const COMBINING = /\p{M}/gu;

export function fold(text: string): string {
  return text.normalize("NFD").replace(COMBINING, "").replace(/ß/g, "ss").replace(/[Øø]/g, "o");
}

export function normWord(text: string): string {
  return fold(text).toLowerCase().replace(/['’]/g, "");
}

function makeToken(text: string, start: number): WordToken {
  const folded = fold(text).replace(/['’]/g, "");
  return {
    text,
    start,
    end: start + text.length,
    norm: folded.toLowerCase(),
    folded,
    capital: CAPITAL.test(text),
  };
}

/** Tokens of `text`, with offsets shifted by `offset` (the sentence's start in the document). */
export function tokenizeWords(text: string, offset = 0): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD_OR_MARK)) {
    const raw = match[0];
    const start = offset + (match.index ?? 0);
    if (JOINERS.has(raw)) continue;
    const possessive = raw.length > 2 ? POSSESSIVE.exec(raw) : null;
    if (possessive) {
      const stem = possessive[1];
      tokens.push(makeToken(stem, start));
      tokens.push({ ...makeToken(raw.slice(stem.length), start + stem.length), norm: "'s", folded: "'s" });
    } else {
      tokens.push(makeToken(raw, start));
    }
  }
  return tokens;
}

/** The normalised key of a phrase: its token norms joined by spaces. */
export function phraseKey(text: string): string {
  return tokenizeWords(text)
    .map((t) => t.norm)
    .join(" ");
}

/** An acronym-like token (two capitals or more: ECOWAS, FAMa, UN) must match its case exactly. */
export function isCaseSensitiveToken(text: string): boolean {
  let capitals = 0;
  for (const ch of text) if (ch !== ch.toLowerCase()) capitals++;
  return capitals >= 2;
}
