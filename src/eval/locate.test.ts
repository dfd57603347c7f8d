import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { locateAll, locateGoldSpan, overlaps } from "./locate.js";

describe("locateAll", () => {
  it("should find every exact occurrence", () => {
    const text = "Niger closed the border. Later Niger reopened the border.";
    assert.deepEqual(locateAll(text, "the border"), [
      { start: 13, end: 23 },
      { start: 46, end: 56 },
    ]);
  });

  it("should fall back to folded quotes, dashes, spaces and case, mapping back to the stored text", () => {
    const text = "The council’s  decision — announced Monday — surprised Dakar.";
    const [span] = locateAll(text, "the council's decision - announced");
    assert.ok(span);
    assert.equal(text.slice(span.start, span.end), "The council’s  decision — announced");
  });

  it("should return nothing when the phrase is absent", () => {
    assert.deepEqual(locateAll("Ghana signed the accord.", "Togo"), []);
  });
});

describe("locateGoldSpan", () => {
  it("should locate the pieces of a phrase abbreviated with an ellipsis", () => {
    const text = "Chadian and Sudanese envoys met in Doha.";
    const spans = locateGoldSpan(text, "Chadian ... envoys");
    assert.deepEqual(
      spans.map((s) => text.slice(s.start, s.end)),
      ["Chadian", "envoys"],
    );
  });

  it("should fall back to the first word when the phrase is a paraphrase", () => {
    const text = "Chadian and Sudanese soldiers clashed.";
    assert.deepEqual(
      locateGoldSpan(text, "Chadian soldiers").map((s) => text.slice(s.start, s.end)),
      ["Chadian"],
    );
  });
});

describe("overlaps", () => {
  it("should treat touching spans as disjoint", () => {
    assert.equal(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 }), false);
    assert.equal(overlaps({ start: 0, end: 6 }, { start: 5, end: 9 }), true);
  });
});
