/**
 * Finding an event's actor and recipient in the sentence around its trigger: the subject to
 * the left of a verb, its object or prepositional complement to the right, the by-agent of
 * a passive, the possessor or modifier of a nominalisation, relative-clause antecedents,
 * coordinated actors, and pronouns resolved to the nearest compatible mention.
 */
import { isClauseBoundary, isNominal, isVerbGroupToken, RELATIVE_PRONOUNS } from "./clause.js";
import type { ArgumentSlot } from "./patterns.js";
import type { MentionSlot, SentenceView } from "./sentence-view.js";

export interface FoundArgument {
  slots: MentionSlot[];
  /** How it was found: the slot name, or "pronoun" when an it/they was resolved. */
  via: ArgumentSlot | "pronoun";
}

const SUBJECT_PRONOUNS = new Set(["it", "they", "he", "she", "we"]);
const OBJECT_PRONOUNS = new Set(["it", "them", "him", "her"]);
const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "her"]);
const PERSON_PRONOUNS = new Set(["he", "she", "his", "her", "him"]);
const PLURAL_PRONOUNS = new Set(["they", "their", "them"]);
const COORDINATORS = new Set(["and", ",", "&"]);
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

/** The previous sentence, for pronouns whose antecedent is outside the current one. */
export interface ArgumentScope {
  view: SentenceView;
  previous: SentenceView | null;
  /** Lemmas of reporting verbs ("say", "announce"), for the speaker slot. */
  reportingVerbs: ReadonlySet<string>;
  /** Token indexes of the sentence's triggers: a verb trigger's subject is not its object's. */
  triggerHeads: ReadonlySet<number>;
}

function slotAt(view: SentenceView, k: number): MentionSlot | null {
  const index = view.mentionAt[k];
  return index >= 0 ? view.mentions[index] : null;
}

/** Nouns that stand for a group or office of the entity in "X of/from Y": "the government of Mali". */
const GROUP_HEADS = new Set(
  (
    "government president minister ministry army forces troops soldiers leader leaders leadership authorities " +
    "members people representatives delegation delegations officials supporters militants fighters police junta " +
    "parliament regime navy envoy ambassador head chief spokesman spokeswoman units contingent diplomats rebels " +
    "citizens residents activists students workers protesters demonstrators groups elders youths convoy convoys patrol patrols column unit units detachment battalion team teams force"
  ).split(" "),
);

/** Prepositions that place a group without naming another owner: "protesters in Bamako". */
const LOCATIVE_OF_GROUP = new Set(["in", "throughout", "across"]);

/** Does the noun phrase ending at `head` hold no actor mention of its own ("students", not "Malian students")? */
function bareGroup(view: SentenceView, head: number): boolean {
  for (let k = head; k >= 0 && head - k <= 6; k--) {
    if (view.mentionAt[k] >= 0) return false;
    const pos = view.tokens[k].pos;
    if (pos !== "NOUN" && pos !== "ADJ" && pos !== "DET" && pos !== "NUM" && view.tokens[k].norm !== "of")
      return true;
  }
  return true;
}

/** Is the mention the object of a preposition (other than "of"/"from" after a group noun, or
 * "in" after a group noun no mention modifies: "protesters in Bamako" are Malian)? */
function inPrepositionalPhrase(view: SentenceView, slot: MentionSlot): boolean {
  let k = slot.first - 1;
  while (k >= 0 && (view.tokens[k].pos === "DET" || view.tokens[k].pos === "ADJ")) k--;
  const before = view.tokens[k];
  if (before?.pos !== "ADP") return false;
  const group = GROUP_HEADS.has(view.tokens[k - 1]?.norm ?? "");
  if (before.norm === "of" || before.norm === "from") return !group;
  if (LOCATIVE_OF_GROUP.has(before.norm)) return !(group && bareGroup(view, k - 1));
  return true;
}

function compatible(slot: MentionSlot, pronoun: string): boolean {
  const type = slot.mention.type;
  if (PERSON_PRONOUNS.has(pronoun)) return type === "person";
  if (PLURAL_PRONOUNS.has(pronoun)) return type !== "person" || slot.mention.text.endsWith("s");
  return type !== "person";
}

/** Nearest compatible mention before `k`, else the first compatible one of the previous sentence. */
export function resolvePronoun(scope: ArgumentScope, k: number): FoundArgument | null {
  const { view, previous } = scope;
  const pronoun = view.tokens[k].norm;
  for (let m = view.mentions.length - 1; m >= 0; m--) {
    const slot = view.mentions[m];
    if (slot.last < k && compatible(slot, pronoun) && !inPrepositionalPhrase(view, slot)) {
      return { slots: [slot], via: "pronoun" };
    }
  }
  if (!previous) return null;
  const antecedent = previous.mentions.find(
    (slot) => compatible(slot, pronoun) && !inPrepositionalPhrase(previous, slot),
  );
  return antecedent ? { slots: [antecedent], via: "pronoun" } : null;
}

/** Adds mentions coordinated with `slot` ("Mali, Niger and Burkina Faso"). */
function withCoordinated(view: SentenceView, slot: MentionSlot): MentionSlot[] {
  const found = [slot];
  // Commas join a list only when an "and"/"or" closes it ("Mali, Niger and Chad"); "In Mali,
  // Russia ..." is no list.
  let joined = false;
  for (let k = slot.first - 1; k > 0 && COORDINATORS.has(view.tokens[k].norm); ) {
    const left = slotAt(view, k - 1);
    if (!left || inPrepositionalPhrase(view, left)) break;
    joined ||= view.tokens[k].norm !== ",";
    found.unshift(left);
    k = left.first - 1;
  }
  for (
    let k = found[found.length - 1].last + 1;
    k + 1 < view.tokens.length && COORDINATORS.has(view.tokens[k].norm);
  ) {
    const right = slotAt(view, k + 1);
    if (!right) break;
    joined ||= view.tokens[k].norm !== ",";
    found.push(right);
    k = right.last + 1;
  }
  return joined ? found : [slot];
}

/**
 * "Mali, a key partner of Russia, signed ...": the verb's subject is the mention before an
 * apposition that opens with a determiner and holds no verb, not a mention inside it.
 */
function appositionOwner(view: SentenceView, closing: number): MentionSlot | null {
  for (let k = closing - 1; k > 0 && closing - k <= 14; k--) {
    const token = view.tokens[k];
    if (token.pos === "VERB" || token.pos === "AUX" || isClauseBoundary(token)) return null;
    if (token.norm !== ",") continue;
    if (view.tokens[k + 1].pos !== "DET") return null;
    const owner = slotAt(view, k - 1);
    return owner && !inPrepositionalPhrase(view, owner) ? owner : null;
  }
  return null;
}

/**
 * "X telephoned Y on Tuesday to discuss ...": an infinitive of purpose after a verb's object
 * shares that verb's subject. Returns the verb, or -1. Requests and orders ("urged Y to")
 * are absorbed before this matters.
 */
function purposeController(view: SentenceView, head: number): number {
  const tokens = view.tokens;
  if (tokens[head].pos !== "VERB" || tokens[head - 1]?.norm !== "to") return -1;
  let sawObject = false;
  for (let k = head - 2; k >= 0 && head - k <= 14; k--) {
    const token = tokens[k];
    const slot = slotAt(view, k);
    if (slot) {
      sawObject = true;
      k = slot.first;
      continue;
    }
    if (token.pos === "VERB") return sawObject && view.mentionAt[k + 1] >= 0 ? k : -1;
    if (token.pos === "AUX" || token.norm === "," || isClauseBoundary(token)) return -1;
  }
  return -1;
}

/**
 * A gerund takes its subject from the clause around it: "with Russia expressing interest"
 * (the object of with right before it), "Mali played a role in establishing ties" and "X did Y,
 * notably by avoiding ..." (the subject of the verb before the preposition), "By supporting
 * rebels, Ukraine ..." (the subject after the fronted phrase). Undefined when not a gerund.
 */
function gerundSubject(scope: ArgumentScope, head: number): FoundArgument | null | undefined {
  const { view } = scope;
  const tokens = view.tokens;
  if (tokens[head].pos !== "VERB" || !tokens[head].norm.endsWith("ing")) return undefined;
  const adjacent = slotAt(view, head - 1);
  if (
    adjacent &&
    (tokens[adjacent.first - 1]?.norm === "with" || tokens[adjacent.first - 1]?.norm === "without")
  )
    return { slots: withCoordinated(view, adjacent), via: "subject" };
  let p = head - 1;
  while (p >= 0 && tokens[p].pos === "ADV") p--;
  if (tokens[p]?.pos !== "ADP" && tokens[p]?.pos !== "SCONJ") return undefined;
  for (let k = p - 1; k >= 0 && p - k <= 20; k--) {
    if (tokens[k].pos === "VERB" && !isNominal(tokens[k])) return findSubject(scope, k);
    if (tokens[k].norm === ";") break;
  }
  // Sentence-initial: the subject follows the fronted phrase's comma.
  if (p > 1 && !(p === 0 || tokens[p - 1].norm === ",")) return undefined;
  for (let k = head + 1; k < tokens.length && k - head <= 15; k++) {
    if (tokens[k].norm !== ",") continue;
    const subject = slotAt(view, k + 1);
    return subject ? { slots: withCoordinated(view, subject), via: "subject" } : null;
  }
  return undefined;
}

function openingParenthesis(view: SentenceView, closing: number): number {
  for (let k = closing - 1; k >= 0 && closing - k <= 12; k--) {
    if (view.tokens[k].norm === "(") return k;
    if (view.tokens[k].norm === ")") return -1;
  }
  return -1;
}

/** The subject left of `head`: nearest mention outside a PP, a relative antecedent, or a pronoun. */
export function findSubject(scope: ArgumentScope, head: number): FoundArgument | null {
  const { view } = scope;
  // A participial adjunct ("..., killing 20 people") shares the subject of the clause before it.
  if (
    view.tokens[head].pos === "VERB" &&
    view.tokens[head].norm.endsWith("ing") &&
    view.tokens[head - 1]?.norm === ","
  ) {
    for (let k = head - 2; k >= 0 && head - k <= 20; k--) {
      if (view.tokens[k].pos === "VERB") return findSubject(scope, k);
    }
  }
  const controller = purposeController(view, head);
  if (controller >= 0) return findSubject(scope, controller);
  const gerund = gerundSubject(scope, head);
  if (gerund !== undefined) return gerund;
  let inVerbGroup = true;
  for (let k = head - 1; k >= 0 && head - k <= 20; k--) {
    const token = view.tokens[k];
    const slot = slotAt(view, k);
    if (slot) {
      if (!inPrepositionalPhrase(view, slot)) return { slots: withCoordinated(view, slot), via: "subject" };
      k = slot.first;
      inVerbGroup = false;
      continue;
    }
    if (token.norm === "," && inVerbGroup) {
      const owner = appositionOwner(view, k);
      if (owner) return { slots: withCoordinated(view, owner), via: "subject" };
    }
    if (token.pos === "PRON" && SUBJECT_PRONOUNS.has(token.norm)) return resolvePronoun(scope, k);
    if (RELATIVE_PRONOUNS.has(token.norm) && inVerbGroup) {
      let a = k - 1;
      while (a >= 0 && view.tokens[a].norm === ",") a--;
      const antecedent = a >= 0 ? slotAt(view, a) : null;
      return antecedent ? { slots: [antecedent], via: "subject" } : null;
    }
    // A parenthesis ("ECOWAS (Economic Community ...) condemned") is skipped whole.
    if (token.norm === ")") {
      const open = openingParenthesis(view, k);
      if (open > 0) {
        k = open;
        continue;
      }
    }
    if (isClauseBoundary(token)) return null;
    if (!isNominal(view.tokens[head]) && token.pos === "ADP" && inVerbGroup) return null;
    if (!isVerbGroupToken(token)) inVerbGroup = false;
  }
  return null;
}

/** Mentions after `head` keyed by the slot they fill: the object, or the preposition before them. */
export function findComplements(
  scope: ArgumentScope,
  head: number,
  from: number,
): Map<ArgumentSlot, FoundArgument> {
  const { view } = scope;
  const found = new Map<ArgumentSlot, FoundArgument>();
  let slotName: ArgumentSlot = "object";
  for (let k = from; k < view.tokens.length && k - head <= 14; k++) {
    const token = view.tokens[k];
    const slot = slotAt(view, k);
    if (slot) {
      const slots = withCoordinated(view, slot);
      if (!found.has(slotName)) found.set(slotName, { slots, via: slotName });
      k = slots[slots.length - 1].last;
      slotName = "object";
      continue;
    }
    const preposition = SLOT_PREPOSITIONS[token.norm];
    if (preposition && (token.pos === "ADP" || token.pos === "PART" || token.norm === "to")) {
      slotName = preposition;
      continue;
    }
    if (token.pos === "PRON" && OBJECT_PRONOUNS.has(token.norm)) {
      const resolved = resolvePronoun(scope, k);
      if (resolved && !found.has(slotName)) found.set(slotName, { ...resolved, via: "pronoun" });
      continue;
    }
    // "from Western partners, especially France": the named example stands for the group.
    const specifier = token.norm === "," ? view.tokens[k + 1]?.norm : token.norm;
    if (specifier && SPECIFIERS.has(specifier) && !found.has(slotName)) {
      if (token.norm === ",") k++;
      continue;
    }
    if (token.norm === "," || isClauseBoundary(token) || RELATIVE_PRONOUNS.has(token.norm)) break;
    if ((token.pos === "VERB" || token.pos === "AUX") && k > from) break;
  }
  return found;
}

/** The possessor or modifier of a nominal trigger: "Mali's decision", "its withdrawal", "French troops". */
export function findPossessor(scope: ArgumentScope, head: number): FoundArgument | null {
  const { view } = scope;
  for (let k = head - 1; k >= 0 && head - k <= 4; k--) {
    const token = view.tokens[k];
    if (token.norm === "'s" || token.norm === "'") {
      const owner = slotAt(view, k - 1);
      if (owner) return { slots: [owner], via: "possessor" };
      return null;
    }
    const slot = slotAt(view, k);
    if (slot) return { slots: [slot], via: "possessor" };
    if (token.pos === "PRON" && POSSESSIVE_PRONOUNS.has(token.norm)) return resolvePronoun(scope, k);
    if (token.pos !== "ADJ" && token.pos !== "NOUN" && token.pos !== "NUM" && token.pos !== "PROPN")
      return null;
  }
  return null;
}

/** The source of a reporting verb framing `head`: "X said (that) ... head" or "head ..., X said". */
export function findSpeaker(scope: ArgumentScope, head: number): FoundArgument | null {
  const { view } = scope;
  const tokens = view.tokens;
  const isReporting = (k: number) => tokens[k].pos === "VERB" && scope.reportingVerbs.has(tokens[k].lemma);
  for (let k = head - 1; k >= 0; k--) {
    if (tokens[k].norm === ";") break;
    if (!isReporting(k)) continue;
    const subject = findSubject(scope, k);
    if (subject) return { ...subject, via: "speaker" };
    const after = slotAt(view, k + 1) ?? slotAt(view, k + 2);
    return after ? { slots: [after], via: "speaker" } : null;
  }
  for (let k = head + 1; k < tokens.length; k++) {
    if (tokens[k].norm === ";") break;
    if (!isReporting(k)) continue;
    for (let c = k - 1; c > head; c--) {
      if (tokens[c].norm !== ",") continue;
      for (let m = c + 1; m < tokens.length && m <= k + 4; m++) {
        const slot = slotAt(view, m);
        if (slot) return { slots: [slot], via: "speaker" };
      }
      return null;
    }
  }
  return null;
}

/** Slots of an embedded action that name whom a speech act concerns, in priority order. */
const EMBEDDED_RECIPIENT: ArgumentSlot[] = [
  "object",
  "to",
  "against",
  "on",
  "with",
  "for",
  "from",
  "in",
  "into",
  "at",
];
const NOUN_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const ADJUNCT_POS = new Set(["ADV", "NOUN", "PROPN", "NUM", "DET", "ADJ"]);

/**
 * The recipient a speech act takes from its complement when it names none itself: the
 * subject of a that-clause ("demanded that Mali hold elections") or the participant of an
 * infinitive ("threatened to cut supplies to Mali", "refused to withdraw from Mali").
 */
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
  if (tokens[k]?.norm === "that") {
    for (let m = k + 1; m < tokens.length && m - k <= 5; m++) {
      const slot = slotAt(scope.view, m);
      if (slot) return { slots: withCoordinated(scope.view, slot), via: "object" };
      if (!NOUN_PHRASE_POS.has(tokens[m].pos)) return null;
    }
    return null;
  }
  if (tokens[k]?.norm !== "to") return null;
  let verb = k + 1;
  while (verb < tokens.length && verb - k <= 3 && tokens[verb].pos === "ADV") verb++;
  return tokens[verb]?.pos === "VERB" ? embeddedParticipant(scope, verb) : null;
}

function embeddedParticipant(scope: ArgumentScope, verb: number): FoundArgument | null {
  const complements = findComplements(scope, verb, verb + 1);
  for (const slot of EMBEDDED_RECIPIENT) {
    const found = complements.get(slot);
    // "withdraw its troops from X": the actor's own forces are not whom the act concerns.
    if (found && !(slot === "object" && ownedBySubject(scope.view, found.slots[0]))) return found;
  }
  return null;
}

/** "its troops", "their forces": a mention the clause's subject owns. */
export function ownedBySubject(view: SentenceView, slot: MentionSlot): boolean {
  const before = view.tokens[slot.first - 1];
  return before !== undefined && POSSESSIVE_PRONOUNS.has(before.norm) && before.norm !== "her";
}
