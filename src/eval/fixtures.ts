/**
 * Builders for hand-made scorer cases: a document from our own sentences, and coded
 * events or mentions pointing at words in it. Used by the eval tests only.
 */
import type { CodedEvent, Factuality, Granularity, SentenceDate } from "../doc.js";
import type { GoldEvent } from "./gold.js";
import type { ScoredDoc } from "./scored-doc.js";

export function makeDoc(key: string, sentences: string[]): ScoredDoc {
  let text = "";
  const spans = sentences.map((sentence) => {
    if (text.length > 0) text += " ";
    const start = text.length;
    text += sentence;
    return { start, end: text.length };
  });
  return { key, text, sentences: spans, mentions: [], sentenceDates: [], events: [] };
}

export interface EventSpec {
  category: string;
  /** A word or phrase of the document: the trigger (first occurrence). */
  trigger: string;
  actor?: string[];
  recipient?: string[];
  sector?: string | null;
  factuality?: Factuality;
  confidence?: number;
  date?: string | null;
  datePrecision?: Granularity | null;
}

export function makeEvent(doc: ScoredDoc, spec: EventSpec): CodedEvent {
  const start = doc.text.indexOf(spec.trigger);
  if (start < 0) throw new Error(`trigger «${spec.trigger}» is not in the fixture`);
  const end = start + spec.trigger.length;
  const sentence = doc.sentences.findIndex((s) => s.start <= start && start < s.end);
  const participant = (code: string) => ({
    entityId: null,
    code,
    sector: spec.sector ?? null,
    name: code,
    span: null,
  });
  return {
    id: `${doc.key}-e${start}`,
    sentence,
    event: [spec.category],
    mode: [],
    context: [],
    actor: (spec.actor ?? []).map(participant),
    recipient: (spec.recipient ?? []).map(participant),
    date: spec.date ?? null,
    enddate: null,
    datePrecision: spec.datePrecision ?? null,
    dateReported: false,
    factuality: spec.factuality ?? "asserted",
    factualityCue: null,
    attribution: null,
    intensity: 0,
    quadCode: 1,
    confidence: spec.confidence ?? 0.5,
    trigger: { start, end, text: spec.trigger },
    pattern: "fixture",
  };
}

export function withEvents(doc: ScoredDoc, specs: EventSpec[]): ScoredDoc {
  return { ...doc, events: specs.map((spec) => makeEvent(doc, spec)) };
}

export function withSentenceDates(doc: ScoredDoc, dates: (string | null)[]): ScoredDoc {
  const sentenceDates: SentenceDate[] = dates.map((start, sentence) => ({
    sentence,
    value: start
      ? {
          start,
          end: null,
          granularity: start.length === 4 ? "year" : start.length === 7 ? "month" : "day",
          qualifier: null,
        }
      : null,
    source: "expression",
    expression: null,
  }));
  return { ...doc, sentenceDates };
}

let goldCounter = 0;

export function makeGold(spec: Partial<GoldEvent> & Pick<GoldEvent, "doc" | "quote" | "event">): GoldEvent {
  goldCounter++;
  return {
    id: spec.id ?? `gold-${goldCounter}`,
    mode: null,
    context: [],
    actor: [],
    recipient: [],
    date: null,
    factuality: "asserted",
    attribution: null,
    ...spec,
  };
}
