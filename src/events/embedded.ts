/**
 * Whom a speech act or protest concerns when it names no one itself: the subject of its
 * that-clause ("demanded that Mali hold elections"), the one asked in "pushing for X to ...",
 * or the participant of its infinitive ("threatened to cut supplies to Mali", "a hunger strike
 * to protest against Sweden's decision").
 */
import type { ArgumentScope, FoundArgument } from "./arguments.js";
import { findComplements } from "./complements.js";
import { withCoordinated } from "./coordination.js";
import { slotAt } from "./noun-phrase.js";
import type { ArgumentSlot } from "./patterns.js";
import type { MentionSlot, SentenceView } from "./sentence-view.js";

/** Slots of an embedded action that name whom a speech act concerns, in priority order. */
const EMBEDDED_RECIPIENT: ArgumentSlot[] = [
  "object",
  "to",
  "against",
  "on",
  "with",
  "between",
  "for",
  "from",
  "in",
  "into",
  "at",
];
const NOUN_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const ADJUNCT_POS = new Set(["ADV", "NOUN", "PROPN", "NUM", "DET", "ADJ"]);
const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his"]);

/** "pushing for the US to support ...", "calling for Mali to hold ...": the one asked. */
function askedInFor(scope: ArgumentScope, k: number): FoundArgument | null {
  const tokens = scope.view.tokens;
  const slot = slotAt(scope.view, k);
  if (!slot) return null;
  let before = slot.first - 1;
  while (before >= 0 && tokens[before].pos === "DET") before--;
  if (tokens[before]?.norm !== "for") return null;
  const next = tokens[slot.last + 1];
  if (next?.norm !== "to" && next?.pos !== "VERB") return null;
  return { slots: withCoordinated(scope.view, slot), via: "object" };
}

export function findEmbeddedRecipient(scope: ArgumentScope, head: number): FoundArgument | null {
  const tokens = scope.view.tokens;
  // Adverbs and short adjuncts may come first: "agreed in principle on Saturday to provide ...".
  let k = head + 1;
  while (
    k < tokens.length &&
    k - head <= 6 &&
    scope.view.mentionAt[k] < 0 &&
    (ADJUNCT_POS.has(tokens[k].pos) || (tokens[k].pos === "ADP" && tokens[k].norm !== "to"))
  )
    k++;
  if (scope.view.mentionAt[k] >= 0) return askedInFor(scope, k);
  if (tokens[k]?.norm === "that") {
    for (let m = k + 1; m < tokens.length && m - k <= 5; m++) {
      const slot = slotAt(scope.view, m);
      if (slot) return { slots: withCoordinated(scope.view, slot), via: "object" };
      if (!NOUN_PHRASE_POS.has(tokens[m].pos)) return null;
    }
    return null;
  }
  // Only right after the verb and its adverbs: "accused of misusing funds" is the subject's own act.
  if (isGerund(scope, k) && tokens.slice(head + 1, k).every((t) => t.pos === "ADV"))
    return embeddedParticipant(scope, k);
  if (tokens[k]?.norm !== "to") return null;
  let verb = k + 1;
  while (verb < tokens.length && verb - k <= 3 && tokens[verb].pos === "ADV") verb++;
  // "opposed to French mediation": a mention tagged as a verb is no infinitive.
  if (tokens[verb]?.pos !== "VERB" || scope.view.mentionAt[verb] >= 0) return null;
  return embeddedParticipant(scope, verb);
}

/** "denied sending troops into Chad": an -ing verb heading the trigger's complement. */
function isGerund(scope: ArgumentScope, k: number): boolean {
  const token = scope.view.tokens[k];
  return token?.pos === "VERB" && token.norm.endsWith("ing") && scope.view.mentionAt[k] < 0;
}

/** The participant of a gerund right after a verb trigger (adverbs between): whom the denied,
 * admitted or resumed act concerns ("denied supplying weapons to the rebels"). */
export function gerundRecipient(scope: ArgumentScope, head: number): FoundArgument | null {
  const tokens = scope.view.tokens;
  let k = head + 1;
  while (k < tokens.length && k - head <= 3 && tokens[k].pos === "ADV") k++;
  return isGerund(scope, k) ? embeddedParticipant(scope, k) : null;
}

function embeddedParticipant(scope: ArgumentScope, verb: number): FoundArgument | null {
  const complements = findComplements(scope, verb, verb + 1);
  for (const slot of EMBEDDED_RECIPIENT) {
    const found = complements.get(slot);
    // "withdraw its troops from X": the actor's own forces are not whom the act concerns.
    if (!found || found.slots.every((s) => isGenericPopulation(scope.view, s))) continue;
    if (!(slot === "object" && ownedBySubject(scope.view, found.slots[0]))) return found;
  }
  return null;
}

/** Nouns for a population at large: whom a promise or statement is for, not a party to it. */
const GENERIC_POPULATION = new Set(
  "civilians civilian people citizens population public residents inhabitants populace".split(" "),
);

/** "promised to hand power to civilians": a bare population noun (no country of its own named). */
function isGenericPopulation(view: SentenceView, slot: MentionSlot): boolean {
  const words = view.tokens.slice(slot.first, slot.last + 1).filter((t) => t.pos !== "DET");
  return words.length === 1 && GENERIC_POPULATION.has(words[0].norm);
}

/** "its troops", "their forces": a mention the clause's subject owns (the pronoun before it or in it). */
export function ownedBySubject(view: SentenceView, slot: MentionSlot): boolean {
  const first = view.tokens[slot.first];
  const before = view.tokens[slot.first - 1];
  return (
    POSSESSIVE_PRONOUNS.has(first.norm) || (before !== undefined && POSSESSIVE_PRONOUNS.has(before.norm))
  );
}
