/**
 * From raw text to paragraph strings: unified line breaks, one space between words, lines
 * trimmed, paragraphs split on blank lines. Within a block of consecutive lines, each line
 * is its own paragraph (scraped pages put one paragraph per line) unless the text is
 * hard-wrapped (most lines near one width, ending mid-sentence) or a line visibly runs on
 * into the next (it ends without punctuation and the next starts in lower case).
 */

const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085\v]/g;
const PAGE_BREAKS = /\f/g;
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: stray control characters are what this removes
const INVISIBLES = /[\u0000-\u0008\u000E-\u001F\u007F\u200B\u2060\uFEFF\u00AD]/g;
const SPACE_RUNS = / {2,}/g;
/** A list item: a bullet glyph or dash, `1.`/`1)`, or `(a)`/`a)`, then a space. */
export const BULLET = /^(?:[•·▪◦‣●○■□➢►✓✔–—*+-]|\d{1,3}[.)]|\(?[a-z]\))\s+/;
const ENDS_SENTENCE = /[.!?;:…]["'”’)\]]*$/;
const RUNS_ON = /[,–—-]$/;
const STARTS_LOWER = /^["'“‘(]?\p{Ll}/u;
const WORD_HYPHEN_END = /\p{L}-$/u;

/** Hard-wrapped lines sit between this share of the wrap width and the width itself. */
const WRAPPED_SHARE = 0.55;
const MIN_WRAP_WIDTH = 40;
const MAX_WRAP_WIDTH = 110;

/** Unicode NFC, one kind of line break, single spaces, no invisible characters. */
export function normalizeWhitespace(text: string): string {
  return text
    .normalize("NFC")
    .replace(LINE_BREAKS, "\n")
    .replace(PAGE_BREAKS, "\n\n")
    .replace(SPACES, " ")
    .replace(INVISIBLES, "")
    .replace(SPACE_RUNS, " ");
}

function blocksOf(text: string): string[][] {
  const blocks: string[][] = [];
  let block: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") {
      if (block.length > 0) blocks.push(block);
      block = [];
    } else block.push(line);
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}

/** The wrap width when the text is hard-wrapped, else 0. */
export function wrapWidth(blocks: string[][]): number {
  const lengths: number[] = [];
  let midSentence = 0;
  for (const block of blocks) {
    for (let i = 0; i < block.length - 1; i++) {
      lengths.push(block[i].length);
      if (!ENDS_SENTENCE.test(block[i])) midSentence++;
    }
  }
  if (lengths.length < 3) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor((sorted.length - 1) * 0.95)];
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return 0;
  const wrapped = lengths.filter((length) => length >= width * WRAPPED_SHARE).length;
  return wrapped >= lengths.length / 2 && midSentence >= lengths.length / 2 ? width : 0;
}

/** Joins a wrapped line; a word broken after its hyphen ("Russo-" / "Malian") stays one word. */
function joinLine(paragraph: string, line: string): string {
  return WORD_HYPHEN_END.test(paragraph) ? paragraph + line : `${paragraph} ${line}`;
}

function continues(line: string, next: string, width: number): boolean {
  if (BULLET.test(next)) return false;
  if (width > 0) return line.length >= width * WRAPPED_SHARE;
  if (ENDS_SENTENCE.test(line)) return false;
  return STARTS_LOWER.test(next) || RUNS_ON.test(line);
}

/** The paragraphs of `text` (already whitespace-normalised), each on one line. */
export function splitParagraphs(text: string): string[] {
  const blocks = blocksOf(text);
  const width = wrapWidth(blocks);
  const paragraphs: string[] = [];
  for (const block of blocks) {
    let current = block[0];
    for (let i = 1; i < block.length; i++) {
      if (continues(block[i - 1], block[i], width)) current = joinLine(current, block[i]);
      else {
        paragraphs.push(current);
        current = block[i];
      }
    }
    paragraphs.push(current);
  }
  return paragraphs;
}
