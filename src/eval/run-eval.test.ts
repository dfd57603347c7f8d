import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { runEval } from "../cli/eval.js";
import { findGoldFiles, runEvaluation } from "./run-eval.js";

/** A gold set of our own: one document, one event, one entity, one quantity, one GSR sentence. */
function writeMiniGold(root: string): { goldDir: string; corpusDir: string } {
  const goldDir = join(root, "gold");
  const corpusDir = join(root, "corpus");
  mkdirSync(goldDir);
  mkdirSync(corpusDir);
  writeFileSync(
    join(corpusDir, "togo-note.txt"),
    "Togo and Ghana signed a border agreement in Lomé on 12 March 2019.\n\nGhana should reopen its consulate.\n",
  );
  writeFileSync(
    join(corpusDir, "meta.jsonl"),
    `${JSON.stringify({ doc: "togo-note", published: "2019-03-14" })}\n`,
  );
  const event = {
    id: "mini-e1",
    doc: "togo-note",
    quote: "Togo and Ghana signed a border agreement",
    event: "AGREE",
    mode: null,
    context: [],
    actor: [
      { code: "TGO", sector: "GOV", name: "Togo" },
      { code: "GHA", sector: "GOV", name: "Ghana" },
    ],
    recipient: [],
    date: { start: "2019-03-12", end: null, text: "on 12 March 2019" },
    factuality: "asserted",
    attribution: null,
  };
  writeFileSync(join(goldDir, "mini.events.jsonl"), `${JSON.stringify(event)}\n`);
  const entity = {
    doc: "togo-note",
    name: "Ghana",
    code: "GHA",
    sector: null,
    type: "country",
    mentions: ["Ghana"],
  };
  writeFileSync(join(goldDir, "mini.entities.jsonl"), `${JSON.stringify(entity)}\n`);
  const quantity = { doc: "togo-note", quote: "12 March", subject: "day", value: 12, unit: "day" };
  writeFileSync(join(goldDir, "mini.quantities.jsonl"), `${JSON.stringify(quantity)}\n`);
  const sentence = {
    id: "mini-gsr-1",
    text: "Kenya expelled two Ugandan diplomats on Friday.",
    event: "SANCTION",
    actor: [{ code: "KEN", text: "Kenya" }],
    recipient: [{ code: "UGA", text: "Ugandan diplomats" }],
  };
  writeFileSync(join(goldDir, "mini-gsr.jsonl"), `${JSON.stringify(sentence)}\n`);
  return { goldDir, corpusDir };
}

describe("runEvaluation", () => {
  let root = "";
  let dirs = { goldDir: "", corpusDir: "" };
  before(() => {
    root = mkdtempSync(join(tmpdir(), "entente-eval-"));
    dirs = writeMiniGold(root);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it("should recognise gold files by name", () => {
    const files = findGoldFiles(dirs.goldDir);
    assert.equal(files.events.length, 1);
    assert.equal(files.entities.length, 1);
    assert.equal(files.quantities.length, 1);
    assert.equal(files.gsr.length, 1);
  });

  it("should code the corpus and the sentences and report every section's figures", async () => {
    const report = await runEvaluation(dirs);
    assert.equal(report.corpus.documents, 1, JSON.stringify(report.corpus.failed));
    assert.equal(report.events?.gold, 1);
    assert.equal(report.gsr?.sentences, 1);
    assert.equal(report.quantities?.implemented, false);
    for (const key of [
      "events.f1",
      "dates.onAll",
      "entities.recall.country",
      "gsr.category",
      "quantities.recall",
    ]) {
      assert.ok(key in report.figures, key);
      const value = report.figures[key];
      assert.ok(value === null || (value >= 0 && value <= 1), `${key} = ${value}`);
    }
  });

  it("should compute only the sections asked for", async () => {
    const report = await runEvaluation({ ...dirs, only: ["gsr"] });
    assert.equal(report.events, undefined);
    assert.equal(report.corpus.documents, 0);
    assert.ok(report.gsr);
  });
});

describe("runEval", () => {
  it("should skip with exit code 0 when the default gold folder is absent", async () => {
    const saved = process.env.ENTENTE_SHARED;
    const empty = mkdtempSync(join(tmpdir(), "entente-noshared-"));
    process.env.ENTENTE_SHARED = empty;
    try {
      assert.equal(await runEval({}), 0);
    } finally {
      if (saved === undefined) delete process.env.ENTENTE_SHARED;
      else process.env.ENTENTE_SHARED = saved;
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it("should reject an unknown section as a usage error", async () => {
    await assert.rejects(runEval({ only: "events,speed" }), /--only/);
  });
});
