/**
 * Runs the real pipeline on the corpus and on the GSR sentences, then every scorer whose
 * gold file is present. Nothing is cached: each run codes the documents afresh.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyzeInputs, analyzeText } from "../analyze.js";
import { defaultStageContext } from "../context.js";
import type { StageContext } from "../doc.js";
import { EntenteError } from "../errors.js";
import {
  type GoldEntity,
  type GoldEvent,
  type GoldQuantity,
  type GsrRecord,
  goldEntitySchema,
  goldEventSchema,
  goldQuantitySchema,
  gsrRecordSchema,
  readGoldFile,
} from "./gold.js";
import { collectFigures, type EvalReport, type EvalSection } from "./report.js";
import { scoreDates } from "./score-dates.js";
import { scoreEntities } from "./score-entities.js";
import { scoreEvents } from "./score-events.js";
import { scoreGsr } from "./score-gsr.js";
import { scoreQuantities } from "./score-quantities.js";
import { type ScoredDoc, toScoredDoc } from "./scored-doc.js";

export interface EvalOptions {
  goldDir: string;
  corpusDir: string;
  /** Sections to compute; all when empty. */
  only?: EvalSection[];
  ctx?: StageContext;
  /** Progress lines for stderr. */
  log?: (line: string) => void;
}

/** Gold files by kind, recognised by name: `*.events.jsonl`, `*.entities.jsonl`, `*.quantities.jsonl`, `*gsr*.jsonl`. */
export interface GoldFiles {
  events: string[];
  entities: string[];
  quantities: string[];
  gsr: string[];
}

export function findGoldFiles(goldDir: string): GoldFiles {
  const names = readdirSync(goldDir)
    .filter((name) => name.endsWith(".jsonl"))
    .sort();
  const pick = (test: (name: string) => boolean) => names.filter(test).map((name) => join(goldDir, name));
  return {
    events: pick((n) => n.endsWith(".events.jsonl")),
    entities: pick((n) => n.endsWith(".entities.jsonl")),
    quantities: pick((n) => n.endsWith(".quantities.jsonl")),
    gsr: pick((n) => /gsr/i.test(n)),
  };
}

async function codeCorpus(corpusDir: string, ctx: StageContext, report: EvalReport): Promise<ScoredDoc[]> {
  if (!existsSync(corpusDir)) {
    throw new EntenteError("ENTENTE_USAGE", `corpus folder ${corpusDir} does not exist (use --corpus <dir>)`);
  }
  const docs: ScoredDoc[] = [];
  for await (const outcome of analyzeInputs([corpusDir], { ctx })) {
    if (outcome.ok) docs.push(toScoredDoc(outcome.doc));
    else report.corpus.failed.push({ source: outcome.source, reason: outcome.reason });
  }
  report.corpus.documents = docs.length;
  report.corpus.sentences = docs.reduce((sum, doc) => sum + doc.sentences.length, 0);
  return docs;
}

function codeSentences(records: readonly GsrRecord[], ctx: StageContext): ScoredDoc[] {
  return records.map((record) =>
    toScoredDoc(analyzeText(record.text, { key: record.id, source: record.id }, ctx)),
  );
}

export async function runEvaluation(options: EvalOptions): Promise<EvalReport> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const wants = (section: EvalSection) => !options.only?.length || options.only.includes(section);
  const files = findGoldFiles(options.goldDir);
  const ctx = options.ctx ?? defaultStageContext();
  const report: EvalReport = {
    generatedAt: new Date().toISOString(),
    goldDir: options.goldDir,
    corpusDir: options.corpusDir,
    durationMs: 0,
    files,
    corpus: { documents: 0, sentences: 0, failed: [] },
    figures: {},
  };

  const needsEvents = (wants("events") || wants("dates")) && files.events.length > 0;
  const needsEntities = wants("entities") && files.entities.length > 0;
  const needsQuantities = wants("quantities") && files.quantities.length > 0;
  if (needsEvents || needsEntities || needsQuantities) {
    log(`coding the corpus in ${options.corpusDir}`);
    const docs = await codeCorpus(options.corpusDir, ctx, report);
    if (needsEvents) {
      const gold = files.events.flatMap((file) => readGoldFile<GoldEvent>(file, goldEventSchema));
      const events = scoreEvents(gold, docs);
      if (wants("events")) report.events = events.score;
      if (wants("dates")) report.dates = scoreDates(gold, docs, events);
    }
    if (needsEntities) {
      const gold = files.entities.flatMap((file) => readGoldFile<GoldEntity>(file, goldEntitySchema));
      report.entities = scoreEntities(gold, docs);
    }
    if (needsQuantities) {
      const gold = files.quantities.flatMap((file) => readGoldFile<GoldQuantity>(file, goldQuantitySchema));
      // The pipeline has no quantity layer yet: score an empty prediction set and say so.
      report.quantities = scoreQuantities(gold, docs, [], false);
    }
  }
  if (wants("gsr") && files.gsr.length > 0) {
    const records = files.gsr.flatMap((file) => readGoldFile<GsrRecord>(file, gsrRecordSchema));
    log(`coding ${records.length} gold-standard sentences`);
    report.gsr = scoreGsr(records, codeSentences(records, ctx));
  }
  report.figures = collectFigures(report);
  report.durationMs = Math.round(performance.now() - started);
  return report;
}
