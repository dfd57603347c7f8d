/**
 * The output contract: one JSON object per event with PLOVER's field names (see the manual's
 * "PLOVER JSON" table) followed by Entente's additions. `entente code`, `entente events
 * --jsonl`, the plover-jsonl export, the API and the library entry all emit exactly this, so
 * downstream tools and outside evaluations can rely on it. Documented in
 * docs/output-contract.md; the field order is part of the contract.
 */
import type { Doc, Factuality, Granularity, Span } from "../doc.js";
import { type ExportEvent, eventsOfDoc } from "./export-event.js";

/** Character offsets `[start, end)` into the document's stored (cleaned) text. */
export type Offsets = [number, number];

export interface PloverActor {
  /** ISO 3166 alpha-3 or a PLOVER special code; null when the entity has no code. */
  code: string | null;
  sector: string | null;
  name: string;
}

export interface PloverEvidence {
  sentence: Offsets;
  trigger: Offsets;
  /** One entry per `actor` item, in the same order; null when the actor has no span in the text. */
  actor: (Offsets | null)[];
  recipient: (Offsets | null)[];
}

export interface PloverRecord {
  id: string;
  event: string[];
  mode: string[];
  context: string[];
  actor: PloverActor[];
  recipient: PloverActor[];
  date: string | null;
  enddate: string | null;
  quad_code: 1 | 2 | 3 | 4;
  event_scale: number;
  event_text: string;
  text: string;
  doc: string;
  date_precision: Granularity | null;
  date_reported: boolean;
  factuality: Factuality;
  attribution: string | null;
  confidence: number;
  evidence: PloverEvidence;
}

/** The contract's fields in output order. */
export const PLOVER_RECORD_FIELDS = [
  "id",
  "event",
  "mode",
  "context",
  "actor",
  "recipient",
  "date",
  "enddate",
  "quad_code",
  "event_scale",
  "event_text",
  "text",
  "doc",
  "date_precision",
  "date_reported",
  "factuality",
  "attribution",
  "confidence",
  "evidence",
] as const satisfies readonly (keyof PloverRecord)[];

function offsets(span: Span): Offsets {
  return [span.start, span.end];
}

function actorOf(participant: ExportEvent["actor"][number]): PloverActor {
  return { code: participant.code, sector: participant.sector, name: participant.name };
}

/** Confidence rounded to three decimals: more digits promise a precision the coder lacks. */
function roundConfidence(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function toPloverRecord(event: ExportEvent): PloverRecord {
  // Built in PLOVER_RECORD_FIELDS order: JSON.stringify keeps insertion order.
  return {
    id: event.id,
    event: [...event.event],
    mode: [...event.mode],
    context: [...event.context],
    actor: event.actor.map(actorOf),
    recipient: event.recipient.map(actorOf),
    date: event.date,
    enddate: event.enddate,
    quad_code: event.quadCode,
    event_scale: event.intensity,
    event_text: event.trigger.text,
    text: event.text,
    doc: event.docKey,
    date_precision: event.datePrecision,
    date_reported: event.dateReported,
    factuality: event.factuality,
    attribution: event.attribution,
    confidence: roundConfidence(event.confidence),
    evidence: {
      sentence: [event.sentenceStart, event.sentenceEnd],
      trigger: offsets(event.trigger),
      actor: event.actor.map((p) => (p.span ? offsets(p.span) : null)),
      recipient: event.recipient.map((p) => (p.span ? offsets(p.span) : null)),
    },
  };
}

/** Every event of an analysed document as contract records. */
export function ploverRecordsOfDoc(doc: Doc): PloverRecord[] {
  return eventsOfDoc(doc).map(toPloverRecord);
}
