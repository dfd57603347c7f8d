import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeDoc, makeGold, withEvents, withSentenceDates } from "./fixtures.js";
import { scoreDates } from "./score-dates.js";
import { scoreEvents } from "./score-events.js";
import { sameDateAtGoldGranularity } from "./scored-doc.js";

describe("sameDateAtGoldGranularity", () => {
  it("should accept a finer date that agrees at the gold granularity", () => {
    assert.equal(sameDateAtGoldGranularity("2019-08-14", "day", "2019-08"), true);
    assert.equal(sameDateAtGoldGranularity("2019-08", "month", "2019"), true);
  });

  it("should reject a coarser date even when its prefix agrees", () => {
    assert.equal(sameDateAtGoldGranularity("2019", "year", "2019-08"), false);
    assert.equal(sameDateAtGoldGranularity("1980", "decade", "1980"), false);
  });

  it("should reject a different date and a missing one", () => {
    assert.equal(sameDateAtGoldGranularity("2019-09-01", "day", "2019-08"), false);
    assert.equal(sameDateAtGoldGranularity(null, null, "2019"), false);
  });

  it("should infer the granularity from the string when none is given", () => {
    assert.equal(sameDateAtGoldGranularity("2019-08-14", null, "2019-08-14"), true);
  });
});

describe("scoreDates", () => {
  const sentences = ["Lomé hosted the summit in March 2018.", "The delegates agreed on a customs code."];

  it("should use the matched event's date, and the sentence date for unmatched gold events", () => {
    const base = withSentenceDates(makeDoc("d1", sentences), ["2018-03", "2018-03"]);
    const doc = withEvents(base, [
      { category: "CONSULT", trigger: "hosted", date: "2018", datePrecision: "year" },
    ]);
    const gold = [
      makeGold({ doc: "d1", quote: "Lomé hosted the summit", event: "CONSULT", date: { start: "2018-03" } }),
      makeGold({ doc: "d1", quote: "agreed on a customs code", event: "AGREE", date: { start: "2018-03" } }),
      makeGold({ doc: "d1", quote: "agreed on a customs code", event: "COOPERATE", date: null }),
    ];
    const events = scoreEvents(gold, [doc]);
    const score = scoreDates(gold, [doc], events);
    assert.deepEqual([score.onMatched.correct, score.onMatched.total], [0, 1]);
    assert.deepEqual([score.onAll.correct, score.onAll.total], [1, 2]);
    assert.equal(score.misses[0]?.from, "event");
  });

  it("should count a gold event in a sentence without a date as wrong", () => {
    const doc = makeDoc("d1", sentences);
    const gold = [makeGold({ doc: "d1", quote: "customs code", event: "AGREE", date: { start: "2018" } })];
    const score = scoreDates(gold, [doc], scoreEvents(gold, [doc]));
    assert.equal(score.onAll.value, 0);
    assert.equal(score.onMatched.total, 0);
    assert.equal(score.misses[0]?.from, "none");
  });
});
