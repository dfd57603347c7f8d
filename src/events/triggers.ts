/**
 * Trigger matching: each token's lemma and norm are looked up in the pattern index; a
 * pattern fires when its POS fits, all its companions are near and none of its vetoes is.
 * Overlaps resolve to the most specific pattern, whose companions (and the words between)
 * are consumed so that "signed a cooperation agreement" is one event, not three.
 */
import type { Token } from "../doc.js";
import { wordMatches } from "./cues.js";
import type { Companion, EventPattern, PatternIndex } from "./patterns.js";
import type { SentenceView } from "./sentence-view.js";

export interface TriggerMatch {
  pattern: EventPattern;
  head: number;
  /** First and last token of the trigger with its companions. */
  first: number;
  last: number;
}

function findCompanion(tokens: readonly Token[], head: number, companion: Companion): number {
  const [from, to, step] =
    companion.after !== undefined
      ? [head + 1, head + companion.after, 1]
      : [head - 1, head - (companion.before ?? 0), -1];
  for (let k = from; step > 0 ? k <= to : k >= to; k += step) {
    const token = tokens[k];
    if (!token || token.norm === ";" || token.norm === ".") break;
    if (companion.words.some((w) => wordMatches(token, w))) return k;
  }
  return -1;
}

/** Suffixes no English adjective ends in: a token with one tagged ADJ ("a spectacular revitalization") is a noun. */
const NOMINAL_SUFFIX = /(tion|sion|ment|ance|ence|ity|ship)s?$/;

/** wink tags some capitalised nouns ("Discussions were ...") as PROPN and some nominalisations
 * as ADJ: outside mentions they count as nouns. */
function posFits(pattern: EventPattern, token: Token): boolean {
  if (!pattern.pos) return true;
  if (pattern.pos.includes(token.pos)) return true;
  if (!pattern.pos.includes("NOUN")) return false;
  return token.pos === "PROPN" || (token.pos === "ADJ" && NOMINAL_SUFFIX.test(token.norm));
}

function match(view: SentenceView, head: number, pattern: EventPattern): TriggerMatch | null {
  const tokens = view.tokens;
  if (!posFits(pattern, tokens[head])) return null;
  let first = head;
  let last = head;
  for (const companion of pattern.with) {
    const at = findCompanion(tokens, head, companion);
    if (at < 0) return null;
    first = Math.min(first, at);
    last = Math.max(last, at);
  }
  for (const veto of pattern.unless) if (findCompanion(tokens, head, veto) >= 0) return null;
  return { pattern, head, first, last };
}

/** Stems of an "-ing" form the tagger left unlemmatised ("expelling" → expel, "closing" → close). */
function ingStems(norm: string): string[] {
  const stem = norm.slice(0, -3);
  const stems = [stem, `${stem}e`];
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) stems.push(stem.slice(0, -1));
  return stems;
}

/** Base forms of a hyphenated "re-" verb the tagger left whole ("re-established" → establish,
 * "re-imposes" → impose, "re-opening" → open): the repeated act is the act. */
function reStems(norm: string): string[] {
  const rest = norm.slice(3);
  if (rest.endsWith("ing")) return ingStems(rest);
  const stems = [rest];
  if (rest.endsWith("ed")) stems.push(rest.slice(0, -2), rest.slice(0, -1));
  else if (rest.endsWith("es")) stems.push(rest.slice(0, -2), rest.slice(0, -1));
  else if (rest.endsWith("s")) stems.push(rest.slice(0, -1));
  return stems;
}

function candidatesFor(index: PatternIndex, token: Token): EventPattern[] {
  if (token.lemma === token.norm && token.norm.startsWith("re-") && !index.byWord.has(token.norm)) {
    for (const stem of reStems(token.norm)) {
      const found = index.byWord.get(stem);
      if (found) return found;
    }
  }
  if (token.lemma === token.norm && token.norm.endsWith("ing") && !index.byWord.has(token.norm)) {
    for (const stem of ingStems(token.norm)) {
      const found = index.byWord.get(stem);
      if (found) return found;
    }
  }
  const byLemma = index.byWord.get(token.lemma);
  if (token.norm === token.lemma) return byLemma ?? [];
  const byNorm = index.byWord.get(token.norm);
  if (!byNorm) return byLemma ?? [];
  if (!byLemma) return byNorm;
  return [...new Set([...byNorm, ...byLemma])].sort((a, b) => b.with.length - a.with.length);
}

const ATTRIBUTIVE_CONTEXT = new Set(["DET", "ADP", "ADJ"]);

/** "Ousted President X", "the occupied West Bank": an -ed form between a determiner (or the
 * sentence start) and the noun it modifies. */
function isAttributiveParticiple(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (token.pos !== "VERB" || token.norm === token.lemma || !token.norm.endsWith("ed")) return false;
  const next = tokens[k + 1];
  if (!next || (next.pos !== "NOUN" && next.pos !== "PROPN" && next.pos !== "ADJ")) return false;
  const before = tokens[k - 1];
  return !before || ATTRIBUTIVE_CONTEXT.has(before.pos);
}

const capitalised = (token: Token | undefined) =>
  token !== undefined && /^\p{Lu}/u.test(token.text) && token.pos !== "PUNCT";

/** "the Centre for Eurasian-African Dialogue": a capitalised word after another inside a
 * sentence is part of a name, not an event. */
function continuesName(tokens: readonly Token[], k: number): boolean {
  return k > 1 && capitalised(tokens[k]) && capitalised(tokens[k - 1]);
}

/** Cheap pre-check: does any token of the range have a head-word entry? */
export function mayHoldTrigger(
  tokens: readonly Token[],
  range: readonly [number, number],
  index: PatternIndex,
): boolean {
  for (let k = range[0]; k < range[1]; k++) {
    const token = tokens[k];
    if (
      index.byWord.has(token.lemma) ||
      index.byWord.has(token.norm) ||
      token.norm.endsWith("ing") ||
      token.norm.startsWith("re-")
    )
      return true;
  }
  return false;
}

export function findTriggers(view: SentenceView, index: PatternIndex): TriggerMatch[] {
  const matches: TriggerMatch[] = [];
  const tokens = view.tokens;
  for (let k = 0; k < tokens.length; k++) {
    // Inside a mention, the second half of a hyphenated modifier ("Russian-backed") or a
    // participle used as an adjective ("the ousted president"): no trigger.
    if (view.mentionAt[k] >= 0 || (tokens[k - 1]?.norm === "-" && tokens[k - 1].end === tokens[k].start))
      continue;
    if (isAttributiveParticiple(tokens, k) || continuesName(tokens, k)) continue;
    for (const pattern of candidatesFor(index, tokens[k])) {
      const found = match(view, k, pattern);
      if (found) {
        matches.push(found);
        break;
      }
    }
  }
  // Most specific first: more companions, then a wider span; each keeps its whole span.
  const ranked = [...matches].sort(
    (a, b) => b.pattern.with.length - a.pattern.with.length || b.last - b.first - (a.last - a.first),
  );
  const consumed = new Uint8Array(tokens.length);
  const kept: TriggerMatch[] = [];
  for (const m of ranked) {
    if (consumed[m.head]) continue;
    kept.push(m);
    for (let k = m.first; k <= m.last; k++) consumed[k] = 1;
  }
  return kept.sort((a, b) => a.head - b.head);
}
