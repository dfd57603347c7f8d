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
  /** Joined to the word before by a hyphen ("ur" in "Fazl-ur-Rehman"). */
  hyphenated?: boolean;
}

/** Punctuation that joins the parts of one name and is ignored when matching. */
const JOINERS = new Set(["-", "‐", "‑", "–", ".", "'", "’", "·"]);
const HYPHENS = new Set(["-", "‐", "‑"]);
const CAPITAL = /^\p{Lu}/u;
const COMBINING = /\p{M}/gu;
const NON_ASCII = /[^ -~\t\n\r]/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;

export function fold(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text.normalize("NFD").replace(COMBINING, "").replace(/ß/g, "ss").replace(/[Øø]/g, "o");
}

export function normWord(text: string): string {
  return fold(text).toLowerCase().replace(/['’]/g, "");
}

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(text[i]);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 8217;
}

/** British and American spellings of words in names compare equal ("Defence" = "Defense"). */
const SPELLINGS = new Map([
  ["defense", "defence"],
  ["organization", "organisation"],
  ["organizations", "organisations"],
  ["program", "programme"],
  ["center", "centre"],
  ["labor", "labour"],
]);

function makeToken(text: string, start: number): WordToken {
  let folded = fold(text);
  if (folded.includes("'") || folded.includes("’")) folded = folded.replace(/['’]/g, "");
  const first = text.charCodeAt(0);
  const capital = first < 128 ? first >= 65 && first <= 90 : CAPITAL.test(text);
  const lower = folded.toLowerCase();
  return { text, start, end: start + text.length, norm: SPELLINGS.get(lower) ?? lower, folded, capital };
}

function pushWord(tokens: WordToken[], raw: string, start: number): void {
  const n = raw.length;
  // "Mali's" → "Mali" + "'s"
  if (n > 2 && (raw[n - 1] === "s" || raw[n - 1] === "S") && isApostrophe(raw.charCodeAt(n - 2))) {
    tokens.push(makeToken(raw.slice(0, n - 2), start));
    const mark = raw.slice(n - 2);
    tokens.push({
      text: mark,
      start: start + n - 2,
      end: start + n,
      norm: "'s",
      folded: "'s",
      capital: false,
    });
  } else {
    tokens.push(makeToken(raw, start));
  }
}

/** Tokens of `text`, with offsets shifted by `offset` (the sentence's start in the document). */
export function tokenizeWords(text: string, offset = 0): WordToken[] {
  const tokens: WordToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (isWordCode(text, i)) {
      let j = i + 1;
      while (
        j < n &&
        (isWordCode(text, j) || (isApostrophe(text.charCodeAt(j)) && j + 1 < n && isWordCode(text, j + 1)))
      )
        j++;
      const at = tokens.length;
      pushWord(tokens, text.slice(i, j), offset + i);
      if (i >= 2 && HYPHENS.has(text[i - 1]) && isWordCode(text, i - 2)) tokens[at].hyphenated = true;
      i = j;
      continue;
    }
    const ch = text[i];
    const code = text.charCodeAt(i);
    if (code > 32 && !(code >= 128 && SPACE.test(ch)) && !JOINERS.has(ch)) {
      tokens.push({ text: ch, start: offset + i, end: offset + i + 1, norm: ch, folded: ch, capital: false });
    }
    i++;
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
