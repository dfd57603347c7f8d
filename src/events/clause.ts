/**
 * Shallow syntax over UD POS tags: the token classes the argument and factuality rules walk
 * over (verb groups, clause boundaries, relative pronouns, passive voice). No parser: these
 * few rules are what lets the coder run at thousands of sentences per second.
 */
import type { Token } from "../doc.js";

const CLAUSE_BREAKERS = new Set([";", ":", "—", "–", "(", ")", "[", "]"]);
const SUBORDINATORS = new Set([
  "because",
  "although",
  "though",
  "while",
  "whereas",
  "since",
  "when",
  "whenever",
  "after",
  "before",
  "until",
  "unless",
  "if",
  "whether",
  "once",
  "but",
  "yet",
  "as",
]);
export const RELATIVE_PRONOUNS = new Set(["which", "who", "whom", "whose", "that"]);
const BE_OR_GET = new Set(["be", "get"]);
/** Participles that after "be" describe a stance, not an action done to the subject: "is opposed to". */
const STANCE_PARTICIPLES = new Set([
  "opposed",
  "committed",
  "determined",
  "dedicated",
  "devoted",
  "resolved",
  "poised",
  "inclined",
  "disposed",
]);

/** Tokens that can sit inside a verb group between a subject and its main verb. */
export function isVerbGroupToken(token: Token): boolean {
  return (
    token.pos === "AUX" ||
    token.pos === "ADV" ||
    token.pos === "PART" ||
    token.pos === "VERB" ||
    token.norm === "to" ||
    token.norm === "not"
  );
}

/** Hard clause boundaries: punctuation that closes a clause, and subordinating words. */
export function isClauseBoundary(token: Token): boolean {
  if (CLAUSE_BREAKERS.has(token.norm)) return true;
  return token.pos === "SCONJ" || (SUBORDINATORS.has(token.norm) && token.pos !== "ADP");
}

/** Boundaries for cue scope: hard boundaries plus commas and complementisers. */
export function isScopeBoundary(token: Token): boolean {
  return isClauseBoundary(token) || token.norm === "," || RELATIVE_PRONOUNS.has(token.norm);
}

export function isNominal(token: Token): boolean {
  return token.pos === "NOUN" || token.pos === "PROPN";
}

/** "is opposed to X", "remains committed to X": a stance participle whose "to" names its object. */
export function isStanceParticiple(token: Token): boolean {
  return token.pos === "VERB" && STANCE_PARTICIPLES.has(token.norm);
}

/** A participle after a form of be/get ("were imposed") or directly before "by" ("imposed by"). */
export function isPassive(tokens: readonly Token[], head: number): boolean {
  const token = tokens[head];
  if (token.pos !== "VERB" || token.norm === token.lemma || token.norm.endsWith("ing")) return false;
  if (tokens[head + 1]?.norm === "by") return true;
  if (STANCE_PARTICIPLES.has(token.norm)) return false;
  for (let k = head - 1; k >= 0 && k >= head - 4; k--) {
    const before = tokens[k];
    if (BE_OR_GET.has(before.lemma) && (before.pos === "AUX" || before.pos === "VERB")) return true;
    if (before.pos !== "ADV" && before.norm !== "not") return false;
  }
  return false;
}

/** Index of the first hard clause boundary after `from`, or the sentence length. */
export function clauseEnd(tokens: readonly Token[], from: number, withCommas: boolean): number {
  for (let k = from + 1; k < tokens.length; k++) {
    const token = tokens[k];
    if (isClauseBoundary(token) || (withCommas && token.norm === ",")) return k;
  }
  return tokens.length;
}
