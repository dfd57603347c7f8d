/**
 * Noun-phrase shapes the argument rules share: group nouns that stand for their owner ("the
 * government of Mali", "protesters in Bamako"), prepositional phrases, event nouns, and
 * modifiers tagged as verbs ("war-torn", "neighbouring") that do not end a phrase.
 */
import type { Token } from "../doc.js";
import type { MentionSlot, SentenceView } from "./sentence-view.js";

/** Nouns that stand for a group or office of the entity in "X of/from Y": "the government of Mali". */
export const GROUP_HEADS = new Set(
  (
    "government president minister ministry army forces troops soldiers leader leaders leadership authorities " +
    "member members people representatives delegation delegations officials supporters militants fighters police junta " +
    "parliament regime navy envoy ambassador head chief spokesman spokeswoman units contingent diplomats rebels " +
    "citizens residents activists students workers protesters demonstrators groups elders youths convoy convoys " +
    "patrol patrols column unit units detachment battalion team teams force hundreds thousands dozens scores"
  ).split(" "),
);

const LEADING = new Set(["led", "commanded", "headed"]);

/** Prepositions that place a group without naming another owner: "protesters in Bamako". */
const LOCATIVE_OF_GROUP = new Set(["in", "throughout", "across"]);

export function slotAt(view: SentenceView, k: number): MentionSlot | null {
  const index = view.mentionAt[k];
  return index >= 0 ? view.mentions[index] : null;
}

/** Does the noun phrase ending at `head` hold no actor mention of its own ("students", not "Malian students")? */
export function bareGroup(view: SentenceView, head: number): boolean {
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
export function inPrepositionalPhrase(view: SentenceView, slot: MentionSlot): boolean {
  let k = slot.first - 1;
  while (k >= 0 && (view.tokens[k].pos === "DET" || view.tokens[k].pos === "ADJ")) k--;
  const before = view.tokens[k];
  if (before?.pos !== "ADP") return false;
  const group = GROUP_HEADS.has(view.tokens[k - 1]?.norm ?? "");
  if (before.norm === "of" || before.norm === "from") return !group;
  // "soldiers led by Colonel Goita": the leader names the group.
  if (before.norm === "by" && LEADING.has(view.tokens[k - 1]?.norm ?? ""))
    return !GROUP_HEADS.has(view.tokens[k - 2]?.norm ?? "");
  if (LOCATIVE_OF_GROUP.has(before.norm)) return !(group && bareGroup(view, k - 1));
  return true;
}

/** Suffixes of nouns that name an action ("violations", "removal", "admission", "failure"). */
const EVENT_SUFFIXES = ["tion", "tions", "sion", "sions", "ment", "ments", "al", "als", "ure", "ures"];
const EVENT_NOUNS = new Set(
  (
    "decision decisions policy policies reforms reform plan plans move moves visit visits arrival trip trips " +
    "tour remarks comments comment words speech actions action conduct behaviour behavior role " +
    "stance position claims claim threats threat offer proposal proposals bid attempt attempts demands " +
    "demand refusal handling treatment response call calls appeal support backing use buildup build-up " +
    "incursion incursions raid raids attack attacks strikes campaign crackdown withdrawal pullout"
  ).split(" "),
);

/** Does the noun at `k` name an action, whose by-agent or of-owner is who acts? */
export function isEventNoun(token: Token): boolean {
  if (token.pos !== "NOUN") return false;
  if (EVENT_NOUNS.has(token.norm)) return true;
  return token.norm.length > 5 && EVENT_SUFFIXES.some((suffix) => token.norm.endsWith(suffix));
}

/** Prepositions rarely followed by a gerund: after them an -ing word modifies a noun
 * ("from neighbouring Lebanon"); after "by", "before", "without" it heads a clause. */
const NOUN_PREPOSITIONS = new Set([
  "from",
  "in",
  "to",
  "with",
  "of",
  "against",
  "on",
  "into",
  "at",
  "toward",
  "towards",
]);

/**
 * A word tagged as a verb that modifies the noun after it: the second half of a hyphenated
 * compound ("war-torn", "peace-keeping") or a participle between a determiner or
 * preposition and its noun ("from neighbouring Lebanon", "the ruling party").
 */
export function isPremodifyingVerb(view: SentenceView, k: number): boolean {
  const tokens = view.tokens;
  const token = tokens[k];
  if (token.pos !== "VERB") return false;
  const before = tokens[k - 1];
  if (before?.norm === "-" && before.end === token.start) return true;
  const hyphen = tokens[k + 1];
  if (hyphen?.norm === "-" && hyphen.start === token.end && tokens[k + 2]?.start === hyphen.end) return true;
  if (token.norm === token.lemma || !(token.norm.endsWith("ing") || token.norm.endsWith("ed"))) return false;
  const next = tokens[k + 1];
  const nounNext =
    next !== undefined && (next.pos === "NOUN" || next.pos === "PROPN" || view.mentionAt[k + 1] >= 0);
  return nounNext && (before === undefined || before.pos === "DET" || NOUN_PREPOSITIONS.has(before.norm));
}

const APPROXIMATORS = new Set(["about", "around", "nearly", "some"]);

/** Length of a quantity phrase starting at `k` whose preposition is no complement:
 * "at least 20", "up to 16", "more than 500"; 0 when none starts there. */
export function quantityPhraseLength(tokens: readonly Token[], k: number): number {
  const word = tokens[k].norm;
  const next = tokens[k + 1]?.norm;
  if (word === "at" && (next === "least" || next === "most")) return 2;
  if (APPROXIMATORS.has(word) && tokens[k + 1]?.pos === "NUM") return 1;
  if (
    (word === "up" && next === "to") ||
    ((word === "more" || word === "less" || word === "fewer") && next === "than")
  )
    return tokens[k + 2]?.pos === "NUM" ? 2 : 0;
  return 0;
}
