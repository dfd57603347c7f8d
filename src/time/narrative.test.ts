import assert from "node:assert/strict";
import { test } from "node:test";
import type { Doc, StageContext } from "../doc.js";
import { fixtureDoc } from "./fixture-doc.js";
import { dateSentences } from "./index.js";

function dated(text: string, published: string | null): Doc {
  const doc = fixtureDoc(text, published);
  dateSentences(doc, {} as StageContext);
  return doc;
}

function sentenceDate(doc: Doc, index: number): [string | null, string, string | null] {
  const date = doc.sentenceDates[index];
  return [date.value?.start ?? null, date.source, date.value?.qualifier ?? null];
}

test("should resolve 'a week later' against the day of the previous sentence", () => {
  const doc = dated(
    "The country abstained on the March 2 resolution of the assembly. A week later, two colonels flew to the capital.",
    "2022-03",
  );
  assert.deepEqual(sentenceDate(doc, 0), ["2022-03-02", "expression", null]);
  assert.deepEqual(sentenceDate(doc, 1), ["2022-03-09", "expression", null]);
  assert.equal(doc.timexes[1].kind, "anaphoric");
});

test("should carry the narrative date to sentences without a date of their own", () => {
  const doc = dated(
    "In 2020, crowds filled the squares. The president resigned. The army stepped in.",
    "2024-10",
  );
  assert.deepEqual(sentenceDate(doc, 1), ["2020", "narrative", null]);
  assert.deepEqual(sentenceDate(doc, 2), ["2020", "narrative", null]);
  assert.equal(doc.sentenceDates[1].expression, null);
});

test("should keep the narrative date into the next paragraph but not beyond", () => {
  const doc = dated(
    "In 2019, the envoy came.\n\nThe talks went well.\n\nThe region stays tense.",
    "2022-05-04",
  );
  assert.deepEqual(sentenceDate(doc, 1), ["2019", "narrative", null]);
  assert.deepEqual(sentenceDate(doc, 2), ["2022-05-04", "reported", null]);
});

test("should mark the publication date as reported, at its own precision", () => {
  const doc = dated("The junta is popular.", "2022-02");
  assert.deepEqual(doc.sentenceDates[0], {
    sentence: 0,
    value: { start: "2022-02", end: null, granularity: "month", qualifier: null },
    source: "reported",
    expression: null,
  });
});

test("should read a publication timestamp as a day", () => {
  const doc = dated("The junta is popular.", "2022-02-14T08:30:00Z");
  assert.equal(doc.sentenceDates[0].value?.start, "2022-02-14");
});

test("should give a null value when neither the text nor the metadata dates a sentence", () => {
  const doc = dated("The junta is popular.", null);
  assert.deepEqual(doc.sentenceDates[0], { sentence: 0, value: null, source: "reported", expression: null });
});

test("should leave out relative expressions that have no anchor, with a diagnostic", () => {
  const doc = dated("The talks failed last month.", null);
  assert.deepEqual(doc.timexes, []);
  assert.equal(doc.messages[0]?.rule, "unresolved");
});

test("should let a dated heading frame the paragraph under it", () => {
  const doc = dated(
    "The Soviet Years (1960-1991)\n\nMoscow trained the officers of the young army.",
    "2024-10",
  );
  assert.deepEqual(sentenceDate(doc, 1), ["1960", "narrative", null]);
});

test("should not let a photo caption move the narrative date", () => {
  const doc = dated(
    "In June 2021, a new cabinet was formed.\n\nThe two leaders meet on July 27, 2023 in the capital. Photo: Agency\n\nThe coup opened the door to new partners.",
    "2024-10",
  );
  assert.deepEqual(sentenceDate(doc, 1), ["2023-07-27", "expression", null]);
  assert.deepEqual(sentenceDate(doc, 3), ["2021-06", "narrative", null]);
});

test("should not let a date after publication become the narrative date", () => {
  const doc = dated(
    "In May 2021, the army took over. Elections are planned for 2026. Parties protested.",
    "2022-02",
  );
  assert.deepEqual(sentenceDate(doc, 1), ["2026", "expression", null]);
  assert.deepEqual(sentenceDate(doc, 2), ["2021-05", "narrative", null]);
});

test("should date a sentence by its fronted adverbial rather than a date in a relative clause", () => {
  const doc = dated("In 2019, the envoy, who had served there since 2012, met the president.", null);
  assert.deepEqual(sentenceDate(doc, 0), ["2019", "expression", null]);
});

test("should not date a main clause by a date inside a relative clause", () => {
  const doc = dated(
    "In 2020, the assembly was dissolved. The president, who took office in 2013, named a new cabinet.",
    null,
  );
  assert.deepEqual(sentenceDate(doc, 1), ["2020", "narrative", null]);
  assert.equal(doc.timexes[1].value.start, "2013");
});

test("should date a sentence by its main clause when an apposition holds another date", () => {
  const doc = dated("The army retook the town in November 2023, a town it had lost in 2012.", null);
  assert.deepEqual(sentenceDate(doc, 0), ["2023-11", "expression", null]);
});

test("should give 'since X' as a start with the qualifier since", () => {
  const doc = dated("Since 2013, foreign troops have patrolled the north.", "2022-01");
  assert.deepEqual(sentenceDate(doc, 0), ["2013", "expression", "since"]);
});

test("should take the year of a yearless month from the narrative date", () => {
  const doc = dated(
    "In January 2022, the bloc closed its borders. And in late February, the French left.",
    "2022-06",
  );
  assert.deepEqual(sentenceDate(doc, 1), ["2022-02", "expression", "late"]);
});

test("should move a yearless month earlier than the narrative month into the next year", () => {
  const doc = dated(
    "In December 2021, the junta promised a vote. In February, it changed its mind.",
    "2022-06",
  );
  assert.deepEqual(sentenceDate(doc, 1), ["2022-02", "expression", null]);
});

test("should keep a yearless month from falling after publication", () => {
  const doc = dated(
    "In May 2021, the army took power. As recently as December, it promised a vote.",
    "2022-02",
  );
  assert.deepEqual(sentenceDate(doc, 1), ["2021-12", "expression", null]);
});

test("should resolve 'of that year' against a date earlier in the same sentence", () => {
  const doc = dated(
    "The bloc eased in July 2022 the sanctions it had imposed in January of that year.",
    "2023-02",
  );
  assert.deepEqual(
    doc.timexes.map((timex) => timex.value.start),
    ["2022-07", "2022-01"],
  );
});

test("should prefer an exact date to a vague one in the same sentence", () => {
  const doc = dated(
    "Ties have grown in recent years, especially after the coups of 2020 and 2021.",
    "2024-10",
  );
  assert.deepEqual(sentenceDate(doc, 0), ["2020", "expression", "after"]);
});

test("should choose the year whose calendar fits the weekday", () => {
  const doc = dated("Fighters ambushed a convoy on Saturday, July 27, in the far north.", "2024-10");
  assert.equal(doc.timexes[0].value.start, "2024-07-27");
  assert.deepEqual(doc.messages, []);
});

test("should note a weekday that fits no year near the publication date", () => {
  const doc = dated("Fighters ambushed a convoy on Monday, July 27, in the far north.", "2024-10");
  assert.equal(doc.messages[0]?.rule, "doubtful");
});

test("should find no dates and give reported dates in a text without any", () => {
  const doc = dated("Bamako must rebalance its partnerships. Its partners must be patient.", "2023-02");
  assert.deepEqual(doc.timexes, []);
  assert.deepEqual(
    doc.sentenceDates.map((date) => date.source),
    ["reported", "reported"],
  );
});

test("should give expression offsets into the document text", () => {
  const doc = dated("Nothing happened. Then, on 4 May 2020, the deal was signed.", null);
  const timex = doc.timexes[0];
  assert.equal(doc.text.slice(timex.start, timex.end), "4 May 2020");
  assert.equal(timex.sentence, 1);
});

test("should date a sentence by a fronted concession's date without moving the narrative", () => {
  const doc = dated(
    "In March 2019, the envoy arrived. Despite the truce signed in June 2020, the militias kept fighting. They took the town.",
    "2022-01",
  );
  assert.deepEqual(sentenceDate(doc, 1), ["2020-06", "expression", null]);
  assert.deepEqual(sentenceDate(doc, 2), ["2019-03", "narrative", null]);
});

/** [text, publication date, sentence index, expected start and source] */
const TENURE_TABLE: [string, string | null, number, [string | null, string]][] = [
  [
    "King Hassan Idrissi (1961-1999) opened the ports.\n\nThe Later Years\n\nToday the ports are busy.\n\nAs king, Hassan Idrissi courted the Gulf monarchies.",
    "2023-05",
    3,
    ["1961", "narrative"],
  ],
  [
    "General Omar Bakary, who ruled the country from 1974 to 1981, built the dam.\n\nThe dam still works.\n\nDebt grew.\n\nUnder his rule, Omar Bakary also bought arms from Moscow.",
    "2023-05",
    3,
    ["1974", "narrative"],
  ],
  // Naming the holder without speaking of the term in office does not date the sentence.
  [
    "General Omar Bakary, who ruled the country from 1974 to 1981, built the dam.\n\nThe dam still works.\n\nDebt grew.\n\nOmar Bakary now lives abroad.",
    "2023-05",
    3,
    ["2023-05", "reported"],
  ],
  // A bracketed range after a name without a title is a life span, not a term.
  [
    "The poet Awa Konte (1931-1990) wrote of exile.\n\nThe book sold.\n\nDebt grew.\n\nAs leader of the union, Awa Konte met the minister.",
    "2023-05",
    3,
    ["2023-05", "reported"],
  ],
  // A narrative date already within the term stays.
  [
    "President Lamine Sow (1990-2000) came to power.\n\nIn 1995, floods hit the south. As president, Lamine Sow asked for aid.",
    "2023-05",
    2,
    ["1995", "narrative"],
  ],
];

test("should date a sentence about a holder's time in office by the term the text stated", () => {
  for (const [text, published, sentence, expected] of TENURE_TABLE) {
    const doc = dated(text, published);
    const date = doc.sentenceDates[sentence];
    assert.deepEqual([date.value?.start ?? null, date.source], expected, doc.slice(doc.sentences[sentence]));
  }
});

/** [text, publication date, sentence index, expected start and source] */
const TIME_OF_WRITING_TABLE: [string, string | null, number, [string | null, string]][] = [
  [
    "In May 2020, the junta took power. The envoys have already left the capital.",
    "2021-03",
    1,
    ["2021-03", "reported"],
  ],
  [
    "In May 2020, the junta took power. Donors have now suspended their aid.",
    "2021-03",
    1,
    ["2021-03", "reported"],
  ],
  [
    "In May 2020, the junta took power. The treaty has just been signed.",
    "2021-03",
    1,
    ["2021-03", "reported"],
  ],
  // The story has come to the present: the next undated sentence is at the time of writing too.
  [
    "In May 2020, the junta took power. The envoys have already left. The move ends a long mission.",
    "2021-03",
    2,
    ["2021-03", "reported"],
  ],
  // A past perfect is measured from the narrative's time, not the time of writing.
  [
    "In May 2020, the junta took power. The envoys had already left the capital.",
    "2021-03",
    1,
    ["2020-05", "narrative"],
  ],
  // Without a publication date, the narrative date is the best left.
  [
    "In May 2020, the junta took power. The envoys have already left the capital.",
    null,
    1,
    ["2020-05", "narrative"],
  ],
];

test("should date a perfect of the time of writing by the publication date", () => {
  for (const [text, published, sentence, expected] of TIME_OF_WRITING_TABLE) {
    const doc = dated(text, published);
    const date = doc.sentenceDates[sentence];
    assert.deepEqual([date.value?.start ?? null, date.source], expected, text);
  }
});

test("should keep a 'since' date as the narrative date within its paragraph only", () => {
  const doc = dated(
    "Since 2013, foreign troops have patrolled the north. They have lost many men.\n\nThe minister resigned.",
    "2022-01",
  );
  assert.deepEqual(sentenceDate(doc, 1), ["2013", "narrative", "since"]);
  assert.deepEqual(sentenceDate(doc, 2), ["2022-01", "reported", null]);
});

test("should date a sentence opened by a dateline by its main clause", () => {
  const doc = dated("NIAMEY — A convoy was ambushed on Tuesday near the border.", "2020-03-12");
  assert.deepEqual(sentenceDate(doc, 0), ["2020-03-10", "expression", null]);
});

test("should not let the length of an activity date the sentence or move the narrative", () => {
  const doc = dated(
    "In 2019, the army retook the town. The decade-long war had ruined it. Aid came.",
    "2022-01",
  );
  assert.deepEqual(sentenceDate(doc, 1), ["2019", "narrative", null]);
  assert.deepEqual(sentenceDate(doc, 2), ["2019", "narrative", null]);
});

test("should not read a yearless month as future because of another clause's future", () => {
  const doc = dated(
    "On Thursday the council created a mission, which is to replace the force that deployed after the intervention in January.",
    "2013-04-26",
  );
  assert.equal(doc.timexes[1].value.start, "2013-01");
});

test("should read a yearless month as future when its own clause speaks of the future", () => {
  const doc = dated("On Thursday the council said that elections will be held in January.", "2013-04-26");
  assert.equal(doc.timexes[1].value.start, "2014-01");
});

/** [text, publication date, expected start of the last expression] */
const INTENTION_TABLE: [string, string, string][] = [
  ["In December 2021, the junta met. It hopes to hold the vote in June.", "2022-02", "2022-06"],
  ["In December 2021, the junta met. It pledged to free the prisoners in March.", "2022-02", "2022-03"],
  ["In December 2021, the junta met. It intends to open the border in May.", "2022-02", "2022-05"],
  // Told in the past without an intention, a month after publication goes back a year.
  ["In December 2021, the junta met. It opened the border in May.", "2022-02", "2021-05"],
];

test("should read a yearless month after an intention as the next such month", () => {
  for (const [text, published, expected] of INTENTION_TABLE) {
    const doc = dated(text, published);
    assert.equal(doc.timexes.at(-1)?.value.start, expected, text);
  }
});
