/**
 * Coordinated participants: "Mali, Niger and Burkina Faso", "the Sudanese government and the
 * rebels", "Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov" (a conjunct
 * whose head is no mention is named by a mention that modifies it).
 */
import { inPrepositionalPhrase, slotAt } from "./noun-phrase.js";
import type { MentionSlot, SentenceView } from "./sentence-view.js";

const COORDINATORS = new Set(["and", ",", "&"]);
/** Words that may open a conjunct before its mention: "and the rebels", "and his party". */
const CONJUNCT_OPENERS = new Set(["the", "his", "her", "its", "their"]);
const CONJUNCT_WORDS = new Set(["NOUN", "PROPN", "ADJ"]);

/** The mention naming the conjunct that ends at `end`: the mention there, or one modifying its head. */
function leftConjunct(view: SentenceView, end: number, viaAnd: boolean): MentionSlot | null {
  const direct = slotAt(view, end);
  if (direct || !viaAnd) return direct;
  for (let k = end; k >= 0 && end - k <= 5; k--) {
    const slot = slotAt(view, k);
    if (slot) return slot;
    if (!CONJUNCT_WORDS.has(view.tokens[k].pos)) return null;
  }
  return null;
}

function rightConjunct(view: SentenceView, start: number): MentionSlot | null {
  const direct = slotAt(view, start);
  if (direct) return direct;
  return CONJUNCT_OPENERS.has(view.tokens[start]?.norm ?? "") ? slotAt(view, start + 1) : null;
}

/** After a modifying mention, the index past the noun it modifies when "and" follows it:
 * "an Israeli peace movement and the PLO". */
function headEnd(view: SentenceView, last: number): number {
  let k = last + 1;
  while (k < view.tokens.length && k - last <= 3 && view.mentionAt[k] < 0 && view.tokens[k].pos === "NOUN")
    k++;
  return view.tokens[k]?.norm === "and" ? k : last + 1;
}

/** Adds mentions coordinated with `slot`. */
export function withCoordinated(view: SentenceView, slot: MentionSlot): MentionSlot[] {
  const found = [slot];
  // Commas join a list only when an "and"/"or" closes it ("Mali, Niger and Chad"); "In Mali,
  // Russia ..." is no list.
  let joined = false;
  let start = slot.first;
  if (CONJUNCT_OPENERS.has(view.tokens[start - 1]?.norm ?? "")) start--;
  for (let k = start - 1; k > 0 && COORDINATORS.has(view.tokens[k].norm); ) {
    const left = leftConjunct(view, k - 1, view.tokens[k].norm !== ",");
    if (!left || inPrepositionalPhrase(view, left)) break;
    joined ||= view.tokens[k].norm !== ",";
    found.unshift(left);
    k = left.first - 1;
    if (CONJUNCT_OPENERS.has(view.tokens[k]?.norm ?? "")) k--;
  }
  for (
    let k = headEnd(view, found[found.length - 1].last);
    k + 1 < view.tokens.length && COORDINATORS.has(view.tokens[k].norm);
  ) {
    const right = rightConjunct(view, k + 1);
    if (!right) break;
    joined ||= view.tokens[k].norm !== ",";
    found.push(right);
    k = right.last + 1;
  }
  return joined ? found : [slot];
}
