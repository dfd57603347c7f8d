/**
 * Group commit with deferred full-text indexing. FTS5 flushes its pending terms to a new
 * index segment at every savepoint, and each document is saved in its own savepoint, so
 * indexing sentence by sentence through the insert trigger wrote one tiny segment per
 * document and spent most of an ingest merging them (three quarters of the time spent storing).
 * During a group the insert trigger is dropped, the sentences written are noted with their
 * text (sliced from the document in memory: reading it back through the `sentence_texts`
 * view would re-read the document once per sentence), and before the commit they are all
 * indexed at once, in one segment; the trigger is then recreated from its own SQL. All of it
 * happens inside the group's transaction: other connections never see the trigger missing or
 * a sentence unindexed, and a crash rolls everything back, trigger included.
 */
import type BetterSqlite3 from "better-sqlite3";
import type { Doc } from "../../doc.js";

const INSERT_TRIGGER = "sentences_ai";

interface PendingDocument {
  sentenceIds: readonly number[];
  doc: Pick<Doc, "text" | "sentences">;
}

export class DeferredSearchIndex {
  private trigger: string | null = null;
  private readonly pending = new Map<number, PendingDocument>();
  private readonly insert: BetterSqlite3.Statement;

  constructor(private readonly db: BetterSqlite3.Database) {
    this.insert = db.prepare("INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)");
  }

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

  /**
   * A document whose sentences were (re)written in this group and so are not indexed yet;
   * `sentenceIds` are their row ids, in the order of `doc.sentences`.
   */
  noteWritten(documentId: number, sentenceIds: readonly number[], doc: PendingDocument["doc"]): void {
    // Only the text and spans are kept, not the whole Doc with its analysis layers.
    if (this.trigger)
      this.pending.set(documentId, { sentenceIds, doc: { text: doc.text, sentences: doc.sentences } });
  }

  /**
   * Indexes a pending document's sentences now. Call before its sentences are deleted (a
   * forced re-save in the same group): the delete trigger removes index entries, and removing
   * entries that were never added would corrupt an external-content FTS5 index.
   */
  settle(documentId: number): void {
    const pending = this.pending.get(documentId);
    if (!pending) return;
    this.pending.delete(documentId);
    this.index(pending);
  }

  /** Call inside the transaction, just before its commit. */
  finish(): void {
    if (!this.trigger) return;
    for (const pending of this.pending.values()) this.index(pending);
    this.db.exec(this.trigger);
    this.trigger = null;
    this.pending.clear();
  }

  private index({ sentenceIds, doc }: PendingDocument): void {
    const { text, sentences } = doc;
    sentenceIds.forEach((id, i) => {
      const s = sentences[i];
      if (s) this.insert.run(id, text.slice(s.start, s.end));
    });
  }
}
