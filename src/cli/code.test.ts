import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { test } from "node:test";
import { type AnalyzeOutcome, analyzeInputs } from "../analyze.js";
import { sampleDoc } from "../export/sample-doc.js";
import { projectRoot, sharedDir } from "../paths.js";
import { type CodeFlags, type CodeIO, runCode } from "./code.js";

const realIO = (): CodeIO => ({
  stdout: process.stdout,
  stderr: process.stderr,
  stdinIsTTY: false,
  analyze: analyzeInputs,
});

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
  inputs: string[];
}

function capture(stream: PassThrough): () => string {
  const chunks: string[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c.toString()));
  return () => chunks.join("");
}

/** Runs `code` over hand-built outcomes, so these tests do not depend on the coder. */
async function codeOutcomes(outcomes: AnalyzeOutcome[], flags: CodeFlags = {}, inputs = ["a"]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = capture(stdout);
  const err = capture(stderr);
  const seen: string[] = [];
  const code = await runCode(inputs, flags, {
    stdout,
    stderr,
    stdinIsTTY: false,
    analyze: async function* (given) {
      seen.push(...given);
      yield* outcomes;
    },
  });
  return { code, stdout: out(), stderr: err(), inputs: seen } satisfies Captured;
}

test("should print one contract record per event and exit 0", async () => {
  const result = await codeOutcomes([{ ok: true, doc: sampleDoc(), skipped: false }]);
  const records = result.stdout
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line));
  assert.deepEqual(
    records.map((r) => [r.id, r.doc, r.event[0]]),
    [
      ["nordic-brief-e1", "nordic-brief", "SUPPORT"],
      ["nordic-brief-e2", "nordic-brief", "SANCTION"],
    ],
  );
  assert.equal(result.code, 0);
  assert.equal(result.stderr, "");
});

test("should report a failed input on one stderr line, go on, and exit 1", async () => {
  const result = await codeOutcomes([
    { ok: false, source: "records.jsonl:3", code: "ENTENTE_RECORD_INVALID", reason: "lacks a text field" },
    { ok: true, doc: sampleDoc(), skipped: false },
  ]);
  assert.equal(result.stderr, "entente: records.jsonl:3: lacks a text field\n");
  assert.equal(result.stdout.trimEnd().split("\n").length, 2);
  assert.equal(result.code, 1);
});

test("should print document warnings on stderr unless quiet", async () => {
  const doc = sampleDoc();
  doc.warn("time", "no-anchor", "no publication date: relative dates are unresolved");
  const loud = await codeOutcomes([{ ok: true, doc, skipped: false }]);
  assert.equal(
    loud.stderr,
    "entente: nordic-brief.txt: no publication date: relative dates are unresolved\n",
  );
  const quiet = await codeOutcomes([{ ok: true, doc, skipped: false }], { quiet: true });
  assert.equal(quiet.stderr, "");
});

test("should keep only the asked factualities and confidence", async () => {
  const outcome: AnalyzeOutcome = { ok: true, doc: sampleDoc(), skipped: false };
  const ids = async (flags: CodeFlags) =>
    (await codeOutcomes([outcome], flags)).stdout
      .trimEnd()
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l).id);
  assert.deepEqual(await ids({ factuality: "asserted" }), ["nordic-brief-e1"]);
  assert.deepEqual(await ids({ factuality: "Recommended,negated" }), ["nordic-brief-e2"]);
  assert.deepEqual(await ids({ minConfidence: "0.6" }), ["nordic-brief-e1"]);
});

test("should refuse an unknown factuality or a confidence outside 0 to 1 as usage errors", async () => {
  await assert.rejects(codeOutcomes([], { factuality: "rumoured" }), { code: "ENTENTE_USAGE" });
  await assert.rejects(codeOutcomes([], { minConfidence: "2" }), { code: "ENTENTE_USAGE" });
});

test("should read stdin when no input is given and stdin is piped", async () => {
  const result = await codeOutcomes([], {}, []);
  assert.deepEqual(result.inputs, ["-"]);
});

test("should code each record of a JSONL file, naming each event's document by the record id", async (t) => {
  const gold = join(sharedDir(), "gold", "plover-gsr.dev.jsonl");
  if (!existsSync(gold)) return t.skip("../shared/gold is not present");
  const ids = new Set(
    readFileSync(gold, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line).id as string),
  );
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = capture(stdout);
  const err = capture(stderr);
  const code = await runCode([gold], { quiet: true }, { ...realIO(), stdout, stderr });
  assert.equal(err(), "");
  assert.equal(code, 0);
  for (const line of out().split("\n").filter(Boolean)) assert.ok(ids.has(JSON.parse(line).doc));
});

test("should run as a built command over a folder of our own texts", async (t) => {
  const cli = join(projectRoot(), "dist", "src", "cli", "index.js");
  if (!existsSync(cli)) return t.skip("the CLI is not built (npm run build)");
  const dir = mkdtempSync(join(tmpdir(), "entente-code-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(
    join(dir, "harbour.txt"),
    "Portugal and Spain signed a fisheries agreement in Lisbon on 2 May 2023.\n",
  );
  writeFileSync(join(dir, "border.txt"), "Chile recalled its ambassador from Peru on 9 July 2021.\n");
  const missing = join(dir, "absent.txt");
  const run = spawnSync(process.execPath, [cli, "code", "--quiet", dir, missing], { encoding: "utf8" });
  assert.equal(run.status, 1);
  const errors = run.stderr.split("\n").filter(Boolean);
  assert.equal(errors.length, 1);
  assert.match(errors[0], /absent\.txt/);
  for (const line of run.stdout.split("\n").filter(Boolean)) {
    assert.ok(["harbour", "border"].includes(JSON.parse(line).doc));
  }
});
