import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateActors } from "./index.js";
import { builtInKnowledgeBase, docFrom } from "./test-support.js";

function coded(text: string): string[] {
  const doc = docFrom(text, { published: "2022-06-01" });
  annotateActors(doc, builtInKnowledgeBase());
  return doc.mentions.map((m) => `${m.text}: ${m.code} ${m.sector}`);
}

describe("coordinated country words", () => {
  it("should give each country word before a shared head the head's sector", () => {
    assert.deepEqual(coded("US and Russian negotiators met in Geneva."), [
      "US: USA GOV",
      "Russian negotiators: RUS GOV",
    ]);
    assert.deepEqual(coded("French, Malian and Chadian troops held the bridge."), [
      "French: FRA MIL",
      "Malian: MLI MIL",
      "Chadian troops: TCD MIL",
    ]);
    assert.deepEqual(coded("UN and French troops withdrew."), ["UN: UNO MIL", "French troops: FRA MIL"]);
  });

  it("should not join a country named as a noun to the next country's head", () => {
    assert.deepEqual(coded("Talks between Mali and Russian officials stalled."), [
      "Mali: MLI null",
      "Russian officials: RUS GOV",
    ]);
    assert.deepEqual(coded("Mali and Russia signed a deal."), ["Mali: MLI null", "Russia: RUS null"]);
  });
});
