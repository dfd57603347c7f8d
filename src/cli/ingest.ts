import type { Command } from "commander";
import { type IngestOutcome, type IngestSummary, ingestIntoStore } from "../batch.js";
import { EntenteError } from "../errors.js";
import { action, addDbOption, type DbOptions, positiveInt, withStore } from "./common.js";
import { localInputBytes, startProgress } from "./progress.js";

interface IngestFlags extends DbOptions {
  force?: boolean;
  maxSize?: number;
  json?: boolean;
  verbose?: boolean;
}

export function register(program: Command): void {
  const command = program
    .command("ingest")
    .description("read documents, analyse them and store them with their sentences, actors, dates and events")
    .argument("<inputs...>", "files, folders, globs, http(s) URLs, or - for stdin")
    .option("--force", "re-process documents whose content is already stored")
    .option("--max-size <MB>", "skip inputs larger than this many megabytes", positiveInt("--max-size"), 50)
    .option("--json", "print the summary as JSON")
    .option("-v, --verbose", "print one line per document")
    .addHelpText(
      "after",
      "\nExample:\n  entente ingest ../shared/corpus/mali-russia notes/*.html https://example.org/a.html",
    );
  addDbOption(command).action(action(runIngest));
}

export async function runIngest(inputs: string[], flags: IngestFlags): Promise<number> {
  if (inputs.length === 0) throw new EntenteError("ENTENTE_USAGE", "give at least one input");
  return withStore(flags, async (store) => {
    const progress = startProgress(localInputBytes(inputs));
    const started = performance.now();
    const onOutcome = (outcome: IngestOutcome) => {
      if (!outcome.ok) {
        progress.tick(0);
        process.stderr.write(`\nentente: ${outcome.source}: ${outcome.reason}\n`);
        return;
      }
      progress.tick(Buffer.byteLength(outcome.doc.text));
      for (const m of outcome.doc.messages) {
        if (m.severity === "warning")
          process.stderr.write(`\nentente: ${outcome.doc.meta.source}: ${m.reason}\n`);
      }
      if (flags.verbose) {
        const r = outcome.result;
        process.stderr.write(
          `${r.status.padEnd(11)} ${outcome.doc.meta.source} (${outcome.doc.events.length} events)\n`,
        );
      }
    };
    const summary = await ingestIntoStore(inputs, {
      store,
      force: flags.force,
      maxBytes: (flags.maxSize ?? 50) * 1024 * 1024,
      onOutcome,
    });
    progress.stop();
    const seconds = (performance.now() - started) / 1000;
    if (flags.json) process.stdout.write(`${JSON.stringify({ ...summary, seconds, db: store.path })}\n`);
    else process.stdout.write(`${summaryLine(summary, seconds)} → ${store.path}\n`);
    return summary.failed > 0 ? 1 : 0;
  });
}

export function summaryLine(s: IngestSummary, seconds: number): string {
  const mb = s.characters / 1e6;
  const parts = [
    `${s.added} added`,
    s.newVersions ? `${s.newVersions} new versions` : "",
    s.replaced ? `${s.replaced} re-processed` : "",
    `${s.unchanged} unchanged`,
    `${s.failed} failed`,
  ].filter(Boolean);
  return `ingested: ${parts.join(", ")}; ${s.sentences} sentences, ${s.events} events; ${mb.toFixed(2)} MB in ${seconds.toFixed(1)} s`;
}
