/**
 * Scorer for the sentence-level PLOVER gold standard (one gold event per sentence). Each
 * sentence is coded as its own document keyed by the record id. We judge our top event
 * (asserted first, then highest confidence); no event counts as wrong on every figure.
 * Separately, each gold actor/recipient span is checked against the mention covering it.
 */
import type { CodedEvent, Span } from "../doc.js";
import type { GsrParticipant, GsrRecord } from "./gold.js";
import { locateGoldSpan, overlapLength } from "./locate.js";
import { type Ratio, sameSet, Tally } from "./metrics.js";
import { describeEvent, type ScoredDoc } from "./scored-doc.js";

export const NO_EVENT = "NONE";

export interface GsrMiss {
  id: string;
  category: string;
  text: string;
  gold: string;
  ours: string;
  /** Which figures this sentence lost. */
  wrong: ("category" | "actor" | "recipient")[];
}

export interface GsrSpanMiss {
  id: string;
  role: "actor" | "recipient";
  span: string;
  gold: string;
  ours: string;
}

export interface GsrScore {
  sentences: number;
  category: Ratio;
  perCategory: Record<string, Ratio>;
  actorCode: Ratio;
  recipientCode: Ratio;
  /** gold category -> our top category (or NONE) -> count */
  confusion: Record<string, Record<string, number>>;
  /** Gold actor/recipient spans covered by one of our mentions. */
  spanCoverage: Ratio;
  /** Gold actor/recipient spans whose covering mention has the gold code (uncovered = wrong). */
  spanCode: Ratio;
  unlocatedSpans: number;
  misses: GsrMiss[];
  spanMisses: GsrSpanMiss[];
}

/** The event we would show first for a sentence: asserted before the rest, then by confidence. */
export function topEvent(events: readonly CodedEvent[]): CodedEvent | null {
  let best: CodedEvent | null = null;
  for (const event of events) {
    if (!best) {
      best = event;
      continue;
    }
    const asserted = Number(event.factuality === "asserted") - Number(best.factuality === "asserted");
    if (asserted > 0 || (asserted === 0 && event.confidence > best.confidence)) best = event;
  }
  return best;
}

function describeRecord(record: GsrRecord): string {
  const side = (list: GsrParticipant[]) => list.map((p) => `${p.code} «${p.text}»`).join(" + ") || "-";
  return `${record.event} ${side(record.actor)} -> ${side(record.recipient)}`;
}

/**
 * The original GSR was coded before PLOVER gave the United Nations its own code: it codes the
 * UN, its organs and officials as IGO. When a gold file never uses UNO, our UNO is compared
 * as IGO; a gold file that does use UNO is compared code for code.
 */
export function codeCrosswalk(records: readonly GsrRecord[]): (code: string | null) => string | null {
  const usesUno = records.some((r) => [...r.actor, ...r.recipient].some((p) => p.code === "UNO"));
  return usesUno ? (code) => code : (code) => (code === "UNO" ? "IGO" : code);
}

export function scoreGsr(records: readonly GsrRecord[], docs: readonly ScoredDoc[]): GsrScore {
  const asGold = codeCrosswalk(records);
  const byKey = new Map(docs.map((doc) => [doc.key, doc]));
  const category = new Tally();
  const actorCode = new Tally();
  const recipientCode = new Tally();
  const perCategory = new Map<string, Tally>();
  const confusion: GsrScore["confusion"] = {};
  const misses: GsrMiss[] = [];
  const spans = { coverage: new Tally(), code: new Tally(), unlocated: 0, misses: [] as GsrSpanMiss[] };

  for (const record of records) {
    const doc = byKey.get(record.id);
    const top = doc ? topEvent(doc.events) : null;
    const ours = top?.event[0] ?? NO_EVENT;
    const categoryOk = ours === record.event;
    const codes = (list: readonly { code: string | null }[]) => list.map((p) => asGold(p.code));
    const actorOk = top !== null && sameSet(codes(record.actor), codes(top.actor));
    const recipientOk = top !== null && sameSet(codes(record.recipient), codes(top.recipient));
    category.add(categoryOk);
    actorCode.add(actorOk);
    recipientCode.add(recipientOk);
    const tally = perCategory.get(record.event) ?? new Tally();
    tally.add(categoryOk);
    perCategory.set(record.event, tally);
    confusion[record.event] ??= {};
    const row = confusion[record.event] as Record<string, number>;
    row[ours] = (row[ours] ?? 0) + 1;
    const wrong = [
      ...(categoryOk ? [] : ["category" as const]),
      ...(actorOk ? [] : ["actor" as const]),
      ...(recipientOk ? [] : ["recipient" as const]),
    ];
    if (wrong.length > 0) {
      misses.push({
        id: record.id,
        category: record.event,
        text: record.text,
        gold: describeRecord(record),
        ours: top ? describeEvent(top) : "(no event)",
        wrong,
      });
    }
    if (doc) scoreSpans(record, doc, spans, asGold);
  }

  const categories: Record<string, Ratio> = {};
  for (const [name, tally] of [...perCategory].sort(([a], [b]) => a.localeCompare(b)))
    categories[name] = tally.ratio();
  return {
    sentences: records.length,
    category: category.ratio(),
    perCategory: categories,
    actorCode: actorCode.ratio(),
    recipientCode: recipientCode.ratio(),
    confusion,
    spanCoverage: spans.coverage.ratio(),
    spanCode: spans.code.ratio(),
    unlocatedSpans: spans.unlocated,
    misses,
    spanMisses: spans.misses,
  };
}

function scoreSpans(
  record: GsrRecord,
  doc: ScoredDoc,
  spans: { coverage: Tally; code: Tally; unlocated: number; misses: GsrSpanMiss[] },
  asGold: (code: string | null) => string | null,
): void {
  const roles = [
    ...record.actor.map((p) => ({ role: "actor" as const, participant: p })),
    ...record.recipient.map((p) => ({ role: "recipient" as const, participant: p })),
  ];
  for (const { role, participant } of roles) {
    const located = locateGoldSpan(doc.text, participant.text);
    if (located.length === 0) {
      spans.unlocated++;
      continue;
    }
    // "U.S. ... negotiators" abbreviates one entity whose head may be shared by a coordination
    // ("U.S. and Russian negotiators"): the piece before the ellipsis says which one is meant.
    const mention =
      (located.length > 1 ? bestCovering(doc, located.slice(0, 1)) : null) ?? bestCovering(doc, located);
    const ok = mention !== null && asGold(mention.code) === participant.code;
    spans.coverage.add(mention !== null);
    spans.code.add(ok);
    if (!ok) {
      spans.misses.push({
        id: record.id,
        role,
        span: participant.text,
        gold: participant.code,
        ours: mention ? `«${mention.text}» ${mention.code ?? "unresolved"}` : "(no mention)",
      });
    }
  }
}

function bestCovering(doc: ScoredDoc, located: readonly Span[]): ScoredDoc["mentions"][number] | null {
  let best: ScoredDoc["mentions"][number] | null = null;
  let bestOverlap = 0;
  for (const mention of doc.mentions) {
    const overlap = Math.max(...located.map((span) => overlapLength(mention, span)));
    if (overlap > bestOverlap) {
      best = mention;
      bestOverlap = overlap;
    }
  }
  return best;
}
