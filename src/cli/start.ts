import { join } from "node:path";
import type { Command } from "commander";
import { ingestIntoStore } from "../batch.js";
import { defaultDbPath, projectRoot } from "../paths.js";
import { openStore } from "../store/index.js";
import { action, addDbOption, type DbOptions, positiveInt } from "./common.js";
import { summaryLine } from "./ingest.js";
import { serveUntilStopped } from "./serve.js";

export function register(program: Command): void {
  const command = program
    .command("start")
    .description("ingest the built-in sample corpus (corpus/sample) and serve the dashboard")
    .option("--port <port>", "port for the dashboard (default $PORT or 8080)", positiveInt("--port"))
    .option("--no-serve", "only ingest and print the summary")
    .addHelpText("after", "\nExample:\n  ENTENTE_DB=/tmp/demo.db entente start");
  addDbOption(command).action(action(runStart));
}

export async function runStart(flags: DbOptions & { port?: number; serve?: boolean }): Promise<number> {
  const dbPath = flags.db ?? defaultDbPath();
  const sample = join(projectRoot(), "corpus", "sample");
  const store = openStore(dbPath);
  try {
    const started = performance.now();
    const summary = await ingestIntoStore([sample], {
      store,
      onOutcome: (o) => {
        if (!o.ok) process.stderr.write(`entente: ${o.source}: ${o.reason}\n`);
      },
    });
    process.stdout.write(`${summaryLine(summary, (performance.now() - started) / 1000)}\n`);
    const stats = store.stats();
    process.stdout.write(
      `corpus: ${stats.documents} documents, ${stats.sentences} sentences, ${stats.resolvedMentions} resolved actor mentions, ${stats.events} events\n` +
        `data: ${dbPath}\n` +
        'also: entente docs | entente search "wagner AND gold" | entente events | entente timeline\n',
    );
    if (summary.failed > 0) return 1;
  } finally {
    store.close();
  }
  if (flags.serve === false) return 0;
  const port = Number(flags.port ?? process.env.PORT ?? 8080);
  return serveUntilStopped({ dbPath, port });
}
