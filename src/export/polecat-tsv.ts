/**
 * POLECAT-compatible TSV: exactly POLECAT's 40 weekly-release headers in their order (see
 * ../shared/reference/POLECAT-columns.md), so scripts written for POLECAT load our events
 * unchanged, then Entente's extra columns after them. Columns we have no data for (COW codes,
 * titles, geolocation, story-level entity lists) are left empty rather than guessed; dates
 * keep the precision the text gives (the `Date Precision` column says which).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Writable } from "node:stream";
import { projectRoot } from "../paths.js";
import { type ExportEvent, spanTextInSentence } from "./export-event.js";
import { toPloverRecord } from "./plover-record.js";
import { type RowSource, tsvLine, writeChunk } from "./text-formats.js";

export const POLECAT_HEADERS = [
  "Event ID",
  "Event Date",
  "Event Type",
  "Event Mode",
  "Intensity",
  "Quad Code",
  "Contexts",
  "Actor Name",
  "Actor Country",
  "Actor COW",
  "Primary Actor Sector",
  "Actor Sectors",
  "Actor Title",
  "Actor Name Raw",
  "Wikipedia Actor ID",
  "Recipient Name",
  "Recipient Country",
  "Recipient COW",
  "Primary Recipient Sector",
  "Recipient Sectors",
  "Recipient Title",
  "Recipient Name Raw",
  "Wikipedia Recipient ID",
  "Placename",
  "City",
  "District",
  "Province",
  "Country",
  "Latitude",
  "Longitude",
  "GeoNames ID",
  "Raw Placename",
  "Feature Type",
  "Source",
  "Publication Date",
  "Story People",
  "Story Organizations",
  "Story Locations",
  "Language",
  "Version",
] as const;

/** Ours, appended after POLECAT's columns, never in their place. */
export const POLECAT_EXTRA_HEADERS = ["Factuality", "Attribution", "Date Precision", "Evidence"] as const;

/** Entente codes English text only; the patterns and lexicons are English. */
const LANGUAGE = "en";

let version: string | undefined;
function ententeVersion(): string {
  version ??= `entente ${JSON.parse(readFileSync(join(projectRoot(), "package.json"), "utf8")).version}`;
  return version;
}

/** POLECAT's Wikipedia ID columns hold Wikidata ids; other entity ids have no place there. */
function wikidataId(entityId: string | null): string {
  return entityId && /^Q\d+$/.test(entityId) ? entityId : "";
}

/** The 8 columns describing one side (actor or recipient); several participants joined with ';'. */
function participantColumns(event: ExportEvent, side: "actor" | "recipient"): unknown[] {
  const participants = event[side];
  return [
    participants.map((p) => p.name),
    participants.map((p) => p.code ?? ""),
    "",
    participants[0]?.sector ?? "",
    participants.map((p) => p.sector ?? ""),
    "",
    participants.map((p) => spanTextInSentence(event, p.span) ?? ""),
    participants.map((p) => wikidataId(p.entityId)),
  ];
}

export function polecatRow(event: ExportEvent): unknown[] {
  const record = toPloverRecord(event);
  const noGeolocation = Array.from({ length: 10 }, () => "");
  return [
    event.id,
    event.date,
    event.event[0] ?? "",
    event.mode,
    event.intensity,
    event.quadCode,
    event.context,
    ...participantColumns(event, "actor"),
    ...participantColumns(event, "recipient"),
    ...noGeolocation,
    event.publisher,
    event.published,
    "",
    "",
    "",
    LANGUAGE,
    ententeVersion(),
    event.factuality,
    event.attribution,
    event.datePrecision,
    JSON.stringify(record.evidence),
  ];
}

export async function writePolecatTsv(events: RowSource<ExportEvent>, out: Writable): Promise<number> {
  await writeChunk(out, tsvLine([...POLECAT_HEADERS, ...POLECAT_EXTRA_HEADERS]));
  let count = 0;
  for await (const event of events) {
    await writeChunk(out, tsvLine(polecatRow(event)));
    count++;
  }
  return count;
}
