/**
 * Output formatting shared by every command (sqlite-utils style): a human table by default,
 * `--json`, `--jsonl` or `--csv` for machines, all writing to stdout with backpressure and
 * a quiet exit when the reader goes away (`entente events | head`).
 */
import type { Writable } from "node:stream";
import type { Command } from "commander";
import { EntenteError } from "../errors.js";
import { cellText, csvLine, writeChunk } from "../export/text-formats.js";

export { cellText, csvField, csvLine, writeChunk } from "../export/text-formats.js";

export type OutputFormat = "table" | "json" | "jsonl" | "csv";

export interface OutputOptions {
  json?: boolean;
  jsonl?: boolean;
  csv?: boolean;
}

/** One column of a table or CSV: `key` names the field; `value` computes it when given. */
export interface Column<T> {
  key: string;
  header?: string;
  value?: (row: T) => unknown;
  align?: "left" | "right";
  /** Table cells longer than this are cut with an ellipsis (CSV is never cut). */
  maxWidth?: number;
}

/** Adds the shared --json/--jsonl/--csv flags; read them back with `outputFormat(opts)`. */
export function addOutputOptions(command: Command): Command {
  return command
    .option("--json", "print one JSON array")
    .option("--jsonl", "print one JSON object per line")
    .option("--csv", "print CSV with a header row");
}

/** The format the flags ask for; more than one machine flag is a usage error. */
export function outputFormat(opts: OutputOptions): OutputFormat {
  const chosen = (["json", "jsonl", "csv"] as const).filter((flag) => opts[flag] === true);
  if (chosen.length > 1) {
    throw new EntenteError("ENTENTE_USAGE", `choose one of --${chosen.join(", --")}`);
  }
  return chosen[0] ?? "table";
}

function cellValue<T>(row: T, column: Column<T>): unknown {
  if (column.value) return column.value(row);
  return (row as Record<string, unknown>)[column.key];
}

/** A whole CSV document: the header row, then one record per row. */
export function toCsv<T>(rows: Iterable<T>, columns: Column<T>[]): string {
  let out = csvLine(columns.map((c) => c.header ?? c.key));
  for (const row of rows) out += csvLine(columns.map((c) => cellValue(row, c)));
  return out;
}

function fitCell(text: string, maxWidth: number | undefined): string {
  const flat = text.replace(/\s+/g, " ");
  if (maxWidth === undefined || flat.length <= maxWidth) return flat;
  return `${flat.slice(0, Math.max(0, maxWidth - 1))}…`;
}

/** A column-aligned text table with a header and a rule under it. */
export function formatTable<T>(rows: Iterable<T>, columns: Column<T>[]): string {
  const headers = columns.map((c) => c.header ?? c.key);
  const cells = [...rows].map((row) => columns.map((c) => fitCell(cellText(cellValue(row, c)), c.maxWidth)));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (columns[i].align === "right" ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return `${[line(headers), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n")}\n`;
}

export function printTable<T>(rows: Iterable<T>, columns: Column<T>[], out: Writable = process.stdout): void {
  out.write(formatTable(rows, columns));
}

/** Streams rows as JSON Lines; returns how many were written. */
export async function writeJsonl<T>(
  rows: Iterable<T> | AsyncIterable<T>,
  out: Writable = process.stdout,
): Promise<number> {
  let count = 0;
  for await (const row of rows) {
    await writeChunk(out, `${JSON.stringify(row)}\n`);
    count++;
  }
  return count;
}

/** Streams rows as one JSON array, one element per line, without holding them all. */
export async function writeJsonArray<T>(
  rows: Iterable<T> | AsyncIterable<T>,
  out: Writable = process.stdout,
): Promise<number> {
  let count = 0;
  for await (const row of rows) {
    await writeChunk(out, `${count === 0 ? "[\n" : ",\n"}${JSON.stringify(row)}`);
    count++;
  }
  await writeChunk(out, count === 0 ? "[]\n" : "\n]\n");
  return count;
}

/** Streams rows as CSV with a header row; returns how many rows were written. */
export async function writeCsv<T>(
  rows: Iterable<T> | AsyncIterable<T>,
  columns: Column<T>[],
  out: Writable = process.stdout,
): Promise<number> {
  await writeChunk(out, csvLine(columns.map((c) => c.header ?? c.key)));
  let count = 0;
  for await (const row of rows) {
    await writeChunk(out, csvLine(columns.map((c) => cellValue(row, c))));
    count++;
  }
  return count;
}

/**
 * Prints rows in the chosen format. JSON forms print the whole row object (the stable
 * contract); table and CSV print the given columns. A table needs all rows to size its
 * columns, so only the machine formats stream.
 */
export async function printRows<T>(
  rows: Iterable<T> | AsyncIterable<T>,
  columns: Column<T>[],
  format: OutputFormat,
  out: Writable = process.stdout,
): Promise<number> {
  switch (format) {
    case "jsonl":
      return writeJsonl(rows, out);
    case "json":
      return writeJsonArray(rows, out);
    case "csv":
      return writeCsv(rows, columns, out);
    case "table": {
      const all: T[] = [];
      for await (const row of rows) all.push(row);
      printTable(all, columns, out);
      return all.length;
    }
  }
}

/**
 * Makes a closed stdout (the reader of a pipe exited, as `head` does) end the process
 * quietly with success instead of an EPIPE stack trace. Call once from the CLI entry.
 */
export function exitQuietlyOnClosedPipe(out: Writable = process.stdout): void {
  out.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}
