/**
 * The ingest module: `readInputs` turns files, folders, globs, stdin (`-`) and http(s) URLs
 * into Docs, one at a time, each with its reader's text, metadata and content hash. Bad
 * input never throws: it comes back as a failed outcome naming the file (and line).
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import type { Doc, DocMeta } from "../doc.js";
import { decodeBytes } from "./decode.js";
import {
  type ContentFormat,
  formatOfMediaType,
  formatOfPath,
  parseContentType,
  SUPPORTED_EXTENSIONS,
  sniffFormat,
} from "./formats.js";
import { readHtml } from "./html.js";
import { expandInputs } from "./inputs.js";
import { byteLines } from "./lines.js";
import { fillMeta, type MetaFields } from "./meta.js";
import { failure, InputError, type ReadOutcome, toFailure } from "./outcome.js";
import { readPdf } from "./pdf.js";
import { jsonlRecords, jsonRecords } from "./records.js";
import { SidecarCache, stemOf } from "./sidecar.js";
import { overLimit, readCapped } from "./streams.js";
import { readMarkdown, readPlainText } from "./text.js";
import { fetchUrl } from "./url.js";

export type { ReadOutcome } from "./outcome.js";

export interface ReadOptions {
  /** Largest input read, in bytes (for JSONL: the largest line); default 50 MB. */
  maxBytes?: number;
  /** Timeout for fetching a URL, headers and body together; default 20 s. */
  fetchTimeoutMs?: number;
  /** Where `-` reads from; default process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** Walk sub-folders of folder inputs; default true. */
  recursive?: boolean;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;

interface Content {
  format: ContentFormat;
  bytes: Uint8Array;
  meta: DocMeta;
  /** A charset declared outside the bytes (HTTP Content-Type). */
  charset?: string | null;
  /** Metadata that a JSON record's own fields do not override (sidecar entry). */
  inherited?: MetaFields | null;
}

function singleDoc(doc: Doc | Promise<Doc>): AsyncGenerator<ReadOutcome> {
  return (async function* () {
    yield { ok: true, doc: await doc } as const;
  })();
}

/** Reads one input's bytes held in memory with the reader for its format. */
function readContent(
  content: Content,
  maxBytes: number,
): AsyncGenerator<ReadOutcome> | Generator<ReadOutcome> {
  const { format, bytes, meta } = content;
  const stem = meta.key;
  switch (format) {
    case "text":
      return singleDoc(readPlainText(decodeBytes(bytes, meta.source, content.charset), meta));
    case "markdown":
      return singleDoc(readMarkdown(decodeBytes(bytes, meta.source, content.charset), meta));
    case "html":
      return singleDoc(readHtml({ bytes, meta, charset: content.charset }));
    case "pdf":
      return singleDoc(readPdf(bytes, meta));
    case "json": {
      const decoded = decodeBytes(bytes, meta.source, content.charset);
      const place = {
        file: meta.source,
        stem,
        format: "json" as const,
        encoding: decoded.encoding,
        inherited: content.inherited ?? {},
      };
      return jsonRecords(decoded.text, place, decoded.note);
    }
    case "jsonl":
      return jsonlRecords(byteLines([bytes], maxBytes), {
        file: meta.source,
        stem,
        format: "jsonl",
        maxBytes,
        inherited: content.inherited ?? {},
      });
  }
}

/** Runs a reader, turning a thrown InputError into a failed outcome for `source`. */
async function* guarded(
  source: string,
  read: () => AsyncIterable<ReadOutcome> | Iterable<ReadOutcome>,
): AsyncGenerator<ReadOutcome> {
  try {
    yield* read();
  } catch (error) {
    yield toFailure(error, source);
  }
}

async function* readFileInput(
  path: string,
  explicit: boolean,
  sidecars: SidecarCache,
  maxBytes: number,
): AsyncGenerator<ReadOutcome> {
  const format = formatOfPath(path);
  if (!format) {
    if (explicit) {
      yield failure(
        path,
        "ENTENTE_INPUT_UNSUPPORTED",
        `has an unsupported format (supported: ${SUPPORTED_EXTENSIONS.join(" ")})`,
      );
    }
    return;
  }
  const { fields, problems } = await sidecars.lookup(path);
  yield* problems;
  const info = statSync(path);
  if (!info.isFile()) throw new InputError(path, "ENTENTE_INPUT_UNREADABLE", "is not a regular file");
  if (info.size === 0) throw new InputError(path, "ENTENTE_INPUT_EMPTY", "is empty");
  const key = stemOf(path);
  if (format === "jsonl") {
    // JSONL is streamed line by line, so the size limit applies to each record.
    const lines = byteLines(createReadStream(path), maxBytes);
    yield* jsonlRecords(lines, { file: path, stem: key, format, maxBytes, inherited: fields ?? {} });
    return;
  }
  if (info.size > maxBytes) throw overLimit(path, maxBytes);
  const meta: DocMeta = { source: path, key, format };
  if (format !== "json") fillMeta(meta, fields);
  yield* readContent({ format, bytes: readFileSync(path), meta, inherited: fields }, maxBytes);
}

async function* readStdin(stream: NodeJS.ReadableStream, maxBytes: number): AsyncGenerator<ReadOutcome> {
  const bytes = await readCapped(stream as AsyncIterable<Uint8Array | string>, "-", maxBytes);
  if (bytes.length === 0) throw new InputError("-", "ENTENTE_INPUT_EMPTY", "(standard input) is empty");
  const format = sniffFormat(bytes);
  const meta: DocMeta = { source: "-", key: "stdin", format: format === "text" ? "stdin" : format };
  for await (const outcome of readContent({ format, bytes, meta }, maxBytes)) {
    // Stdin has no name: its content identifies it.
    if (outcome.ok && outcome.doc.meta.key === "stdin")
      outcome.doc.meta.key = `stdin-${outcome.doc.contentHash.slice(0, 16)}`;
    yield outcome;
  }
}

/** The reader for a download: its content type, else its path's extension, else a sniff. */
function urlFormat(url: string, mediaType: string | null, bytes: Uint8Array): ContentFormat {
  const byType = mediaType ? formatOfMediaType(mediaType) : null;
  if (byType) return byType;
  const byPath = formatOfPath(new URL(url).pathname);
  if (byPath) return byPath;
  if (!mediaType || mediaType === "application/octet-stream") return sniffFormat(bytes);
  if (mediaType.startsWith("text/")) return "text";
  throw new InputError(url, "ENTENTE_INPUT_UNSUPPORTED", `has an unsupported content type (${mediaType})`);
}

async function* readUrl(url: string, timeoutMs: number, maxBytes: number): AsyncGenerator<ReadOutcome> {
  const fetched = await fetchUrl(url, { timeoutMs, maxBytes });
  if (fetched.bytes.length === 0)
    throw new InputError(url, "ENTENTE_INPUT_EMPTY", "answered with an empty body");
  const type = parseContentType(fetched.contentType);
  const format = urlFormat(fetched.finalUrl, type?.mediaType ?? null, fetched.bytes);
  const meta: DocMeta = { source: url, key: url, format };
  for await (const outcome of readContent(
    { format, bytes: fetched.bytes, meta, charset: type?.charset },
    maxBytes,
  )) {
    if (outcome.ok) outcome.doc.meta.url ??= fetched.finalUrl;
    yield outcome;
  }
}

function checkedOptions(options: ReadOptions) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  if (!(maxBytes > 0) || !(timeoutMs > 0))
    throw new RangeError("maxBytes and fetchTimeoutMs must be positive numbers");
  return { maxBytes, timeoutMs, recursive: options.recursive ?? true, stdin: options.stdin ?? process.stdin };
}

/**
 * Reads every input in order and yields one outcome per document (a JSON or JSONL file
 * yields one per record). Only one document's content is held at a time.
 */
export async function* readInputs(inputs: string[], options: ReadOptions = {}): AsyncGenerator<ReadOutcome> {
  const { maxBytes, timeoutMs, recursive, stdin } = checkedOptions(options);
  const sidecars = new SidecarCache(maxBytes);
  for await (const item of expandInputs(inputs, recursive)) {
    switch (item.kind) {
      case "invalid":
        yield failure(item.input, item.code, item.reason);
        break;
      case "stdin":
        yield* guarded("-", () => readStdin(stdin, maxBytes));
        break;
      case "url":
        yield* guarded(item.url, () => readUrl(item.url, timeoutMs, maxBytes));
        break;
      case "file":
        yield* guarded(item.path, () => readFileInput(item.path, item.explicit, sidecars, maxBytes));
        break;
    }
  }
}
