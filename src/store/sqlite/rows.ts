/** Conversions between SQLite rows and the Doc layers; JSON columns hold lists and objects. */
import type { CodedEvent, Granularity, TextCue } from "../../doc.js";
import { SENTENCE_TEXT_SQL } from "../migrations/005-sentence-text-from-document.js";
import type { StoredEvent } from "../types.js";

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

/** An event row joined with its document and evidence sentence (see EVENT_WITH_EVIDENCE). */
export interface JoinedEventRow extends EventRow {
  doc_key: string;
  doc_title: string | null;
  publisher: string | null;
  published: string | null;
  text: string;
  sentence_start: number;
  sentence_end: number;
}

/** SELECT list and joins that produce a JoinedEventRow from `events e`. */
export const EVENT_WITH_EVIDENCE = `SELECT e.*, d.key AS doc_key, d.title AS doc_title, d.publisher, d.published, ${SENTENCE_TEXT_SQL} AS text,
       s.start AS sentence_start, s.end AS sentence_end
  FROM events e
  JOIN documents d ON d.id = e.doc_id
  JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence`;

export function storedEventFromRow(row: JoinedEventRow): StoredEvent {
  return {
    ...eventFromRow(row),
    docId: row.doc_id,
    docKey: row.doc_key,
    docTitle: row.doc_title,
    publisher: row.publisher,
    published: row.published,
    text: row.text,
    sentenceStart: row.sentence_start,
    sentenceEnd: row.sentence_end,
  };
}
