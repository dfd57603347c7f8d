/**
 * The complements of a trigger: mentions after it keyed by the slot they fill, the object or
 * the preposition before them. A mention that owns or performs the complement's noun fills
 * that complement's slot: "demanded the removal of X", "pressured workers of X", "demanded an
 * admission by X", "protests against violations by X" are all about X.
 */
import { type ArgumentScope, type FoundArgument, resolvePronoun } from "./arguments.js";
import { isClauseBoundary, isNominal, isPassive, isStanceParticiple, RELATIVE_PRONOUNS } from "./clause.js";
import { withCoordinated } from "./coordination.js";
import { GROUP_HEADS, isEventNoun, isPremodifyingVerb, quantityPhraseLength, slotAt } from "./noun-phrase.js";
import type { ArgumentSlot } from "./patterns.js";

const OBJECT_PRONOUNS = new Set(["it", "them", "him", "her"]);
/** Words introducing named examples of a group noun: "partners, notably France". */
const SPECIFIERS = new Set([
  "especially",
  "particularly",
  "notably",
  "including",
  "namely",
  "mainly",
  "chiefly",
]);
const SLOT_PREPOSITIONS: Record<string, ArgumentSlot> = {
  of: "of",
  to: "to",
  with: "with",
  against: "against",
  on: "on",
  upon: "on",
  from: "from",
  for: "for",
  in: "in",
  into: "into",
  at: "at",
  over: "over",
  toward: "toward",
  towards: "toward",
  between: "between",
  among: "among",
  alongside: "alongside",
  outside: "outside",
  near: "near",
  about: "about",
  regarding: "regarding",
  concerning: "regarding",
  by: "by",
};
/** Prepositions whose object is what a grievance is about: "protests against violations by X". */
const GRIEVANCE_SLOTS = new Set<ArgumentSlot>(["against", "over", "about", "at", "regarding"]);
/** Nouns that turn the next "of" into an opponent: "in defiance of X". */
const DEFIANCE = new Set(["defiance", "protest"]);
const PP_STARTERS = new Set(["ADP", "DET", "ADJ", "NUM"]);
const PARTNER_PREPOSITIONS = new Set(["with", "between"]);
const TARGET_SLOTS = new Set<ArgumentSlot>(["against", "on", "into"]);
/** Prepositions opening a background adjunct, whose participants are not the trigger's:
 * "agreed to widen trade during a visit by X to Y". */
const BACKGROUND = new Set(["during", "amid", "amidst", "despite", "following", "throughout"]);
/** Prepositions completed by "of": "outside of the city", "ahead of the vote". */
const OF_COMPOUNDS = new Set(["outside", "inside", "ahead", "out"]);

/** Is `noun` another trigger's noun inside a prepositional phrase ("in the talks with X")? */
function nestedEventNoun(scope: ArgumentScope, head: number, noun: number): boolean {
  const tokens = scope.view.tokens;
  if (noun <= head || !scope.triggerHeads.has(noun) || !isNominal(tokens[noun])) return false;
  let k = noun - 1;
  while (k >= 0 && noun - k <= 5 && (tokens[k].pos === "NOUN" || PP_STARTERS.has(tokens[k].pos))) {
    if (tokens[k].pos === "ADP") return true;
    k--;
  }
  return false;
}

interface OpenPhrase {
  /** The slot the noun phrase being read fills. */
  slot: ArgumentSlot;
  /** Its last noun so far, or -1 before any. */
  noun: number;
  /** Has it passed a group's "of" ("workers of the X Company of Tehran")? Later "of"s stay in it. */
  owned: boolean;
}

function openPhrase(open: OpenPhrase, slot: ArgumentSlot): void {
  open.slot = slot;
  open.noun = -1;
  open.owned = false;
}

/**
 * Does an "of"/"by" after the open phrase's noun name that noun's owner or agent, so that its
 * mention fills the open slot? After a group noun ("workers of X"); after an action noun in a
 * verb's complement ("demanded the removal of X", "an admission by X", the latter not in a
 * passive, whose by-agent is its own) or in a grievance ("protests against violations by X").
 */
function passesThrough(scope: ArgumentScope, head: number, open: OpenPhrase, preposition: string): boolean {
  const tokens = scope.view.tokens;
  if (open.noun < 0 || (preposition !== "of" && preposition !== "by")) return false;
  const noun = tokens[open.noun];
  // "fired on the homes of X", "hacked into the computers of X": the owner of a target is the target.
  if (preposition === "of" && (open.owned || GROUP_HEADS.has(noun.norm) || TARGET_SLOTS.has(open.slot))) {
    open.owned = true;
    return true;
  }
  if (!isEventNoun(noun)) return false;
  if (isNominal(tokens[head])) return GRIEVANCE_SLOTS.has(open.slot);
  if (preposition === "of") return true;
  return open.slot === "object" && !isPassive(tokens, head);
}

/**
 * "the text drafted by Morocco", "the plan put forward by the opposition": a participle right
 * after the open phrase's noun whose by-agent made the thing, so the agent fills the phrase's
 * slot. Returns the index of "by", or -1.
 */
function participleAgent(scope: ArgumentScope, open: OpenPhrase, k: number): number {
  const tokens = scope.view.tokens;
  if (open.noun !== k - 1 || tokens[k].pos !== "VERB") return -1;
  const ing = tokens[k].norm.endsWith("ing");
  for (let m = k + 1; m < tokens.length && m - k <= 3; m++) {
    if (tokens[m].norm === "by") return ing ? -1 : m;
    if (tokens[m].pos !== "ADV" && tokens[m].pos !== "ADP" && tokens[m].pos !== "PART") return -1;
  }
  return -1;
}

/**
 * "fired at protesters gathered outside the parliament in Nairobi", "a bus carrying pilgrims
 * in southern Iraq": a participle after the open phrase's noun modifies it, so the scan goes
 * on to the places after it. Returns the index to resume after, or -1.
 */
function reducedRelative(scope: ArgumentScope, open: OpenPhrase, k: number): number {
  const tokens = scope.view.tokens;
  if (open.noun !== k - 1 || tokens[k].pos !== "VERB" || !/(ed|ing)$/.test(tokens[k].norm)) return -1;
  const next = tokens[k + 1];
  return next && (next.pos === "ADP" || next.pos === "NOUN" || next.pos === "DET") ? k : -1;
}

/** "is opposed to French mediation": the "to" of a stance participle opens its object. */
function stanceObject(scope: ArgumentScope, head: number, k: number): boolean {
  const tokens = scope.view.tokens;
  if (k !== head + 1 || tokens[k].norm !== "to" || !isStanceParticiple(tokens[head])) return false;
  return tokens[k + 1]?.pos !== "VERB" || scope.view.mentionAt[k + 1] >= 0;
}

export function findComplements(
  scope: ArgumentScope,
  head: number,
  from: number,
): Map<ArgumentSlot, FoundArgument> {
  const { view } = scope;
  const tokens = view.tokens;
  const found = new Map<ArgumentSlot, FoundArgument>();
  const open: OpenPhrase = { slot: "object", noun: -1, owned: false };
  for (let k = from; k < tokens.length && k - head <= 14; k++) {
    const token = tokens[k];
    const slot = slotAt(view, k);
    if (slot) {
      const slots = withCoordinated(view, slot);
      if (!found.has(open.slot)) found.set(open.slot, { slots, via: open.slot });
      k = slots[slots.length - 1].last;
      openPhrase(open, "object");
      continue;
    }
    const quantity = quantityPhraseLength(tokens, k);
    if (quantity > 0) {
      k += quantity - 1;
      continue;
    }
    if (DEFIANCE.has(token.norm) && tokens[k + 1]?.norm === "of" && tokens[k - 1]?.norm === "in") {
      openPhrase(open, "against");
      k++;
      continue;
    }
    const preposition = SLOT_PREPOSITIONS[token.norm];
    if (preposition && (token.pos === "ADP" || token.pos === "PART" || token.norm === "to")) {
      // "agreed to X's mediation in the talks with Y": once the trigger has a prepositional
      // complement, a partner of an event noun further on is that noun's.
      const complemented = [...found.keys()].some((name) => name !== "object");
      if (complemented && PARTNER_PREPOSITIONS.has(token.norm) && nestedEventNoun(scope, head, k - 1)) break;
      if (passesThrough(scope, head, open, token.norm)) continue;
      if (token.norm === "of" && OF_COMPOUNDS.has(tokens[k - 1]?.norm ?? "")) continue;
      openPhrase(open, stanceObject(scope, head, k) ? "object" : preposition);
      continue;
    }
    if (token.pos === "PRON" && OBJECT_PRONOUNS.has(token.norm)) {
      const resolved = resolvePronoun(scope, k);
      if (resolved && !found.has(open.slot)) found.set(open.slot, { ...resolved, via: "pronoun" });
      continue;
    }
    // "from Western partners, especially France": the named example stands for the group.
    const specifier = token.norm === "," ? tokens[k + 1]?.norm : token.norm;
    if (specifier && SPECIFIERS.has(specifier) && !found.has(open.slot)) {
      if (token.norm === ",") k++;
      continue;
    }
    if (token.norm === "," || isClauseBoundary(token) || RELATIVE_PRONOUNS.has(token.norm)) break;
    if (BACKGROUND.has(token.norm)) break;
    if ((token.pos === "VERB" || token.pos === "AUX") && k > from && !isPremodifyingVerb(view, k)) {
      const by = participleAgent(scope, open, k);
      const resume = by < 0 ? reducedRelative(scope, open, k) : by;
      if (resume < 0) break;
      k = resume;
      continue;
    }
    if (isNominal(token)) open.noun = k;
  }
  return found;
}
