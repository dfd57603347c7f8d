/**
 * Field escaping and stream writing shared by the export writers and the CLI's output
 * options: CSV per RFC 4180, TSV without quoting (the POLECAT and CAMEO convention), and a
 * write that honours backpressure so exports of any size stream in flat memory.
 */
import { once } from "node:events";
import type { Writable } from "node:stream";

/** Plain text for a cell: lists joined with ';', objects as JSON, null and undefined as empty. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(cellText).join(";");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** One CSV field, quoted when it holds a comma, quote, CR or LF (RFC 4180). */
export function csvField(value: unknown): string {
  const text = cellText(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record with its CRLF terminator, as RFC 4180 asks. */
export function csvLine(values: unknown[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** One TSV field: TSV has no quoting, so tabs and line breaks inside a value become spaces. */
export function tsvField(value: unknown): string {
  return cellText(value).replace(/[\t\r\n]+/g, " ");
}

export function tsvLine(values: unknown[]): string {
  return `${values.map(tsvField).join("\t")}\n`;
}

/** Writes one chunk, waiting for the stream to drain when its buffer is full. */
export async function writeChunk(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, "drain");
}

export type RowSource<T> = Iterable<T> | AsyncIterable<T>;
