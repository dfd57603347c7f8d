/**
 * Builds a Doc with paragraphs and sentences from plain text, for the time stage's tests
 * (the stage needs only sentences; a real segmenter is not required to test it).
 */
import { Doc, type Paragraph, type Sentence } from "../doc.js";

const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z"“(])/g;

export function fixtureDoc(text: string, published: string | null = null): Doc {
  const doc = new Doc({ text, meta: { source: "test", key: "test", format: "text", published } });
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const blocks = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let block = blocks.exec(text); block; block = blocks.exec(text)) {
    const start = block.index;
    const end = start + block[0].trimEnd().length;
    const body = text.slice(start, end);
    const heading = body.length < 80 && !/[.!?:]$/.test(body);
    const paragraph = { index: paragraphs.length, start, end, heading };
    paragraphs.push(paragraph);
    let from = start;
    SENTENCE_END.lastIndex = 0;
    for (let cut = SENTENCE_END.exec(body); cut; cut = SENTENCE_END.exec(body)) {
      sentences.push({
        index: sentences.length,
        paragraph: paragraph.index,
        start: from,
        end: start + cut.index,
      });
      from = start + cut.index + cut[0].length;
    }
    sentences.push({ index: sentences.length, paragraph: paragraph.index, start: from, end });
  }
  doc.paragraphs = paragraphs;
  doc.sentences = sentences;
  return doc;
}
