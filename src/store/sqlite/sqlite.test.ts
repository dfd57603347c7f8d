import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { MIGRATIONS } from "../migrations/index.js";
import { runStoreSuite } from "../store-suite.js";
import { SqliteStore } from "./index.js";

runStoreSuite("SQLite", () => new SqliteStore(":memory:"));

describe("SQLite store file", () => {
  it("should create a WAL database at the latest schema version and reopen it without migrating again", () => {
    const path = join(mkdtempSync(join(tmpdir(), "entente-store-")), "test.db");
    const store = new SqliteStore(path);
    assert.equal(store.db.pragma("journal_mode", { simple: true }), "wal");
    assert.equal(store.db.pragma("foreign_keys", { simple: true }), 1);
    assert.equal(store.db.pragma("user_version", { simple: true }), MIGRATIONS.at(-1)?.version);
    store.close();
    const again = new SqliteStore(path);
    assert.equal(again.stats().documents, 0);
    again.close();
  });
});
