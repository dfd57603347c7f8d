import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { type IngestOutcome, ingestIntoStore } from "./batch.js";
import { SqliteStore } from "./store/sqlite/index.js";

const REPORT = `Mali expels French envoy

Mali's transitional government ordered the French ambassador to leave the country on 31 January 2022.

France said it regretted the decision and recalled that its troops had fought jihadist groups since 2013.`;

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "entente-batch-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe("ingestIntoStore", () => {
  it("should store a document with sentences, actors and events, then skip it when ingested again", async () => {
    const dir = folder({ "envoy.txt": REPORT });
    const store = new SqliteStore(":memory:");
    const first = await ingestIntoStore([dir], { store });
    assert.equal(first.added, 1);
    assert.equal(first.failed, 0);
    const stored = store.getDocument("envoy");
    assert.ok(stored);
    assert.ok(stored.sentences.length >= 3);
    assert.ok(
      stored.mentions.some((m) => m.code === "FRA"),
      "France is recognised",
    );
    const second = await ingestIntoStore([dir], { store });
    assert.deepEqual([second.added, second.unchanged], [0, 1]);
    assert.equal(store.stats().documents, 1);
    const forced = await ingestIntoStore([dir], { store, force: true });
    assert.equal(forced.replaced, 1);
    assert.equal(store.stats().versions, 1);
    store.close();
  });

  it("should keep the old version when the content at the same source changes", async () => {
    const dir = folder({ "envoy.txt": REPORT });
    const store = new SqliteStore(":memory:");
    await ingestIntoStore([dir], { store });
    writeFileSync(join(dir, "envoy.txt"), `${REPORT}\n\nTalks resumed a month later.`);
    const again = await ingestIntoStore([dir], { store });
    assert.equal(again.newVersions, 1);
    assert.equal(store.listDocuments().length, 1);
    assert.equal(store.listDocuments({ allVersions: true }).length, 2);
    assert.equal(store.search("talks").length, 1, "search sees the current version");
    store.close();
  });

  it("should report each bad input on its own and store the good ones", async () => {
    const dir = folder({
      "good.txt": REPORT,
      "empty.txt": "",
      "binary.txt": Buffer.from([0, 1, 2, 3, 0, 0, 255, 0]),
      "records.jsonl":
        '{"id": "r1", "text": "Russia delivered helicopters to Mali."}\n{"title": "no text"}\n',
    });
    const store = new SqliteStore(":memory:");
    const failures: IngestOutcome[] = [];
    const summary = await ingestIntoStore([dir], { store, onOutcome: (o) => !o.ok && failures.push(o) });
    assert.equal(summary.added, 2);
    assert.equal(summary.failed, 3);
    const reasons = failures.map((f) => (f.ok ? "" : `${f.source}: ${f.reason}`)).join("\n");
    assert.match(reasons, /empty\.txt/);
    assert.match(reasons, /binary\.txt/);
    assert.match(reasons, /records\.jsonl:2/);
    assert.deepEqual(
      store
        .listDocuments()
        .map((d) => d.key)
        .sort(),
      ["good", "r1"],
    );
    store.close();
  });
});
