/**
 * JSON and JSONL records: `text` plus optional `id`, `title`, `url`, `published`,
 * `publisher`, `author` (and `language`, `stance`, `kind`); any other field is kept in
 * `meta.extra`. A bad JSONL line fails alone, named `file:line`, and reading goes on.
 */
import { z } from "zod";
import type { DocMeta } from "../doc.js";
import { type DecodedText, decodeBytes } from "./decode.js";
import type { ByteLine } from "./lines.js";
import { fillMeta, splitFields } from "./meta.js";
import { failure, type ReadOutcome, toFailure } from "./outcome.js";
import { finishTextDoc } from "./text.js";

const optionalText = z.union([z.string(), z.number(), z.null()]).optional();

const RecordSchema = z.looseObject({
  text: z.string({ error: 'has no "text" string field' }),
  id: z.union([z.string(), z.number()]).optional(),
  title: optionalText,
  url: optionalText,
  published: optionalText,
  publisher: optionalText,
  author: optionalText,
  language: optionalText,
  stance: optionalText,
  kind: optionalText,
});

export interface RecordPlace {
  /** `file.jsonl:12` or `file.json[3]` or `file.json`. */
  source: string;
  /** The key when the record has no `id`. */
  fallbackKey: string;
  format: "json" | "jsonl";
  encoding: string;
  /** Metadata from a sidecar or the fetch, which a record's own fields do not override. */
  inherited: Partial<DocMeta>;
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "is not a valid record";
  if (issue.path[0] === "text")
    return issue.code === "invalid_type" && issue.input === undefined
      ? 'has no "text" field'
      : '"text" is not a string';
  if (issue.path.length === 0) return "is not a JSON object";
  return `field "${issue.path.join(".")}" ${issue.message}`;
}

/** One parsed JSON value as a document outcome. */
export function recordOutcome(value: unknown, place: RecordPlace, encodingNote?: string): ReadOutcome {
  const parsed = RecordSchema.safeParse(value);
  if (!parsed.success) return failure(place.source, "ENTENTE_RECORD_INVALID", describeIssue(parsed.error));
  const record = parsed.data;
  if (record.text.trim() === "") return failure(place.source, "ENTENTE_INPUT_EMPTY", 'has an empty "text"');
  const meta: DocMeta = {
    source: place.source,
    key: record.id != null ? String(record.id) : place.fallbackKey,
    format: place.format,
    encoding: place.encoding,
  };
  fillMeta(meta, splitFields(record, ["text", "id"]));
  fillMeta(meta, place.inherited);
  try {
    const doc = finishTextDoc(record.text, meta, null);
    if (encodingNote) doc.info("ingest", "encoding", encodingNote);
    return { ok: true, doc };
  } catch (error) {
    return toFailure(error, place.source);
  }
}

function jsonError(error: unknown): string {
  return `is not valid JSON (${error instanceof Error ? error.message : String(error)})`;
}

/** A JSON file: one record, or an array of records. */
export function* jsonRecords(
  text: string,
  place: Omit<RecordPlace, "source" | "fallbackKey"> & { file: string; stem: string },
  note?: string,
): Generator<ReadOutcome> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield failure(place.file, "ENTENTE_INPUT_MALFORMED", jsonError(error));
    return;
  }
  if (!Array.isArray(value)) {
    yield recordOutcome(value, { ...place, source: place.file, fallbackKey: place.stem }, note);
    return;
  }
  if (value.length === 0) yield failure(place.file, "ENTENTE_INPUT_EMPTY", "is an empty array of records");
  for (const [index, item] of value.entries()) {
    yield recordOutcome(
      item,
      { ...place, source: `${place.file}[${index}]`, fallbackKey: `${place.stem}-${index + 1}` },
      note,
    );
  }
}

/** A JSONL stream: one record per non-blank line; each line decoded and checked alone. */
export async function* jsonlRecords(
  lines: AsyncIterable<ByteLine>,
  place: Omit<RecordPlace, "source" | "fallbackKey" | "encoding"> & {
    file: string;
    stem: string;
    maxBytes: number;
  },
): AsyncGenerator<ReadOutcome> {
  let records = 0;
  for await (const line of lines) {
    const source = `${place.file}:${line.number}`;
    if (line.bytes === null) {
      yield failure(
        source,
        "ENTENTE_INPUT_TOO_LARGE",
        `is a line over the size limit (${place.maxBytes} bytes)`,
      );
      continue;
    }
    let decoded: DecodedText;
    try {
      decoded = decodeBytes(line.bytes, source);
    } catch (error) {
      yield toFailure(error, source);
      continue;
    }
    const { text, note, encoding } = decoded;
    if (text.trim() === "") continue;
    records++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield failure(source, "ENTENTE_INPUT_MALFORMED", jsonError(error));
      continue;
    }
    yield recordOutcome(
      value,
      { ...place, source, fallbackKey: `${place.stem}:${line.number}`, encoding },
      note,
    );
  }
  if (records === 0) yield failure(place.file, "ENTENTE_INPUT_EMPTY", "holds no records");
}
