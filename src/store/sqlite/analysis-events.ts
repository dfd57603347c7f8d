/** Loads full events with their evidence sentences by row id, keeping the caller's order. */
import type BetterSqlite3 from "better-sqlite3";
import type { StoredEvent } from "../types.js";
import { EVENT_WITH_EVIDENCE, type JoinedEventRow, storedEventFromRow } from "./rows.js";

export function eventsByRowId(db: BetterSqlite3.Database, ids: number[]): StoredEvent[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(`${EVENT_WITH_EVIDENCE} WHERE e.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as JoinedEventRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [storedEventFromRow(row)] : [];
  });
}
