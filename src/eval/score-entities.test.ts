import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeDoc } from "./fixtures.js";
import type { GoldEntity } from "./gold.js";
import { scoreEntities } from "./score-entities.js";
import type { ScoredDoc } from "./scored-doc.js";

function mention(doc: ScoredDoc, text: string, code: string | null, sector: string | null = null) {
  const start = doc.text.indexOf(text);
  return { start, end: start + text.length, text, code, sector };
}

describe("scoreEntities", () => {
  const base = makeDoc("d1", ["The Ghanaian navy escorted the tanker.", "Accra praised its sailors."]);
  const gold: GoldEntity[] = [
    {
      doc: "d1",
      name: "Ghana Navy",
      code: "GHA",
      sector: "MIL",
      type: "organization",
      mentions: ["The Ghanaian navy"],
    },
    {
      doc: "d1",
      name: "Government of Ghana",
      code: "GHA",
      sector: "GOV",
      type: "organization",
      mentions: ["Accra"],
    },
    { doc: "d1", name: "Togo", code: "TGO", sector: null, type: "country", mentions: ["Togo"] },
  ];

  it("should count a form as recalled when a mention overlaps it, and skip forms absent from the text", () => {
    const doc = { ...base, mentions: [mention(base, "Ghanaian", "GHA", "MIL")] };
    const score = scoreEntities(gold, [doc]);
    assert.deepEqual([score.recall.correct, score.recall.total], [1, 2]);
    assert.equal(score.unlocatedForms, 1);
    assert.equal(score.perType.organization?.recall.value, 0.5);
    assert.equal(score.misses.find((m) => m.form === "Accra")?.ours, null);
  });

  it("should require the gold sector for canonical accuracy only where gold gives one", () => {
    const doc = {
      ...base,
      mentions: [mention(base, "The Ghanaian navy", "GHA", "GOV"), mention(base, "Accra", "GHA", "GOV")],
    };
    const score = scoreEntities(gold, [doc]);
    assert.equal(score.recall.value, 1);
    assert.deepEqual([score.canonical.correct, score.canonical.total], [1, 2]);
    const countryOnly: GoldEntity[] = [{ ...gold[1], sector: null } as GoldEntity];
    assert.equal(scoreEntities(countryOnly, [doc]).canonical.value, 1);
  });

  it("should judge canonical accuracy by the mention overlapping the form the most", () => {
    const doc = {
      ...base,
      mentions: [mention(base, "Ghanaian", "TGO"), mention(base, "The Ghanaian navy", "GHA", "MIL")],
    };
    assert.equal(scoreEntities([gold[0] as GoldEntity], [doc]).canonical.value, 1);
  });

  it("should look for a form as a whole word, not inside a longer one", () => {
    const doc = makeDoc("d2", ["Ghanaian ships left; Ghana said nothing."]);
    const ghana: GoldEntity = {
      doc: "d2",
      name: "Ghana",
      code: "GHA",
      sector: null,
      type: "country",
      mentions: ["Ghana"],
    };
    const onAdjective = { ...doc, mentions: [mention(doc, "Ghanaian", "GHA")] };
    assert.equal(scoreEntities([ghana], [onAdjective]).recall.value, 0);
  });
});
