/** Readers for plain text and Markdown: decoded text plus what its first lines say. */
import type { Doc, DocMeta } from "../doc.js";
import type { DecodedText } from "./decode.js";
import { headMetadata, titleFromFirstLine } from "./headline.js";
import { stripMarkdown } from "./markdown.js";
import { fillMeta, settlePublished } from "./meta.js";
import { makeDoc } from "./outcome.js";

/** Finishes a Doc: metadata from the text's head fills what is still empty; notes become info. */
export function finishTextDoc(text: string, meta: DocMeta, decoded: DecodedText | null): Doc {
  meta.title ??= titleFromFirstLine(text);
  fillMeta(meta, headMetadata(text));
  const dateNote = settlePublished(meta);
  const doc = makeDoc(text, meta);
  if (decoded?.note) doc.info("ingest", "encoding", decoded.note);
  if (dateNote) doc.info("ingest", "published", dateNote);
  return doc;
}

export function readPlainText(decoded: DecodedText, meta: DocMeta): Doc {
  meta.encoding = decoded.encoding;
  return finishTextDoc(decoded.text, meta, decoded);
}

export function readMarkdown(decoded: DecodedText, meta: DocMeta): Doc {
  meta.encoding = decoded.encoding;
  const markdown = stripMarkdown(decoded.text);
  fillMeta(meta, markdown.frontMatter);
  meta.title ??= markdown.heading;
  return finishTextDoc(markdown.text, meta, decoded);
}
