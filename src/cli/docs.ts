import type { Command } from "commander";
import type { DocumentSummary } from "../store/types.js";
import { action, addDbOption, type DbOptions, positiveInt, withStore } from "./common.js";
import { addOutputOptions, type Column, type OutputOptions, outputFormat, printRows } from "./output.js";

interface DocsFlags extends DbOptions, OutputOptions {
  limit?: number;
  all?: boolean;
}

const COLUMNS: Column<DocumentSummary>[] = [
  { key: "id", align: "right" },
  { key: "key", maxWidth: 40 },
  { key: "published" },
  { key: "publisher", maxWidth: 28 },
  { key: "title", maxWidth: 50 },
  { key: "sentences", align: "right" },
  { key: "events", align: "right" },
  { key: "version", header: "v", align: "right" },
];

export function register(program: Command): void {
  const command = program
    .command("docs")
    .description("list stored documents (the current version of each source)")
    .option("--limit <n>", "show at most n documents", positiveInt("--limit"))
    .option("--all", "include superseded versions")
    .addHelpText("after", "\nExample:\n  entente docs --json | jq '.[].title'");
  addOutputOptions(addDbOption(command)).action(
    action(async (flags: DocsFlags) => {
      const format = outputFormat(flags);
      const rows = await withStore(flags, (store) =>
        store.listDocuments({ limit: flags.limit, allVersions: flags.all }),
      );
      await printRows(rows, COLUMNS, format);
      return 0;
    }),
  );
}
