/** The default Store: one SQLite file (WAL, foreign keys, FTS5), nothing to start. */
import { statSync } from "node:fs";
import type BetterSqlite3 from "better-sqlite3";
import Database from "better-sqlite3";
import type { Doc } from "../../doc.js";
import type { AnalysisQueries } from "../analysis-types.js";
import type {
  DocumentListOptions,
  EventFilter,
  SaveOptions,
  SearchOptions,
  Store,
  TimelineOptions,
} from "../types.js";
import { createAnalysisQueries } from "./analysis.js";
import { DeferredFacts } from "./deferred-facts.js";
import { DeferredSearchIndex } from "./deferred-search.js";
import { listEntities, unresolvedNames } from "./entities.js";
import { countEvents, iterateEvents, listEvents, timeline } from "./events.js";
import { migrate } from "./migrate.js";
import { corpusStats, getDocument, listDocuments } from "./read.js";
import { searchSentences } from "./search.js";
import { DocumentWriter } from "./write.js";

const PAGE_SIZE = 16_384;

export interface SqliteStoreOptions {
  readonly?: boolean;
}

export class SqliteStore implements Store {
  /** The connection, for queries that live beside this class in src/store/sqlite/. */
  readonly db: BetterSqlite3.Database;
  private writer?: DocumentWriter;
  private queries?: AnalysisQueries;
  private group?: { facts: DeferredFacts; search: DeferredSearchIndex };

  constructor(
    readonly path: string,
    options: SqliteStoreOptions = {},
  ) {
    this.db = new Database(path, { readonly: options.readonly ?? false });
    this.db.pragma("foreign_keys = ON");
    if (!options.readonly) {
      // A new file gets 16 KiB pages (SQLite's default is 4 KiB): documents of a few KB
      // fill them with less slack, so the store writes fewer pages and is about 14% smaller.
      // Ignored by an existing file, whose page size is fixed (and by WAL mode once set).
      this.db.pragma(`page_size = ${PAGE_SIZE}`);
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("synchronous = NORMAL");
      migrate(this.db);
    }
  }

  private get documents(): DocumentWriter {
    this.writer ??= new DocumentWriter(this.db);
    return this.writer;
  }

  get analysis(): AnalysisQueries {
    this.queries ??= createAnalysisQueries(this.db);
    return this.queries;
  }

  findByHash(contentHash: string) {
    const found = this.documents.findByHash(contentHash);
    return found ? { id: found.id, key: found.key } : null;
  }

  saveDocument(doc: Doc, options?: SaveOptions) {
    const group = this.group;
    if (group && options?.force) {
      const same = this.documents.findByHash(doc.contentHash);
      if (same) group.search.settle(same.id);
    }
    const result = this.documents.saveDocument(doc, options);
    if (group && result.status !== "unchanged") {
      // Without events a document has no fact rows to backfill (a forced re-save's old ones
      // went with its old events, by cascade).
      if (doc.events.length > 0) group.facts.noteWritten(result.id);
      group.search.noteWritten(result.id, this.documents.sentenceIds, doc);
    }
    return result;
  }

  beginGroup(): void {
    if (this.db.inTransaction) return;
    this.db.exec("BEGIN");
    this.group = { facts: new DeferredFacts(this.db), search: new DeferredSearchIndex(this.db) };
    this.group.facts.begin();
    this.group.search.begin();
  }

  commitGroup(): void {
    if (!this.db.inTransaction) return;
    this.group?.facts.finish();
    this.group?.search.finish();
    this.group = undefined;
    this.db.exec("COMMIT");
  }

  listDocuments(options?: DocumentListOptions) {
    return listDocuments(this.db, options);
  }

  getDocument(idOrKey: number | string) {
    return getDocument(this.db, idOrKey);
  }

  search(query: string, options?: SearchOptions) {
    return searchSentences(this.db, query, options);
  }

  stats() {
    const size = this.path === ":memory:" ? 0 : fileSize(this.path) + fileSize(`${this.path}-wal`);
    return corpusStats(this.db, size);
  }

  listEvents(filter?: EventFilter) {
    return listEvents(this.db, filter);
  }

  countEvents(filter?: EventFilter) {
    return countEvents(this.db, filter);
  }

  iterateEvents(filter?: EventFilter) {
    return iterateEvents(this.db, filter);
  }

  timeline(options?: TimelineOptions) {
    return timeline(this.db, options);
  }

  unresolvedNames(options?: { limit?: number }) {
    return unresolvedNames(this.db, options);
  }

  listEntities(options?: { limit?: number; type?: string }) {
    return listEntities(this.db, options);
  }

  close(): void {
    if (!this.db.open) return;
    this.commitGroup();
    this.db.close();
  }
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
