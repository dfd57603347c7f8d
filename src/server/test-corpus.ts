/**
 * A small hand-coded corpus for the API, dashboard and aggregate tests: our own sentences
 * about Mali, France and Russia (2019–2024), with mentions, dates and coded events built
 * directly, so the tests do not depend on the quality of the analysis stages.
 */
import { createHash } from "node:crypto";
import { type CodedEvent, Doc, type EntityType, type EventParticipant, type Factuality } from "../doc.js";

interface Actor {
  id: string;
  name: string;
  type: EntityType;
  code: string;
  sector: string | null;
}

export const ACTORS: Record<string, Actor> = {
  mali: { id: "mali", name: "Mali", type: "state", code: "MLI", sector: null },
  france: { id: "france", name: "France", type: "state", code: "FRA", sector: null },
  russia: { id: "russia", name: "Russia", type: "state", code: "RUS", sector: null },
  junta: { id: "mali-junta", name: "Malian junta", type: "organization", code: "MLI", sector: "GOV" },
  paris: { id: "france-gov", name: "French government", type: "organization", code: "FRA", sector: "GOV" },
  ecowas: { id: "ecowas", name: "ECOWAS", type: "organization", code: "IGO", sector: null },
};

/** An event in a fixture sentence: participants are named by how the sentence writes them. */
export interface FixtureEvent {
  category: string;
  quadCode: 1 | 2 | 3 | 4;
  intensity: number;
  trigger: string;
  actor: [keyof typeof ACTORS, string];
  /** A second actor of a joint action. */
  coActor?: [keyof typeof ACTORS, string];
  /** Absent for a joint action with no recipient. */
  recipient?: [keyof typeof ACTORS, string];
  factuality?: Factuality;
}

export interface FixtureSentence {
  text: string;
  date: string;
  /** The words of the sentence that give its date, if any. */
  timex?: string;
  events?: FixtureEvent[];
}

export interface FixtureDoc {
  key: string;
  title: string;
  publisher: string;
  published: string;
  sentences: FixtureSentence[];
}

function spanOf(text: string, needle: string, from: number): { start: number; end: number } {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`fixture: "${needle}" is not in "${text.slice(from, from + 80)}"`);
  return { start: at, end: at + needle.length };
}

export function buildFixtureDoc(fixture: FixtureDoc): Doc {
  const text = fixture.sentences.map((s) => s.text).join(" ");
  const doc = new Doc({
    text,
    meta: {
      source: `fixture/${fixture.key}.txt`,
      key: fixture.key,
      format: "text",
      title: fixture.title,
      publisher: fixture.publisher,
      published: fixture.published,
    },
  });
  doc.contentHash = createHash("sha256").update(text).digest("hex");
  doc.paragraphs = [{ index: 0, start: 0, end: text.length, heading: false }];
  let offset = 0;
  fixture.sentences.forEach((sentence, index) => {
    const start = offset;
    doc.sentences.push({ index, paragraph: 0, start, end: start + sentence.text.length });
    const granularity = sentence.date.length === 10 ? "day" : sentence.date.length === 7 ? "month" : "year";
    const value = { start: sentence.date, end: null, granularity, qualifier: null } as const;
    if (sentence.timex) {
      const span = spanOf(text, sentence.timex, start);
      doc.timexes.push({ ...span, sentence: index, text: sentence.timex, value, kind: "relative" });
    }
    const expression = sentence.timex ? doc.timexes.length - 1 : null;
    doc.sentenceDates.push({
      sentence: index,
      value,
      source: expression === null ? "reported" : "expression",
      expression,
    });
    (sentence.events ?? []).forEach((e) => {
      const participant = ([key, words]: [string, string]): EventParticipant => {
        const actor = ACTORS[key];
        const span = spanOf(text, words, start);
        doc.mentions.push({
          ...span,
          sentence: index,
          text: words,
          entityId: actor.id,
          name: actor.name,
          type: actor.type,
          code: actor.code,
          sector: actor.sector,
          confidence: 1,
          via: "fixture",
        });
        return { entityId: actor.id, code: actor.code, sector: actor.sector, name: actor.name, span };
      };
      const trigger = spanOf(text, e.trigger, start);
      const event: CodedEvent = {
        id: `${fixture.key}-e${doc.events.length + 1}`,
        sentence: index,
        event: [e.category],
        mode: [],
        context: [],
        actor: [participant(e.actor), ...(e.coActor ? [participant(e.coActor)] : [])],
        recipient: e.recipient ? [participant(e.recipient)] : [],
        date: sentence.date,
        enddate: null,
        datePrecision: granularity,
        dateReported: false,
        factuality: e.factuality ?? "asserted",
        factualityCue: null,
        attribution: null,
        intensity: e.intensity,
        quadCode: e.quadCode,
        confidence: 0.9,
        trigger: { ...trigger, text: e.trigger },
        pattern: "fixture",
      };
      doc.events.push(event);
    });
    offset += sentence.text.length + 1;
  });
  doc.mentions.sort((x, y) => x.start - y.start);
  return doc;
}
