/**
 * Analysis sentences talk about an event rather than report one: "Russian support proves
 * crucial", "Cooperation with Russia has contributed to ...", "the invasion is unlikely to
 * change ...". A nominal trigger heading the clause's subject, whose predicate is neither
 * another trigger nor a verb of occurrence ("the coup occurred", "protests took place"), is
 * the topic of a statement, not news.
 */
import type { Token } from "../doc.js";
import type { SentenceView } from "./sentence-view.js";

const MODIFIERS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]);
const NOUN_PHRASE = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "CCONJ"]);
const PREDICATE_SKIP = new Set(["AUX", "ADV", "PART"]);
/** Predicates that report an event happening, so their subject is news. */
const OCCURRENCE = new Set([
  "occur",
  "happen",
  "take",
  "begin",
  "start",
  "continue",
  "resume",
  "erupt",
  "break",
  "intensify",
  "escalate",
  "follow",
  "end",
  "last",
  "kill",
  "leave",
  "target",
  "hit",
]);

/** Does the noun phrase before `head` open its clause (sentence start, or after an introductory comma)? */
function opensClause(view: SentenceView, head: number): boolean {
  let k = head - 1;
  while (
    k >= 0 &&
    (MODIFIERS.has(view.tokens[k].pos) || view.mentionAt[k] >= 0 || view.tokens[k].norm === "'s")
  )
    k--;
  return k < 0 || view.tokens[k].norm === "," || view.tokens[k].norm === ":";
}

/** The predicate after the subject noun phrase headed at `head` (postmodifying PPs skipped), or -1. */
function predicateAfter(tokens: readonly Token[], head: number): number {
  let k = head + 1;
  while (k < tokens.length && k - head <= 10) {
    const token = tokens[k];
    if (token.pos === "ADP" || NOUN_PHRASE.has(token.pos)) {
      k++;
      continue;
    }
    break;
  }
  if (k >= tokens.length || tokens[k - 1].pos === "ADP") return -1;
  let v = k;
  while (v < tokens.length && PREDICATE_SKIP.has(tokens[v].pos) && v - k <= 3) v++;
  const token = tokens[v];
  if (!token) return -1;
  if (token.pos === "VERB") return v;
  // A copula ("is unlikely", "remains limited") predicates a state of the subject.
  return v > k && tokens[k].pos === "AUX" ? v : -1;
}

export function isTopicSubject(view: SentenceView, head: number, triggerHeads: ReadonlySet<number>): boolean {
  if (!opensClause(view, head)) return false;
  const predicate = predicateAfter(view.tokens, head);
  if (predicate < 0 || triggerHeads.has(predicate)) return false;
  const verb = view.tokens[predicate];
  return !(verb.pos === "VERB" && OCCURRENCE.has(verb.lemma));
}
