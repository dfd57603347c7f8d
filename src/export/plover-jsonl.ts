/** PLOVER JSON Lines: one contract record (see plover-record.ts) per line. */
import type { Writable } from "node:stream";
import type { ExportEvent } from "./export-event.js";
import { toPloverRecord } from "./plover-record.js";
import { type RowSource, writeChunk } from "./text-formats.js";

export async function writePloverJsonl(events: RowSource<ExportEvent>, out: Writable): Promise<number> {
  let count = 0;
  for await (const event of events) {
    await writeChunk(out, `${JSON.stringify(toPloverRecord(event))}\n`);
    count++;
  }
  return count;
}
