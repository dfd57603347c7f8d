/**
 * The evaluation report: every score, plus a flat map of named figures ("events.f1") that
 * the thresholds in eval.config.json refer to.
 */
import type { GoldFiles } from "./run-eval.js";
import type { DatesScore } from "./score-dates.js";
import type { EntitiesScore } from "./score-entities.js";
import type { EventsScore } from "./score-events.js";
import type { GsrScore } from "./score-gsr.js";
import type { QuantitiesScore } from "./score-quantities.js";

export const EVAL_SECTIONS = ["events", "dates", "entities", "quantities", "gsr"] as const;
export type EvalSection = (typeof EVAL_SECTIONS)[number];

export interface EvalReport {
  generatedAt: string;
  goldDir: string;
  corpusDir: string;
  durationMs: number;
  files: GoldFiles;
  corpus: { documents: number; sentences: number; failed: { source: string; reason: string }[] };
  events?: EventsScore;
  dates?: DatesScore;
  entities?: EntitiesScore;
  quantities?: QuantitiesScore;
  gsr?: GsrScore;
  figures: Record<string, number | null>;
}

export function collectFigures(report: EvalReport): Record<string, number | null> {
  const figures: Record<string, number | null> = {};
  const { events, dates, entities, quantities, gsr } = report;
  if (events) {
    figures["events.precision"] = events.precision;
    figures["events.recall"] = events.recall;
    figures["events.f1"] = events.f1;
    figures["events.actorCode"] = events.actorCode.value;
    figures["events.recipientCode"] = events.recipientCode.value;
    figures["events.actorSector"] = events.actorSector.value;
    figures["events.recipientSector"] = events.recipientSector.value;
    figures["events.factuality"] = events.factuality.value;
    figures["events.recommendedOrHypotheticalAsAsserted"] = events.recommendedOrHypotheticalAsAsserted.value;
  }
  if (dates) {
    figures["dates.onMatched"] = dates.onMatched.value;
    figures["dates.onAll"] = dates.onAll.value;
  }
  if (entities) {
    figures["entities.recall"] = entities.recall.value;
    figures["entities.canonical"] = entities.canonical.value;
    for (const [type, score] of Object.entries(entities.perType)) {
      figures[`entities.recall.${type}`] = score.recall.value;
      figures[`entities.canonical.${type}`] = score.canonical.value;
    }
  }
  if (quantities) {
    figures["quantities.recall"] = quantities.recall.value;
    figures["quantities.subject"] = quantities.subject.value;
  }
  if (gsr) {
    figures["gsr.category"] = gsr.category.value;
    figures["gsr.actorCode"] = gsr.actorCode.value;
    figures["gsr.recipientCode"] = gsr.recipientCode.value;
    figures["gsr.spanCoverage"] = gsr.spanCoverage.value;
    figures["gsr.spanCode"] = gsr.spanCode.value;
  }
  return figures;
}
