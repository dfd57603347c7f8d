/**
 * The ordered list of stages and the runner that takes one Doc through them. Each stage
 * declares what it requires and assigns; the runner checks the order once, at load.
 */

import { findActors } from "./actors/index.js";
import { type Doc, FatalDocError, type Layer, type Stage, type StageContext } from "./doc.js";
import { codeEvents } from "./events/index.js";
import { clean } from "./ingest/clean.js";
import { segment } from "./ingest/segment.js";
import { tagTokens } from "./nlp/index.js";
import { dateSentences } from "./time/index.js";

/** Everything after reading: the full analysis of a document. */
export const ANALYSIS_STAGES: readonly Stage[] = [
  clean,
  segment,
  tagTokens,
  dateSentences,
  findActors,
  codeEvents,
];

/** Reading, cleaning and sentence splitting only: what full-text search needs. */
export const FOUNDATION_STAGES: readonly Stage[] = [clean, segment];

/** Throws when a stage requires a layer that no earlier stage assigns: a programming error. */
export function checkStageOrder(stages: readonly Stage[]): void {
  const available = new Set<Layer>(["text"]);
  for (const stage of stages) {
    const missing = stage.meta.requires.filter((layer) => !available.has(layer));
    if (missing.length > 0) {
      throw new Error(
        `stage ${stage.meta.name} requires ${missing.join(", ")}, which no earlier stage assigns`,
      );
    }
    for (const layer of stage.meta.assigns) available.add(layer);
  }
}

export interface StageTimings {
  [stage: string]: number;
}

/**
 * Runs the stages in order. A fatal message or an unexpected exception fails this document
 * alone (as a FatalDocError); the caller records it and goes on with the next one.
 * `timings`, when given, accumulates milliseconds per stage (for the benchmark).
 */
export function runStages(
  doc: Doc,
  ctx: StageContext,
  stages: readonly Stage[],
  timings?: StageTimings,
): Doc {
  for (const stage of stages) {
    const started = timings ? performance.now() : 0;
    try {
      stage(doc, ctx);
    } catch (error) {
      if (error instanceof FatalDocError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      doc.fatal(stage.meta.name, "ENTENTE_STAGE_FAILED", `stage ${stage.meta.name} failed: ${reason}`);
    }
    if (timings) timings[stage.meta.name] = (timings[stage.meta.name] ?? 0) + performance.now() - started;
  }
  return doc;
}

checkStageOrder(ANALYSIS_STAGES);
checkStageOrder(FOUNDATION_STAGES);
