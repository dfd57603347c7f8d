/** The command registry: every command is one file exporting `register(program)`. */
import { readFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { Command } from "commander";
import { projectRoot } from "../paths.js";
import * as actors from "./actors.js";
import * as bench from "./bench.js";
import * as code from "./code.js";
import * as docs from "./docs.js";
import * as evaluate from "./eval.js";
import * as events from "./events.js";
import * as exporter from "./export.js";
import * as ingest from "./ingest.js";
import * as search from "./search.js";
import * as serve from "./serve.js";
import * as start from "./start.js";
import * as stats from "./stats.js";
import * as timeline from "./timeline.js";

const COMMANDS: { register(program: Command): void }[] = [
  start,
  ingest,
  docs,
  search,
  stats,
  code,
  events,
  timeline,
  actors,
  exporter,
  serve,
  evaluate,
  bench,
];

export function buildProgram(): Command {
  const { version } = JSON.parse(readFileSync(join(projectRoot(), "package.json"), "utf8")) as {
    version: string;
  };
  const program = new Command("entente")
    .description("Evidence-grounded political event data (PLOVER) from news reports and analyses")
    .version(version)
    .option(
      "--dict <folders>",
      "extra actor dictionary folders, loaded after the built-in one (or $ENTENTE_DICTIONARIES)",
    )
    .option("--patterns <paths>", "extra event pattern files or folders (or $ENTENTE_PATTERNS)")
    .showHelpAfterError()
    .exitOverride()
    .hook("preAction", (root) => {
      // Stages load their knowledge through the environment, so every command sees the same.
      const { dict, patterns } = root.opts<{ dict?: string; patterns?: string }>();
      if (dict)
        process.env.ENTENTE_DICTIONARIES = [dict, process.env.ENTENTE_DICTIONARIES]
          .filter(Boolean)
          .join(delimiter);
      if (patterns)
        process.env.ENTENTE_PATTERNS = [patterns, process.env.ENTENTE_PATTERNS]
          .filter(Boolean)
          .join(delimiter);
    });
  for (const command of COMMANDS) command.register(program);
  return program;
}
