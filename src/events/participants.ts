/**
 * Choosing an event's actor and recipient from the slots the pattern allows (active-voice
 * terms; a passive swaps subject and by-agent), defaults by part of speech, and PLOVER's
 * reciprocal convention: participants joined by with/between become co-actors.
 */
import type { EventParticipant } from "../doc.js";
import {
  type ArgumentScope,
  type FoundArgument,
  findPossessor,
  findSpeaker,
  findSubject,
} from "./arguments.js";
import { isNominal, isPassive } from "./clause.js";
import { findComplements } from "./complements.js";
import { findEmbeddedRecipient, gerundRecipient, ownedBySubject } from "./embedded.js";
import {
  attackerFromSite,
  distantAgent,
  elaborationRecipient,
  grievanceOverForum,
  opponentOf,
  placeOfDemand,
  protestersFromSite,
  purposeRecipient,
  siteOf,
  sourceOf,
  unnamedAgentFromSite,
} from "./fallback-participants.js";
import { withCoordinatedCode, withInheritedCode } from "./participant-code.js";
import type { ArgumentSlot } from "./patterns.js";
import type { MentionSlot } from "./sentence-view.js";
import type { TriggerMatch } from "./triggers.js";

export interface Participants {
  actor: MentionSlot[];
  recipient: MentionSlot[];
  /** How the actor was found (a slot name, "pronoun"), or null when there is none. */
  actorVia: string | null;
  recipientVia: string | null;
  passive: boolean;
}

const VERB_ACTOR: ArgumentSlot[] = ["subject"];
const VERB_RECIPIENT: ArgumentSlot[] = ["object", "to", "with", "against", "on"];
const NOUN_ACTOR: ArgumentSlot[] = ["possessor", "by", "subject"];
const NOUN_RECIPIENT: ArgumentSlot[] = ["of", "to", "with", "against", "on"];

const FORCE_CATEGORIES = new Set(["ASSAULT", "COERCE"]);

/** Nouns of going somewhere, whose "of" names who goes: "the visit of a French delegation". */
const MOVEMENT_NOUNS = new Set(
  "visit visits arrival trip trips tour departure return withdrawal pullout deployment".split(" "),
);

function passiveSlot(slot: ArgumentSlot): ArgumentSlot {
  if (slot === "subject") return "by";
  if (slot === "object") return "subject";
  if (slot === "by") return "subject";
  return slot;
}

const NOUN_PHRASE = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PRON"]);

/** Verbs whose subject undergoes the event their object names: "faced sanctions", "came under attack". */
const UNDERGOING = new Set([
  "face",
  "receive",
  "draw",
  "attract",
  "suffer",
  "endure",
  "undergo",
  "incur",
  "encounter",
  "come",
  "need",
  "get",
  "obtain",
  "secure",
  "gain",
  "win",
  "enjoy",
]);

function undergoes(tokens: ArgumentScope["view"]["tokens"], head: number): boolean {
  let k = head - 1;
  // "needs military and financial support": coordinated modifiers belong to the phrase.
  while (k >= 0 && head - k <= 6 && (NOUN_PHRASE.has(tokens[k].pos) || tokens[k].pos === "CCONJ")) k--;
  if (tokens[k]?.norm === "under") k--;
  return k >= 0 && tokens[k].pos === "VERB" && UNDERGOING.has(tokens[k].lemma);
}

/** Is a nominal the object of another trigger ("condemned the sanctions")? Then that verb's subject is not its actor. */
function governedByTrigger(scope: ArgumentScope, head: number): boolean {
  const tokens = scope.view.tokens;
  let k = head - 1;
  while (k >= 0 && head - k <= 6 && NOUN_PHRASE.has(tokens[k].pos)) k--;
  return k >= 0 && tokens[k].pos === "VERB" && scope.triggerHeads.has(k);
}

/** Is there a passive verb between the subject and the nominal at `to`, the nominal not being its by-agent? */
function passiveBetween(tokens: ArgumentScope["view"]["tokens"], from: number, to: number): boolean {
  let k = to - 1;
  while (k > from && NOUN_PHRASE.has(tokens[k].pos)) k--;
  if (tokens[k]?.norm === "by") return false;
  for (let v = from + 1; v < to; v++) if (isPassive(tokens, v)) return true;
  return false;
}

export function findParticipants(scope: ArgumentScope, trigger: TriggerMatch): Participants {
  const { pattern, head } = trigger;
  const tokens = scope.view.tokens;
  const nominal = isNominal(tokens[head]);
  const passive = !nominal && isPassive(tokens, head);
  const complements = findComplements(scope, head, Math.max(head, trigger.last) + 1);
  // "ties between Mali and Russia" also fill with/between from inside the trigger span.
  if (trigger.last > head) {
    for (const [slot, arg] of findComplements(scope, head, head + 1))
      if (!complements.has(slot)) complements.set(slot, arg);
  }
  let subject: FoundArgument | null | undefined;
  let possessor: FoundArgument | null | undefined;
  const lookup = (slot: ArgumentSlot): FoundArgument | null => {
    if (slot === "subject") {
      if (nominal && governedByTrigger(scope, head)) return null;
      if (subject === undefined) subject = findSubject(scope, Math.min(head, trigger.first));
      // "Civilians were killed in a bombing": a passive clause's subject suffered the nominal event.
      if (nominal && subject && passiveBetween(tokens, subject.slots[subject.slots.length - 1].last, head))
        return null;
      return subject;
    }
    if (slot === "speaker") return findSpeaker(scope, head);
    if (slot === "possessor") {
      if (possessor === undefined) possessor = findPossessor(scope, head);
      return possessor;
    }
    if (slot === "object" && nominal) return null;
    return complements.get(slot) ?? null;
  };
  const pick = (slots: ArgumentSlot[], exclude: Set<MentionSlot>): FoundArgument | null => {
    for (const slot of slots) {
      const found = lookup(passive ? passiveSlot(slot) : slot);
      if (found?.slots.some((s) => !exclude.has(s))) {
        return { ...found, slots: found.slots.filter((s) => !exclude.has(s)) };
      }
    }
    return null;
  };
  let actorSlots = pattern.actor ?? (nominal ? NOUN_ACTOR : VERB_ACTOR);
  let recipientSlots = pattern.recipient ?? (nominal ? NOUN_RECIPIENT : VERB_RECIPIENT);
  // "Mali faced criticism from ECOWAS": the one who undergoes the event is its recipient.
  if (nominal && undergoes(tokens, head)) {
    actorSlots = ["from", "by", ...actorSlots.filter((slot) => slot !== "subject")];
    recipientSlots = ["subject", ...recipientSlots];
  }
  const actor =
    pick(actorSlots, new Set()) ??
    (nominal && MOVEMENT_NOUNS.has(tokens[head].norm) && !governedByTrigger(scope, head)
      ? (complements.get("of") ?? null)
      : null) ??
    (passive && actorSlots.includes("subject") ? distantAgent(scope, head) : null) ??
    protestersFromSite(pattern.category, complements) ??
    attackerFromSite(scope, pattern.category, passive, complements, head) ??
    unnamedAgentFromSite(scope, pattern.category, passive, complements, Math.min(head, trigger.first));
  const taken = new Set(actor?.slots ?? []);
  // "withdrew its troops from Mali": the actor's own forces are not the recipient.
  const owned = new Set(
    (complements.get("object")?.slots ?? []).filter((s) => !nominal && ownedBySubject(scope.view, s)),
  );
  let recipient = pick(recipientSlots, new Set([...taken, ...owned]));
  // A speech act with no recipient of its own concerns the participant of its complement;
  // patterns that need a recipient need one in their own slots.
  if (!recipient && pattern.absorbs && !pattern.needs.includes("recipient")) {
    const embedded =
      findEmbeddedRecipient(scope, head) ??
      (pattern.category === "PROTEST" ? purposeRecipient(scope, head) : null);
    const others = embedded?.slots.filter((s) => !taken.has(s)) ?? [];
    if (embedded && others.length > 0) recipient = { ...embedded, slots: others };
  }
  // A passive's gerund ("was accused of misusing funds") is its subject's own act.
  if (!recipient && !nominal && !passive && !pattern.needs.includes("recipient")) {
    const embedded = gerundRecipient(scope, trigger.last);
    const others = embedded?.slots.filter((s) => !taken.has(s)) ?? [];
    if (embedded && others.length > 0) recipient = { ...embedded, slots: others };
  }
  recipient = grievanceOverForum(
    pattern.category,
    recipient,
    complements,
    tokens[trigger.last].norm === "to",
  );
  if (!recipient && !pattern.needs.includes("recipient")) {
    const site =
      opponentOf(pattern.category, complements) ??
      sourceOf(pattern.category, complements) ??
      elaborationRecipient(scope, pattern.category, trigger.last) ??
      placeOfDemand(pattern.category, complements) ??
      // "opened fire to disperse Palestinian protesters": force's purpose names its target.
      (FORCE_CATEGORIES.has(pattern.category) ? purposeRecipient(scope, trigger.last) : null) ??
      // "a coup in Mali" names no victim; "detained aid workers in Juba" has unnamed ones.
      (nominal && pattern.category === "COERCE" ? null : siteOf(pattern.category, complements));
    if (site && !site.slots.some((s) => taken.has(s))) recipient = site;
  }
  const siteSlot = siteOf(pattern.category, complements)?.slots[0] ?? null;
  const coded = (list: MentionSlot[]) =>
    withCoordinatedCode(list.map((slot) => withInheritedCode(scope, slot, siteSlot)));
  const actors = coded(actor?.slots ?? []);
  if (pattern.reciprocal) {
    // Only partners right after the trigger: in "agreed to mediation in talks with X", X is
    // the talks' partner, not the agreement's.
    for (const slot of ["with", "between"] as const) {
      const partners = complements.get(slot);
      if (!partners || partners.slots[0].first - trigger.last > 6) continue;
      for (const s of partners.slots)
        if (!actors.some((a) => a.first === s.first)) actors.push(withInheritedCode(scope, s, siteSlot));
    }
    if (recipient && (recipient.via === "with" || recipient.via === "between")) recipient = null;
  }
  return {
    actor: actors,
    recipient: coded(recipient?.slots ?? []),
    actorVia: actor?.via ?? (actors.length > 0 ? "with" : null),
    recipientVia: recipient?.via ?? null,
    passive,
  };
}

/** The participant record for a mention (code and sector as the actors stage set them). */
export function toParticipant(
  slot: MentionSlot,
  tokensText: (from: number, to: number) => string,
): EventParticipant {
  const m = slot.mention;
  return {
    entityId: m.entityId,
    code: m.code,
    sector: m.sector,
    name: m.name || tokensText(m.start, m.end),
    span: { start: m.start, end: m.end },
  };
}

/** Drops participants naming the same entity twice (coordination plus apposition). */
export function distinctParticipants(list: EventParticipant[]): EventParticipant[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const key = p.entityId ?? `${p.code}|${p.sector}|${p.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
