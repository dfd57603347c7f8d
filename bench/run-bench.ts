/**
 * The benchmark: for each size, generate a corpus from our sample reports (fixed seed), then
 * run full ingestion into a fresh SQLite store and the analysis-only pipeline, each in its
 * own child process (so peak RSS is per run), after a warm-up; keep the median run.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SourceDocument } from "./corpus-generator.js";
import { writeCorpus } from "./corpus-generator.js";
import type { MeasureJob, MeasureResult } from "./measure.js";
import { MB, type ModeSummary, summarise } from "./summary.js";

export interface BenchOptions {
  sizesMB: number[];
  /** Runs per size and mode; default 3 up to 10 MB, else 1. */
  runs?: number;
  seed: number;
  sources: readonly SourceDocument[];
  /** Which modes to run (default all three); "foundation" alone measures the storage path quickly. */
  modes?: readonly BenchMode[];
  /** Keep the generated corpora and databases (printed at the end). */
  keep?: boolean;
  log?: (line: string) => void;
}

export interface SizeResult {
  sizeMB: number;
  corpus: { documents: number; bytes: number };
  runs: number;
  /** A mode not run is absent. */
  ingest?: ModeSummary;
  analyze?: ModeSummary;
  foundation?: ModeSummary;
}

export type BenchMode = MeasureJob["mode"];
export const BENCH_MODES: readonly BenchMode[] = ["ingest", "analyze", "foundation"];

export interface BenchReport {
  generatedAt: string;
  seed: number;
  node: string;
  cpu: string;
  cores: number;
  /** One-minute load average at the start and the end: wall-clock rates drop when it exceeds the cores. */
  loadAverage: [number, number];
  workDir: string | null;
  sizes: SizeResult[];
}

const WARMUP_BYTES = 200_000;

function childScript(): string {
  const here = fileURLToPath(import.meta.url);
  return join(here, "..", `measure-child${extname(here)}`);
}

const CHILD_MARK = "ENTENTE_BENCH_CHILD";
const LOADER_FLAGS = new Set(["--require", "-r", "--import", "--loader", "--experimental-loader"]);

/** The parent's module-loader flags (tsx in development), without --eval and the like. */
function loaderArgs(): string[] {
  const args: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    if (LOADER_FLAGS.has(flag) && i + 1 < argv.length) args.push(flag, argv[++i] as string);
    else if ([...LOADER_FLAGS].some((name) => flag.startsWith(`${name}=`))) args.push(flag);
  }
  return args;
}

function runChild(job: MeasureJob): Promise<MeasureResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...loaderArgs(), childScript(), JSON.stringify(job)], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, [CHILD_MARK]: "1" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const last = stdout.trim().split("\n").pop() ?? "";
      if (code !== 0 || last === "") {
        reject(new Error(`benchmark run (${job.mode}) exited with ${code}: ${stderr.trim().slice(-2000)}`));
        return;
      }
      resolve(JSON.parse(last) as MeasureResult);
    });
  });
}

function median(results: MeasureResult[]): MeasureResult {
  const sorted = [...results].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor((sorted.length - 1) / 2)] as MeasureResult;
}

export async function runBenchmark(options: BenchOptions): Promise<BenchReport> {
  if (process.env[CHILD_MARK]) throw new Error("a benchmark child must not start another benchmark");
  const log = options.log ?? (() => {});
  const modes = BENCH_MODES.filter((mode) => (options.modes ?? BENCH_MODES).includes(mode));
  const loadAtStart = loadavg()[0] ?? 0;
  const workDir = mkdtempSync(join(tmpdir(), "entente-bench-"));
  const sizes: SizeResult[] = [];
  try {
    const warmupDir = join(workDir, "warmup");
    await writeCorpus(warmupDir, options.sources, WARMUP_BYTES, options.seed + 1);
    for (const sizeMB of options.sizesMB) {
      const corpusDir = join(workDir, `corpus-${sizeMB}mb`);
      log(`generating ${sizeMB} MB from ${options.sources.length} source reports (seed ${options.seed})`);
      const corpus = await writeCorpus(corpusDir, options.sources, sizeMB * MB, options.seed);
      const runs = options.runs ?? (sizeMB <= 10 ? 3 : 1);
      const byMode: Record<BenchMode, MeasureResult[]> = { ingest: [], analyze: [], foundation: [] };
      for (let run = 1; run <= runs; run++) {
        for (const mode of modes) {
          const dbPath = join(workDir, `run-${sizeMB}mb-${run}.db`);
          log(`${sizeMB} MB: ${mode}, run ${run} of ${runs}`);
          byMode[mode].push(await runChild({ mode, corpusDir, warmupDir, dbPath }));
          if (!options.keep)
            for (const suffix of ["", "-wal", "-shm"]) rmSync(`${dbPath}${suffix}`, { force: true });
        }
      }
      const result: SizeResult = {
        sizeMB,
        corpus: { documents: corpus.documents, bytes: corpus.bytes },
        runs,
      };
      for (const mode of modes) result[mode] = summarise(median(byMode[mode]), corpus.bytes, byMode[mode]);
      sizes.push(result);
      if (!options.keep) rmSync(corpusDir, { recursive: true, force: true });
    }
  } finally {
    if (!options.keep) rmSync(workDir, { recursive: true, force: true });
  }
  return {
    generatedAt: new Date().toISOString(),
    seed: options.seed,
    node: process.version,
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    loadAverage: [loadAtStart, loadavg()[0] ?? 0],
    workDir: options.keep ? workDir : null,
    sizes,
  };
}
