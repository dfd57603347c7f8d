/**
 * The PDF reader: text in reading order through unpdf (PDF.js), rebuilt into lines and
 * paragraphs from the text positions — a vertical gap wider than the usual line spacing, or
 * a short line ending a sentence, closes a paragraph. Page numbers and running heads
 * repeated across pages are dropped. A file PDF.js cannot open is malformed input.
 */
import type { Doc, DocMeta } from "../doc.js";
import { fillMeta } from "./meta.js";
import { InputError } from "./outcome.js";
import { finishTextDoc } from "./text.js";

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface PdfLine {
  text: string;
  y: number;
  width: number;
}

/** A line further below the previous one than this many usual spacings starts a paragraph. */
const PARAGRAPH_GAP = 1.4;
/** A line this much narrower than the page's widest line may end a paragraph. */
const SHORT_LINE = 0.8;
const PAGE_NUMBER = /^(page\s+)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i;
const SENTENCE_END = /[.!?:]["'”’)]?$/;
const ENDS_WITH_WORD_HYPHEN = /\p{L}-$/u;
const STARTS_LOWERCASE = /^\p{Ll}/u;

function linesOf(items: PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let text = "";
  let y = 0;
  let left = 0;
  let right = 0;
  const close = () => {
    const trimmed = text.replace(/\s+/g, " ").trim();
    if (trimmed !== "") lines.push({ text: trimmed, y, width: right - left });
    text = "";
  };
  for (const item of items) {
    const x = item.transform[4];
    const itemY = item.transform[5];
    if (text !== "" && Math.abs(itemY - y) > item.height * 0.5) close();
    if (text === "") {
      y = itemY;
      left = x;
    } else if (x - right > item.height * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str)) {
      text += " ";
    }
    text += item.str;
    right = x + item.width;
    if (item.hasEOL) close();
  }
  close();
  return lines;
}

function lowerQuartile(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 4)];
}

function joinLines(previous: string, next: string): string {
  if (ENDS_WITH_WORD_HYPHEN.test(previous) && STARTS_LOWERCASE.test(next)) return previous + next;
  return `${previous} ${next}`;
}

function pageParagraphs(lines: PdfLine[]): string[] {
  const gaps = lines
    .slice(1)
    .map((line, i) => lines[i].y - line.y)
    .filter((gap) => gap > 0);
  const spacing = lowerQuartile(gaps);
  const widest = Math.max(0, ...lines.map((line) => line.width));
  const paragraphs: string[] = [];
  let current = "";
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const gap = previous ? previous.y - line.y : 0;
    const wideGap = gap < 0 || (spacing > 0 && gap > spacing * PARAGRAPH_GAP);
    const shortEnd = previous && previous.width < widest * SHORT_LINE && SENTENCE_END.test(previous.text);
    if (current !== "" && (wideGap || shortEnd)) {
      paragraphs.push(current);
      current = "";
    }
    current = current === "" ? line.text : joinLines(current, line.text);
  });
  if (current !== "") paragraphs.push(current);
  return paragraphs;
}

/** Lines at the top or bottom of a page that are page numbers or repeat on several pages. */
function dropRunningHeads(pages: PdfLine[][]): PdfLine[][] {
  const edgeCounts = new Map<string, number>();
  const shape = (text: string) => text.replace(/\d+/g, "#");
  for (const lines of pages) {
    const edges = new Set([lines[0], lines[lines.length - 1]].filter(Boolean).map((l) => shape(l.text)));
    for (const edge of edges) edgeCounts.set(edge, (edgeCounts.get(edge) ?? 0) + 1);
  }
  const repeated = (line: PdfLine) =>
    pages.length >= 2 && (edgeCounts.get(shape(line.text)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((lines) =>
    lines.filter((line, i) => {
      const atEdge = i === 0 || i === lines.length - 1;
      return !(atEdge && (PAGE_NUMBER.test(line.text) || repeated(line)));
    }),
  );
}

async function extractPdf(bytes: Uint8Array, source: string) {
  const { getDocumentProxy, getMeta } = await import("unpdf");
  try {
    // PDF.js may detach the buffer it is given, so it gets a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 } as never);
    const pages: PdfLine[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      // Marked-content items carry no text; the rest are text items.
      pages.push(
        linesOf((content.items as unknown as PdfTextItem[]).filter((item) => typeof item.str === "string")),
      );
    }
    const { info } = await getMeta(pdf);
    await pdf.destroy();
    return { pages, info: info as Record<string, unknown> };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(source, "ENTENTE_INPUT_MALFORMED", `is a malformed PDF (${reason})`);
  }
}

function infoString(info: Record<string, unknown>, field: string): string | null {
  const value = info[field];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

export async function readPdf(bytes: Uint8Array, meta: DocMeta): Promise<Doc> {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString(
    "latin1",
  );
  if (!head.includes("%PDF-")) {
    throw new InputError(meta.source, "ENTENTE_INPUT_MALFORMED", "is not a PDF (no %PDF- header)");
  }
  const { pages, info } = await extractPdf(bytes, meta.source);
  const text = dropRunningHeads(pages).flatMap(pageParagraphs).join("\n\n");
  if (text.trim() === "") {
    throw new InputError(
      meta.source,
      "ENTENTE_INPUT_EMPTY",
      "is a PDF with no extractable text (scanned images?)",
    );
  }
  fillMeta(meta, { title: infoString(info, "Title"), author: infoString(info, "Author") });
  meta.encoding = null;
  return finishTextDoc(text, meta, null);
}
