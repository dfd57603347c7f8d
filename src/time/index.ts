/**
 * The time stage: finds temporal expressions, normalises them to ISO 8601 partial values at
 * the precision the text gives, follows narrative time through the document and dates each
 * sentence. `dateForSpan` gives the events stage the date governing one clause.
 */
import { type Doc, defineStage, type SentenceDate, type Span, type TimeValue } from "../doc.js";
import { compareAtCommon, pointValue, startOf } from "./calendar.js";
import { expressionForSpan } from "./clauses.js";
import { dateDocument, publicationDate } from "./narrative.js";

declare module "../doc.js" {
  interface DocData {
    /** The narrative date in force before each sentence's own dates (by sentence index). */
    narrativeDates?: (TimeValue | null)[];
  }
}

export const dateSentences = defineStage(
  { name: "time", requires: ["sentences"], assigns: ["timexes", "sentenceDates"] },
  (doc) => {
    const { timexes, sentenceDates, narrativeDates } = dateDocument(doc);
    doc.timexes = timexes;
    doc.sentenceDates = sentenceDates;
    doc.data.narrativeDates = narrativeDates;
  },
);

export interface SpanDate {
  value: TimeValue | null;
  /** True when the value is only the publication date: the text does not date this clause. */
  reported: boolean;
  source: SentenceDate["source"];
  /** Index into `doc.timexes` when an expression dates the clause. */
  expression: number | null;
}

/**
 * The date governing a clause of sentence `sentenceIndex`: the expression inside `span` or
 * nearest to it in its segment, else the sentence's date. `span` is in document offsets
 * (a trigger or a clause); without it, the sentence's date.
 */
export function dateForSpan(doc: Doc, sentenceIndex: number, span?: Span): SpanDate {
  const sentenceDate = doc.sentenceDates.find((date) => date.sentence === sentenceIndex);
  const fallback: SpanDate = sentenceDate
    ? {
        value: sentenceDate.value,
        reported: sentenceDate.source === "reported",
        source: sentenceDate.source,
        expression: sentenceDate.expression,
      }
    : { value: null, reported: true, source: "reported", expression: null };
  const sentence = doc.sentences[sentenceIndex];
  if (!span || !sentence) return fallback;
  const indexes: number[] = [];
  doc.timexes.forEach((timex, index) => {
    if (timex.sentence === sentenceIndex) indexes.push(index);
  });
  if (indexes.length === 0) return fallback;
  const placed = indexes.map((index) => {
    const timex = doc.timexes[index];
    return {
      start: timex.start - sentence.start,
      end: timex.end - sentence.start,
      value: timex.value,
      kind: timex.kind,
    };
  });
  const local = { start: span.start - sentence.start, end: span.end - sentence.start };
  const publication = publicationDate(doc);
  const prospective = (expression: { value: TimeValue }) =>
    publication !== null && compareAtCommon(startOf(expression.value), publication) > 0;
  const chosen = expressionForSpan(doc.slice(sentence), placed, local, prospective);
  if (chosen === "sentence") return fallback;
  if (chosen === "narrative") {
    const narrative = doc.data.narrativeDates?.[sentenceIndex] ?? null;
    if (narrative) return { value: narrative, reported: false, source: "narrative", expression: null };
    return {
      value: publication ? pointValue(publication) : null,
      reported: true,
      source: "reported",
      expression: null,
    };
  }
  return { value: placed[chosen].value, reported: false, source: "expression", expression: indexes[chosen] };
}
