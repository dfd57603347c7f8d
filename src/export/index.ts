/**
 * Event exports: every writer streams `ExportEvent`s (stored events or a freshly analysed
 * document's) to a writable stream and returns how many it wrote.
 */
import type { Writable } from "node:stream";
import { writeCameoTsv } from "./cameo-tsv.js";
import { writeEventsCsv } from "./csv.js";
import type { ExportEvent } from "./export-event.js";
import { writePloverJsonl } from "./plover-jsonl.js";
import { writePolecatTsv } from "./polecat-tsv.js";
import type { RowSource } from "./text-formats.js";

export type { ExportEvent } from "./export-event.js";
export { eventsOfDoc } from "./export-event.js";
export type { Offsets, PloverActor, PloverEvidence, PloverRecord } from "./plover-record.js";
export { PLOVER_RECORD_FIELDS, ploverRecordsOfDoc, toPloverRecord } from "./plover-record.js";

export const EXPORT_FORMATS = ["plover-jsonl", "csv", "cameo-tsv", "polecat-tsv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

type EventWriter = (events: RowSource<ExportEvent>, out: Writable) => Promise<number>;

const WRITERS: Record<ExportFormat, EventWriter> = {
  "plover-jsonl": writePloverJsonl,
  csv: writeEventsCsv,
  "cameo-tsv": writeCameoTsv,
  "polecat-tsv": writePolecatTsv,
};

export function writeEvents(
  format: ExportFormat,
  events: RowSource<ExportEvent>,
  out: Writable,
): Promise<number> {
  return WRITERS[format](events, out);
}
