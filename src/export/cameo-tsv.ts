/**
 * CAMEO-style TSV for tools and time series built on CAMEO/Phoenix data: one row per event
 * with CAMEO actor codes (country followed by sector, e.g. `MLIGOV`), the CAMEO code and root
 * code of the PLOVER category and mode (from the ontology's conversion table), the quad
 * class (the same four classes in the same order), and PLOVER's conflict–cooperation score,
 * which spans Goldstein's −10…+10 range but is PLOVER's, hence the header `Intensity`.
 */
import type { Writable } from "node:stream";
import { cameoCodeOf, isPloverCategory } from "../events/ontology.js";
import type { ExportEvent } from "./export-event.js";
import { type RowSource, tsvLine, writeChunk } from "./text-formats.js";

export const CAMEO_TSV_HEADERS = [
  "EventID",
  "Date",
  "SourceActor",
  "TargetActor",
  "CAMEOCode",
  "RootCode",
  "QuadClass",
  "Intensity",
  "Source",
  "Doc",
] as const;

/** CAMEO actor codes concatenate country and sector codes; several actors are joined with ';'. */
function cameoActors(participants: ExportEvent["actor"]): string {
  return participants.map((p) => `${p.code ?? "---"}${p.sector ?? ""}`).join(";");
}

function cameoCode(event: ExportEvent): string {
  const category = event.event[0];
  if (!category || !isPloverCategory(category)) return "";
  return cameoCodeOf(category, event.mode[0]);
}

export function cameoTsvRow(event: ExportEvent): unknown[] {
  const code = cameoCode(event);
  return [
    event.id,
    event.date,
    cameoActors(event.actor),
    cameoActors(event.recipient),
    code,
    code.slice(0, 2),
    event.quadCode,
    event.intensity,
    event.publisher,
    event.docKey,
  ];
}

export async function writeCameoTsv(events: RowSource<ExportEvent>, out: Writable): Promise<number> {
  await writeChunk(out, tsvLine([...CAMEO_TSV_HEADERS]));
  let count = 0;
  for await (const event of events) {
    await writeChunk(out, tsvLine(cameoTsvRow(event)));
    count++;
  }
  return count;
}
