import assert from "node:assert/strict";
import { test } from "node:test";
import type { Doc, Span, StageContext } from "../doc.js";
import { fixtureDoc } from "./fixture-doc.js";
import { dateForSpan, dateSentences } from "./index.js";

function dated(text: string, published: string | null): Doc {
  const doc = fixtureDoc(text, published);
  dateSentences(doc, {} as StageContext);
  return doc;
}

/** The document span of `words` (first occurrence). */
function spanOf(doc: Doc, words: string): Span {
  const start = doc.text.indexOf(words);
  assert.ok(start >= 0, `"${words}" not in the fixture`);
  return { start, end: start + words.length };
}

function startFor(doc: Doc, sentence: number, words: string): string | null {
  return dateForSpan(doc, sentence, spanOf(doc, words)).value?.start ?? null;
}

test("should declare what the time stage requires and assigns", () => {
  assert.deepEqual(dateSentences.meta, {
    name: "time",
    requires: ["sentences"],
    assigns: ["timexes", "sentenceDates"],
  });
});

test("should date each clause by the date inside it when a sentence holds several", () => {
  const doc = dated(
    "The bloc eased in July 2022 the sanctions it had imposed in January of that year.",
    "2023-02",
  );
  assert.equal(startFor(doc, 0, "eased"), "2022-07");
  assert.equal(startFor(doc, 0, "imposed"), "2022-01");
});

test("should date a clause inside a relative clause by that clause's date", () => {
  const doc = dated(
    "In 2020, crowds marched. The president, who took office in 2013, named a cabinet.",
    null,
  );
  assert.equal(startFor(doc, 1, "took office"), "2013");
  const main = dateForSpan(doc, 1, spanOf(doc, "named a cabinet"));
  assert.equal(main.value?.start, "2020");
  assert.equal(main.source, "narrative");
  assert.equal(main.reported, false);
});

test("should date a clause after a fronted date by the fronted date", () => {
  const doc = dated(
    "On May 24, 2021, soldiers arrested the president, who had been named after the 2020 coup.",
    null,
  );
  assert.equal(startFor(doc, 0, "arrested"), "2021-05-24");
  assert.equal(startFor(doc, 0, "named"), "2020");
});

test("should date a phrase by the bracketed date right after it", () => {
  const doc = dated(
    "Paris justified its decision to reduce the force (down to 2,500 soldiers by 2025) as a change of posture.",
    "2022-01",
  );
  assert.equal(startFor(doc, 0, "reduce the force"), "2025");
  assert.equal(startFor(doc, 0, "reduce the force (down to 2,500 soldiers by 2025)"), "2025");
  const justified = dateForSpan(doc, 0, spanOf(doc, "Paris justified"));
  assert.equal(justified.value?.start, "2022-01");
  assert.equal(justified.reported, true);
});

test("should not date a whole clause by a later date in a bracketed aside", () => {
  const doc = dated(
    "Paris justified the cut in its numbers (down to 2,500 soldiers by 2025) as a change of posture.",
    "2022-01",
  );
  const clause = "Paris justified the cut in its numbers (down to 2,500 soldiers by 2025) as a change";
  const date = dateForSpan(doc, 0, spanOf(doc, clause));
  assert.equal(date.value?.start, "2022-01");
  assert.equal(date.reported, true);
});

test("should prefer an exact date to a vague one for a clause", () => {
  const doc = dated(
    "Ties have grown in recent years, especially after the coups of 2020 and 2021.",
    "2024-10",
  );
  assert.equal(startFor(doc, 0, "Ties have grown in recent years"), "2020");
});

test("should return the sentence date when no span is given", () => {
  const doc = dated("The junta is popular.", "2022-02");
  assert.deepEqual(dateForSpan(doc, 0), {
    value: { start: "2022-02", end: null, granularity: "month", qualifier: null },
    reported: true,
    source: "reported",
    expression: null,
  });
});

test("should point to the governing expression by its index in doc.timexes", () => {
  const doc = dated("Nothing moved. In 2023, the minister visited.", null);
  const date = dateForSpan(doc, 1, spanOf(doc, "visited"));
  assert.equal(date.expression, 0);
  assert.equal(doc.timexes[0].text, "2023");
});

test("should answer for an unknown sentence with no date, marked reported", () => {
  const doc = dated("The junta is popular.", null);
  assert.deepEqual(dateForSpan(doc, 5), {
    value: null,
    reported: true,
    source: "reported",
    expression: null,
  });
});

test("should run on a document with sentences but no tokens or paragraphs", () => {
  const doc = fixtureDoc("In 2023, the minister visited.", null);
  doc.paragraphs = [];
  dateSentences(doc, {} as StageContext);
  assert.equal(doc.sentenceDates[0].value?.start, "2023");
});

test("should not date a reporting verb by a date inside its that-clause", () => {
  const doc = dated(
    "In May 2021, the army seized power. The junta promised that elections would be held by February 2022.",
    null,
  );
  assert.equal(startFor(doc, 1, "promised"), "2021-05");
  assert.equal(startFor(doc, 1, "elections would be held"), "2022-02");
});

/** [text, publication date, sentence index, words of the clause, expected start] */
const CLAUSE_TABLE: [string, string | null, number, string, string | null][] = [
  [
    "In March 2019, the envoy arrived. Despite the truce signed in June 2020, the militias kept fighting.",
    null,
    1,
    "kept fighting",
    "2019-03",
  ],
  [
    "In March 2019, the envoy arrived. Despite the truce signed in June 2020, the militias kept fighting.",
    null,
    1,
    "truce",
    "2020-06",
  ],
  [
    "In 2018, the talks began. Although the council (a body formed in 2015) was dissolved in May 2020, its members met again.",
    null,
    1,
    "dissolved",
    "2020-05",
  ],
  [
    "In 2018, the talks began. Although the council (a body formed in 2015) was dissolved in May 2020, its members met again.",
    null,
    1,
    "met again",
    "2018",
  ],
  [
    "On 3 May 2021, the president said the mission would close, eight years after the first troops landed.",
    null,
    0,
    "landed",
    "2013",
  ],
  [
    "On 3 May 2021, the president said the mission would close, eight years after the first troops landed.",
    null,
    0,
    "close",
    "2021-05-03",
  ],
  ["The inquiry opens a week after the police raided the offices.", "2022-06-15", 0, "raided", "2022-06-08"],
  [
    "The inquiry opens a week after the police raided the offices.",
    "2022-06-15",
    0,
    "inquiry opens",
    "2022-06-15",
  ],
  [
    "DAKAR — A spokesman said on Friday that the army had closed the border, seized the port and arrested two ministers.",
    "2020-03-09",
    0,
    "seized",
    "2020-03-06",
  ],
  [
    "The vote ends the mission, a nine-year peacekeeping operation, and the envoys leave.",
    "2022-06",
    0,
    "operation",
    "2013",
  ],
  [
    "The vote ends the mission, a nine-year peacekeeping operation, and the envoys leave.",
    "2022-06",
    0,
    "vote ends",
    "2022-06",
  ],
  [
    "The bloc on Sunday lifted its sanctions, after the junta accepted a transition ending in March 2024.",
    "2022-07-05",
    0,
    "accepted",
    "2022-07-03",
  ],
  [
    "The bloc on Sunday lifted its sanctions, after the junta accepted a transition ending in March 2024.",
    "2022-07-05",
    0,
    "transition",
    "2024-03",
  ],
  ["Turnout was low, as the elections held in March showed.", "2020-06", 0, "elections", "2020-03"],
  ["Turnout was low, as the army attacked the villages in March.", "2020-06", 0, "attacked", "2020-03"],
  ["In May 2019, talks began; meetings on trade resumed in July.", "2020-06", 0, "meetings", "2019-07"],
  [
    "In spite of the sanctions of January 2021, trade with the neighbours went on.",
    "2021-09",
    0,
    "trade",
    "2021-09",
  ],
];

test("should date each clause of the clause table by the date that governs it", () => {
  for (const [text, published, sentence, words, expected] of CLAUSE_TABLE) {
    const doc = dated(text, published);
    assert.equal(startFor(doc, sentence, words), expected, `${words} in: ${text}`);
  }
});
