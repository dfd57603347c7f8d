/**
 * What the scorers read from a coded document: a structural slice of `Doc`, so that tests
 * can hand-build one and the runner can pass real Docs unchanged.
 */
import type { CodedEvent, Doc, Granularity, Mention, SentenceDate, Span } from "../doc.js";
import { overlaps } from "./locate.js";

export interface ScoredDoc {
  key: string;
  text: string;
  sentences: readonly Span[];
  mentions: readonly Pick<Mention, "start" | "end" | "text" | "code" | "sector">[];
  sentenceDates: readonly SentenceDate[];
  events: readonly CodedEvent[];
}

export function toScoredDoc(doc: Doc): ScoredDoc {
  return {
    key: doc.meta.key,
    text: doc.text,
    sentences: doc.sentences,
    mentions: doc.mentions,
    sentenceDates: doc.sentenceDates,
    events: doc.events,
  };
}

/** Index of the first sentence overlapping `span`, or -1. */
export function sentenceIndexOf(doc: ScoredDoc, span: Span): number {
  return doc.sentences.findIndex((sentence) => overlaps(sentence, span));
}

export function sentenceTextAt(doc: ScoredDoc, index: number): string {
  const sentence = doc.sentences[index];
  return sentence ? doc.text.slice(sentence.start, sentence.end) : "";
}

const LENGTH_GRANULARITY: Record<number, Granularity> = { 4: "year", 7: "month", 10: "day" };
const GRANULARITY_RANK: Record<Granularity, number> = { decade: 0, year: 1, month: 2, day: 3 };

function granularityOf(iso: string): Granularity | null {
  return LENGTH_GRANULARITY[iso.length] ?? (iso.length > 10 ? "day" : null);
}

/**
 * True when a predicted date equals the gold `start` at the gold's granularity: "2021-05-12"
 * matches gold "2021-05", but "2021" (coarser) or a decade starting 1960 does not match "1960".
 */
export function sameDateAtGoldGranularity(
  predicted: string | null,
  predictedGranularity: Granularity | null,
  goldStart: string,
): boolean {
  if (predicted === null) return false;
  const gold = granularityOf(goldStart);
  const ours = predictedGranularity ?? granularityOf(predicted);
  if (gold === null || ours === null || GRANULARITY_RANK[ours] < GRANULARITY_RANK[gold]) return false;
  return predicted.slice(0, goldStart.length) === goldStart;
}

/** One line describing an event, for reports: "SANCTION MLI GOV -> FRA GOV [asserted] «imposed»". */
export function describeEvent(event: CodedEvent): string {
  const side = (participants: CodedEvent["actor"]) =>
    participants.map((p) => [p.code ?? "?", p.sector].filter(Boolean).join(" ")).join("+") || "-";
  const date = event.date ? ` ${event.date}${event.dateReported ? " (reported)" : ""}` : "";
  return `${event.event.join("/")} ${side(event.actor)} -> ${side(event.recipient)} [${event.factuality}]${date} «${event.trigger.text}»`;
}
