/** Loads full events with their evidence sentences by row id, keeping the caller's order. */
import type BetterSqlite3 from "better-sqlite3";
import type { StoredEvent } from "../types.js";
import { type EventRow, eventFromRow } from "./rows.js";

interface JoinedRow extends EventRow {
  doc_key: string;
  doc_title: string | null;
  publisher: string | null;
  published: string | null;
  text: string;
  sentence_start: number;
  sentence_end: number;
}

export function eventsByRowId(db: BetterSqlite3.Database, ids: number[]): StoredEvent[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT e.*, d.key AS doc_key, d.title AS doc_title, d.publisher, d.published, s.text,
              s.start AS sentence_start, s.end AS sentence_end
       FROM events e
       JOIN documents d ON d.id = e.doc_id
       JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence
       WHERE e.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as JoinedRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        ...eventFromRow(row),
        docId: row.doc_id,
        docKey: row.doc_key,
        docTitle: row.doc_title,
        publisher: row.publisher,
        published: row.published,
        text: row.text,
        sentenceStart: row.sentence_start,
        sentenceEnd: row.sentence_end,
      },
    ];
  });
}
