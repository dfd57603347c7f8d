import type { Command } from "commander";
import type { SearchHit } from "../store/types.js";
import { action, addDbOption, type DbOptions, positiveInt, withStore } from "./common.js";
import { addOutputOptions, type OutputOptions, outputFormat, printRows } from "./output.js";

interface SearchFlags extends DbOptions, OutputOptions {
  limit?: number;
}

export function register(program: Command): void {
  const command = program
    .command("search")
    .description('full-text search of sentences (FTS5 syntax: AND, OR, NOT, "phrases", prefix*)')
    .argument("<query>", "what to look for")
    .option("--limit <n>", "show at most n sentences", positiveInt("--limit"), 20)
    .addHelpText("after", '\nExample:\n  entente search "wagner AND gold"');
  addOutputOptions(addDbOption(command)).action(
    action(async (query: string, flags: SearchFlags) => {
      const format = outputFormat(flags);
      const tty = format === "table" && process.stdout.isTTY;
      const mark: [string, string] =
        format !== "table" ? ["<mark>", "</mark>"] : tty ? ["\x1b[1;33m", "\x1b[0m"] : ["«", "»"];
      const hits = await withStore(flags, (store) => store.search(query, { limit: flags.limit, mark }));
      if (format === "table") {
        printHits(hits);
        return 0;
      }
      await printRows(
        hits,
        [{ key: "key" }, { key: "sentence" }, { key: "start" }, { key: "end" }, { key: "snippet" }],
        format,
      );
      return 0;
    }),
  );
}

function printHits(hits: SearchHit[]): void {
  if (hits.length === 0) {
    process.stdout.write("no matching sentences\n");
    return;
  }
  for (const hit of hits) {
    process.stdout.write(
      `${hit.key} #${hit.sentence} [${hit.start}-${hit.end}]  ${hit.title ?? ""}\n  ${hit.snippet}\n\n`,
    );
  }
}
