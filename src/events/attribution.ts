/**
 * Attribution: whose claim a sentence reports. "According to X ...", "X said (that) ...",
 * "..., X said." and "X denied ..." name the source; the author's own voice gives null.
 */
import type { Token } from "../doc.js";
import type { ArgumentScope } from "./arguments.js";
import { findSubject } from "./arguments.js";
import { type FactualityCues, phrasesStartingAt } from "./cues.js";

const NOUN_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]);

function text(
  tokens: readonly Token[],
  first: number,
  last: number,
  sentenceText: (from: number, to: number) => string,
) {
  return sentenceText(tokens[first].start, tokens[last].end);
}

/** The noun phrase ending just before `k` (or starting at `k` when `forward`), up to 8 words. */
function nounPhrase(tokens: readonly Token[], k: number, forward: boolean): [number, number] | null {
  let first = k;
  let last = k;
  const step = forward ? 1 : -1;
  let at = k;
  while (at >= 0 && at < tokens.length && Math.abs(at - k) < 8 && NOUN_PHRASE_POS.has(tokens[at].pos)) {
    if (forward) last = at;
    else first = at;
    at += step;
  }
  if (
    forward
      ? last === k && !NOUN_PHRASE_POS.has(tokens[k]?.pos ?? "")
      : first === k && !NOUN_PHRASE_POS.has(tokens[k]?.pos ?? "")
  ) {
    return null;
  }
  return [first, last];
}

/** The source of the speech act at reporting verb `verb`: the noun phrase before it ("the
 * ministry said"), after it (", said the minister"), or its subject when that is a pronoun. */
export function speakerOf(
  scope: ArgumentScope,
  verb: number,
  slice: (from: number, to: number) => string,
): string | null {
  const tokens = scope.view.tokens;
  let end = verb - 1;
  while (end >= 0 && (tokens[end].pos === "AUX" || tokens[end].pos === "ADV")) end--;
  const before = nounPhrase(tokens, end, false);
  if (before) return text(tokens, before[0], before[1], slice);
  const after = nounPhrase(tokens, verb + 1, true);
  if (after) return text(tokens, after[0], after[1], slice);
  const subject = findSubject(scope, verb);
  return subject?.via === "pronoun" ? subject.slots[0].mention.name : null;
}

export function findAttribution(
  scope: ArgumentScope,
  head: number,
  cues: FactualityCues,
  slice: (from: number, to: number) => string,
): string | null {
  const tokens = scope.view.tokens;
  for (let k = 0; k < tokens.length; k++) {
    for (const phrase of phrasesStartingAt(tokens, k, cues.sourcePhrases)) {
      const source = nounPhrase(tokens, k + phrase.length, true);
      if (source) return text(tokens, source[0], source[1], slice);
    }
  }
  // A reporting verb before the trigger frames it; one after it frames it only as a tag
  // ("..., the ministry said"), that is when a comma or quote separates the two.
  for (let k = head - 1; k >= 0; k--) {
    if (tokens[k].pos === "VERB" && cues.reportingVerbs.has(tokens[k].lemma))
      return speakerOf(scope, k, slice);
  }
  for (let k = head + 1; k < tokens.length; k++) {
    const token = tokens[k];
    if (token.pos !== "VERB" || !cues.reportingVerbs.has(token.lemma)) continue;
    for (let c = k - 1; c > head && k - c <= 8; c--) {
      const norm = tokens[c].norm;
      if (norm === "," || norm === '"' || norm === "\u201d") return speakerOf(scope, k, slice);
    }
  }
  return null;
}
