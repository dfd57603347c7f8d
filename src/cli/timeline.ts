/**
 * `entente timeline`: dated events in date order with their evidence sentence; while the
 * store holds no events yet, the dated sentences instead. A date that is only the
 * publication date is marked ~ in the table and `reported` in JSON.
 */
import type { Writable } from "node:stream";
import type { Command } from "commander";
import { z } from "zod";
import { EntenteError } from "../errors.js";
import type { Store, TimelineEntry, TimelineOptions } from "../store/types.js";
import { action, addDbOption, type DbOptions, positiveInt, withStore } from "./common.js";
import { addOutputOptions, type Column, type OutputOptions, outputFormat, printRows } from "./output.js";

/** A table is for reading: without --limit it shows this many. */
const TABLE_LIMIT = 50;

const FlagsSchema = z.object({
  from: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "--from must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD")
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "--to must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD")
    .optional(),
  actor: z.string().trim().min(1, "--actor must not be empty").optional(),
  limit: z.number().int().positive().optional(),
});

export interface TimelineFlags extends DbOptions, OutputOptions {
  from?: string;
  to?: string;
  actor?: string;
  limit?: number;
}

export function register(program: Command): void {
  const command = program
    .command("timeline")
    .description("dated events in date order with their evidence (dated sentences while there are no events)")
    .option("--from <date>", "entries dated on or after this ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--to <date>", "entries dated on or before this ISO date (a partial date includes its period)")
    .option(
      "--actor <code>",
      'events involving this actor: code ("MLI"), code and sector ("MLI GOV") or entity id',
    )
    .option("--limit <n>", `show at most n entries (table default ${TABLE_LIMIT})`, positiveInt("--limit"))
    .addHelpText(
      "after",
      [
        "",
        "Dates only known from the publication date are marked ~ (reported, not the event's own date).",
        "",
        "Examples:",
        "  entente timeline --from 2021 --to 2022-06",
        "  entente timeline --actor MLI --json",
      ].join("\n"),
    );
  addOutputOptions(addDbOption(command)).action(
    action((flags: TimelineFlags) => withStore(flags, (store) => runTimeline(store, flags))),
  );
}

/** "2021-05", "1960–1968", "~2022-02" for a publication date. */
export function formatDate(date: TimelineEntry["date"]): string {
  const span = date.end ? `${date.start}–${date.end}` : date.start;
  return date.reported ? `~${span}` : span;
}

function eventLabel(entry: TimelineEntry): string {
  const event = entry.event;
  if (!event) return "";
  const actors = event.actor.join("+") || "-";
  const recipients = event.recipient.join("+");
  const factuality = event.factuality === "asserted" ? "" : ` *${event.factuality}`;
  return `${actors} ${event.category}${recipients ? ` ${recipients}` : ""}${factuality}`;
}

const COLUMNS: Column<TimelineEntry>[] = [
  { key: "date", value: (entry) => formatDate(entry.date) },
  { key: "event", value: eventLabel, maxWidth: 36 },
  { key: "doc", value: (entry) => entry.docKey, maxWidth: 24 },
  { key: "evidence", value: (entry) => entry.text, maxWidth: 90 },
];

function validated(flags: TimelineFlags): TimelineOptions {
  const parsed = FlagsSchema.safeParse({
    from: flags.from,
    to: flags.to,
    actor: flags.actor,
    limit: flags.limit,
  });
  if (!parsed.success) {
    throw new EntenteError("ENTENTE_USAGE", parsed.error.issues[0]?.message ?? "invalid flags");
  }
  return parsed.data;
}

export async function runTimeline(
  store: Store,
  flags: TimelineFlags,
  out: Writable = process.stdout,
): Promise<number> {
  const format = outputFormat(flags);
  const options = validated(flags);
  if (format !== "table") {
    await printRows(store.timeline(options), COLUMNS, format, out);
    return 0;
  }
  const limit = options.limit ?? TABLE_LIMIT;
  // One more than asked tells whether the table was cut.
  const entries = store.timeline({ ...options, limit: limit + 1 });
  if (entries.length === 0) {
    out.write("no dated entries\n");
    return 0;
  }
  const shown = entries.slice(0, limit);
  await printRows(shown, COLUMNS, "table", out);
  const kind = shown.some((entry) => entry.event) ? "events" : "dated sentences (no events stored yet)";
  const reported = shown.filter((entry) => entry.date.reported).length;
  const notes = [
    entries.length > limit
      ? `showing the first ${limit} ${kind}; use --limit to see more`
      : `${shown.length} ${kind}`,
    reported > 0 ? `${reported} dated by publication only (marked ~)` : "",
  ].filter(Boolean);
  out.write(`${notes.join("; ")}\n`);
  return 0;
}
