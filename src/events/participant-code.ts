/**
 * A participant mention the actors stage left without a code ("rebels", "its troops") takes
 * the code of what owns or places it in the sentence: a country mention right before it
 * ("Ivory Coast rebels"), the antecedent of its possessive pronoun ("its troops" after
 * Syria), or a place right after it ("rebels in Darfur"). The sector stays the mention's own.
 * An ethnic group is placed where it lives.
 */
import { type ArgumentScope, resolvePronoun } from "./arguments.js";
import { slotAt } from "./noun-phrase.js";
import type { MentionSlot } from "./sentence-view.js";

const POSSESSIVES = new Set(["its", "their"]);
const PLACING = new Set(["in", "of", "from"]);

function ownerCode(scope: ArgumentScope, slot: MentionSlot): string | null {
  const { view } = scope;
  const tokens = view.tokens;
  if (POSSESSIVES.has(tokens[slot.first].norm)) {
    const antecedent = resolvePronoun(scope, slot.first);
    return antecedent?.slots[0].mention.code ?? null;
  }
  const before = slotAt(view, slot.first - 1);
  if (before && before !== slot && before.mention.type === "state") return before.mention.code;
  if (PLACING.has(tokens[slot.last + 1]?.norm ?? "")) {
    let k = slot.last + 2;
    if (tokens[k]?.pos === "DET") k++;
    const place = slotAt(view, k);
    if (place && (place.mention.type === "state" || place.mention.type === "location"))
      return place.mention.code;
  }
  return null;
}

/** A place right after the mention: "Albanians of southern Serbia", "Kurds in Iraq". */
function placeAfter(scope: ArgumentScope, slot: MentionSlot): MentionSlot | null {
  const tokens = scope.view.tokens;
  if (!PLACING.has(tokens[slot.last + 1]?.norm ?? "")) return null;
  let k = slot.last + 2;
  while (k < tokens.length && k - slot.last <= 4 && (tokens[k].pos === "DET" || tokens[k].pos === "ADJ")) k++;
  const place = slotAt(scope.view, k);
  return place && (place.mention.type === "state" || place.mention.type === "location") ? place : null;
}

/**
 * An ethnic group is coded by the country it lives in, as CAMEO and PLOVER code minorities:
 * "the Albanians of southern Serbia", or "ethnic Albanians demonstrated in Serbia" (the
 * event's site). Only civilian groups named as a people are re-coded, never forces.
 */
function residenceCode(scope: ArgumentScope, slot: MentionSlot, site: MentionSlot | null): string | null {
  if (slot.mention.sector !== "CVL") return null;
  const place = placeAfter(scope, slot);
  if (place) return place.mention.code;
  return scope.view.tokens[slot.first - 1]?.norm === "ethnic" && site ? site.mention.code : null;
}

/** The slot itself, or a copy whose mention carries the code its owner or place gives it. */
export function withInheritedCode(
  scope: ArgumentScope,
  slot: MentionSlot,
  site: MentionSlot | null,
): MentionSlot {
  const code = slot.mention.code ? residenceCode(scope, slot, site) : ownerCode(scope, slot);
  return code && code !== slot.mention.code ? { ...slot, mention: { ...slot.mention, code } } : slot;
}

/** "the Sudanese government and the rebels": an uncoded conjunct shares its partners' country. */
export function withCoordinatedCode(list: MentionSlot[]): MentionSlot[] {
  const partner = list.find((slot) => slot.mention.code);
  if (!partner || list.length < 2) return list;
  const code = partner.mention.code;
  return list.map((slot) => (slot.mention.code ? slot : { ...slot, mention: { ...slot.mention, code } }));
}
