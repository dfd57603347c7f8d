/**
 * Quantity scorer for the `*.quantities.jsonl` gold format. A predicted quantity matches a
 * gold one when it lies in the located quote and its value and unit are equal; the subject
 * matches when it shares a content word with the gold subject (gold subjects are long
 * paraphrases, so stricter text equality would measure wording, not extraction).
 */
import type { Span } from "../doc.js";
import type { GoldQuantity } from "./gold.js";
import { locateAll, overlapsAny } from "./locate.js";
import { type Ratio, ratio, Tally } from "./metrics.js";
import type { ScoredDoc } from "./scored-doc.js";

export interface PredictedQuantity extends Span {
  doc: string;
  value: number;
  unit: string;
  subject: string | null;
}

export interface QuantitiesScore {
  /** False while the pipeline has no quantity layer: every figure is then 0 by construction. */
  implemented: boolean;
  gold: number;
  predicted: number;
  /** Value and unit equal, inside the quote. */
  recall: Ratio;
  /** Over gold quantities found with the right value and unit: the subject matches too. */
  subject: Ratio;
  misses: { doc: string; gold: string; ours: string | null }[];
}

const STOPWORDS = new Set([
  "the",
  "and",
  "for",
  "from",
  "with",
  "into",
  "over",
  "under",
  "about",
  "its",
  "their",
]);

function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 3 && !STOPWORDS.has(word)),
  );
}

function sameUnit(a: string, b: string): boolean {
  const fold = (unit: string) => unit.trim().toLowerCase().replace(/s$/, "");
  return fold(a) === fold(b);
}

function sameSubject(gold: string, ours: string | null): boolean {
  if (!ours) return false;
  const wanted = contentWords(gold);
  return [...contentWords(ours)].some((word) => wanted.has(word));
}

export function scoreQuantities(
  goldQuantities: readonly GoldQuantity[],
  docs: readonly ScoredDoc[],
  predicted: readonly PredictedQuantity[],
  implemented: boolean,
): QuantitiesScore {
  const byKey = new Map(docs.map((doc) => [doc.key, doc]));
  const used = new Set<PredictedQuantity>();
  const subject = new Tally();
  let found = 0;
  const misses: QuantitiesScore["misses"] = [];
  for (const gold of goldQuantities) {
    const doc = byKey.get(gold.doc);
    const quote = doc ? locateAll(doc.text, gold.quote) : [];
    const inQuote = predicted.filter((p) => p.doc === gold.doc && !used.has(p) && overlapsAny(p, quote));
    const hit = inQuote.find((p) => p.value === gold.value && sameUnit(p.unit, gold.unit));
    const label =
      `${gold.qualifier ?? ""} ${gold.value} ${gold.unit} — ${gold.subject} «${gold.quote}»`.trim();
    if (!hit) {
      const near = inQuote[0];
      misses.push({
        doc: gold.doc,
        gold: label,
        ours: near ? `${near.value} ${near.unit} — ${near.subject}` : null,
      });
      continue;
    }
    used.add(hit);
    found++;
    subject.add(sameSubject(gold.subject, hit.subject));
  }
  return {
    implemented,
    gold: goldQuantities.length,
    predicted: predicted.length,
    recall: ratio(found, goldQuantities.length),
    subject: subject.ratio(),
    misses,
  };
}
