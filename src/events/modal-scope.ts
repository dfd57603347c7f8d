/**
 * How far a modal reaches. A modal governs its clause, including verbs coordinated after a
 * comma ("might distance itself, revisit or annul ...") and participial adjuncts ("could
 * become a foothold ..., providing ..."), but not a new clause with its own subject. A
 * gerund or nominal subject takes the modal that follows it ("leaving would have been ...").
 */
import type { Token } from "../doc.js";
import { isClauseBoundary, isNominal, RELATIVE_PRONOUNS } from "./clause.js";

const SUBJECT_PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "you"]);
const BE_FORMS = new Set(["be", "get"]);

function isGerund(tokens: readonly Token[], head: number): boolean {
  const token = tokens[head];
  return token.pos === "VERB" && token.norm.endsWith("ing") && !BE_FORMS.has(tokens[head - 1]?.lemma ?? "");
}

/** After a comma at `comma`, does a new clause with its own subject start before `head`? */
function newClauseAfter(tokens: readonly Token[], comma: number, head: number): boolean {
  for (let k = comma + 1; k < head; k++) {
    const token = tokens[k];
    const subjectLike = SUBJECT_PRONOUNS.has(token.norm) || isNominal(token);
    if (!subjectLike) continue;
    for (let v = k + 1; v <= k + 3 && v <= head; v++) {
      if (tokens[v].pos === "AUX" || tokens[v].pos === "VERB") return true;
      if (!isNominal(tokens[v]) && tokens[v].pos !== "ADJ" && tokens[v].pos !== "DET") break;
    }
  }
  return false;
}

/** First token of the stretch a modal before `head` can govern it from. */
export function modalScopeStart(tokens: readonly Token[], head: number): number {
  const gerund = isGerund(tokens, head);
  for (let k = head - 1; k >= 0; k--) {
    const token = tokens[k];
    if (token.norm === ";" || token.norm === ":") return k + 1;
    if (gerund) continue;
    if (isClauseBoundary(token) || RELATIVE_PRONOUNS.has(token.norm)) return k + 1;
    if (token.norm === "," && newClauseAfter(tokens, k, head)) return k + 1;
  }
  return 0;
}

/** A gerund or nominal at the start of its clause: the subject of what follows. */
export function isClauseSubject(tokens: readonly Token[], head: number, clauseStart: number): boolean {
  if (!isNominal(tokens[head]) && !isGerund(tokens, head)) return false;
  for (let k = clauseStart; k < head; k++)
    if (tokens[k].pos === "VERB" || tokens[k].pos === "AUX") return false;
  return true;
}

/** The first auxiliary after `head` in its clause (the verb group a subject trigger heads). */
export function followingAuxiliary(tokens: readonly Token[], head: number): number {
  for (let k = head + 1; k < tokens.length && k - head <= 10; k++) {
    const token = tokens[k];
    if (token.pos === "AUX") return k;
    if (token.pos === "VERB" || isClauseBoundary(token)) return -1;
  }
  return -1;
}
