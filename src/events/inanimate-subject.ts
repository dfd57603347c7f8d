/**
 * "The rapprochement between Mali and Russia has encouraged ...", "This decision ends ...":
 * when the subject of a verb trigger is an abstract noun, the verb is a figure of speech about
 * causes and effects, not an act by an actor. The actor-finder would otherwise hand the act to
 * a mention inside the subject's modifiers.
 */
import type { Token } from "../doc.js";
import { isPassive } from "./clause.js";
import type { SentenceView } from "./sentence-view.js";

/** Suffixes of abstract nouns ("rapprochement", "decision", "presence", "policy" below). */
const ABSTRACT_SUFFIX = /(tion|sion|ment|ance|ence|ity|ness|ism|ship|acy|ure)s?$/;
const ABSTRACT_WORDS = new Set([
  "policy",
  "strategy",
  "approach",
  "behavior",
  "plan",
  "effort",
  "initiative",
  "rhetoric",
  "situation",
  "crisis",
  "trend",
  "shift",
  "change",
  "pressure",
  "tension",
  "support",
  "aid",
  "help",
  "development",
  "event",
  "factor",
]);
/** Bodies of people that share an abstract suffix ("government", "coalition", "authorities"), and
 * the instruments through which an actor acts ("this decision ends ...", "the agreement gives ..."). */
const AGENTS = new Set([
  "decision",
  "agreement",
  "deal",
  "accord",
  "treaty",
  "resolution",
  "decree",
  "measure",
  "move",
  "government",
  "administration",
  "coalition",
  "delegation",
  "organization",
  "federation",
  "opposition",
  "parliament",
  "movement",
  "presidency",
  "authority",
  "community",
  "leadership",
  "alliance",
  "agency",
  "mission",
  "union",
  "commission",
  "association",
  "institution",
  "population",
  "nation",
  "assembly",
  "junta",
  "militia",
  "force",
]);

const POSSESSIVES = new Set(["its", "their", "his", "her"]);
const MODIFIERS = new Set(["DET", "ADJ", "NUM", "PART", "PROPN"]);
const VERB_GROUP = new Set(["AUX", "ADV", "PART"]);

function isAbstract(token: Token): boolean {
  if (AGENTS.has(token.lemma) || AGENTS.has(token.norm)) return false;
  return ABSTRACT_WORDS.has(token.lemma) || ABSTRACT_SUFFIX.test(token.norm);
}

/** Start of the clause holding `head`: after the nearest comma, semicolon or conjunction. */
function clauseStart(tokens: readonly Token[], head: number): number {
  for (let k = head - 1; k >= 0; k--) {
    const token = tokens[k];
    if (token.norm === "," || token.norm === ";" || token.norm === ":" || token.pos === "SCONJ") return k + 1;
  }
  return 0;
}

/**
 * Is the subject of the verb at `head` an abstract noun? The subject is the first noun of the
 * clause (after determiners, adjectives and possessors), with only prepositional modifiers and
 * the verb group between it and the verb.
 */
export function hasAbstractSubject(view: SentenceView, head: number): boolean {
  const tokens = view.tokens;
  if (isPassive(tokens, head)) return false;
  const start = clauseStart(tokens, head);
  let k = start;
  while (k < head && (MODIFIERS.has(tokens[k].pos) || tokens[k].norm === "'s" || view.mentionAt[k] >= 0)) k++;
  // "Moscow's development of ties raised ...": an owned abstraction is its owner's act.
  for (let j = start; j < k; j++)
    if (tokens[j].norm === "'s" || POSSESSIVES.has(tokens[j].norm)) return false;
  // The noun heading the subject: the last of a compound ("security cooperation").
  while (k + 1 < head && tokens[k + 1].pos === "NOUN" && view.mentionAt[k + 1] < 0) k++;
  const subject = tokens[k];
  if (!subject || k >= head || subject.pos !== "NOUN" || view.mentionAt[k] >= 0) return false;
  for (let j = k + 1; j < head; j++) {
    if (tokens[j].pos === "VERB" || tokens[j].norm === "," || tokens[j].norm === "that") return false;
  }
  let v = head - 1;
  while (v > k && VERB_GROUP.has(tokens[v].pos)) v--;
  if (v !== k && tokens[k + 1]?.pos !== "ADP") return false;
  return isAbstract(subject);
}
