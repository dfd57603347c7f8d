/**
 * `entente bench`: generates a corpus of the requested size(s) from our sample reports and
 * measures full ingestion and the analysis pipeline (docs/s, sentences/s, MB/s, time per
 * stage, peak RSS, database size per MB of text). Prints a table; --json prints the report.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { z } from "zod";
import { benchSources } from "../../bench/corpus-generator.js";
import { BENCH_MODES, runBenchmark } from "../../bench/run-bench.js";
import { formatBenchTables } from "../../bench/summary.js";
import { EntenteError } from "../errors.js";
import { projectRoot } from "../paths.js";
import { action } from "./common.js";

const sizeMB = z.coerce.number().positive().max(10_000);

const flagsSchema = z.object({
  size: sizeMB.default(20),
  sizes: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(",").map((s) => Number(s.trim())) : undefined))
    .pipe(z.array(z.number().positive().max(10_000)).min(1).optional()),
  modes: z
    .string()
    .default(BENCH_MODES.join(","))
    .transform((value) => value.split(",").map((s) => s.trim()))
    .pipe(z.array(z.enum(["ingest", "analyze", "foundation"])).min(1)),
  runs: z.coerce.number().int().positive().optional(),
  seed: z.coerce.number().int().nonnegative().default(42),
  json: z.boolean().optional(),
  keep: z.boolean().optional(),
  out: z.string().default("bench-output"),
});

export function register(program: Command): void {
  program
    .command("bench")
    .description("benchmark ingestion and analysis on a generated corpus (our sample reports, fixed seed)")
    .option("--size <MB>", "corpus size in MB", "20")
    .option("--sizes <list>", "several sizes, e.g. 1,10,100, to show how cost grows")
    .option(
      "--modes <list>",
      "modes to run: ingest, analyze, foundation (comma-separated)",
      BENCH_MODES.join(","),
    )
    .option("--runs <n>", "runs per size (default: 3 up to 10 MB, else 1; the median is kept)")
    .option("--seed <n>", "seed of the corpus generator", "42")
    .option("--out <dir>", "folder for the JSON results", "bench-output")
    .option("--keep", "keep the generated corpora and databases")
    .option("--json", "print the JSON report on stdout instead of tables")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  entente bench",
        "  entente bench --sizes 1,10,100",
        "  entente bench --size 5 --runs 5 --json",
        "  entente bench --sizes 20,50 --modes foundation",
      ].join("\n"),
    )
    .action(action((flags: unknown) => runBench(flags)));
}

export async function runBench(rawFlags: unknown): Promise<number> {
  const parsed = flagsSchema.safeParse(rawFlags);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EntenteError("ENTENTE_USAGE", `--${String(issue?.path[0] ?? "flags")}: ${issue?.message}`);
  }
  const flags = parsed.data;
  const report = await runBenchmark({
    sizesMB: flags.sizes ?? [flags.size],
    modes: flags.modes,
    runs: flags.runs,
    seed: flags.seed,
    sources: benchSources(join(projectRoot(), "corpus", "sample")),
    keep: flags.keep,
    log: (line) => process.stderr.write(`entente bench: ${line}\n`),
  });
  const outDir = resolve(flags.out);
  mkdirSync(outDir, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const stamp = report.generatedAt.replace(/[:.]/g, "-");
  writeFileSync(join(outDir, `bench-${stamp}.json`), json);
  writeFileSync(join(outDir, "latest.json"), json);
  process.stdout.write(flags.json ? json : formatBenchTables(report));
  process.stderr.write(`entente bench: wrote ${join(outDir, "latest.json")}\n`);
  if (report.workDir)
    process.stderr.write(`entente bench: kept the corpora and databases in ${report.workDir}\n`);
  return 0;
}
