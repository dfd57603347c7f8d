import type { Command } from "commander";
import { action, addDbOption, type DbOptions, withStore } from "./common.js";

export function register(program: Command): void {
  const command = program
    .command("stats")
    .description("corpus counts: documents, sentences, mentions, dates, events")
    .option("--json", "print the counts as JSON")
    .addHelpText("after", "\nExample:\n  entente stats --db corpus.db");
  addDbOption(command).action(
    action(async (flags: DbOptions & { json?: boolean }) => {
      const stats = await withStore(flags, (store) => ({ db: store.path, ...store.stats() }));
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
        return 0;
      }
      const rows: [string, string | number][] = [
        ["database", `${stats.db} (${(stats.dbBytes / 1e6).toFixed(1)} MB)`],
        ["documents", `${stats.documents} (${stats.versions} versions)`],
        ["characters", stats.characters],
        ["sentences", stats.sentences],
        [
          "actor mentions",
          `${stats.mentions} (${stats.resolvedMentions} resolved, ${stats.entities} entities)`,
        ],
        ["date expressions", stats.timexes],
        ["events", stats.events],
        ["event dates", stats.firstDate ? `${stats.firstDate} … ${stats.lastDate}` : "none"],
        ...Object.entries(stats.eventsByCategory).map(([k, n]): [string, number] => [`  ${k}`, n]),
        ...Object.entries(stats.eventsByFactuality).map(([k, n]): [string, number] => [`  ${k}`, n]),
      ];
      const width = Math.max(...rows.map(([k]) => k.length));
      for (const [k, v] of rows) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
      return 0;
    }),
  );
}
