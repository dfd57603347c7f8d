import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeDoc } from "./fixtures.js";
import type { GoldQuantity } from "./gold.js";
import { scoreQuantities } from "./score-quantities.js";

describe("scoreQuantities", () => {
  const doc = makeDoc("d1", ["Senegal exported about 30 tonnes of fish to Gambia."]);
  const gold: GoldQuantity[] = [
    {
      doc: "d1",
      quote: "about 30 tonnes of fish",
      subject: "fish exports from Senegal",
      value: 30,
      unit: "tonnes",
    },
  ];
  const at = doc.text.indexOf("30");

  it("should report zero recall and say so when the pipeline extracts no quantities", () => {
    const score = scoreQuantities(gold, [doc], [], false);
    assert.equal(score.implemented, false);
    assert.equal(score.recall.value, 0);
  });

  it("should match value and unit inside the quote, then check the subject", () => {
    const predicted = [{ doc: "d1", start: at, end: at + 2, value: 30, unit: "tonne", subject: "fish" }];
    const score = scoreQuantities(gold, [doc], predicted, true);
    assert.equal(score.recall.value, 1);
    assert.equal(score.subject.value, 1);
  });

  it("should not match a wrong value", () => {
    const predicted = [{ doc: "d1", start: at, end: at + 2, value: 3, unit: "tonnes", subject: "fish" }];
    assert.equal(scoreQuantities(gold, [doc], predicted, true).recall.value, 0);
  });
});
