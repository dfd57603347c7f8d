/**
 * One happening, one event. A sentence often tells the same event twice: a nominal beside a
 * verb ("came to power in a coup"), or a verb that elaborates an earlier one of the same
 * category — an infinitive of purpose ("travelled to Moscow to discuss arms") or a
 * where-clause ("visited Bamako, where he met ..."). The most confident reading stays.
 */
import type { CodedEvent, Token } from "../doc.js";

export type SentenceEvent = Omit<CodedEvent, "id" | "date" | "enddate" | "datePrecision" | "dateReported">;

/** What the restatement rules need to know about each event's trigger. */
export interface TriggerFacts {
  head: number;
  nominal: boolean;
}

const codesOf = (list: CodedEvent["actor"]) =>
  list
    .map((p) => p.code ?? "?")
    .sort()
    .join("+");

/** Could `a` and `b` name the same side? Equal codes, or one side unnamed. */
function sameSide(a: CodedEvent["actor"], b: CodedEvent["actor"]): boolean {
  return a.length === 0 || b.length === 0 || codesOf(a) === codesOf(b);
}

/** Do `a` and `b` share a participant (or is one unnamed)? "he met X" shares its visitor with "he visited". */
function shareSide(a: CodedEvent["actor"], b: CodedEvent["actor"]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const codes = new Set(a.map((p) => p.code));
  return b.some((p) => p.code !== null && codes.has(p.code));
}

const ELABORATING = new Set(["where", "whereby"]);

/** Is the trigger at `later` an infinitive of purpose or in a where-clause after `earlier`? */
function elaborates(tokens: readonly Token[], earlier: number, later: number): boolean {
  if (later <= earlier) return false;
  const before = tokens[later - 1];
  if (before?.norm === "to" && before.pos === "PART" && tokens[later].pos === "VERB") return true;
  for (let k = earlier + 1; k < later; k++) if (ELABORATING.has(tokens[k].norm)) return true;
  return false;
}

/** A verb elaborating an earlier trigger of the same category adds no happening of its own. */
function isElaboration(
  event: SentenceEvent,
  others: readonly SentenceEvent[],
  facts: ReadonlyMap<SentenceEvent, TriggerFacts>,
  tokens: readonly Token[],
): boolean {
  const own = facts.get(event);
  if (!own || own.nominal) return false;
  return others.some((other) => {
    const theirs = facts.get(other);
    return (
      theirs !== undefined &&
      other.event[0] === event.event[0] &&
      other.factuality === event.factuality &&
      shareSide(other.actor, event.actor) &&
      elaborates(tokens, theirs.head, own.head)
    );
  });
}

export function withoutRestatements(
  events: readonly SentenceEvent[],
  facts: ReadonlyMap<SentenceEvent, TriggerFacts>,
  tokens: readonly Token[],
): SentenceEvent[] {
  const nominal = (e: SentenceEvent) => facts.get(e)?.nominal ?? false;
  const kept: SentenceEvent[] = [];
  const news = events.filter((event) => !isElaboration(event, events, facts, tokens));
  for (const event of [...news].sort((a, b) => b.confidence - a.confidence)) {
    // Two verbs are two predications ("imposed sanctions and closed its borders"); a nominal
    // beside a verb or another nominal of the same category restates one of them.
    const twin = kept.find(
      (k) =>
        (nominal(k) || nominal(event)) &&
        k.event[0] === event.event[0] &&
        sameSide(k.actor, event.actor) &&
        sameSide(k.recipient, event.recipient),
    );
    if (!twin) kept.push(event);
  }
  return kept.sort((a, b) => a.trigger.start - b.trigger.start);
}
