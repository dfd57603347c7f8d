/**
 * Group commit with deferred full-text indexing. FTS5 flushes its pending terms to a new
 * index segment at every savepoint, and each document is saved in its own savepoint, so
 * indexing sentence by sentence through the insert trigger wrote one tiny segment per
 * document and spent most of an ingest merging them (three quarters of the time spent storing).
 * During a group the insert trigger is dropped, the documents written are noted, and before
 * the commit one INSERT ... SELECT indexes all their sentences at once, in one segment; the
 * trigger is then recreated from its own SQL. All of it happens inside the group's
 * transaction: other connections never see the trigger missing or a sentence unindexed, and
 * a crash rolls everything back, trigger included.
 */
import type BetterSqlite3 from "better-sqlite3";

const INSERT_TRIGGER = "sentences_ai";
/** Document ids per INSERT ... SELECT, well under SQLite's limit on an IN list's size. */
const CHUNK = 500;

export class DeferredSearchIndex {
  private trigger: string | null = null;
  private readonly pending = new Set<number>();

  constructor(private readonly db: BetterSqlite3.Database) {}

  /** Call inside the group's transaction, before its first save. */
  begin(): void {
    const sql = this.db
      .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")
      .pluck()
      .get(INSERT_TRIGGER) as string | undefined;
    // A store whose trigger was changed by hand keeps indexing row by row.
    if (sql === undefined) return;
    this.db.exec(`DROP TRIGGER ${INSERT_TRIGGER}`);
    this.trigger = sql;
  }

  /** A document whose sentences were (re)written in this group and so are not indexed yet. */
  noteWritten(documentId: number): void {
    if (this.trigger) this.pending.add(documentId);
  }

  /**
   * Indexes a pending document's sentences now. Call before its sentences are deleted (a
   * forced re-save in the same group): the delete trigger removes index entries, and removing
   * entries that were never added would corrupt an external-content FTS5 index.
   */
  settle(documentId: number): void {
    if (!this.pending.delete(documentId)) return;
    this.index([documentId]);
  }

  /** Call inside the transaction, just before its commit. */
  finish(): void {
    if (!this.trigger) return;
    const ids = [...this.pending];
    for (let i = 0; i < ids.length; i += CHUNK) this.index(ids.slice(i, i + CHUNK));
    this.db.exec(this.trigger);
    this.trigger = null;
    this.pending.clear();
  }

  private index(documentIds: number[]): void {
    const list = documentIds.map((id) => Math.trunc(id)).join(", ");
    this.db.exec(
      `INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE doc_id IN (${list}) ORDER BY id`,
    );
  }
}
