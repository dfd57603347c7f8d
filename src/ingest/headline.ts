/**
 * Metadata a plain text gives away in its first lines: a headline, a byline, a dateline.
 * Used only when nothing more reliable (a sidecar, a record, HTML meta) supplies a value.
 */
import { findDateInText, type MetaFields } from "./meta.js";

/** A headline is one line, short, and not the opening of a running sentence. */
const MAX_TITLE_CHARS = 160;
const MAX_TITLE_WORDS = 25;
/** Bylines and datelines sit right under the headline. */
const HEAD_LINES = 6;
const MAX_HEAD_LINE_CHARS = 100;
const ENDS_LIKE_SENTENCE = /[.,;:]["'”’)]?$/;
const BYLINE =
  /^by\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|al|bin|ibn)){0,4})\s*(?:[,|–—-]|and\b|$)/iu;
const DATE_CUE = /^(published|updated|posted|date|first published|last updated)\b|^by\s/i;

function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < count && start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trim();
    if (line !== "") lines.push(line);
    start = end + 1;
  }
  return lines;
}

function wordCount(line: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = line.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** The first line as a title, when it is short, on its own line and followed by more text. */
export function titleFromFirstLine(text: string): string | null {
  const lines = firstLines(text, 2);
  if (lines.length < 2) return null;
  const first = lines[0];
  if (first.length > MAX_TITLE_CHARS || wordCount(first) > MAX_TITLE_WORDS) return null;
  if (ENDS_LIKE_SENTENCE.test(first)) return null;
  return first;
}

/** Author from a "By ..." line and a publication date from a short date line near the top. */
export function headMetadata(text: string): MetaFields {
  const fields: MetaFields = {};
  const lines = firstLines(text, HEAD_LINES);
  for (const [index, line] of lines.entries()) {
    if (line.length > MAX_HEAD_LINE_CHARS) continue;
    const byline = BYLINE.exec(line);
    if (byline && !fields.author) fields.author = byline[1];
    // The headline itself may name a date that is not the publication date.
    if (index === 0 || fields.published) continue;
    const date = findDateInText(line);
    if (date && (DATE_CUE.test(line) || wordCount(line) <= 8)) fields.published = date;
  }
  return fields;
}
