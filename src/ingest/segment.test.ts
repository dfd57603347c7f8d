import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Doc, type StageContext } from "../doc.js";
import { clean } from "./clean.js";
import { segment } from "./segment.js";

const ctx = {} as StageContext;

function segmented(text: string): Doc {
  const doc = new Doc({ text, meta: { source: "test", key: "test", format: "text" } });
  clean(doc, ctx);
  segment(doc, ctx);
  return doc;
}

function sentencesOf(text: string): string[] {
  const doc = segmented(text);
  return doc.sentences.map((s) => doc.text.slice(s.start, s.end));
}

/** [what the case is about, input text, expected sentences] — all our own sentences. */
const CASES: Array<[string, string, string[]]> = [
  ["plain sentences", "The talks began. They ended late.", ["The talks began.", "They ended late."]],
  [
    "U.N. inside a sentence",
    "The U.N. Security Council met on Monday. It adopted a text.",
    ["The U.N. Security Council met on Monday.", "It adopted a text."],
  ],
  [
    "military ranks",
    "Gen. Goïta spoke first. Col. Diaw listened.",
    ["Gen. Goïta spoke first.", "Col. Diaw listened."],
  ],
  ["stacked titles", "Lt. Col. Keita arrived in Gao.", ["Lt. Col. Keita arrived in Gao."]],
  [
    "Mr. and Mrs.",
    "Mr. and Mrs. Traoré left Bamako. They came back later.",
    ["Mr. and Mrs. Traoré left Bamako.", "They came back later."],
  ],
  [
    "Dr., Prof. and St.",
    "Dr. Keita met Prof. Diallo in St. Louis last week.",
    ["Dr. Keita met Prof. Diallo in St. Louis last week."],
  ],
  [
    "Capt. and Sgt.",
    "Capt. Sangaré and Sgt. Coulibaly were promoted.",
    ["Capt. Sangaré and Sgt. Coulibaly were promoted."],
  ],
  [
    "Ms.",
    "Ms. Diarra chaired the session. Nobody objected.",
    ["Ms. Diarra chaired the session.", "Nobody objected."],
  ],
  [
    "money with decimals",
    "The loan was worth $1.2 billion. Talks resumed.",
    ["The loan was worth $1.2 billion.", "Talks resumed."],
  ],
  [
    "percent with decimals",
    "Inflation reached 3.5 percent in 2023. Prices kept rising.",
    ["Inflation reached 3.5 percent in 2023.", "Prices kept rising."],
  ],
  [
    "initials",
    "J. R. Sidibé wrote the report. It was long.",
    ["J. R. Sidibé wrote the report.", "It was long."],
  ],
  [
    "a.m. ending a sentence",
    "The convoy left at 6 a.m. The attack came an hour later.",
    ["The convoy left at 6 a.m.", "The attack came an hour later."],
  ],
  [
    "U.S. ending a sentence",
    "The envoy flew back to the U.S. The next week he returned.",
    ["The envoy flew back to the U.S.", "The next week he returned."],
  ],
  [
    "U.S. before a noun",
    "The U.S. Army trained the unit. Training stopped in 2020.",
    ["The U.S. Army trained the unit.", "Training stopped in 2020."],
  ],
  [
    "closing double quote",
    "“We will leave,” the minister said. “The decision is final.”",
    ["“We will leave,” the minister said.", "“The decision is final.”"],
  ],
  [
    "straight quotes after a period",
    'He said: "It is over." Then he left.',
    ['He said: "It is over."', "Then he left."],
  ],
  [
    "sentence inside brackets",
    "(The talks had failed.) Officials went home.",
    ["(The talks had failed.)", "Officials went home."],
  ],
  [
    "period after a bracket",
    "The talks failed (as expected). Officials went home.",
    ["The talks failed (as expected).", "Officials went home."],
  ],
  [
    "question mark",
    "Why did the troops leave? The answer is complex.",
    ["Why did the troops leave?", "The answer is complex."],
  ],
  [
    "exclamation mark",
    "Victory! The crowd cheered in the square.",
    ["Victory!", "The crowd cheered in the square."],
  ],
  [
    "question inside a quote, sentence goes on",
    "“Why now?” asked the reporter.",
    ["“Why now?” asked the reporter."],
  ],
  [
    "three-dot ellipsis before a capital",
    "The minister hesitated... Then he signed.",
    ["The minister hesitated...", "Then he signed."],
  ],
  [
    "ellipsis before lower case",
    "The minister hesitated… then he signed.",
    ["The minister hesitated… then he signed."],
  ],
  [
    "sentence starting with a digit",
    "The vote was held in 2020. 2021 brought another coup.",
    ["The vote was held in 2020.", "2021 brought another coup."],
  ],
  [
    "No. before a number",
    "Resolution No. 2690 ended the mission. It passed unanimously.",
    ["Resolution No. 2690 ended the mission.", "It passed unanimously."],
  ],
  [
    "p. before a page number",
    "See p. 12 for the figures. The annex lists units.",
    ["See p. 12 for the figures.", "The annex lists units."],
  ],
  [
    "e.g. and i.e.",
    "Partners, e.g. Chad, objected, i.e. they voted no. Others agreed.",
    ["Partners, e.g. Chad, objected, i.e. they voted no.", "Others agreed."],
  ],
  [
    "etc. before lower case",
    "Trucks, fuel, etc. were moved north. The base closed.",
    ["Trucks, fuel, etc. were moved north.", "The base closed."],
  ],
  [
    "company suffixes",
    "Sahel Gold Co. Ltd. signed the licence. It runs two mines.",
    ["Sahel Gold Co. Ltd. signed the licence.", "It runs two mines."],
  ],
  [
    "month abbreviations",
    "On Jan. 11 the junta spoke. On Sept. 3 it acted.",
    ["On Jan. 11 the junta spoke.", "On Sept. 3 it acted."],
  ],
  [
    "vs.",
    "France vs. Russia is a false frame. Mali decides.",
    ["France vs. Russia is a false frame.", "Mali decides."],
  ],
  [
    "quote opening after an acronym",
    "He met officials at the U.N. “We agree,” he said.",
    ["He met officials at the U.N.", "“We agree,” he said."],
  ],
  ["abbreviation at paragraph end", "The envoy moved to the U.S.", ["The envoy moved to the U.S."]],
  ["colon does not split", "He said one thing: The end had come.", ["He said one thing: The end had come."]],
  [
    "question mark glued to the next sentence",
    "What changed?Since the coup, ties have worsened.",
    ["What changed?", "Since the coup, ties have worsened."],
  ],
  [
    "heading without final punctuation",
    "The Soviet Era (1960-1991)\n\nRelations began in 1960.",
    ["The Soviet Era (1960-1991)", "Relations began in 1960."],
  ],
  [
    "bullet list items",
    "Three reasons stand out:\n\n• Loss of trust in Paris\n• Slow return of the state\n• Disputes over Wagner",
    [
      "Three reasons stand out:",
      "Loss of trust in Paris",
      "Slow return of the state",
      "Disputes over Wagner",
    ],
  ],
  [
    "numbered list items",
    "1. The first point is here.\n2. The second point follows.",
    ["The first point is here.", "The second point follows."],
  ],
  [
    "inline bullets",
    "The plan has three steps • Lift the trade sanctions. • Restore the election calendar.",
    ["The plan has three steps", "Lift the trade sanctions.", "Restore the election calendar."],
  ],
  [
    "bracketed sentence with square brackets",
    "[The text was edited.] Readers noticed it.",
    ["[The text was edited.]", "Readers noticed it."],
  ],
  ["Art. before a number", "Art. 5 of the charter applies here.", ["Art. 5 of the charter applies here."]],
  [
    "footnote mark after a period",
    "It was called terrorism. [11] The claim spread.",
    ["It was called terrorism. [11]", "The claim spread."],
  ],
  [
    "footnote mark glued to the period",
    "It was a pact.[5] Talks followed.",
    ["It was a pact.[5]", "Talks followed."],
  ],
  ["footnote mark ending a paragraph", "Trade grew fast. [15]", ["Trade grew fast. [15]"]],
  [
    "month abbreviation ending a sentence",
    "The vote slipped to Sept. The opposition objected.",
    ["The vote slipped to Sept.", "The opposition objected."],
  ],
  [
    "Jr. ending a sentence",
    "The envoy quoted Martin Luther King Jr. The room fell silent.",
    ["The envoy quoted Martin Luther King Jr.", "The room fell silent."],
  ],
  ["Jr. inside a sentence", "Amadou Touré Jr. said nothing.", ["Amadou Touré Jr. said nothing."]],
  ["No. as an answer", "The answer was No. The talks ended.", ["The answer was No.", "The talks ended."]],
  [
    "lower-case word after a period is not a start",
    "The rate was 4 pct. in June. It fell later.",
    ["The rate was 4 pct. in June.", "It fell later."],
  ],
];

describe("segment", () => {
  for (const [about, text, expected] of CASES) {
    it(`should segment: ${about}`, () => {
      assert.deepEqual(sentencesOf(text), expected);
    });
  }

  it("should keep a very long sentence whole", () => {
    const clause = "the delegation travelled from the capital to the border towns, met local officials";
    const long = `${Array.from({ length: 40 }, () => clause).join(", and ")}.`;
    assert.deepEqual(sentencesOf(`${long} It ended there.`), [long, "It ended there."]);
  });

  it("should give offsets that slice exactly each sentence, trimmed, inside its paragraph", () => {
    const doc = segmented("The talks began.  They ended late.\n\nA second paragraph. With two sentences!");
    assert.equal(doc.sentences.length, 4);
    for (const sentence of doc.sentences) {
      const text = doc.text.slice(sentence.start, sentence.end);
      assert.equal(text, text.trim());
      const paragraph = doc.paragraphs[sentence.paragraph];
      assert.ok(sentence.start >= paragraph.start && sentence.end <= paragraph.end);
    }
    assert.deepEqual(
      doc.sentences.map((s) => [s.index, s.paragraph]),
      [
        [0, 0],
        [1, 0],
        [2, 1],
        [3, 1],
      ],
    );
  });

  it("should skip fragments with no letters or digits", () => {
    assert.deepEqual(sentencesOf("The talks began. ... It ended."), ["The talks began. ...", "It ended."]);
  });
});
