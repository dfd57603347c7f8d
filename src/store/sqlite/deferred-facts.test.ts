import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildFixtureDoc } from "../../server/test-corpus.js";
import { FIXTURE_DOCS } from "../../server/test-corpus-data.js";
import { FACT_TRIGGERS } from "../migrations/002-analysis-aggregates.js";
import { SqliteStore } from "./index.js";

const FACT_TABLES = ["event_facts", "event_dyads", "dyad_month", "dyad_year", "dyad_all", "source_month"];

function tables(store: SqliteStore): Record<string, unknown[]> {
  return Object.fromEntries(
    FACT_TABLES.map((table) => [table, store.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3, 4`).all()]),
  );
}

function triggerNames(store: SqliteStore): string[] {
  return store.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
    .pluck()
    .all() as string[];
}

describe("group commit with deferred fact rows", () => {
  it("should fill the fact tables and aggregates as saving one document at a time does", () => {
    const single = new SqliteStore(":memory:");
    for (const fixture of FIXTURE_DOCS) single.saveDocument(buildFixtureDoc(fixture));
    const grouped = new SqliteStore(":memory:");
    const before = triggerNames(grouped);
    grouped.beginGroup();
    for (const fixture of FIXTURE_DOCS) grouped.saveDocument(buildFixtureDoc(fixture));
    // A document saved twice in the group is unchanged the second time and is not backfilled twice.
    const first = FIXTURE_DOCS[0];
    if (first) grouped.saveDocument(buildFixtureDoc(first));
    grouped.commitGroup();
    assert.ok((tables(single).event_facts ?? []).length > 0);
    assert.deepEqual(tables(grouped), tables(single));
    assert.deepEqual(triggerNames(grouped), before);
    for (const name of FACT_TRIGGERS) assert.ok(before.includes(name));
  });

  it("should keep the triggers for saves after the group", () => {
    const single = new SqliteStore(":memory:");
    const grouped = new SqliteStore(":memory:");
    const [head, ...rest] = FIXTURE_DOCS;
    if (head) {
      single.saveDocument(buildFixtureDoc(head));
      grouped.beginGroup();
      grouped.saveDocument(buildFixtureDoc(head));
      grouped.commitGroup();
    }
    for (const fixture of rest) {
      single.saveDocument(buildFixtureDoc(fixture));
      grouped.saveDocument(buildFixtureDoc(fixture));
    }
    assert.deepEqual(tables(grouped), tables(single));
  });

  it("should drop the facts of a document forced again in a group with no events left", () => {
    const [head] = FIXTURE_DOCS;
    if (!head) return;
    const single = new SqliteStore(":memory:");
    const grouped = new SqliteStore(":memory:");
    for (const store of [single, grouped]) store.saveDocument(buildFixtureDoc(head));
    assert.ok((tables(grouped).event_facts ?? []).length > 0);
    const withoutEvents = () => Object.assign(buildFixtureDoc(head), { events: [] });
    single.saveDocument(withoutEvents(), { force: true });
    grouped.beginGroup();
    grouped.saveDocument(withoutEvents(), { force: true });
    grouped.commitGroup();
    assert.deepEqual(tables(grouped), tables(single));
    assert.equal((tables(grouped).event_facts ?? []).length, 0);
  });
});
