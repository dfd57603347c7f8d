/** Conversions between SQLite rows and the Doc layers; JSON columns hold lists and objects. */
import type { CodedEvent, Granularity, TextCue } from "../../doc.js";

export interface EventRow {
  id: number;
  event_id: string;
  doc_id: number;
  sentence: number;
  category: string;
  categories: string;
  mode: string;
  context: string;
  actor: string;
  recipient: string;
  date: string | null;
  enddate: string | null;
  date_precision: string | null;
  date_reported: number;
  factuality: string;
  factuality_cue: string | null;
  attribution: string | null;
  intensity: number;
  quad_code: number;
  confidence: number;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  pattern: string;
}

export function eventFromRow(row: EventRow): CodedEvent {
  return {
    id: row.event_id,
    sentence: row.sentence,
    event: JSON.parse(row.categories),
    mode: JSON.parse(row.mode),
    context: JSON.parse(row.context),
    actor: JSON.parse(row.actor),
    recipient: JSON.parse(row.recipient),
    date: row.date,
    enddate: row.enddate,
    datePrecision: row.date_precision as Granularity | null,
    dateReported: row.date_reported === 1,
    factuality: row.factuality as CodedEvent["factuality"],
    factualityCue: row.factuality_cue ? (JSON.parse(row.factuality_cue) as TextCue) : null,
    attribution: row.attribution,
    intensity: row.intensity,
    quadCode: row.quad_code as CodedEvent["quadCode"],
    confidence: row.confidence,
    trigger: { start: row.trigger_start, end: row.trigger_end, text: row.trigger_text },
    pattern: row.pattern,
  };
}

/** The month (YYYY-MM) an event falls in, for monthly aggregates; null below month precision. */
export function monthOf(date: string | null): string | null {
  return date && date.length >= 7 ? date.slice(0, 7) : null;
}
