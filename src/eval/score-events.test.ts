import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeDoc, makeGold, withEvents } from "./fixtures.js";
import { scoreEvents } from "./score-events.js";

const SENTENCES = [
  "Bamako expelled the envoy of Côte d’Ivoire on a Tuesday.",
  "Dakar and Accra signed a fisheries accord.",
  "The ministers should meet again before the rainy season.",
];

describe("scoreEvents", () => {
  it("should match an event whose trigger lies in the quote and has the gold category", () => {
    const doc = withEvents(makeDoc("d1", SENTENCES), [
      { category: "SANCTION", trigger: "expelled", actor: ["MLI"], recipient: ["CIV"] },
    ]);
    const gold = [
      makeGold({
        doc: "d1",
        quote: "Bamako expelled the envoy of Côte d’Ivoire",
        event: "SANCTION",
        actor: [{ code: "MLI", sector: null, name: "Mali" }],
        recipient: [{ code: "CIV", sector: null, name: "Côte d'Ivoire" }],
      }),
    ];
    const { score } = scoreEvents(gold, [doc]);
    assert.equal(score.matched, 1);
    assert.equal(score.precision, 1);
    assert.equal(score.recall, 1);
    assert.equal(score.f1, 1);
    assert.equal(score.actorCode.value, 1);
    assert.equal(score.recipientCode.value, 1);
  });

  it("should not match across categories, counting one miss and one false positive", () => {
    const doc = withEvents(makeDoc("d1", SENTENCES), [{ category: "COERCE", trigger: "expelled" }]);
    const gold = [makeGold({ doc: "d1", quote: "expelled the envoy", event: "SANCTION" })];
    const { score } = scoreEvents(gold, [doc]);
    assert.equal(score.matched, 0);
    assert.equal(score.f1, 0);
    assert.equal(score.falseNegatives.length, 1);
    assert.equal(score.falsePositives.length, 1);
    assert.match(score.falseNegatives[0]?.ours[0] ?? "", /^COERCE/);
    assert.equal(score.perCategory.SANCTION?.recall, 0);
    assert.equal(score.perCategory.COERCE?.precision, 0);
  });

  it("should not match an event from another sentence", () => {
    const doc = withEvents(makeDoc("d1", SENTENCES), [{ category: "AGREE", trigger: "signed" }]);
    const gold = [makeGold({ doc: "d1", quote: "Bamako expelled the envoy", event: "AGREE" })];
    assert.equal(scoreEvents(gold, [doc]).score.matched, 0);
  });

  it("should accept sentence overlap when the trigger lies outside the quote", () => {
    const doc = withEvents(makeDoc("d1", SENTENCES), [{ category: "AGREE", trigger: "fisheries accord" }]);
    const gold = [makeGold({ doc: "d1", quote: "Dakar and Accra signed", event: "AGREE" })];
    const { score, matches } = scoreEvents(gold, [doc]);
    assert.equal(score.matched, 1);
    assert.equal(matches[0]?.byTrigger, false);
  });

  it("should match one-to-one, giving a second gold event no credit for the same prediction", () => {
    const doc = withEvents(makeDoc("d1", SENTENCES), [{ category: "AGREE", trigger: "signed" }]);
    const gold = [
      makeGold({ doc: "d1", quote: "Dakar and Accra signed", event: "AGREE" }),
      makeGold({ doc: "d1", quote: "signed a fisheries accord", event: "AGREE" }),
    ];
    const { score } = scoreEvents(gold, [doc]);
    assert.equal(score.matched, 1);
    assert.equal(score.precision, 1);
    assert.equal(score.recall, 0.5);
  });

  it("should prefer the trigger-overlap pair when greedy choices compete", () => {
    const doc = withEvents(makeDoc("d1", SENTENCES), [
      { category: "AGREE", trigger: "signed", confidence: 0.2 },
      { category: "AGREE", trigger: "Dakar and Accra", confidence: 0.9 },
    ]);
    const gold = [makeGold({ doc: "d1", quote: "signed a fisheries accord", event: "AGREE" })];
    const { matches } = scoreEvents(gold, [doc]);
    assert.equal(matches[0]?.event.trigger.text, "signed");
    assert.equal(matches[0]?.byTrigger, true);
  });

  it("should compare actor codes as sets and sectors separately", () => {
    const doc = withEvents(makeDoc("d1", SENTENCES), [
      { category: "AGREE", trigger: "signed", actor: ["GHA", "SEN", "SEN"], sector: "GOV" },
    ]);
    const gold = [
      makeGold({
        doc: "d1",
        quote: "Dakar and Accra signed",
        event: "AGREE",
        actor: [
          { code: "SEN", sector: "GOV", name: "Senegal" },
          { code: "GHA", sector: "MIL", name: "Ghana" },
        ],
      }),
    ];
    const { score } = scoreEvents(gold, [doc]);
    assert.equal(score.actorCode.value, 1);
    assert.equal(score.actorSector.value, 0);
    assert.equal(score.recipientCode.value, 1, "an empty gold recipient matches our empty one");
  });

  it("should score factuality on matches and count a recommended event shown as asserted", () => {
    const doc = withEvents(makeDoc("d1", SENTENCES), [
      { category: "CONSULT", trigger: "meet", factuality: "asserted" },
    ]);
    const gold = [
      makeGold({ doc: "d1", quote: "should meet again", event: "CONSULT", factuality: "recommended" }),
      makeGold({ doc: "d1", quote: "signed a fisheries accord", event: "AGREE", factuality: "hypothetical" }),
    ];
    const { score } = scoreEvents(gold, [doc]);
    assert.equal(score.factuality.value, 0);
    assert.deepEqual(
      [score.recommendedOrHypotheticalAsAsserted.correct, score.recommendedOrHypotheticalAsAsserted.total],
      [1, 2],
    );
    assert.equal(score.attributeMisses.filter((m) => m.field === "factuality").length, 1);
  });

  it("should not flag a recommended gold event that we mark recommended", () => {
    const doc = withEvents(makeDoc("d1", SENTENCES), [
      { category: "CONSULT", trigger: "meet", factuality: "recommended" },
    ]);
    const gold = [
      makeGold({ doc: "d1", quote: "should meet again", event: "CONSULT", factuality: "recommended" }),
    ];
    const { score } = scoreEvents(gold, [doc]);
    assert.equal(score.recommendedOrHypotheticalAsAsserted.value, 0);
    assert.equal(score.factuality.value, 1);
  });

  it("should count gold events of an uncoded document as misses and name the document", () => {
    const gold = [makeGold({ doc: "absent", quote: "anything", event: "AID" })];
    const { score } = scoreEvents(gold, []);
    assert.equal(score.recall, 0);
    assert.equal(score.precision, null);
    assert.equal(score.f1, 0);
    assert.deepEqual(score.docsWithoutOutput, ["absent"]);
  });

  it("should report a quote that cannot be found instead of matching it anywhere", () => {
    const doc = withEvents(makeDoc("d1", SENTENCES), [{ category: "AGREE", trigger: "signed" }]);
    const gold = [makeGold({ id: "g-lost", doc: "d1", quote: "a sentence we never wrote", event: "AGREE" })];
    const { score } = scoreEvents(gold, [doc]);
    assert.deepEqual(score.unlocatedQuotes, ["g-lost"]);
    assert.equal(score.matched, 0);
  });

  it("should leave out predictions from documents that have no gold events", () => {
    const annotated = withEvents(makeDoc("d1", SENTENCES), [{ category: "AGREE", trigger: "signed" }]);
    const other = withEvents(makeDoc("d2", SENTENCES), [{ category: "AGREE", trigger: "signed" }]);
    const gold = [makeGold({ doc: "d1", quote: "Dakar and Accra signed", event: "AGREE" })];
    assert.equal(scoreEvents(gold, [annotated, other]).score.predicted, 1);
  });
});
