/**
 * Finding an event's actor and recipient in the sentence around its trigger: the subject to
 * the left of a verb, its object or prepositional complement to the right, the by-agent of
 * a passive, the possessor or modifier of a nominalisation, relative-clause antecedents,
 * coordinated actors, and pronouns resolved to the nearest compatible mention.
 */
import { isClauseBoundary, isNominal, isVerbGroupToken, RELATIVE_PRONOUNS } from "./clause.js";
import { withCoordinated } from "./coordination.js";
import { inPrepositionalPhrase, slotAt } from "./noun-phrase.js";
import type { ArgumentSlot } from "./patterns.js";
import type { MentionSlot, SentenceView } from "./sentence-view.js";

export interface FoundArgument {
  slots: MentionSlot[];
  /** How it was found: the slot name, or "pronoun" when an it/they was resolved. */
  via: ArgumentSlot | "pronoun";
}

const SUBJECT_PRONOUNS = new Set(["it", "they", "he", "she", "we"]);
const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "her"]);
const PERSON_PRONOUNS = new Set(["he", "she", "his", "her", "him"]);
const PLURAL_PRONOUNS = new Set(["they", "their", "them"]);
/** The previous sentence, for pronouns whose antecedent is outside the current one. */
export interface ArgumentScope {
  view: SentenceView;
  previous: SentenceView | null;
  /** Lemmas of reporting verbs ("say", "announce"), for the speaker slot. */
  reportingVerbs: ReadonlySet<string>;
  /** Token indexes of the sentence's triggers: a verb trigger's subject is not its object's. */
  triggerHeads: ReadonlySet<number>;
}

function compatible(slot: MentionSlot, pronoun: string): boolean {
  const type = slot.mention.type;
  if (PERSON_PRONOUNS.has(pronoun)) return type === "person";
  if (PLURAL_PRONOUNS.has(pronoun)) return type !== "person" || slot.mention.text.endsWith("s");
  return type !== "person";
}

/** Nearest compatible mention before `k`, else the first compatible one of the previous sentence
 * (or of the one before it, when the previous sentence names no one). */
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
  if (antecedent) return { slots: [antecedent], via: "pronoun" };
  // "X did A. The talks failed. They then ...": past a sentence that names no one at all.
  if (previous.mentions.length > 0) return null;
  const earlier = previous.before?.();
  const distant = earlier?.mentions.find(
    (slot) => compatible(slot, pronoun) && !inPrepositionalPhrase(earlier, slot),
  );
  return distant ? { slots: [distant], via: "pronoun" } : null;
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
  // "X said that removing sanctions ...": a complementiser, like a preposition, leads to the governing verb.
  if (tokens[p]?.pos !== "ADP" && tokens[p]?.pos !== "SCONJ" && tokens[p]?.norm !== "that") return undefined;
  for (let k = p - 1; k >= 0 && p - k <= 20; k--) {
    if (tokens[k].pos === "VERB" && !isNominal(tokens[k])) return findSubject(scope, k);
    if (tokens[k].norm === ";") break;
  }
  // Sentence-initial: the subject follows the fronted phrase's comma.
  if (p > 1 && !(p === 0 || tokens[p - 1].norm === ",")) return undefined;
  for (let k = head + 1; k < tokens.length && k - head <= 25; k++) {
    if (tokens[k].norm !== ",") continue;
    const subject = slotAt(view, k + 1);
    return subject ? { slots: withCoordinated(view, subject), via: "subject" } : null;
  }
  return undefined;
}

const ADVERBIAL_STARTS = new Set(["ADP", "ADV", "SCONJ"]);
const HARD_BREAKS = new Set([";", ":", "(", ")", "—", "–"]);

/**
 * "The junta, as recently as December, promised ...": an adverbial between commas before the
 * verb, holding no verb and no mention, is skipped. Returns its opening comma, or -1.
 */
function adverbialOpening(view: SentenceView, closing: number): number {
  for (let k = closing - 1; k > 0 && closing - k <= 8; k--) {
    const token = view.tokens[k];
    if (token.norm === ",") return ADVERBIAL_STARTS.has(view.tokens[k + 1].pos) && k + 1 < closing ? k : -1;
    if (token.pos === "VERB" || token.pos === "AUX" || view.mentionAt[k] >= 0 || HARD_BREAKS.has(token.norm))
      return -1;
  }
  return -1;
}

const SUBJECT_NOUN_PHRASE = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/**
 * ", a human rights group charged": a noun phrase with no mention, after a comma that closes a
 * clause of its own, is the (unnamed) subject of the verb after it; the mentions of the clause
 * before the comma are not. After a bare noun phrase the comma opens an apposition instead.
 */
function isUnnamedTagSubject(view: SentenceView, noun: number): boolean {
  const tokens = view.tokens;
  let k = noun;
  while (k >= 0 && SUBJECT_NOUN_PHRASE.has(tokens[k].pos)) {
    if (view.mentionAt[k] >= 0) return false;
    k--;
  }
  if (tokens[k]?.norm !== ",") return false;
  for (let v = k - 1; v >= 0; v--) {
    if (isClauseBoundary(tokens[v])) return false;
    if (tokens[v].pos === "VERB" || tokens[v].pos === "AUX") return true;
  }
  return false;
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
    if (!slot && inVerbGroup && token.pos === "NOUN" && isUnnamedTagSubject(view, k)) return null;
    if (slot) {
      if (!inPrepositionalPhrase(view, slot)) return { slots: withCoordinated(view, slot), via: "subject" };
      k = slot.first;
      inVerbGroup = false;
      continue;
    }
    if (token.norm === "," && inVerbGroup) {
      const owner = appositionOwner(view, k);
      if (owner) return { slots: withCoordinated(view, owner), via: "subject" };
      const opening = adverbialOpening(view, k);
      if (opening > 0) {
        k = opening;
        continue;
      }
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
