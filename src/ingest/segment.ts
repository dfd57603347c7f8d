/**
 * The segment stage: sentence boundaries inside each paragraph, as exact offsets into
 * doc.text (trimmed: `doc.text.slice(start, end)` is the sentence). A boundary is terminal
 * punctuation (with any closing quotes or brackets) followed by a space and a sentence
 * start; a period after an abbreviation, an initial or a dotted acronym is weighed with
 * the word that follows. A heading or a list item is a sentence of its own. One pass over
 * character codes, no per-character allocation.
 */
import { defineStage, type Sentence } from "../doc.js";
import {
  CLOSING_ABBREVIATIONS,
  CONTINUING_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_OPENERS,
} from "./abbreviations.js";

const PERIOD = 0x2e;
const QUESTION = 0x3f;
const EXCLAMATION = 0x21;
const ELLIPSIS = 0x2026;
const BULLET = 0x2022;

function isTerminal(code: number): boolean {
  return code === PERIOD || code === QUESTION || code === EXCLAMATION || code === ELLIPSIS;
}

/** Closing quotes and brackets that belong to the sentence they follow. */
export function isCloser(code: number): boolean {
  // " ' ) ] ’ ” »
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0x29 ||
    code === 0x5d ||
    code === 0x2019 ||
    code === 0x201d ||
    code === 0xbb
  );
}

/** Opening quotes and brackets that may precede a sentence's first word. */
function isOpener(code: number): boolean {
  // " ' ( [ ‘ “ «
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0x28 ||
    code === 0x5b ||
    code === 0x2018 ||
    code === 0x201c ||
    code === 0xab
  );
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function isUpper(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER.test(text[at]);
}

function isLower(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWER.test(text[at]);
}

/** Whether a sentence can begin at `at`: a capital, a digit or a bullet, maybe after a quote. */
function opensSentence(text: string, at: number, end: number): boolean {
  let k = at;
  while (k < end && k < at + 2 && isOpener(text.charCodeAt(k))) k++;
  if (k >= end) return false;
  const code = text.charCodeAt(k);
  return isDigit(code) || code === BULLET || isUpper(text, k);
}

/** The word right after `at` (up to a space or punctuation), for the sentence-opener check. */
function nextWord(text: string, at: number, end: number): string {
  let k = at;
  while (k < end && isOpener(text.charCodeAt(k))) k++;
  let stop = k;
  while (stop < end && stop - k < 16) {
    const code = text.charCodeAt(stop);
    if (isSpace(code) || code === 0x2c || code === PERIOD || code === 0x3a || code === 0x3b) break;
    stop++;
  }
  return text.slice(k, stop);
}

const DOTTED_ACRONYM = /^(\p{L}\.)+\p{L}$/u;
const MAX_ABBREVIATION = 10;

/**
 * Whether the period at `dot`, followed by a space and a capital or digit at `next`, ends
 * the sentence, judging by the word it closes.
 */
function periodEndsSentence(text: string, dot: number, next: number, end: number, from: number): boolean {
  let w = dot;
  while (w > from && !isSpace(text.charCodeAt(w - 1)) && !isOpener(text.charCodeAt(w - 1))) w--;
  const length = dot - w;
  if (length === 0 || length > MAX_ABBREVIATION) return true;
  const word = text.slice(w, dot);
  if (NUMBER_ABBREVIATIONS.has(word)) return !isDigit(text.charCodeAt(next));
  if (CONTINUING_ABBREVIATIONS.has(word)) return false;
  const initial = length === 1 && isUpper(text, w);
  if (initial || CLOSING_ABBREVIATIONS.has(word) || DOTTED_ACRONYM.test(word)) {
    return SENTENCE_OPENERS.has(nextWord(text, next, end));
  }
  return true;
}

/** Skips a list marker ("• ", "- ", "1. ", "(a) ") at a paragraph's start. */
function afterListMarker(text: string, start: number, end: number): number {
  let k = start;
  const code = text.charCodeAt(k);
  if (
    code === BULLET ||
    code === 0x2d ||
    code === 0x2a ||
    code === 0x2013 ||
    code === 0x2014 ||
    code === 0x25aa ||
    code === 0xb7
  ) {
    k++;
  } else if (isDigit(code)) {
    while (k < end && k - start < 3 && isDigit(text.charCodeAt(k))) k++;
    const mark = text.charCodeAt(k);
    if (mark !== PERIOD && mark !== 0x29) return start;
    k++;
  } else {
    return start;
  }
  if (k >= end || !isSpace(text.charCodeAt(k))) return start;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  return k;
}

/** The end of a bracketed footnote number ("[12]") starting at `at`, or 0. */
function citationAt(text: string, at: number, end: number): number {
  if (text.charCodeAt(at) !== 0x5b) return 0;
  let k = at + 1;
  while (k < end && k - at <= 4 && isDigit(text.charCodeAt(k))) k++;
  return k > at + 1 && text.charCodeAt(k) === 0x5d ? k + 1 : 0;
}

type Emit = (start: number, end: number) => void;

/** Calls `emit` for each sentence of text[start, end). */
export function splitSentences(text: string, start: number, end: number, emit: Emit): void {
  let from = start;
  while (from < end && isSpace(text.charCodeAt(from))) from++;
  from = afterListMarker(text, from, end);
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === BULLET && i > from && isSpace(text.charCodeAt(i - 1))) {
      emit(from, i);
      from = afterListMarker(text, i, end);
      i = from - 1;
      continue;
    }
    if (!isTerminal(code)) continue;
    let j = i + 1;
    let onlyPeriod = code === PERIOD;
    while (j < end && isTerminal(text.charCodeAt(j))) {
      onlyPeriod = false;
      j++;
    }
    const punctuationEnd = j;
    while (j < end && isCloser(text.charCodeAt(j))) j++;
    j = citationAt(text, j, end) || j;
    if (j >= end) break;
    if (isSpace(text.charCodeAt(j))) {
      let next = j + 1;
      while (next < end && isSpace(text.charCodeAt(next))) next++;
      // A citation mark after the period ("... terrorism. [11] This ...") belongs to the sentence it closes.
      const citationEnd = citationAt(text, next, end);
      if (citationEnd > 0) {
        j = citationEnd;
        next = j;
        while (next < end && isSpace(text.charCodeAt(next))) next++;
        if (next >= end) break;
        if (next === j) {
          i = j - 1;
          continue;
        }
      }
      const boundary =
        next < end &&
        opensSentence(text, next, end) &&
        !(onlyPeriod && j === punctuationEnd && !periodEndsSentence(text, i, next, end, from));
      if (boundary) {
        emit(from, j);
        from = afterListMarker(text, next, end);
        i = from - 1;
        continue;
      }
    } else if (
      code !== PERIOD &&
      code !== ELLIPSIS &&
      j === punctuationEnd &&
      isUpper(text, j) &&
      j + 1 < end &&
      isLower(text, j + 1)
    ) {
      // "?" or "!" glued to the next sentence, as scraped pages often leave it.
      emit(from, j);
      from = j;
    }
    i = j - 1;
  }
  emit(from, end);
}

function hasWordCharacter(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (isDigit(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code > 0x7f)
      return true;
  }
  return false;
}

export const segment = defineStage(
  { name: "segment", requires: ["paragraphs"], assigns: ["sentences"] },
  (doc) => {
    const { text } = doc;
    const sentences: Sentence[] = [];
    for (const paragraph of doc.paragraphs) {
      const emit: Emit = (start, end) => {
        let s = start;
        let e = end;
        while (s < e && isSpace(text.charCodeAt(s))) s++;
        while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
        if (hasWordCharacter(text, s, e))
          sentences.push({ index: sentences.length, paragraph: paragraph.index, start: s, end: e });
      };
      if (paragraph.heading) emit(paragraph.start, paragraph.end);
      else splitSentences(text, paragraph.start, paragraph.end, emit);
    }
    doc.sentences = sentences;
  },
);
