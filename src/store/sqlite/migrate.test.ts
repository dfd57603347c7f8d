import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { MIGRATIONS } from "../migrations/index.js";
import { sampleDoc } from "../store-suite.js";
import { SqliteStore } from "./index.js";

const TEXT = "Mali and Niger\n\nNiger recalled its ambassador. Mali closed the border.";

/** A database file at schema version 3 (before paragraph spans), holding one document. */
function storeAtVersion3(): string {
  const path = join(mkdtempSync(join(tmpdir(), "entente-migrate-")), "v3.db");
  const db = new Database(path);
  for (const migration of MIGRATIONS.filter((m) => m.version <= 3)) db.exec(migration.sql);
  db.pragma("user_version = 3");
  db.prepare(
    `INSERT INTO documents (id, key, source, format, content_hash, text, chars, ingested_at)
     VALUES (1, 'old', 'old.txt', 'text', 'hash-1', ?, ?, '2026-01-01T00:00:00Z')`,
  ).run(TEXT, TEXT.length);
  const paragraph = db.prepare(
    "INSERT INTO paragraphs (doc_id, idx, start, end, heading) VALUES (1, ?, ?, ?, ?)",
  );
  paragraph.run(0, 0, 14, 1);
  paragraph.run(1, 16, TEXT.length, 0);
  const sentence = db.prepare(
    "INSERT INTO sentences (doc_id, idx, paragraph, start, end, text) VALUES (1, ?, ?, ?, ?, ?)",
  );
  for (const [idx, paragraphIdx, start, end] of [
    [0, 0, 0, 14],
    [1, 1, 16, 46],
    [2, 1, 47, TEXT.length],
  ] as const) {
    sentence.run(idx, paragraphIdx, start, end, TEXT.slice(start, end));
  }
  db.close();
  return path;
}

describe("SQLite schema migrations", () => {
  it("should move a version 3 store's paragraphs into the document and keep its sentences searchable", () => {
    const store = new SqliteStore(storeAtVersion3());
    assert.equal(store.db.pragma("user_version", { simple: true }), MIGRATIONS.at(-1)?.version);
    const doc = store.getDocument("old");
    assert.deepEqual(doc?.paragraphs, [
      { index: 0, start: 0, end: 14, heading: true },
      { index: 1, start: 16, end: TEXT.length, heading: false },
    ]);
    assert.equal(doc?.sentences.length, 3);
    assert.equal(store.search("ambassador")[0]?.snippet, "Niger recalled its «ambassador».");
    const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    assert.ok(!tables.includes("paragraphs"));
    store.close();
  });

  it("should store and read back the paragraphs of a new document", () => {
    const store = new SqliteStore(":memory:");
    const doc = sampleDoc("Niger recalled its ambassador. Mali closed the border.");
    doc.paragraphs = [
      { index: 0, start: 0, end: 30, heading: false },
      { index: 1, start: 31, end: 54, heading: true },
    ];
    store.saveDocument(doc);
    assert.deepEqual(store.getDocument("report-1")?.paragraphs, doc.paragraphs);
    store.close();
  });
});
