/**
 * Reads inputs and runs each document through the analysis stages, one at a time: the
 * shared core of `ingest`, `code`, the evaluation and the benchmark.
 */
import { createHash } from "node:crypto";
import { defaultStageContext } from "./context.js";
import { Doc, type DocMeta, FatalDocError, type Stage, type StageContext } from "./doc.js";
import type { EntenteErrorCode } from "./errors.js";
import { HeapCeiling } from "./heap-ceiling.js";
import { type ReadOptions, readInputs } from "./ingest/index.js";
import { ANALYSIS_STAGES, runStages, type StageTimings } from "./pipeline.js";

export type AnalyzeOutcome =
  | { ok: true; doc: Doc; skipped: boolean }
  | { ok: false; source: string; code: EntenteErrorCode; reason: string; doc?: Doc };

export interface AnalyzeOptions extends ReadOptions {
  ctx?: StageContext;
  /** Milliseconds per stage are added here (reading counts as "read"). */
  timings?: StageTimings;
  /** The stages to run; default all of them (ANALYSIS_STAGES). */
  stages?: readonly Stage[];
  /** Return true to skip the analysis of a read document (e.g. its content is already stored). */
  skip?: (doc: Doc) => boolean;
}

export async function* analyzeInputs(
  inputs: string[],
  options: AnalyzeOptions = {},
): AsyncGenerator<AnalyzeOutcome> {
  const ctx = options.ctx ?? defaultStageContext();
  const timings = options.timings;
  const heap = new HeapCeiling();
  let readStarted = timings ? performance.now() : 0;
  for await (const outcome of readInputs(inputs, options)) {
    if (timings) timings.read = (timings.read ?? 0) + performance.now() - readStarted;
    // The consumer is done with the previous document, so its garbage can go.
    heap.check();
    if (!outcome.ok) {
      yield outcome;
    } else if (options.skip?.(outcome.doc)) {
      yield { ok: true, doc: outcome.doc, skipped: true };
    } else {
      yield analyzeDoc(outcome.doc, ctx, timings, options.stages);
    }
    readStarted = timings ? performance.now() : 0;
  }
}

/** Runs the analysis stages on a document already read; a fatal problem fails it alone. */
export function analyzeDoc(
  doc: Doc,
  ctx: StageContext,
  timings?: StageTimings,
  stages: readonly Stage[] = ANALYSIS_STAGES,
): AnalyzeOutcome {
  try {
    runStages(doc, ctx, stages, timings);
    return { ok: true, doc, skipped: false };
  } catch (error) {
    if (!(error instanceof FatalDocError)) throw error;
    return { ok: false, source: doc.meta.source, code: error.code, reason: error.message, doc };
  }
}

/** Analyses one text held in memory (the library entry point builds on this). */
export function analyzeText(text: string, meta: Partial<DocMeta> = {}, ctx?: StageContext): Doc {
  const doc = new Doc({
    text,
    meta: { source: meta.source ?? "text", key: meta.key ?? "text", format: meta.format ?? "text", ...meta },
  });
  doc.contentHash = createHash("sha256").update(text).digest("hex");
  runStages(doc, ctx ?? defaultStageContext(), ANALYSIS_STAGES);
  return doc;
}
