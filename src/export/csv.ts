/**
 * Flat CSV: one row per event, one column per contract field. Lists are joined with ';' and
 * actor/recipient lists are split into parallel code, sector and name columns, so the n-th
 * item of each belongs to the same participant.
 */
import type { Writable } from "node:stream";
import type { ExportEvent } from "./export-event.js";
import { type PloverRecord, toPloverRecord } from "./plover-record.js";
import { csvLine, type RowSource, writeChunk } from "./text-formats.js";

type CsvColumn = [header: string, value: (r: PloverRecord) => unknown];

const offsetsText = (o: [number, number] | null) => (o ? `${o[0]}-${o[1]}` : "");

export const EVENT_CSV_COLUMNS: readonly CsvColumn[] = [
  ["id", (r) => r.id],
  ["doc", (r) => r.doc],
  ["date", (r) => r.date],
  ["enddate", (r) => r.enddate],
  ["date_precision", (r) => r.date_precision],
  ["date_reported", (r) => r.date_reported],
  ["event", (r) => r.event],
  ["mode", (r) => r.mode],
  ["context", (r) => r.context],
  ["actor_code", (r) => r.actor.map((a) => a.code ?? "")],
  ["actor_sector", (r) => r.actor.map((a) => a.sector ?? "")],
  ["actor_name", (r) => r.actor.map((a) => a.name)],
  ["recipient_code", (r) => r.recipient.map((a) => a.code ?? "")],
  ["recipient_sector", (r) => r.recipient.map((a) => a.sector ?? "")],
  ["recipient_name", (r) => r.recipient.map((a) => a.name)],
  ["quad_code", (r) => r.quad_code],
  ["event_scale", (r) => r.event_scale],
  ["factuality", (r) => r.factuality],
  ["attribution", (r) => r.attribution],
  ["confidence", (r) => r.confidence],
  ["event_text", (r) => r.event_text],
  ["text", (r) => r.text],
  ["sentence_offsets", (r) => offsetsText(r.evidence.sentence)],
  ["trigger_offsets", (r) => offsetsText(r.evidence.trigger)],
  ["actor_offsets", (r) => r.evidence.actor.map(offsetsText)],
  ["recipient_offsets", (r) => r.evidence.recipient.map(offsetsText)],
];

export function eventCsvRow(event: ExportEvent): unknown[] {
  const record = toPloverRecord(event);
  return EVENT_CSV_COLUMNS.map(([, value]) => value(record));
}

export async function writeEventsCsv(events: RowSource<ExportEvent>, out: Writable): Promise<number> {
  await writeChunk(out, csvLine(EVENT_CSV_COLUMNS.map(([header]) => header)));
  let count = 0;
  for await (const event of events) {
    await writeChunk(out, csvLine(eventCsvRow(event)));
    count++;
  }
  return count;
}
