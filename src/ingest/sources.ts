/** The three kinds of source — files, standard input, URLs — turned into reader outcomes. */
import { closeSync, createReadStream, fstatSync, openSync, readSync } from "node:fs";
import type { DocMeta } from "../doc.js";
import { type Outcomes, readContent } from "./content.js";
import {
  type ContentFormat,
  formatOfMediaType,
  formatOfPath,
  parseContentType,
  SUPPORTED_EXTENSIONS,
  sniffFormat,
} from "./formats.js";
import { byteLines } from "./lines.js";
import { fillMeta } from "./meta.js";
import { failure, InputError, type ReadOutcome } from "./outcome.js";
import { jsonlRecords } from "./records.js";
import { type SidecarCache, stemOf } from "./sidecar.js";
import { overLimit, readCapped } from "./streams.js";
import { fetchUrl } from "./url.js";

async function* problemsThen(
  problems: ReadOutcome[],
  outcomes: AsyncIterable<ReadOutcome>,
): AsyncGenerator<ReadOutcome> {
  yield* problems;
  yield* outcomes;
}

/**
 * Opens, sizes and reads a file in one go; the size limit is checked before reading. The
 * bytes are read into a buffer of the size already known (readFileSync would stat again).
 */
function readBytes(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, "r");
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new InputError(path, "ENTENTE_INPUT_UNREADABLE", "is not a regular file");
    if (info.size === 0) throw new InputError(path, "ENTENTE_INPUT_EMPTY", "is empty");
    if (info.size > maxBytes) throw overLimit(path, maxBytes);
    const bytes = Buffer.allocUnsafe(info.size);
    let read = 0;
    while (read < bytes.length) {
      const count = readSync(fd, bytes, read, bytes.length - read, read);
      if (count === 0) break;
      read += count;
    }
    return read === bytes.length ? bytes : bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

export function readFileSource(
  path: string,
  explicit: boolean,
  sidecars: SidecarCache,
  maxBytes: number,
): Outcomes {
  const format = formatOfPath(path);
  if (!format) {
    const reason = `has an unsupported format (supported: ${SUPPORTED_EXTENSIONS.join(" ")})`;
    return explicit ? [failure(path, "ENTENTE_INPUT_UNSUPPORTED", reason)] : [];
  }
  const { fields, problems } = sidecars.lookup(path);
  const key = stemOf(path);
  if (format === "jsonl") {
    // JSONL is streamed line by line, so the size limit applies to each record.
    const lines = byteLines(createReadStream(path), maxBytes);
    const place = { file: path, stem: key, format, maxBytes, inherited: fields ?? {} };
    return problemsThen(problems, jsonlRecords(lines, place));
  }
  const bytes = readBytes(path, maxBytes);
  const meta: DocMeta = { source: path, key, format };
  if (format !== "json") fillMeta(meta, fields);
  const outcomes = readContent({ format, bytes, meta, inherited: fields }, maxBytes);
  return problems.length === 0 || !Array.isArray(outcomes) ? outcomes : [...problems, ...outcomes];
}

export async function* readStdinSource(
  stream: NodeJS.ReadableStream,
  maxBytes: number,
): AsyncGenerator<ReadOutcome> {
  const bytes = await readCapped(stream as AsyncIterable<Uint8Array | string>, "-", maxBytes);
  if (bytes.length === 0) throw new InputError("-", "ENTENTE_INPUT_EMPTY", "(standard input) is empty");
  const format = sniffFormat(bytes);
  const meta: DocMeta = { source: "-", key: "stdin", format: format === "text" ? "stdin" : format };
  for await (const outcome of readContent({ format, bytes, meta }, maxBytes)) {
    // Standard input has no name: its content identifies it.
    if (outcome.ok && outcome.doc.meta.key === "stdin") {
      outcome.doc.meta.key = `stdin-${outcome.doc.contentHash.slice(0, 16)}`;
    }
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

export async function* readUrlSource(
  url: string,
  timeoutMs: number,
  maxBytes: number,
): AsyncGenerator<ReadOutcome> {
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
