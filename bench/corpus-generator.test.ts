import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { projectRoot, sharedDir } from "../src/paths.js";
import { BUILTIN_DOCUMENTS } from "./builtin-documents.js";
import { benchSources, generateDocuments, writeCorpus } from "./corpus-generator.js";

const collect = (bytes: number, seed: number) => [...generateDocuments(BUILTIN_DOCUMENTS, bytes, seed)];

describe("generateDocuments", () => {
  it("should produce the same corpus for the same seed", () => {
    assert.deepEqual(collect(20_000, 7), collect(20_000, 7));
  });

  it("should produce a different corpus for another seed", () => {
    assert.notDeepEqual(
      collect(20_000, 7).map((d) => d.text),
      collect(20_000, 8).map((d) => d.text),
    );
  });

  it("should reach the requested size and give every document distinct text", () => {
    const documents = collect(50_000, 1);
    const bytes = documents.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0);
    assert.ok(bytes >= 50_000);
    assert.equal(new Set(documents.map((d) => d.text)).size, documents.length);
  });

  it("should only recombine paragraphs of its sources, with day numbers varied", () => {
    const known = BUILTIN_DOCUMENTS.flatMap((d) => d.paragraphs).map((p) => p.replace(/\b\d{1,2}\b/g, "#"));
    for (const document of collect(20_000, 3)) {
      const [, ...paragraphs] = document.text.trim().split("\n\n");
      for (const paragraph of paragraphs) assert.ok(known.includes(paragraph.replace(/\b\d{1,2}\b/g, "#")));
    }
  });
});

describe("benchSources", () => {
  it("should read our sample corpus, or fall back to the built-in reports", () => {
    const sources = benchSources(join(projectRoot(), "corpus", "sample"));
    assert.ok(sources.length > 0);
    assert.deepEqual(benchSources(join(tmpdir(), "entente-no-such-folder")), BUILTIN_DOCUMENTS);
  });

  it("should never carry text from the reference corpus in ../shared", (t) => {
    const reference = join(sharedDir(), "corpus");
    if (!existsSync(reference)) return t.skip("../shared/corpus is absent");
    const referenceSentences = new Set<string>();
    for (const folder of readdirSync(reference)) {
      for (const name of readdirSync(join(reference, folder)).filter((n) => n.endsWith(".txt"))) {
        for (const sentence of readFileSync(join(reference, folder, name), "utf8").split(/(?<=[.!?])\s+/)) {
          if (sentence.length > 40) referenceSentences.add(sentence.trim());
        }
      }
    }
    const sources = benchSources(join(projectRoot(), "corpus", "sample"));
    for (const document of generateDocuments(sources, 200_000, 11)) {
      for (const sentence of document.text.split(/(?<=[.!?])\s+/))
        assert.ok(!referenceSentences.has(sentence.trim()));
    }
  });
});

describe("writeCorpus", () => {
  it("should write one text file per document and a sidecar line for each", async () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-corpus-"));
    try {
      const written = await writeCorpus(dir, BUILTIN_DOCUMENTS, 10_000, 5);
      const files = readdirSync(dir).filter((name) => name.endsWith(".txt"));
      assert.equal(files.length, written.documents);
      const sidecar = readFileSync(join(dir, "meta.jsonl"), "utf8").trim().split("\n");
      assert.equal(sidecar.length, written.documents);
      assert.equal(JSON.parse(sidecar[0] ?? "{}").doc, files.sort()[0]?.replace(/\.txt$/, ""));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
