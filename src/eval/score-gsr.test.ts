import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeDoc, withEvents } from "./fixtures.js";
import type { GsrRecord } from "./gold.js";
import { scoreGsr, topEvent } from "./score-gsr.js";

const TEXT = "Kenya and Uganda agreed to share a railway, officials said.";

function record(overrides: Partial<GsrRecord> = {}): GsrRecord {
  return {
    id: "s1",
    text: TEXT,
    event: "AGREE",
    actor: [
      { code: "KEN", text: "Kenya" },
      { code: "UGA", text: "Uganda" },
    ],
    recipient: [],
    ...overrides,
  };
}

describe("topEvent", () => {
  it("should prefer an asserted event over a more confident hypothetical one", () => {
    const doc = withEvents(makeDoc("s1", [TEXT]), [
      { category: "AGREE", trigger: "agreed", factuality: "hypothetical", confidence: 0.9 },
      { category: "COOPERATE", trigger: "share", factuality: "asserted", confidence: 0.4 },
    ]);
    assert.equal(topEvent(doc.events)?.event[0], "COOPERATE");
  });
});

describe("scoreGsr", () => {
  it("should score category and actors of the top event, with an empty recipient matching ours", () => {
    const doc = withEvents(makeDoc("s1", [TEXT]), [
      { category: "AGREE", trigger: "agreed", actor: ["UGA", "KEN"], confidence: 0.8 },
      { category: "COOPERATE", trigger: "share", actor: ["KEN"], confidence: 0.3 },
    ]);
    const score = scoreGsr([record()], [doc]);
    assert.equal(score.category.value, 1);
    assert.equal(score.actorCode.value, 1);
    assert.equal(score.recipientCode.value, 1);
    assert.deepEqual(score.confusion, { AGREE: { AGREE: 1 } });
    assert.equal(score.misses.length, 0);
  });

  it("should count a sentence without an event as wrong on every figure and as NONE in the matrix", () => {
    const score = scoreGsr([record()], [makeDoc("s1", [TEXT])]);
    assert.equal(score.category.value, 0);
    assert.equal(score.actorCode.value, 0);
    assert.equal(score.recipientCode.value, 0);
    assert.deepEqual(score.confusion, { AGREE: { NONE: 1 } });
    assert.deepEqual(score.misses[0]?.wrong, ["category", "actor", "recipient"]);
  });

  it("should mark a recipient we add where gold has none as wrong", () => {
    const doc = withEvents(makeDoc("s1", [TEXT]), [
      { category: "AGREE", trigger: "agreed", actor: ["KEN"], recipient: ["UGA"] },
    ]);
    const score = scoreGsr([record()], [doc]);
    assert.equal(score.category.value, 1);
    assert.equal(score.actorCode.value, 0);
    assert.equal(score.recipientCode.value, 0);
  });

  it("should check each gold span against the mention covering it", () => {
    const base = makeDoc("s1", [TEXT]);
    const doc = { ...base, mentions: [{ start: 0, end: 5, text: "Kenya", code: "KEN", sector: null }] };
    const score = scoreGsr([record()], [doc]);
    assert.deepEqual([score.spanCoverage.correct, score.spanCoverage.total], [1, 2]);
    assert.deepEqual([score.spanCode.correct, score.spanCode.total], [1, 2]);
    assert.equal(score.spanMisses[0]?.span, "Uganda");
  });

  it("should compare our UNO as IGO only when the gold file never uses UNO", () => {
    const text = "The United Nations condemned the raid.";
    const un = { code: "IGO", text: "United Nations" };
    const gold = record({ text, event: "ACCUSE", actor: [un] });
    const doc = withEvents(makeDoc("s1", [text]), [
      { category: "ACCUSE", trigger: "condemned", actor: ["UNO"] },
    ]);
    assert.equal(scoreGsr([gold], [doc]).actorCode.value, 1);
    const other = record({ id: "s2", actor: [{ code: "UNO", text: "Kenya" }] });
    assert.equal(scoreGsr([gold, other], [doc]).actorCode.correct, 0);
  });

  it("should judge an elided gold span by the mention covering its first piece", () => {
    const text = "U.S. and Russian negotiators met in Geneva.";
    const gold = record({ text, event: "CONSULT", actor: [{ code: "USA", text: "U.S. ... negotiators" }] });
    const base = makeDoc("s1", [text]);
    const doc = {
      ...base,
      mentions: [
        { start: 0, end: 4, text: "U.S.", code: "USA", sector: null },
        { start: 9, end: 28, text: "Russian negotiators", code: "RUS", sector: "GOV" },
      ],
    };
    assert.equal(scoreGsr([gold], [doc]).spanCode.value, 1);
  });
});
