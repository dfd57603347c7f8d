/**
 * Factuality (PLOVER's auxiliary modes, refined): is the event asserted, negated, future,
 * hypothetical or recommended, with the cue that says so; and attribution, when the text
 * reports someone else's claim ("according to X", "X said", "X denied ...").
 */
import type { Factuality, TextCue, Token } from "../doc.js";
import { isNominal, isScopeBoundary, isVerbGroupToken } from "./clause.js";
import { type FactualityCues, type ModalCues, type PhraseList, phrasesStartingAt } from "./cues.js";
import { followingAuxiliary, isClauseSubject, modalScopeStart } from "./modal-scope.js";

export interface FactualityResult {
  factuality: Factuality;
  cue: TextCue | null;
  /** Index of the denial verb when the event lies in what someone denied. */
  denier: number | null;
}

const NOMINAL_FILLERS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PRON"]);

function cueOf(tokens: readonly Token[], first: number, last: number): TextCue {
  return {
    start: tokens[first].start,
    end: tokens[last].end,
    text: tokens
      .slice(first, last + 1)
      .map((t) => t.text)
      .join(" "),
  };
}

/** Start of the clause holding `head` (the token after the nearest scope boundary). */
function scopeStart(tokens: readonly Token[], head: number): number {
  for (let k = head - 1; k >= 0; k--) if (isScopeBoundary(tokens[k])) return k + 1;
  return 0;
}

/** The phrase from `phrases` that ends nearest before `head` inside [from, head), with its start. */
function nearestPhrase(tokens: readonly Token[], from: number, head: number, phrases: PhraseList) {
  for (let k = head - 1; k >= from; k--) {
    for (const phrase of phrasesStartingAt(tokens, k, phrases)) {
      if (k + phrase.length <= head) return { first: k, last: k + phrase.length - 1 };
    }
  }
  return null;
}

function nearestModal(tokens: readonly Token[], from: number, head: number, cues: ModalCues) {
  const phrase = nearestPhrase(tokens, from, head, cues.phrases);
  for (let k = head - 1; k >= from; k--) {
    if (phrase && phrase.last >= k) return phrase;
    const token = tokens[k];
    if (
      (token.pos === "AUX" || token.pos === "VERB") &&
      (cues.modals.has(token.norm) || cues.modals.has(token.lemma))
    ) {
      return { first: k, last: k };
    }
  }
  return phrase;
}

/** Only verb-group words (or, for nominal triggers, noun-phrase words) lie between cue and head. */
function governs(tokens: readonly Token[], cueLast: number, head: number): boolean {
  const nominal = isNominal(tokens[head]) || tokens[head].norm.endsWith("ing");
  for (let k = cueLast + 1; k < head; k++) {
    const token = tokens[k];
    if (!isVerbGroupToken(token) && !(nominal && NOMINAL_FILLERS.has(token.pos))) return false;
  }
  return true;
}

function denialGoverning(tokens: readonly Token[], head: number, cues: FactualityCues): number | null {
  for (let k = head - 1; k >= 0 && head - k <= 14; k--) {
    const token = tokens[k];
    if (token.norm === ";" || token.norm === ":") return null;
    if (token.pos === "VERB" && cues.denialVerbs.has(token.lemma)) return k;
  }
  return null;
}

/** Did someone earlier in the sentence state an intention ("said it would ...")? */
export function reportsIntention(tokens: readonly Token[], before: number, cues: FactualityCues): boolean {
  for (let k = before - 1; k >= 0; k--) if (cues.intentionReporters.has(tokens[k].lemma)) return true;
  return false;
}

/** "It is doubtful that ...", "unlikely that ...": a hypothesis framing a whole complement clause. */
function framingCue(tokens: readonly Token[], head: number, phrases: PhraseList) {
  let start = 0;
  for (let k = head - 1; k >= 0; k--) {
    if (tokens[k].norm === ";") {
      start = k + 1;
      break;
    }
  }
  const found = nearestPhrase(tokens, start, head, phrases);
  if (!found) return null;
  const next = tokens[found.last + 1]?.norm;
  return next === "that" || next === "whether" || next === "if" ? found : null;
}

const POSSESSIVES = new Set(["its", "their", "his", "her", "our", "'s"]);
const NOUN_PHRASE_MODIFIERS = new Set(["ADJ", "ADV", "NOUN", "PROPN", "NUM"]);

/** The determiner-like token opening the noun phrase a nominal trigger heads, or -1. */
function determinerOf(tokens: readonly Token[], head: number): number {
  if (!isNominal(tokens[head])) return -1;
  let k = head - 1;
  while (k >= 0 && head - k <= 4 && NOUN_PHRASE_MODIFIERS.has(tokens[k].pos)) k--;
  return k;
}

/** "France's departure": an event owned by a named party is told as known; a modal of the
 * clause around it ("should use the space left by France's departure") does not reach it. (A
 * pronoun owner, "must be flexible in their cooperation", is the modal's own subject.) */
function isOwnedNominal(tokens: readonly Token[], head: number): boolean {
  const k = determinerOf(tokens, head);
  return k >= 0 && tokens[k].norm === "'s";
}

/** "The deployment of X may project strength": a modal after a definite subject is about what
 * the event does, not whether it happened (a gerund subject, "leaving would ...", is not definite). */
function isDefiniteNominal(tokens: readonly Token[], head: number): boolean {
  const k = determinerOf(tokens, head);
  return k >= 0 && (tokens[k].norm === "the" || POSSESSIVES.has(tokens[k].norm));
}

type Candidate = { factuality: Factuality; first: number; last: number };

const isModalWord = (token: Token, group: ModalCues) =>
  group.modals.has(token.norm) || group.modals.has(token.lemma);

/**
 * The nearest cue decides, except that a recommending modal outranks a hedging phrase in
 * what it recommends: "should explore the possibility of dialogue" urges the dialogue.
 */
function recommendationOverHedge(
  tokens: readonly Token[],
  candidates: readonly Candidate[],
  cues: FactualityCues,
): Candidate {
  const best = candidates[0];
  if (best.factuality !== "hypothetical" || isModalWord(tokens[best.first], cues.hypothetical)) return best;
  if (phrasesStartingAt(tokens, best.first, cues.conditionals).length > 0) return best;
  const urged = candidates.find(
    (c) =>
      c.factuality === "recommended" && c.last < best.first && isModalWord(tokens[c.first], cues.recommended),
  );
  return urged ?? best;
}

export function assessFactuality(
  tokens: readonly Token[],
  head: number,
  cues: FactualityCues,
): FactualityResult {
  const from = scopeStart(tokens, head);
  const asserted: FactualityResult = { factuality: "asserted", cue: null, denier: null };

  const negation = nearestPhrase(tokens, from, head, cues.negation);
  if (negation && governs(tokens, negation.last, head) && tokens[negation.last + 1]?.norm !== "only") {
    return { factuality: "negated", cue: cueOf(tokens, negation.first, negation.last), denier: null };
  }
  const nominalNegation = nearestPhrase(tokens, Math.max(from, head - 5), head, cues.nominalNegation);
  if (nominalNegation && governs(tokens, nominalNegation.last, head)) {
    return {
      factuality: "negated",
      cue: cueOf(tokens, nominalNegation.first, nominalNegation.last),
      denier: null,
    };
  }
  for (let k = head - 1; k >= from; k--) {
    if (cues.negatingVerbs.has(tokens[k].lemma) && tokens[k].pos === "VERB" && governs(tokens, k, head)) {
      return { factuality: "negated", cue: cueOf(tokens, k, k), denier: null };
    }
  }
  const denier = denialGoverning(tokens, head, cues);
  if (denier !== null) return { factuality: "negated", cue: cueOf(tokens, denier, denier), denier };

  const candidates: Candidate[] = [];
  const modalGroups: Array<[Factuality, ModalCues]> = [
    ["recommended", cues.recommended],
    ["hypothetical", cues.hypothetical],
    ["future", cues.future],
  ];
  const owned = isOwnedNominal(tokens, head);
  const modalFrom = owned ? head : modalScopeStart(tokens, head);
  const subject = isClauseSubject(tokens, head, from) && !isDefiniteNominal(tokens, head);
  const after = subject ? followingAuxiliary(tokens, head) : -1;
  for (const [factuality, group] of modalGroups) {
    const found = nearestModal(tokens, modalFrom, head, group);
    if (found) candidates.push({ factuality, ...found });
    const auxiliary = after >= 0 ? tokens[after] : null;
    if (auxiliary && (group.modals.has(auxiliary.norm) || group.modals.has(auxiliary.lemma))) {
      candidates.push({ factuality, first: after, last: after });
    }
  }
  const framing = framingCue(tokens, head, cues.hypothetical.phrases);
  if (framing) candidates.push({ factuality: "hypothetical", ...framing });
  const boundary = from > 0 ? from - 1 : -1;
  const conditional = nearestPhrase(tokens, Math.max(0, boundary), head, cues.conditionals);
  if (conditional && (conditional.first >= from || conditional.first === boundary)) {
    candidates.push({ factuality: "hypothetical", ...conditional });
  }
  if (candidates.length === 0) return asserted;
  candidates.sort((a, b) => b.last - a.last);
  const best = recommendationOverHedge(tokens, candidates, cues);
  const cue = cueOf(tokens, best.first, best.last);
  if (
    best.factuality === "hypothetical" &&
    tokens[best.first].norm === "would" &&
    reportsIntention(tokens, best.first, cues)
  ) {
    return { factuality: "future", cue, denier: null };
  }
  return { factuality: best.factuality, cue, denier: null };
}
