/** Event queries with filters, shared by listings, streaming exports and the timeline. */
import type BetterSqlite3 from "better-sqlite3";
import { SENTENCE_TEXT_SQL } from "../migrations/005-sentence-text-from-document.js";
import type { EventFilter, StoredEvent, TimelineEntry, TimelineOptions } from "../types.js";
import { EVENT_WITH_EVIDENCE, type JoinedEventRow, storedEventFromRow } from "./rows.js";

/** A participant filter: "MLI", "MLI GOV" (code and sector) or an entity id. */
function participantClause(role: "actor" | "recipient", value: string, params: unknown[]): string {
  const [code, sector] = value.trim().split(/\s+/);
  if (sector) {
    params.push(role, code, sector);
    return "e.id IN (SELECT event FROM event_participants WHERE role = ? AND code = ? AND sector = ?)";
  }
  params.push(role, value, value);
  return "e.id IN (SELECT event FROM event_participants WHERE role = ? AND (code = ? OR entity_id = ?))";
}

function whereClause(filter: EventFilter, params: unknown[]): string {
  const clauses = ["d.superseded_by IS NULL"];
  if (filter.actor) clauses.push(participantClause("actor", filter.actor, params));
  if (filter.recipient) clauses.push(participantClause("recipient", filter.recipient, params));
  if (filter.type) {
    clauses.push("e.category = ?");
    params.push(filter.type.toUpperCase());
  }
  if (filter.quadCode) {
    clauses.push("e.quad_code = ?");
    params.push(filter.quadCode);
  }
  if (filter.factuality?.length) {
    clauses.push(`e.factuality IN (${filter.factuality.map(() => "?").join(", ")})`);
    params.push(...filter.factuality);
  }
  // A partial bound compares by prefix: "2022" includes every date in 2022.
  if (filter.from) {
    clauses.push("e.date >= ?");
    params.push(filter.from);
  }
  if (filter.to) {
    clauses.push("substr(e.date, 1, length(?)) <= ?");
    params.push(filter.to, filter.to);
  }
  if (filter.doc) {
    clauses.push(/^\d+$/.test(filter.doc) ? "e.doc_id = ?" : "d.key = ?");
    params.push(/^\d+$/.test(filter.doc) ? Number(filter.doc) : filter.doc);
  }
  if (filter.q) {
    clauses.push("s.id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)");
    params.push(filter.q);
  }
  return `WHERE ${clauses.join(" AND ")}`;
}

const FROM = `FROM events e
  JOIN documents d ON d.id = e.doc_id
  JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence`;

function selectEvents(db: BetterSqlite3.Database, filter: EventFilter) {
  const params: unknown[] = [];
  const where = whereClause(filter, params);
  params.push(filter.limit ?? -1, filter.offset ?? 0);
  const sql = `${EVENT_WITH_EVIDENCE} ${where} ORDER BY e.date IS NULL, e.date, e.doc_id, e.id LIMIT ? OFFSET ?`;
  return { statement: db.prepare(sql), params };
}

export function listEvents(db: BetterSqlite3.Database, filter: EventFilter = {}): StoredEvent[] {
  const { statement, params } = selectEvents(db, filter);
  return (statement.all(...params) as JoinedEventRow[]).map(storedEventFromRow);
}

export function* iterateEvents(
  db: BetterSqlite3.Database,
  filter: EventFilter = {},
): IterableIterator<StoredEvent> {
  const { statement, params } = selectEvents(db, filter);
  for (const row of statement.iterate(...params) as IterableIterator<JoinedEventRow>)
    yield storedEventFromRow(row);
}

export function countEvents(db: BetterSqlite3.Database, filter: EventFilter = {}): number {
  const params: unknown[] = [];
  const where = whereClause({ ...filter, limit: undefined, offset: undefined }, params);
  return db
    .prepare(`SELECT count(*) ${FROM} ${where}`)
    .pluck()
    .get(...params) as number;
}

/**
 * Events in date order with their evidence; when the store holds no events yet, the dated
 * sentences instead, so the timeline is useful as soon as documents are ingested.
 */
export function timeline(db: BetterSqlite3.Database, options: TimelineOptions = {}): TimelineEntry[] {
  const hasEvents = db.prepare("SELECT 1 FROM events LIMIT 1").get() !== undefined;
  if (hasEvents) {
    return listEvents(db, { ...options, limit: options.limit ?? 200 })
      .filter((e) => e.date !== null)
      .map((e) => ({
        date: {
          start: e.date as string,
          end: e.enddate,
          granularity: e.datePrecision,
          reported: e.dateReported,
        },
        docId: e.docId,
        docKey: e.docKey,
        title: e.docTitle,
        sentence: e.sentence,
        text: e.text,
        event: {
          id: e.id,
          category: e.event[0] ?? "",
          actor: e.actor.map((a) => [a.code, a.sector].filter(Boolean).join(" ")),
          recipient: e.recipient.map((a) => [a.code, a.sector].filter(Boolean).join(" ")),
          factuality: e.factuality,
        },
      }));
  }
  const params: unknown[] = [];
  const clauses = ["d.superseded_by IS NULL", "sd.value_start IS NOT NULL", "sd.source != 'reported'"];
  if (options.from) {
    clauses.push("sd.value_start >= ?");
    params.push(options.from);
  }
  if (options.to) {
    clauses.push("substr(sd.value_start, 1, length(?)) <= ?");
    params.push(options.to, options.to);
  }
  params.push(options.limit ?? 200);
  const rows = db
    .prepare(
      `SELECT sd.value_start, sd.value_end, sd.granularity, sd.source, d.id AS doc_id, d.key, d.title,
              s.idx, ${SENTENCE_TEXT_SQL} AS text
       FROM sentence_dates sd
       JOIN documents d ON d.id = sd.doc_id
       JOIN sentences s ON s.doc_id = sd.doc_id AND s.idx = sd.sentence
       WHERE ${clauses.join(" AND ")}
       ORDER BY sd.value_start, d.id, s.idx LIMIT ?`,
    )
    .all(...params) as {
    value_start: string;
    value_end: string | null;
    granularity: TimelineEntry["date"]["granularity"];
    source: string;
    doc_id: number;
    key: string;
    title: string | null;
    idx: number;
    text: string;
  }[];
  return rows.map((r) => ({
    date: {
      start: r.value_start,
      end: r.value_end,
      granularity: r.granularity,
      reported: r.source === "reported",
    },
    docId: r.doc_id,
    docKey: r.key,
    title: r.title,
    sentence: r.idx,
    text: r.text,
  }));
}
