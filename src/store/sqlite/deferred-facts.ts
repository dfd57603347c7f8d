/**
 * Group commit with deferred fact rows. The triggers that copy each new event and each coded
 * participant into the fact tables (FACT_TRIGGERS) cost about as much as the rest of a save
 * together, firing row by row. During a group they are dropped, the documents written are
 * noted, and before the commit one set-based INSERT per fact table fills them for those
 * documents; the triggers are then recreated from their own SQL. All of it happens inside the
 * group's transaction: other connections never see the triggers missing, and a crash rolls
 * everything back, triggers included. The aggregate triggers on the fact tables stay, so the
 * aggregates are the same as with row-by-row copying.
 */
import type BetterSqlite3 from "better-sqlite3";
import { backfillFactsOf, FACT_TRIGGERS } from "../migrations/002-analysis-aggregates.js";

export class DeferredFacts {
  private triggers: string[] | null = null;
  private readonly written = new Set<number>();

  constructor(private readonly db: BetterSqlite3.Database) {}

  /** Call inside the group's transaction, before its first save. */
  begin(): void {
    const sqlOf = this.db
      .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")
      .pluck();
    const triggers = FACT_TRIGGERS.map((name) => sqlOf.get(name) as string | undefined);
    // A store whose triggers were changed by hand keeps row-by-row copying.
    if (triggers.some((sql) => sql === undefined)) return;
    for (const name of FACT_TRIGGERS) this.db.exec(`DROP TRIGGER ${name}`);
    this.triggers = triggers as string[];
  }

  /** A document whose events were (re)written in this group and so have no fact rows yet. */
  noteWritten(documentId: number): void {
    if (this.triggers) this.written.add(documentId);
  }

  /** Call inside the transaction, just before its commit. */
  finish(): void {
    if (!this.triggers) return;
    if (this.written.size > 0) this.db.exec(backfillFactsOf([...this.written]));
    for (const sql of this.triggers) this.db.exec(sql);
    this.triggers = null;
    this.written.clear();
  }
}
