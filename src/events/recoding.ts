/**
 * Re-codings the PLOVER manual prescribes once factuality is known, and a few that follow
 * from its definitions: cooperation announced for later is AGREE; a retreat announced for
 * later is CONCEDE; refusing to agree is REJECT; a conflict action announced for later, by a
 * speaker or on a condition ("said it would tighten the blockade", "will boycott unless
 * ...") is a THREATEN; a joint exercise is COOPERATE.
 */
import type { EventParticipant, Factuality, Token } from "../doc.js";
import type { PloverCategory } from "./ontology.js";
import type { EventPattern } from "./patterns.js";

const FUTURE_RECODING: Partial<Record<PloverCategory, PloverCategory>> = {
  CONSULT: "AGREE",
  SUPPORT: "AGREE",
  COOPERATE: "AGREE",
  AID: "AGREE",
  RETREAT: "CONCEDE",
};

const CONFLICT_ACTIONS = new Set<PloverCategory>(["PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]);
const CONDITIONS = new Set(["unless", "if"]);

export interface Coding {
  category: PloverCategory;
  mode: string | null;
  factuality: Factuality;
}

function conditionFollows(tokens: readonly Token[], head: number): boolean {
  for (let k = head + 1; k < tokens.length; k++) if (CONDITIONS.has(tokens[k].norm)) return true;
  return false;
}

export function recode(
  pattern: EventPattern,
  factuality: Factuality,
  tokens: readonly Token[],
  head: number,
  actor: readonly EventParticipant[],
  announced: boolean,
): Coding {
  const category = pattern.category;
  if (factuality === "future") {
    const recoded = FUTURE_RECODING[category];
    if (recoded) return { category: recoded, mode: null, factuality: "asserted" };
    if (CONFLICT_ACTIONS.has(category) && (conditionFollows(tokens, head) || announced)) {
      return { category: "THREATEN", mode: null, factuality: "asserted" };
    }
  }
  if (factuality === "negated" && category === "AGREE")
    return { category: "REJECT", mode: null, factuality: "asserted" };
  if (pattern.joint && new Set(actor.map((a) => a.code).filter(Boolean)).size >= 2) {
    return { category: pattern.joint, mode: null, factuality };
  }
  return { category, mode: pattern.mode, factuality };
}
