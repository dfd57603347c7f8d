/**
 * `entente events`: stored events, filtered, as a table (all factualities by default, the
 * non-asserted ones marked) or as the PLOVER contract (`--jsonl`, `--json`) or flat CSV.
 */
import type { Writable } from "node:stream";
import type { Command } from "commander";
import { writeEventsCsv } from "../export/csv.js";
import { writePloverJsonl } from "../export/plover-jsonl.js";
import { toPloverRecord } from "../export/plover-record.js";
import type { EventFilter, Store, StoredEvent } from "../store/types.js";
import { action, addDbOption, type DbOptions, positiveInt, withStore } from "./common.js";
import { addEventFilterOptions, type EventFilterFlags, eventFilterFrom, keepsEvent } from "./event-flags.js";
import {
  addOutputOptions,
  type Column,
  type OutputOptions,
  outputFormat,
  printTable,
  writeJsonArray,
} from "./output.js";

/** A table is for reading: without --limit it shows this many; machine formats show all. */
const TABLE_LIMIT = 50;

interface EventsFlags extends DbOptions, OutputOptions, EventFilterFlags {
  limit?: number;
}

export function register(program: Command): void {
  const command = program
    .command("events")
    .description("list stored events (all factualities; non-asserted ones are marked * in the table)")
    .option(
      "--limit <n>",
      `show at most n events (table default ${TABLE_LIMIT}, others all)`,
      positiveInt("--limit"),
    )
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  entente events --actor MLI --recipient FRA --from 2021 --to 2022-06",
        "  entente events --type SANCTION --factuality asserted --jsonl > sanctions.jsonl",
      ].join("\n"),
    );
  addOutputOptions(addDbOption(addEventFilterOptions(command))).action(
    action((flags: EventsFlags) => withStore(flags, (store) => runEvents(store, flags))),
  );
}

function participants(list: StoredEvent["actor"]): string {
  return list.map((p) => [p.code ?? "?", p.sector].filter(Boolean).join(" ")).join(", ");
}

export const EVENT_TABLE_COLUMNS: Column<StoredEvent>[] = [
  // "~" marks a publication date standing in for an event date the text did not give.
  { key: "date", value: (e) => (e.date && e.dateReported ? `~${e.date}` : (e.date ?? "")) },
  { key: "actor", value: (e) => participants(e.actor), maxWidth: 24 },
  { key: "event", value: (e) => [e.event[0], e.mode[0]].filter(Boolean).join("/") },
  { key: "recipient", value: (e) => participants(e.recipient), maxWidth: 24 },
  { key: "factuality", value: (e) => (e.factuality === "asserted" ? "asserted" : `*${e.factuality}`) },
  { key: "conf", value: (e) => e.confidence.toFixed(2), align: "right" },
  { key: "trigger", value: (e) => e.trigger.text, maxWidth: 20 },
  { key: "doc", value: (e) => e.docKey, maxWidth: 24 },
  { key: "sentence", value: (e) => e.text, maxWidth: 70 },
];

/** Matching events, with the confidence floor and the limit the store cannot apply itself. */
function* matchingEvents(
  store: Store,
  filter: EventFilter & { minConfidence?: number },
): Generator<StoredEvent> {
  const { minConfidence, limit, ...storeFilter } = filter;
  const delegateLimit = minConfidence === undefined ? limit : undefined;
  let count = 0;
  for (const event of store.iterateEvents({ ...storeFilter, limit: delegateLimit })) {
    if (limit !== undefined && count >= limit) return;
    if (!keepsEvent({ minConfidence }, event)) continue;
    count++;
    yield event;
  }
}

function* ploverRecords(events: Iterable<StoredEvent>) {
  for (const event of events) yield toPloverRecord(event);
}

export async function runEvents(
  store: Store,
  flags: EventsFlags,
  out: Writable = process.stdout,
): Promise<number> {
  const format = outputFormat(flags);
  const filter = eventFilterFrom(flags);
  if (format === "jsonl")
    await writePloverJsonl(matchingEvents(store, { ...filter, limit: flags.limit }), out);
  else if (format === "csv")
    await writeEventsCsv(matchingEvents(store, { ...filter, limit: flags.limit }), out);
  else if (format === "json") {
    await writeJsonArray(ploverRecords(matchingEvents(store, { ...filter, limit: flags.limit })), out);
  } else printEventTable(store, filter, flags.limit ?? TABLE_LIMIT, out);
  return 0;
}

function printEventTable(store: Store, filter: EventFilter, limit: number, out: Writable): void {
  // One more than asked tells whether the table was cut, without counting every match.
  const events = [...matchingEvents(store, { ...filter, limit: limit + 1 })];
  if (events.length === 0) {
    out.write("no matching events\n");
    return;
  }
  const shown = events.slice(0, limit);
  printTable(shown, EVENT_TABLE_COLUMNS, out);
  const marked = shown.filter((e) => e.factuality !== "asserted").length;
  const reported = shown.filter((e) => e.date && e.dateReported).length;
  const notes = [
    events.length > limit
      ? `showing the first ${limit} events; use --limit to see more`
      : `${shown.length} events`,
    marked > 0 ? `${marked} not asserted (marked *)` : "",
    reported > 0 ? `${reported} dated by publication only (marked ~)` : "",
  ].filter(Boolean);
  out.write(`${notes.join("; ")}\n`);
}
