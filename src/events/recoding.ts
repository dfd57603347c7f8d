/**
 * Re-codings the PLOVER manual prescribes once factuality is known, and a few that follow
 * from its definitions: cooperation announced for later is AGREE; a retreat announced for
 * later is CONCEDE; refusing to agree is REJECT; a conflict action announced for later, by a
 * speaker or on a condition ("said it would tighten the blockade", "will boycott unless
 * ...") is a THREATEN; a joint exercise is COOPERATE; a deployment into another country is an AID; training with no one trained
 * named builds the actor's own forces (MOBILIZE); "protested" as a reporting tag is verbal
 * disapproval (ACCUSE), not a demonstration.
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

const HOST_SLOTS = new Set(["to", "in", "into"]);

/** "deployed troops in Mali" (by Russia, or by no one named): the place is a host, not the actor's home. */
function isHostAbroad(
  actor: readonly EventParticipant[],
  recipient: readonly EventParticipant[],
  via: string | null,
): boolean {
  if (via === null || !HOST_SLOTS.has(via) || recipient.length === 0) return false;
  const home = new Set(actor.map((a) => a.code));
  return recipient.every((r) => r.code !== null && !home.has(r.code));
}

/** What the re-codings look at besides the pattern and factuality. */
export interface RecodingScope {
  tokens: readonly Token[];
  head: number;
  actor: readonly EventParticipant[];
  recipient: readonly EventParticipant[];
  /** The slot the recipient came from ("to", "against", ...). */
  recipientVia: string | null;
  /** The trigger is a trailing reporting tag (", a rights group protested"). */
  reportingTag: boolean;
  /** Someone stated the intention ("said it would ..."). */
  announced: boolean;
}

export function recode(pattern: EventPattern, factuality: Factuality, scope: RecodingScope): Coding {
  const { tokens, head, actor, recipient, announced } = scope;
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
  if (pattern.abroad && isHostAbroad(actor, recipient, scope.recipientVia)) {
    return { category: pattern.abroad, mode: null, factuality };
  }
  if (category === "PROTEST" && scope.reportingTag)
    return { category: "ACCUSE", mode: "disapprove", factuality };
  if (pattern.alone && recipient.length === 0) return { category: pattern.alone, mode: null, factuality };
  return { category, mode: pattern.mode, factuality };
}
