import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { EntenteError } from "../errors.js";
import { projectRoot } from "../paths.js";
import { loadEventContext } from "./index.js";
import { indexPatterns, loadPatternFiles, parsePatternFile } from "./patterns.js";

function fails(text: string, reason: RegExp): void {
  assert.throws(
    () => parsePatternFile("mine.yaml", text),
    (error: unknown) =>
      error instanceof EntenteError && error.code === "ENTENTE_PATTERN_INVALID" && reason.test(error.message),
  );
}

test("should load every built-in pattern file and cover all 16 categories", () => {
  const { events } = loadEventContext({ root: projectRoot(), userPatterns: [] });
  const categories = new Set(events.patterns.patterns.map((p) => p.category));
  assert.equal(categories.size, 16);
  assert.ok(events.patterns.byWord.get("expel")?.length);
});

test("should name the file and the pattern in a validation error", () => {
  fails(
    "version: 1\npatterns:\n  - { id: bad.one, category: NOPE, words: [x] }\n",
    /^mine\.yaml: pattern bad\.one: category/,
  );
});

test("should reject a mode the category does not have", () => {
  fails(
    "version: 1\ncategory: AID\npatterns:\n  - { id: aid.x, mode: visit, words: [give] }\n",
    /AID has no mode "visit"/,
  );
});

test("should reject an unknown context", () => {
  fails(
    "version: 1\ncategory: AID\npatterns:\n  - { id: aid.x, contexts: [sports], words: [give] }\n",
    /unknown context "sports"/,
  );
});

test("should reject a pattern without head words or category", () => {
  fails("version: 1\npatterns:\n  - { id: aid.x, words: [give] }\n", /no category/);
  fails("version: 1\ncategory: AID\npatterns:\n  - { id: aid.x, words: [] }\n", /pattern aid\.x: words/);
});

test("should reject a companion with both after and before, and unknown fields", () => {
  fails(
    "version: 1\ncategory: AID\npatterns:\n  - { id: aid.x, words: [give], with: [{ words: [aid], after: 2, before: 2 }] }\n",
    /exactly one of after\/before/,
  );
  fails("version: 1\ncategory: AID\npatterns:\n  - { id: aid.x, words: [give], colour: red }\n", /aid\.x/);
});

test("should reject a file that is not YAML or has no version", () => {
  fails("patterns: [", /pattern \(file\): not valid YAML/);
  fails("patterns: []\n", /pattern \(file\): version/);
});

test("should let a user pattern replace a built-in one by id and add new ones", () => {
  const folder = mkdtempSync(join(tmpdir(), "entente-patterns-"));
  writeFileSync(
    join(folder, "mine.yaml"),
    "version: 1\ncategory: PROTEST\npatterns:\n  - { id: sanction.expel, words: [expel] }\n  - { id: mine.picket, words: [picket] }\n",
  );
  const builtIn = loadPatternFiles([join(projectRoot(), "patterns")]);
  const index = indexPatterns([...builtIn, ...loadPatternFiles([folder])]);
  assert.equal(index.patterns.find((p) => p.id === "sanction.expel")?.category, "PROTEST");
  assert.equal(index.byWord.get("picket")?.[0].id, "mine.picket");
});

test("should order a head word's patterns most specific first", () => {
  const index = indexPatterns(
    parsePatternFile(
      "mine.yaml",
      "version: 1\ncategory: SANCTION\npatterns:\n  - { id: a, words: [impose] }\n  - { id: b, words: [impose], with: [{ words: [sanctions], after: 3 }] }\n",
    ),
  );
  assert.deepEqual(
    index.byWord.get("impose")?.map((p) => p.id),
    ["b", "a"],
  );
});

test("should reject an unknown category in abroad, alone or hostile", () => {
  fails(
    "version: 1\ncategory: AID\npatterns:\n  - { id: aid.x, words: [give], alone: NOPE }\n",
    /^mine\.yaml: pattern aid\.x: alone/,
  );
  fails(
    "version: 1\ncategory: AGREE\npatterns:\n  - { id: agree.x, words: [vow], hostile: NOPE }\n",
    /^mine\.yaml: pattern agree\.x: hostile/,
  );
});

test("should index British pattern words under their American spelling too", () => {
  const [pattern] = parsePatternFile(
    "mine.yaml",
    "version: 1\ncategory: CONSULT\npatterns:\n  - { id: consult.x, words: [dialogue], with: [{ words: [organised], before: 3 }] }\n",
  );
  assert.deepEqual(pattern.words, ["dialogue", "dialog"]);
  assert.deepEqual(pattern.with[0].words, ["organised", "organized"]);
});
