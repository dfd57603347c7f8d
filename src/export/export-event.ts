/**
 * What every export reads: a coded event plus the document facts and evidence sentence it
 * came from. A `StoredEvent` from the store is one already; `eventsOfDoc` makes them from a
 * freshly analysed `Doc`, so `entente code` and `entente export` share one mapping.
 */
import type { CodedEvent, Doc } from "../doc.js";
import type { StoredEvent } from "../store/types.js";

export type ExportEvent = CodedEvent &
  Pick<
    StoredEvent,
    "docKey" | "docTitle" | "publisher" | "published" | "text" | "sentenceStart" | "sentenceEnd"
  >;

/** The document's events with their evidence sentence, in the order the coder produced them. */
export function eventsOfDoc(doc: Doc): ExportEvent[] {
  return doc.events.map((event) => {
    const sentence = doc.sentences[event.sentence];
    const start = sentence?.start ?? event.trigger.start;
    const end = sentence?.end ?? event.trigger.end;
    return {
      ...event,
      docKey: doc.meta.key,
      docTitle: doc.meta.title ?? null,
      publisher: doc.meta.publisher ?? null,
      published: doc.meta.published ?? null,
      text: doc.text.slice(start, end),
      sentenceStart: start,
      sentenceEnd: end,
    };
  });
}

/**
 * The words of a participant span, cut from the evidence sentence (the only text an export
 * holds); null when the span is missing or lies outside the sentence.
 */
export function spanTextInSentence(
  event: ExportEvent,
  span: { start: number; end: number } | null,
): string | null {
  if (!span || span.start < event.sentenceStart || span.end > event.sentenceEnd) return null;
  return event.text.slice(span.start - event.sentenceStart, span.end - event.sentenceStart);
}
