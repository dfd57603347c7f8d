/**
 * A commitment takes the category of what it commits to when that is a conflict action: a
 * promise to impose sanctions or expel diplomats announces that action for later, which the
 * manual codes THREATEN (as "said it would tighten the blockade"), not an AGREE to cooperate.
 * Commitments to cooperate, to concede or to retreat stay AGREE, as the gold standard codes
 * "agreed to resign" and "announced it will return weapons".
 */
import { intensityOf, isModeOf, type PloverCategory, quadCodeOf } from "./ontology.js";
import type { SentenceEvent } from "./restatements.js";
import type { TriggerMatch } from "./triggers.js";

const CONFLICT_ACTIONS = new Set<string>(["SANCTION", "COERCE", "ASSAULT", "MOBILIZE"]);

/** The content's own mode where the new category has it ("expel"), violence for an assault. */
function threatMode(category: PloverCategory, content: SentenceEvent): string | null {
  const own = content.mode[0];
  if (own && isModeOf(category, own)) return own;
  return content.event[0] === "ASSAULT" && isModeOf(category, "violence") ? "violence" : null;
}

/** A speech act naming no recipient concerns the recipient of what it is about: "offered to
 * mediate between X and Y" is an offer to X and Y. */
export function inheritRecipient(event: SentenceEvent, content: SentenceEvent): void {
  if (event.recipient.length > 0) return;
  const actors = new Set(event.actor.map((a) => a.entityId ?? a.code));
  event.recipient = content.recipient.filter((r) => !actors.has(r.entityId ?? r.code));
}

/** Re-code the commitment `event` from the first event of its complement, `content`. */
export function recodeCommitment(governor: TriggerMatch, event: SentenceEvent, content: SentenceEvent): void {
  const category: PloverCategory | null = governor.pattern.hostile;
  // A negated or otherwise re-coded commitment ("refused to promise ...") keeps its coding.
  if (!category || event.event[0] !== governor.pattern.category) return;
  if (!CONFLICT_ACTIONS.has(content.event[0]) || content.factuality === "negated") return;
  event.event = [category];
  const mode = threatMode(category, content);
  event.mode = mode ? [mode] : [];
  event.intensity = intensityOf(category, mode);
  event.quadCode = quadCodeOf(category);
}
