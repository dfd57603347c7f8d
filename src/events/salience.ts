/**
 * How central a trigger is to its sentence, as a confidence adjustment: a nominal event
 * inside a prepositional phrase or as the object of another trigger is background ("after
 * the invasion", "condemned the attack"); a speech act in a trailing tag (", a group
 * charged") frames the sentence's event rather than being its news.
 */
import type { Token } from "../doc.js";
import { isNominal } from "./clause.js";
import type { SentenceView } from "./sentence-view.js";
import type { TriggerMatch } from "./triggers.js";

const NOUN_PHRASE = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PRON"]);
const SPEECH_ACTS = new Set(["ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE"]);
/** Prepositions that place a demonstration ("protested outside the embassy"). */
const PLACE_WORDS = new Set(["against", "outside", "at", "in", "near", "through", "along"]);
/** Words opening a clause or phrase that sets the scene for the sentence's news. */
const BACKGROUND = new Set(["after", "before", "when", "since", "following", "until", "once", "as", "amid"]);

/** A verb in a temporal or circumstantial clause ("after a coup toppled ...", "when X expelled ..."). */
function inBackgroundClause(tokens: readonly Token[], head: number): boolean {
  for (let k = head - 1; k >= 0 && head - k <= 12; k--) {
    const token = tokens[k];
    if (token.norm === "," || token.norm === ";" || token.norm === "that") return false;
    if (BACKGROUND.has(token.norm) && (token.pos === "SCONJ" || token.pos === "ADP")) return true;
  }
  return false;
}

/** The nominal's governor: the preposition or verb right before its noun phrase. */
function governorOf(tokens: readonly Token[], head: number): number {
  let k = head - 1;
  while (k >= 0 && head - k <= 5 && NOUN_PHRASE.has(tokens[k].pos)) k--;
  return k;
}

/** A verb trigger preceded only by ", <noun phrase>" after an earlier trigger: a reporting tag. */
function isTrailingTag(view: SentenceView, trigger: TriggerMatch, earliest: number): boolean {
  if (trigger.head <= earliest) return false;
  let k = trigger.head - 1;
  while (
    k >= 0 &&
    (NOUN_PHRASE.has(view.tokens[k].pos) || view.tokens[k].pos === "AUX" || view.mentionAt[k] >= 0)
  )
    k--;
  return k > earliest && view.tokens[k]?.norm === ",";
}

/** "X failed to act, a rights group protested": a verb whose subject follows a comma after a
 * clause of its own reports that clause; it takes no object of its own. */
export function isReportingTag(view: SentenceView, head: number): boolean {
  const tokens = view.tokens;
  let k = head - 1;
  while (k >= 0 && (NOUN_PHRASE.has(tokens[k].pos) || view.mentionAt[k] >= 0)) k--;
  if (k <= 0 || k === head - 1 || tokens[k].norm !== ",") return false;
  for (let after = head + 1; after < tokens.length; after++) {
    const token = tokens[after];
    if (view.mentionAt[after] >= 0 || token.pos === "VERB" || PLACE_WORDS.has(token.norm)) return false;
  }
  return tokens.slice(0, k).some((t) => t.pos === "VERB" || t.pos === "AUX");
}

export function salienceAdjustment(
  view: SentenceView,
  trigger: TriggerMatch,
  triggers: readonly TriggerMatch[],
): number {
  const tokens = view.tokens;
  const earliest = triggers[0]?.head ?? trigger.head;
  if (isNominal(tokens[trigger.head])) {
    const governor = governorOf(tokens, trigger.head);
    if (governor < 0) return 0;
    if (tokens[governor].pos === "ADP" || BACKGROUND.has(tokens[governor].norm)) return -0.15;
    if (triggers.some((t) => t !== trigger && t.head === governor)) return -0.2;
    return 0;
  }
  if (SPEECH_ACTS.has(trigger.pattern.category) && isTrailingTag(view, trigger, earliest)) return -0.3;
  if (inBackgroundClause(tokens, trigger.head)) return -0.15;
  return 0;
}
