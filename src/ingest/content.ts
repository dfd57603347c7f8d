/**
 * Reading bytes held in memory with the reader for their format. Single-document formats
 * give one outcome, synchronously for text and Markdown; the HTML and PDF readers (and their
 * heavy libraries) load on first use. JSON gives one outcome per record.
 */
import type { DocMeta } from "../doc.js";
import { decodeBytes } from "./decode.js";
import type { ContentFormat } from "./formats.js";
import { byteLines } from "./lines.js";
import type { MetaFields } from "./meta.js";
import type { ReadOutcome } from "./outcome.js";
import { jsonlRecords, jsonRecords } from "./records.js";
import { readMarkdown, readPlainText } from "./text.js";

/** What a reader yields: most readers are synchronous, which keeps per-document cost low. */
export type Outcomes = Iterable<ReadOutcome> | AsyncIterable<ReadOutcome>;

export interface Content {
  format: ContentFormat;
  bytes: Uint8Array;
  meta: DocMeta;
  /** A charset declared outside the bytes (HTTP Content-Type). */
  charset?: string | null;
  /** Metadata that a JSON record's own fields do not override (sidecar entry). */
  inherited?: MetaFields | null;
}

async function* asyncOutcome(outcome: Promise<ReadOutcome>): AsyncGenerator<ReadOutcome> {
  yield await outcome;
}

export function readContent(content: Content, maxBytes: number): Outcomes {
  const { format, bytes, meta } = content;
  const inherited = content.inherited ?? {};
  switch (format) {
    case "text":
      return [{ ok: true, doc: readPlainText(decodeBytes(bytes, meta.source, content.charset), meta) }];
    case "markdown":
      return [{ ok: true, doc: readMarkdown(decodeBytes(bytes, meta.source, content.charset), meta) }];
    case "html":
      return asyncOutcome(
        import("./html.js").then(({ readHtml }) => ({
          ok: true,
          doc: readHtml({ bytes, meta, charset: content.charset }),
        })),
      );
    case "pdf":
      return asyncOutcome(
        import("./pdf.js").then(async ({ readPdf }) => ({ ok: true, doc: await readPdf(bytes, meta) })),
      );
    case "json": {
      const decoded = decodeBytes(bytes, meta.source, content.charset);
      const place = { file: meta.source, stem: meta.key, format, encoding: decoded.encoding, inherited };
      return jsonRecords(decoded.text, place, decoded.note);
    }
    case "jsonl":
      return jsonlRecords(byteLines([bytes], maxBytes), {
        file: meta.source,
        stem: meta.key,
        format,
        maxBytes,
        inherited,
      });
  }
}
