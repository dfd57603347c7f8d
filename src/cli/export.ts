/**
 * `entente export`: every stored event (or those the filters keep) in one of the export
 * formats, streamed to stdout or a file so exports of any size run in flat memory.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { type Command, Option } from "commander";
import { EntenteError } from "../errors.js";
import { EXPORT_FORMATS, type ExportFormat, writeEvents } from "../export/index.js";
import type { Store, StoredEvent } from "../store/types.js";
import { action, addDbOption, type DbOptions, withStore } from "./common.js";
import { addEventFilterOptions, type EventFilterFlags, eventFilterFrom, keepsEvent } from "./event-flags.js";

interface ExportFlags extends DbOptions, EventFilterFlags {
  format: ExportFormat;
  out?: string;
}

export function register(program: Command): void {
  const command = program
    .command("export")
    .description("write the stored events as PLOVER JSONL, flat CSV, CAMEO-style TSV or POLECAT-style TSV")
    .addOption(
      new Option("--format <format>", "the export format").choices(EXPORT_FORMATS).makeOptionMandatory(),
    )
    .option("--out <file>", "write to this file instead of stdout")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  entente export --format plover-jsonl --out events.jsonl",
        "  entente export --format polecat-tsv --factuality asserted > events.tsv",
      ].join("\n"),
    );
  addDbOption(addEventFilterOptions(command)).action(
    action((flags: ExportFlags) => withStore(flags, (store) => runExport(store, flags))),
  );
}

function* filteredEvents(store: Store, flags: ExportFlags): Generator<StoredEvent> {
  const { minConfidence, ...filter } = eventFilterFrom(flags);
  for (const event of store.iterateEvents(filter)) {
    if (keepsEvent({ minConfidence }, event)) yield event;
  }
}

/** Opens the output file up front, so a bad path is one clear error before any work. */
async function openOutFile(path: string): Promise<Writable> {
  const file = createWriteStream(path);
  try {
    await once(file, "open");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new EntenteError("ENTENTE_USAGE", `--out ${path}: ${reason}`);
  }
  return file;
}

/** Writes the export; returns the exit code. `stdout` is replaceable for tests. */
export async function runExport(
  store: Store,
  flags: ExportFlags,
  stdout: Writable = process.stdout,
): Promise<number> {
  const events = filteredEvents(store, flags);
  if (!flags.out) {
    await writeEvents(flags.format, events, stdout);
    return 0;
  }
  const file = await openOutFile(flags.out);
  const count = await writeEvents(flags.format, events, file);
  file.end();
  await finished(file);
  process.stderr.write(`exported ${count} events as ${flags.format} → ${flags.out}\n`);
  return 0;
}
