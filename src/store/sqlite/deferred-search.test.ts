import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sampleDoc, sampleEvent } from "../store-suite.js";
import { SqliteStore } from "./index.js";

const FIRST = "France announced its withdrawal from Mali. Wagner fighters arrived in Timbuktu.";
const SECOND = "Niger recalled its ambassador. Burkina Faso closed the border with Niger.";

/** FTS5's own check that the index matches the content table (throws when it does not). */
function assertIndexIntact(store: SqliteStore): void {
  store.db.exec("INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('integrity-check', 1)");
}

function triggerNames(store: SqliteStore): string[] {
  return store.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
    .pluck()
    .all() as string[];
}

describe("group commit with deferred full-text indexing", () => {
  it("should find the sentences of a group as saving one document at a time does", () => {
    const single = new SqliteStore(":memory:");
    single.saveDocument(sampleDoc(FIRST, "a.txt"));
    single.saveDocument(sampleDoc(SECOND, "b.txt"));
    const grouped = new SqliteStore(":memory:");
    const before = triggerNames(grouped);
    grouped.beginGroup();
    grouped.saveDocument(sampleDoc(FIRST, "a.txt"));
    grouped.saveDocument(sampleDoc(SECOND, "b.txt"));
    grouped.commitGroup();
    for (const query of ["niger", "wagner OR border", '"recalled its ambassador"', "burk*"]) {
      assert.deepEqual(grouped.search(query), single.search(query), query);
    }
    assert.equal(grouped.search("niger").length, 2);
    assert.deepEqual(triggerNames(grouped), before);
    assertIndexIntact(grouped);
  });

  it("should keep the index intact when a document is forced twice in one group", () => {
    const store = new SqliteStore(":memory:");
    store.saveDocument(sampleDoc(FIRST, "a.txt"));
    store.beginGroup();
    store.saveDocument(sampleDoc(SECOND, "b.txt"));
    assert.equal(store.saveDocument(sampleDoc(SECOND, "b.txt"), { force: true }).status, "replaced");
    assert.equal(store.saveDocument(sampleDoc(FIRST, "a.txt"), { force: true }).status, "replaced");
    store.commitGroup();
    assertIndexIntact(store);
    assert.equal(store.search("niger").length, 2);
    assert.equal(store.search("wagner").length, 1);
  });

  it("should index nothing of a document that fails inside a group", () => {
    const store = new SqliteStore(":memory:");
    store.beginGroup();
    store.saveDocument(sampleDoc(SECOND, "b.txt"));
    const broken = sampleDoc(FIRST, "a.txt", { events: [sampleEvent({ trigger: undefined as never })] });
    assert.throws(() => store.saveDocument(broken));
    store.commitGroup();
    assertIndexIntact(store);
    assert.equal(store.search("wagner").length, 0);
    assert.equal(store.search("niger").length, 2);
  });

  it("should index documents saved after the group right away", () => {
    const store = new SqliteStore(":memory:");
    store.beginGroup();
    store.saveDocument(sampleDoc(SECOND, "b.txt"));
    store.commitGroup();
    store.saveDocument(sampleDoc(FIRST, "a.txt"));
    assert.equal(store.search("wagner").length, 1);
    assertIndexIntact(store);
  });
});
