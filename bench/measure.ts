/**
 * One benchmark run in its own process, so that peak memory is this run's alone. The parent
 * runs measure-child.ts with a JSON job as its first argument and reads one JSON line back.
 *   mode "ingest":  read → analyse → store into a fresh SQLite file (ingestIntoStore)
 *   mode "analyze": read → analyse only (analyzeInputs), nothing stored
 *   mode "foundation": read → clean → segment → store and index (issue 3's scope: no actors,
 *     dates or events), to measure the storage path on its own
 */
import { existsSync, statSync } from "node:fs";
import { z } from "zod";
import { analyzeInputs } from "../src/analyze.js";
import { ingestIntoStore } from "../src/batch.js";
import { defaultStageContext } from "../src/context.js";
import { ANALYSIS_STAGES, FOUNDATION_STAGES, type StageTimings } from "../src/pipeline.js";
import { openStore } from "../src/store/index.js";

export const measureJobSchema = z.object({
  mode: z.enum(["ingest", "analyze", "foundation"]),
  corpusDir: z.string(),
  warmupDir: z.string(),
  dbPath: z.string(),
});
export type MeasureJob = z.infer<typeof measureJobSchema>;

export interface MeasureResult {
  mode: MeasureJob["mode"];
  seconds: number;
  /** User + system CPU time of the timed section: robust when the machine is shared. */
  cpuSeconds: number;
  documents: number;
  failed: number;
  characters: number;
  sentences: number;
  events: number;
  /** Milliseconds per stage (read, clean, segment, nlp, actors, time, events, store). */
  timings: StageTimings;
  peakRssBytes: number;
  dbBytes: number | null;
}

function fileSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

async function analyzeAll(dir: string, timings?: StageTimings) {
  const counts = { documents: 0, failed: 0, characters: 0, sentences: 0, events: 0 };
  for await (const outcome of analyzeInputs([dir], { timings })) {
    if (!outcome.ok) {
      counts.failed++;
      continue;
    }
    counts.documents++;
    counts.characters += outcome.doc.text.length;
    counts.sentences += outcome.doc.sentences.length;
    counts.events += outcome.doc.events.length;
  }
  return counts;
}

export async function measure(job: MeasureJob): Promise<MeasureResult> {
  defaultStageContext();
  await analyzeAll(job.warmupDir);
  const timings: StageTimings = {};
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let counts: Awaited<ReturnType<typeof analyzeAll>>;
  let dbBytes: number | null = null;
  if (job.mode === "ingest" || job.mode === "foundation") {
    const store = openStore(job.dbPath);
    const stages = job.mode === "foundation" ? FOUNDATION_STAGES : ANALYSIS_STAGES;
    try {
      const summary = await ingestIntoStore([job.corpusDir], { store, timings, stages });
      counts = {
        documents: summary.added + summary.newVersions + summary.replaced + summary.unchanged,
        failed: summary.failed,
        characters: summary.characters,
        sentences: summary.sentences,
        events: summary.events,
      };
    } finally {
      store.close();
    }
    dbBytes = fileSize(job.dbPath) + fileSize(`${job.dbPath}-wal`) + fileSize(`${job.dbPath}-shm`);
  } else {
    counts = await analyzeAll(job.corpusDir, timings);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  return {
    mode: job.mode,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    ...counts,
    timings,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    dbBytes,
  };
}
