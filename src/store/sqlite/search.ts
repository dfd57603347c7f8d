/** Full-text search over sentences (SQLite FTS5, BM25 ranking, diacritic-insensitive). */
import type BetterSqlite3 from "better-sqlite3";
import type { SearchHit, SearchOptions } from "../types.js";

const SEARCH_SQL = `
  SELECT s.doc_id AS docId, d.key, d.title, s.idx AS sentence, s.start, s.end,
         highlight(sentences_fts, 0, @open, @close) AS snippet, bm25(sentences_fts) AS rank
  FROM sentences_fts
  JOIN sentences s ON s.id = sentences_fts.rowid
  JOIN documents d ON d.id = s.doc_id AND d.superseded_by IS NULL
  WHERE sentences_fts MATCH @query
  ORDER BY rank
  LIMIT @limit OFFSET @offset`;

/**
 * Runs the query as FTS5 syntax (AND, OR, NOT, "phrases", prefix*); when that is not valid
 * FTS5, searches for all of its words instead, so that a stray quote or dash still finds hits.
 */
export function searchSentences(
  db: BetterSqlite3.Database,
  query: string,
  options: SearchOptions = {},
): SearchHit[] {
  const [open, close] = options.mark ?? ["«", "»"];
  const params = { open, close, limit: options.limit ?? 20, offset: options.offset ?? 0 };
  const statement = db.prepare(SEARCH_SQL);
  try {
    return statement.all({ ...params, query }) as SearchHit[];
  } catch (error) {
    if (!(error instanceof Error) || !/fts5|syntax|unterminated|no such column/i.test(error.message))
      throw error;
    const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) return [];
    return statement.all({ ...params, query: words.map((w) => `"${w}"`).join(" ") }) as SearchHit[];
  }
}
