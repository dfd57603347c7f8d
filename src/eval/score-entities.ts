/**
 * Entity scorer for the `*.entities.jsonl` gold format. The unit is one gold surface form in
 * one document, found as a whole word ("Mali" does not occur in "Malian"). Recall: the form, where it occurs in the stored text, is covered by a
 * predicted mention overlapping one of its occurrences. Canonical accuracy (over covered
 * forms): the covering mention's code equals gold's, and its sector too where gold has one.
 */
import type { Span } from "../doc.js";
import type { GoldEntity } from "./gold.js";
import { locateWords, overlapLength } from "./locate.js";
import { type Ratio, Tally } from "./metrics.js";
import type { ScoredDoc } from "./scored-doc.js";

export interface EntityMiss {
  doc: string;
  type: string;
  form: string;
  gold: string;
  /** null when no mention covers the form; else what the covering mention says. */
  ours: string | null;
  context: string;
}

export interface EntitiesScore {
  recall: Ratio;
  canonical: Ratio;
  perType: Record<string, { recall: Ratio; canonical: Ratio }>;
  /** Gold forms that do not occur in the stored text (left out of every figure). */
  unlocatedForms: number;
  misses: EntityMiss[];
}

type ScoredMention = ScoredDoc["mentions"][number];

/** The mention overlapping an occurrence the most, trying occurrences in text order. */
function coveringMention(
  doc: ScoredDoc,
  occurrences: readonly Span[],
): { mention: ScoredMention; at: Span } | null {
  for (const at of occurrences) {
    let best: ScoredMention | null = null;
    let bestOverlap = 0;
    for (const mention of doc.mentions) {
      const overlap = overlapLength(mention, at);
      if (overlap > bestOverlap) {
        best = mention;
        bestOverlap = overlap;
      }
    }
    if (best) return { mention: best, at };
  }
  return null;
}

function context(doc: ScoredDoc, span: Span): string {
  const from = Math.max(0, span.start - 60);
  const to = Math.min(doc.text.length, span.end + 60);
  return `${from > 0 ? "…" : ""}${doc.text.slice(from, to).replace(/\s+/g, " ")}${to < doc.text.length ? "…" : ""}`;
}

export function scoreEntities(
  goldEntities: readonly GoldEntity[],
  docs: readonly ScoredDoc[],
): EntitiesScore {
  const byKey = new Map(docs.map((doc) => [doc.key, doc]));
  const recall = new Tally();
  const canonical = new Tally();
  const perType = new Map<string, { recall: Tally; canonical: Tally }>();
  const misses: EntityMiss[] = [];
  let unlocatedForms = 0;
  for (const entity of goldEntities) {
    const doc = byKey.get(entity.doc);
    const typeTallies = perType.get(entity.type) ?? { recall: new Tally(), canonical: new Tally() };
    perType.set(entity.type, typeTallies);
    const goldLabel = `${entity.name} (${[entity.code ?? "-", entity.sector].filter(Boolean).join(" ")})`;
    for (const form of new Set(entity.mentions)) {
      const occurrences = doc ? locateWords(doc.text, form) : [];
      if (doc && occurrences.length === 0) {
        unlocatedForms++;
        continue;
      }
      const covering = doc ? coveringMention(doc, occurrences) : null;
      recall.add(covering !== null);
      typeTallies.recall.add(covering !== null);
      const where = occurrences[0];
      if (!covering) {
        misses.push({
          doc: entity.doc,
          type: entity.type,
          form,
          gold: goldLabel,
          ours: null,
          context: doc && where ? context(doc, where) : "(document not coded)",
        });
        continue;
      }
      const { mention, at } = covering;
      const ok = mention.code === entity.code && (!entity.sector || mention.sector === entity.sector);
      canonical.add(ok);
      typeTallies.canonical.add(ok);
      if (!ok && doc) {
        const ours = `«${mention.text}» ${[mention.code ?? "unresolved", mention.sector].filter(Boolean).join(" ")}`;
        misses.push({
          doc: entity.doc,
          type: entity.type,
          form,
          gold: goldLabel,
          ours,
          context: context(doc, at),
        });
      }
    }
  }
  const types: EntitiesScore["perType"] = {};
  for (const [type, tallies] of [...perType].sort(([a], [b]) => a.localeCompare(b))) {
    types[type] = { recall: tallies.recall.ratio(), canonical: tallies.canonical.ratio() };
  }
  return { recall: recall.ratio(), canonical: canonical.ratio(), perType: types, unlocatedForms, misses };
}
