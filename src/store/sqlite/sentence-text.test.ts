import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import type { Doc } from "../../doc.js";
import { MIGRATIONS } from "../migrations/index.js";
import { sampleDoc } from "../store-suite.js";
import { SqliteStore } from "./index.js";
import { searchSentences } from "./search.js";

/** Our own sentences, with diacritics, punctuation, repeated terms and characters beyond the BMP. */
const TEXTS = [
  "Le président Macron a rencontré Assimi Goïta à Bamako. Wagner's men, the «Wagner Group», left Ménaka.",
  "Gold, gold and GOLD: Wagner-linked firms traded gold. The convoy reached Timbuktu at dawn.",
  "A 🇲🇱 flag flew over the base as Wagner fighters arrived. Then Wagner left the base to the army.",
  "Nothing here mentions the group. Café owners in Gao spoke of naïve hopes.",
];

const QUERIES = [
  "wagner",
  "president",
  "goita",
  "menaka",
  '"wagner group"',
  "wagn*",
  "gold AND wagner",
  "bamako OR timbuktu",
  "gold NOT convoy",
  "cafe naive",
  "base",
  'flag "',
];

const docs = (): Doc[] => TEXTS.map((text, i) => sampleDoc(text, `notes/${i}.txt`));

/** A file at schema version 4, where every sentence row holds its own text, with our documents. */
function storeAtVersion4(): string {
  const path = join(mkdtempSync(join(tmpdir(), "entente-sentence-text-")), "v4.db");
  const db = new Database(path);
  for (const migration of MIGRATIONS.filter((m) => m.version <= 4)) db.exec(migration.sql);
  db.pragma("user_version = 4");
  const insertDoc = db.prepare(
    `INSERT INTO documents (key, source, format, title, content_hash, text, chars, ingested_at)
     VALUES (?, ?, 'text', 'A report', ?, ?, ?, '2026-01-01T00:00:00Z')`,
  );
  const insertSentence = db.prepare(
    "INSERT INTO sentences (doc_id, idx, paragraph, start, end, text) VALUES (?, ?, 0, ?, ?, ?)",
  );
  for (const doc of docs()) {
    const id = insertDoc.run(
      "report-1",
      doc.meta.source,
      doc.contentHash,
      doc.text,
      doc.text.length,
    ).lastInsertRowid;
    for (const s of doc.sentences)
      insertSentence.run(id, s.index, s.start, s.end, doc.text.slice(s.start, s.end));
  }
  db.close();
  return path;
}

function assertIndexIntact(store: SqliteStore): void {
  store.db.exec("INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('integrity-check', 1)");
}

describe("sentence text read from the document (migration 5)", () => {
  it("should rank and highlight exactly as a store that keeps each sentence's text", () => {
    const old = new Database(storeAtVersion4(), { readonly: true });
    for (const grouped of [false, true]) {
      const store = new SqliteStore(":memory:");
      if (grouped) store.beginGroup();
      for (const doc of docs()) store.saveDocument(doc);
      if (grouped) store.commitGroup();
      for (const query of QUERIES) {
        const expected = searchSentences(old, query);
        assert.deepEqual(store.search(query), expected, `${query} (grouped: ${grouped})`);
        assert.deepEqual(
          store.search(query, { mark: ["<b>", "</b>"] }),
          searchSentences(old, query, { mark: ["<b>", "</b>"] }),
        );
      }
      assert.ok(store.search("wagner").length >= 4);
      assertIndexIntact(store);
      store.close();
    }
    old.close();
  });

  it("should upgrade a version 4 file: same hits, no sentence text stored twice, index intact", () => {
    const path = storeAtVersion4();
    const old = new Database(path, { readonly: true });
    const expected = QUERIES.map((query) => searchSentences(old, query));
    old.close();
    const store = new SqliteStore(path);
    assert.equal(store.db.pragma("user_version", { simple: true }), MIGRATIONS.at(-1)?.version);
    assert.deepEqual(
      QUERIES.map((query) => store.search(query)),
      expected,
    );
    const stored = store.db.prepare("SELECT count(*) FROM sentences WHERE text IS NOT NULL").pluck().get();
    assert.equal(stored, 2, "only the document with a character beyond the BMP keeps its sentences' text");
    assertIndexIntact(store);
    store.close();
  });

  it("should give each sentence its exact text when the document has characters beyond the BMP", () => {
    const store = new SqliteStore(":memory:");
    const doc = sampleDoc(TEXTS[2] as string);
    store.saveDocument(doc);
    const hit = store.search("army")[0];
    assert.equal(hit?.snippet, "Then Wagner left the base to the «army».");
    assert.equal(doc.text.slice(hit.start, hit.end), "Then Wagner left the base to the army.");
    store.close();
  });

  it("should drop a document's old sentences from the index on a forced re-ingest, a new version and a delete", () => {
    const store = new SqliteStore(":memory:");
    store.saveDocument(sampleDoc(TEXTS[0] as string, "notes/a.txt"));
    store.saveDocument(sampleDoc(TEXTS[0] as string, "notes/a.txt"), { force: true });
    assert.equal(store.search("goita").length, 1);
    store.saveDocument(sampleDoc(TEXTS[1] as string, "notes/a.txt"));
    assert.equal(store.search("goita").length, 0, "the superseded version is not searched");
    assert.equal(store.search("timbuktu").length, 1);
    assertIndexIntact(store);
    store.db.prepare("DELETE FROM documents").run();
    assertIndexIntact(store);
    assert.equal(
      store.db.prepare("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'wagner'").pluck().get(),
      0,
    );
    store.close();
  });
});
