/**
 * Cuts a document's text into segments for display: each segment knows its sentence and
 * which layers cover it (actor mention, date, event trigger). Only offsets are used; the
 * text itself is later rendered as text nodes, never parsed as HTML.
 */
import type { StoredDocument } from "./api";

export type Layer = "actor" | "date" | "trigger";

export interface Segment {
  start: number;
  end: number;
  sentence: number | null;
  layers: Layer[];
  /** A short description for the title tooltip. */
  note: string;
}

interface Mark {
  start: number;
  end: number;
  layer: Layer;
  note: string;
}

export function segments(doc: StoredDocument): Segment[] {
  const marks: Mark[] = [
    ...doc.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      layer: "actor" as const,
      note: `${m.name}${m.code ? ` (${[m.code, m.sector].filter(Boolean).join(" ")})` : ""}`,
    })),
    ...doc.timexes.map((t) => ({
      start: t.start,
      end: t.end,
      layer: "date" as const,
      note: `date: ${t.value.start}`,
    })),
    ...doc.events.map((e) => ({
      start: e.trigger.start,
      end: e.trigger.end,
      layer: "trigger" as const,
      note: `${e.event[0]} (${e.factuality})`,
    })),
  ].filter((m) => m.start < m.end && m.end <= doc.text.length);
  const cuts = new Set([0, doc.text.length]);
  for (const s of doc.sentences) cuts.add(s.start).add(s.end);
  for (const m of marks) cuts.add(m.start).add(m.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= doc.text.length).sort((a, b) => a - b);
  const result: Segment[] = [];
  let sentence = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    while (sentence < doc.sentences.length && doc.sentences[sentence].end <= start) sentence++;
    const s = doc.sentences[sentence];
    const inside = s && s.start <= start && end <= s.end ? s.index : null;
    const covering = marks.filter((m) => m.start <= start && end <= m.end);
    result.push({
      start,
      end,
      sentence: inside,
      layers: [...new Set(covering.map((m) => m.layer))],
      note: covering.map((m) => m.note).join("; "),
    });
  }
  return result;
}

/** Groups consecutive segments of one sentence, so each sentence is one element to scroll to. */
export function bySentence(list: Segment[]): { sentence: number | null; segments: Segment[] }[] {
  const groups: { sentence: number | null; segments: Segment[] }[] = [];
  for (const segment of list) {
    const last = groups.at(-1);
    if (last && last.sentence === segment.sentence) last.segments.push(segment);
    else groups.push({ sentence: segment.sentence, segments: [segment] });
  }
  return groups;
}
