/**
 * Event scorer for the `*.events.jsonl` gold format (GUIDELINE.md, "Scoring"): a predicted
 * event matches a gold event when it comes from the same document, its evidence (trigger,
 * else sentence) overlaps the located gold quote, and its primary category is the gold
 * category. Matching is one-to-one and greedy, best pairs first.
 */
import type { CodedEvent, Span } from "../doc.js";
import type { GoldActor, GoldEvent } from "./gold.js";
import { locateAll, overlapLength, overlapsAny } from "./locate.js";
import { type PrecisionRecall, precisionRecall, type Ratio, sameSet, Tally } from "./metrics.js";
import { describeEvent, type ScoredDoc, sentenceIndexOf, sentenceTextAt } from "./scored-doc.js";

export interface EventMatch {
  gold: GoldEvent;
  event: CodedEvent;
  /** True when the trigger itself overlaps the quote, not only its sentence. */
  byTrigger: boolean;
}

export interface EventMiss {
  doc: string;
  category: string;
  gold: string;
  sentence: string;
  /** What we produced around the quote (any category). */
  ours: string[];
}

export interface EventFalsePositive {
  doc: string;
  category: string;
  ours: string;
  sentence: string;
  /** Gold events whose quote lies in this event's sentence. */
  gold: string[];
}

export interface AttributeMiss {
  doc: string;
  field: "actor" | "recipient" | "factuality";
  category: string;
  gold: string;
  ours: string;
  sentence: string;
}

export interface EventsScore extends PrecisionRecall {
  /** Matches whose trigger overlaps the quote (the rest overlap only through their sentence). */
  matchedByTrigger: number;
  perCategory: Record<string, PrecisionRecall>;
  actorCode: Ratio;
  recipientCode: Ratio;
  actorSector: Ratio;
  recipientSector: Ratio;
  factuality: Ratio;
  /** Over recommended/hypothetical gold events: share we show as an asserted event (lower is better). */
  recommendedOrHypotheticalAsAsserted: Ratio;
  /** Gold ids whose quote could not be found in the stored text (they count as misses). */
  unlocatedQuotes: string[];
  /** Gold documents the pipeline produced nothing for (missing or failed). */
  docsWithoutOutput: string[];
  falseNegatives: EventMiss[];
  falsePositives: EventFalsePositive[];
  attributeMisses: AttributeMiss[];
}

export interface EventsResult {
  score: EventsScore;
  matches: EventMatch[];
  /** Located quote spans per gold id ([] when not found). */
  located: Map<string, Span[]>;
}

type Overlap = "trigger" | "sentence" | null;

function overlapKind(doc: ScoredDoc, event: CodedEvent, quote: readonly Span[]): Overlap {
  if (overlapsAny(event.trigger, quote)) return "trigger";
  const sentence = doc.sentences[event.sentence];
  return sentence && overlapsAny(sentence, quote) ? "sentence" : null;
}

function describeGold(gold: GoldEvent): string {
  const side = (actors: GoldActor[]) =>
    actors.map((a) => [a.code ?? "?", a.sector].filter(Boolean).join(" ")).join("+") || "-";
  const date = gold.date?.start ? ` ${gold.date.start}` : "";
  return `${gold.event} ${side(gold.actor)} -> ${side(gold.recipient)} [${gold.factuality}]${date} «${gold.quote}»`;
}

interface Candidate {
  gold: GoldEvent;
  event: CodedEvent;
  byTrigger: boolean;
  overlap: number;
}

/** Best pairs first: trigger overlap beats sentence overlap, then larger overlap, then confidence. */
function greedyMatch(candidates: Candidate[]): EventMatch[] {
  candidates.sort(
    (a, b) =>
      Number(b.byTrigger) - Number(a.byTrigger) ||
      b.overlap - a.overlap ||
      b.event.confidence - a.event.confidence,
  );
  const usedGold = new Set<GoldEvent>();
  const usedEvents = new Set<CodedEvent>();
  const matches: EventMatch[] = [];
  for (const candidate of candidates) {
    if (usedGold.has(candidate.gold) || usedEvents.has(candidate.event)) continue;
    usedGold.add(candidate.gold);
    usedEvents.add(candidate.event);
    matches.push({ gold: candidate.gold, event: candidate.event, byTrigger: candidate.byTrigger });
  }
  return matches;
}

export function scoreEvents(goldEvents: readonly GoldEvent[], docs: readonly ScoredDoc[]): EventsResult {
  const byKey = new Map(docs.map((doc) => [doc.key, doc]));
  const goldDocs = new Set(goldEvents.map((gold) => gold.doc));
  const located = new Map<string, Span[]>();
  const candidates: Candidate[] = [];

  for (const gold of goldEvents) {
    const doc = byKey.get(gold.doc);
    const spans = doc ? locateAll(doc.text, gold.quote) : [];
    located.set(gold.id, spans);
    if (!doc) continue;
    for (const event of doc.events) {
      if (event.event[0] !== gold.event) continue;
      const kind = overlapKind(doc, event, spans);
      if (kind === null) continue;
      const target = kind === "trigger" ? event.trigger : (doc.sentences[event.sentence] as Span);
      const overlap = Math.max(...spans.map((span) => overlapLength(span, target)));
      candidates.push({ gold, event, byTrigger: kind === "trigger", overlap });
    }
  }
  const matches = greedyMatch(candidates);
  const predictedDocs = [...goldDocs].flatMap((key) => (byKey.has(key) ? [byKey.get(key) as ScoredDoc] : []));
  const predicted = predictedDocs.flatMap((doc) => doc.events.map((event) => ({ doc, event })));

  const categories = new Set([
    ...goldEvents.map((g) => g.event),
    ...predicted.map((p) => p.event.event[0] ?? ""),
  ]);
  const perCategory: Record<string, PrecisionRecall> = {};
  for (const category of [...categories].sort()) {
    perCategory[category] = precisionRecall(
      goldEvents.filter((g) => g.event === category).length,
      predicted.filter((p) => p.event.event[0] === category).length,
      matches.filter((m) => m.gold.event === category).length,
    );
  }

  const attributes = scoreMatchedAttributes(matches, byKey);
  const matchedGold = new Set(matches.map((m) => m.gold));
  const matchedEvents = new Set(matches.map((m) => m.event));
  const score: EventsScore = {
    ...precisionRecall(goldEvents.length, predicted.length, matches.length),
    matchedByTrigger: matches.filter((m) => m.byTrigger).length,
    perCategory,
    ...attributes.ratios,
    recommendedOrHypotheticalAsAsserted: scoreShownAsAsserted(goldEvents, byKey, located),
    unlocatedQuotes: goldEvents
      .filter((g) => byKey.has(g.doc) && located.get(g.id)?.length === 0)
      .map((g) => g.id),
    docsWithoutOutput: [...goldDocs].filter((key) => !byKey.has(key)).sort(),
    falseNegatives: goldEvents
      .filter((gold) => !matchedGold.has(gold))
      .map((gold) => describeMiss(gold, byKey.get(gold.doc), located.get(gold.id) ?? [])),
    falsePositives: predicted
      .filter((p) => !matchedEvents.has(p.event))
      .map((p) => describeFalsePositive(p.doc, p.event, goldEvents, located)),
    attributeMisses: attributes.misses,
  };
  return { score, matches, located };
}

function scoreMatchedAttributes(matches: readonly EventMatch[], byKey: Map<string, ScoredDoc>) {
  const tallies = {
    actorCode: new Tally(),
    recipientCode: new Tally(),
    actorSector: new Tally(),
    recipientSector: new Tally(),
    factuality: new Tally(),
  };
  const misses: AttributeMiss[] = [];
  for (const { gold, event } of matches) {
    const doc = byKey.get(gold.doc) as ScoredDoc;
    const sentence = sentenceTextAt(doc, event.sentence);
    const actorOk = sameSet(
      gold.actor.map((a) => a.code),
      event.actor.map((a) => a.code),
    );
    const recipientOk = sameSet(
      gold.recipient.map((a) => a.code),
      event.recipient.map((a) => a.code),
    );
    tallies.actorCode.add(actorOk);
    tallies.recipientCode.add(recipientOk);
    tallies.actorSector.add(
      sameSet(
        gold.actor.map((a) => a.sector ?? null),
        event.actor.map((a) => a.sector),
      ),
    );
    tallies.recipientSector.add(
      sameSet(
        gold.recipient.map((a) => a.sector ?? null),
        event.recipient.map((a) => a.sector),
      ),
    );
    tallies.factuality.add(gold.factuality === event.factuality);
    const base = {
      doc: gold.doc,
      category: gold.event,
      gold: describeGold(gold),
      ours: describeEvent(event),
      sentence,
    };
    if (!actorOk) misses.push({ ...base, field: "actor" });
    if (!recipientOk) misses.push({ ...base, field: "recipient" });
    if (gold.factuality !== event.factuality) misses.push({ ...base, field: "factuality" });
  }
  const ratios = {
    actorCode: tallies.actorCode.ratio(),
    recipientCode: tallies.recipientCode.ratio(),
    actorSector: tallies.actorSector.ratio(),
    recipientSector: tallies.recipientSector.ratio(),
    factuality: tallies.factuality.ratio(),
  };
  return { ratios, misses };
}

/**
 * Over located gold events marked recommended or hypothetical: the share for which we output
 * an asserted event (any category) at the quote. Events whose trigger lies in the quote are
 * judged first; only when there are none do events of the quote's sentence count.
 */
function scoreShownAsAsserted(
  goldEvents: readonly GoldEvent[],
  byKey: Map<string, ScoredDoc>,
  located: Map<string, Span[]>,
): Ratio {
  const tally = new Tally();
  for (const gold of goldEvents) {
    if (gold.factuality !== "recommended" && gold.factuality !== "hypothetical") continue;
    const doc = byKey.get(gold.doc);
    const spans = located.get(gold.id) ?? [];
    if (!doc || spans.length === 0) continue;
    const byTrigger = doc.events.filter((event) => overlapKind(doc, event, spans) === "trigger");
    const around =
      byTrigger.length > 0 ? byTrigger : doc.events.filter((e) => overlapKind(doc, e, spans) !== null);
    tally.add(around.some((event) => event.factuality === "asserted"));
  }
  return tally.ratio();
}

function describeMiss(gold: GoldEvent, doc: ScoredDoc | undefined, spans: readonly Span[]): EventMiss {
  const base = { doc: gold.doc, category: gold.event, gold: describeGold(gold) };
  if (!doc) return { ...base, sentence: "(document not coded)", ours: [] };
  if (spans.length === 0) return { ...base, sentence: "(quote not found in the stored text)", ours: [] };
  const index = sentenceIndexOf(doc, spans[0] as Span);
  const ours = doc.events.filter((event) => overlapKind(doc, event, spans) !== null).map(describeEvent);
  return { ...base, sentence: index >= 0 ? sentenceTextAt(doc, index) : gold.quote, ours };
}

function describeFalsePositive(
  doc: ScoredDoc,
  event: CodedEvent,
  goldEvents: readonly GoldEvent[],
  located: Map<string, Span[]>,
): EventFalsePositive {
  const sentence = doc.sentences[event.sentence];
  const gold = goldEvents
    .filter((g) => g.doc === doc.key && sentence && overlapsAny(sentence, located.get(g.id) ?? []))
    .map(describeGold);
  return {
    doc: doc.key,
    category: event.event[0] ?? "?",
    ours: describeEvent(event),
    sentence: sentenceTextAt(doc, event.sentence),
    gold,
  };
}
