/**
 * The clean stage: the reader's text becomes the stored text. Unicode NFC, one space
 * between words, one paragraph per block (hard-wrapped lines joined), page furniture
 * dropped (each drop noted as an info message), headings marked. Curly quotes, dashes and
 * accents are kept exactly, so quotations can be matched against the stored text.
 */
import { defineStage, type Paragraph } from "../doc.js";
import { furnitureKind } from "./furniture.js";
import { BULLET, endsWithPunctuation, normalizeWhitespace, splitParagraphs } from "./paragraphs.js";

const MAX_HEADING_CHARS = 150;
const MAX_HEADING_WORDS = 16;
/** A heading ends without sentence punctuation, once closing quotes and brackets are set aside. */
const FINAL_PUNCTUATION = ".!?:;,…";
const STARTS_LIKE_HEADING = /^["“‘'(]?[\p{Lu}\d]/u;
const HAS_LETTER = /\p{L}/u;
const SHOWN_CHARS = 80;

/** A title or section heading: short, capitalised, not a list item, no final punctuation. */
export function isHeading(paragraph: string): boolean {
  if (paragraph.length > MAX_HEADING_CHARS || endsWithPunctuation(paragraph, FINAL_PUNCTUATION)) return false;
  if (!STARTS_LIKE_HEADING.test(paragraph) || BULLET.test(paragraph) || !HAS_LETTER.test(paragraph)) {
    return false;
  }
  let words = 1;
  for (
    let i = paragraph.indexOf(" ");
    i !== -1 && words <= MAX_HEADING_WORDS;
    i = paragraph.indexOf(" ", i + 1)
  ) {
    words++;
  }
  return words <= MAX_HEADING_WORDS;
}

function shown(text: string): string {
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 1)}…` : text;
}

export const clean = defineStage({ name: "clean", requires: ["text"], assigns: ["paragraphs"] }, (doc) => {
  const kept: string[] = [];
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const text of splitParagraphs(normalizeWhitespace(doc.text))) {
    const furniture = furnitureKind(text);
    if (furniture) {
      doc.info("clean", "furniture", `dropped: "${shown(text)}" (${furniture})`);
      continue;
    }
    if (kept.length > 0) offset += 2;
    paragraphs.push({
      index: paragraphs.length,
      start: offset,
      end: offset + text.length,
      heading: isHeading(text),
    });
    kept.push(text);
    offset += text.length;
  }
  if (kept.length === 0)
    doc.fatal("clean", "ENTENTE_INPUT_EMPTY", "no text is left once page furniture is removed");
  doc.text = kept.join("\n\n");
  doc.paragraphs = paragraphs;
});
