/**
 * `entente eval`: codes the reference corpus and the gold-standard sentences with the real
 * pipeline, scores them against the gold files, prints a table per gold set and writes
 * eval-report.json and eval-report.md. `--check` exits 1 below the thresholds.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { z } from "zod";
import { EntenteError } from "../errors.js";
import { EVAL_SECTIONS } from "../eval/report.js";
import { formatMarkdownReport } from "../eval/report-markdown.js";
import { formatChecks, formatTextReport } from "../eval/report-text.js";
import { runEvaluation } from "../eval/run-eval.js";
import { checkThresholds, readThresholds } from "../eval/thresholds.js";
import { projectRoot, sharedDir } from "../paths.js";
import { action } from "./common.js";

const flagsSchema = z.object({
  gold: z.string().optional(),
  corpus: z.string().optional(),
  only: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(",").map((s) => s.trim()) : []))
    .pipe(z.array(z.enum(EVAL_SECTIONS))),
  check: z.boolean().optional(),
  out: z.string().optional(),
  config: z.string().optional(),
  json: z.boolean().optional(),
});

export function register(program: Command): void {
  program
    .command("eval")
    .description("score the pipeline against the gold files (events, dates, entities, quantities, GSR)")
    .option("--gold <dir>", "folder of gold JSONL files (default: ../shared/gold)")
    .option(
      "--corpus <dir>",
      "folder of the documents the gold refers to (default: ../shared/corpus/mali-russia)",
    )
    .option("--only <sections>", `comma-separated: ${EVAL_SECTIONS.join(", ")}`)
    .option("--check", "exit 1 when a figure is below its threshold in eval.config.json")
    .option("--config <file>", "thresholds file (default: eval.config.json of the project)")
    .option("--out <dir>", "where to write eval-report.json and eval-report.md (default: .)")
    .option("--json", "print the JSON report on stdout instead of tables")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  entente eval",
        "  entente eval --only gsr",
        "  entente eval --gold heldout/gold --corpus heldout/corpus --check",
      ].join("\n"),
    )
    .action(action((flags: unknown) => runEval(flags)));
}

export async function runEval(rawFlags: unknown): Promise<number> {
  const parsed = flagsSchema.safeParse(rawFlags);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EntenteError("ENTENTE_USAGE", `--${String(issue?.path[0] ?? "flags")}: ${issue?.message}`);
  }
  const flags = parsed.data;
  const goldDir = resolve(flags.gold ?? join(sharedDir(), "gold"));
  if (!existsSync(goldDir)) {
    if (flags.gold) throw new EntenteError("ENTENTE_USAGE", `gold folder ${goldDir} does not exist`);
    process.stderr.write(
      `entente eval: skipped: no gold files at ${goldDir} (pass --gold <dir> to score a set)\n`,
    );
    return 0;
  }
  const corpusDir = resolve(flags.corpus ?? join(sharedDir(), "corpus", "mali-russia"));
  const thresholds = readThresholds(resolve(flags.config ?? join(projectRoot(), "eval.config.json")));
  const report = await runEvaluation({
    goldDir,
    corpusDir,
    only: flags.only,
    log: (line) => process.stderr.write(`entente eval: ${line}\n`),
  });
  const checks = checkThresholds(report.figures, thresholds);

  const outDir = resolve(flags.out ?? ".");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "eval-report.json"), `${JSON.stringify({ ...report, checks }, null, 2)}\n`);
  writeFileSync(join(outDir, "eval-report.md"), formatMarkdownReport(report, checks));

  for (const failure of report.corpus.failed) {
    process.stderr.write(`entente eval: ${failure.source}: ${failure.reason}\n`);
  }
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ ...report, checks }, null, 2)}\n`);
  } else {
    process.stdout.write(formatTextReport(report));
    if (checks.length > 0) process.stdout.write(`\nThresholds (eval.config.json)\n${formatChecks(checks)}`);
  }
  process.stderr.write(`entente eval: wrote ${join(outDir, "eval-report.json")} and eval-report.md\n`);
  const failed = checks.filter((check) => !check.ok);
  if (flags.check && failed.length > 0) {
    process.stderr.write(`entente eval: below threshold: ${failed.map((c) => c.figure).join(", ")}\n`);
    return 1;
  }
  return report.corpus.failed.length > 0 ? 1 : 0;
}
