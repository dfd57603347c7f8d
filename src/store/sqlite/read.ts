/** Reads of documents, their layers and corpus counts. */
import type BetterSqlite3 from "better-sqlite3";
import type { DocMeta, Granularity, Mention, SentenceDate, TimeExpression } from "../../doc.js";
import type { CorpusStats, DocumentListOptions, DocumentSummary, StoredDocument } from "../types.js";
import { type EventRow, eventFromRow } from "./rows.js";

interface DocumentRow {
  id: number;
  key: string;
  source: string;
  format: DocMeta["format"];
  version: number;
  superseded_by: number | null;
  content_hash: string;
  title: string | null;
  url: string | null;
  published: string | null;
  publisher: string | null;
  author: string | null;
  language: string | null;
  stance: string | null;
  kind: string | null;
  encoding: string | null;
  extra: string | null;
  text: string;
  chars: number;
  /** JSON `[[start, end, heading], ...]` (migration 4). */
  paragraph_spans: string;
  ingested_at: string;
}

export function listDocuments(
  db: BetterSqlite3.Database,
  options: DocumentListOptions = {},
): DocumentSummary[] {
  const where = options.allVersions ? "" : "WHERE d.superseded_by IS NULL";
  const rows = db
    .prepare(
      `SELECT d.id, d.key, d.source, d.format, d.version, d.superseded_by, d.title, d.publisher, d.published,
              d.stance, d.chars, d.ingested_at,
              (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id) AS sentences,
              (SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events
       FROM documents d ${where}
       ORDER BY d.published IS NULL, d.published, d.key, d.version
       LIMIT ? OFFSET ?`,
    )
    .all(options.limit ?? -1, options.offset ?? 0) as (DocumentRow & { sentences: number; events: number })[];
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    source: r.source,
    format: r.format,
    version: r.version,
    current: r.superseded_by === null,
    title: r.title,
    publisher: r.publisher,
    published: r.published,
    stance: r.stance,
    chars: r.chars,
    sentences: r.sentences,
    events: r.events,
    ingestedAt: r.ingested_at,
  }));
}

function findDocumentRow(db: BetterSqlite3.Database, idOrKey: number | string): DocumentRow | undefined {
  if (typeof idOrKey === "number" || /^\d+$/.test(idOrKey)) {
    const byId = db.prepare("SELECT * FROM documents WHERE id = ?").get(Number(idOrKey)) as
      | DocumentRow
      | undefined;
    if (byId || typeof idOrKey === "number") return byId;
  }
  return db
    .prepare("SELECT * FROM documents WHERE key = ? ORDER BY superseded_by IS NOT NULL, version DESC LIMIT 1")
    .get(idOrKey) as DocumentRow | undefined;
}

export function getDocument(db: BetterSqlite3.Database, idOrKey: number | string): StoredDocument | null {
  const row = findDocumentRow(db, idOrKey);
  if (!row) return null;
  const id = row.id;
  const all = <T>(sql: string) => db.prepare(sql).all(id) as T[];
  const paragraphs = (JSON.parse(row.paragraph_spans) as [number, number, number][]).map(
    ([start, end, heading], index) => ({ index, start, end, heading: heading === 1 }),
  );
  const sentences = all<{ idx: number; paragraph: number; start: number; end: number }>(
    "SELECT idx, paragraph, start, end FROM sentences WHERE doc_id = ? ORDER BY idx",
  ).map((s) => ({ index: s.idx, paragraph: s.paragraph, start: s.start, end: s.end }));
  const mentions = all<Mention & { entity_id: string | null; candidates: string | null }>(
    `SELECT sentence, start, end, text, entity_id, name, type, code, sector, confidence, via, candidates
     FROM mentions WHERE doc_id = ? ORDER BY start`,
  ).map(({ entity_id, candidates, ...m }) => ({
    ...m,
    entityId: entity_id,
    ...(candidates ? { candidates: JSON.parse(candidates) as string[] } : {}),
  }));
  const timexes = all<TimexRow>(
    "SELECT sentence, start, end, text, kind, value_start, value_end, granularity, qualifier FROM timexes WHERE doc_id = ? ORDER BY idx",
  ).map(timexFromRow);
  const sentenceDates = all<SentenceDateRow>(
    "SELECT sentence, value_start, value_end, granularity, qualifier, source, expression FROM sentence_dates WHERE doc_id = ? ORDER BY sentence",
  ).map(sentenceDateFromRow);
  const events = all<EventRow>("SELECT * FROM events WHERE doc_id = ? ORDER BY id").map(eventFromRow);
  const messages = all<{
    severity: "fatal" | "warning" | "info";
    stage: string;
    rule: string;
    reason: string;
    start: number | null;
    end: number | null;
  }>("SELECT severity, stage, rule, reason, start, end FROM messages WHERE doc_id = ?").map((m) => ({
    severity: m.severity,
    stage: m.stage,
    rule: m.rule,
    reason: m.reason,
    ...(m.start !== null && m.end !== null ? { span: { start: m.start, end: m.end } } : {}),
  }));
  return {
    id,
    version: row.version,
    meta: metaFromRow(row),
    contentHash: row.content_hash,
    text: row.text,
    paragraphs,
    sentences,
    mentions,
    timexes,
    sentenceDates,
    events,
    messages,
  };
}

function metaFromRow(row: DocumentRow): DocMeta {
  return {
    source: row.source,
    key: row.key,
    format: row.format,
    title: row.title,
    url: row.url,
    published: row.published,
    publisher: row.publisher,
    author: row.author,
    language: row.language,
    stance: row.stance,
    kind: row.kind,
    encoding: row.encoding,
    ...(row.extra ? { extra: JSON.parse(row.extra) as Record<string, unknown> } : {}),
  };
}

interface TimexRow {
  sentence: number;
  start: number;
  end: number;
  text: string;
  kind: TimeExpression["kind"];
  value_start: string;
  value_end: string | null;
  granularity: Granularity;
  qualifier: TimeExpression["value"]["qualifier"];
}

function timexFromRow(r: TimexRow): TimeExpression {
  return {
    sentence: r.sentence,
    start: r.start,
    end: r.end,
    text: r.text,
    kind: r.kind,
    value: { start: r.value_start, end: r.value_end, granularity: r.granularity, qualifier: r.qualifier },
  };
}

interface SentenceDateRow {
  sentence: number;
  value_start: string | null;
  value_end: string | null;
  granularity: Granularity | null;
  qualifier: TimeExpression["value"]["qualifier"];
  source: SentenceDate["source"];
  expression: number | null;
}

function sentenceDateFromRow(r: SentenceDateRow): SentenceDate {
  const value =
    r.value_start && r.granularity
      ? { start: r.value_start, end: r.value_end, granularity: r.granularity, qualifier: r.qualifier }
      : null;
  return { sentence: r.sentence, value, source: r.source, expression: r.expression };
}

export function corpusStats(db: BetterSqlite3.Database, dbBytes: number): CorpusStats {
  const one = (sql: string) => (db.prepare(sql).pluck().get() as number | null) ?? 0;
  const tally = (sql: string) =>
    Object.fromEntries((db.prepare(sql).raw().all() as [string, number][]).map(([k, n]) => [k, n]));
  const range = db
    .prepare("SELECT min(date) AS first, max(date) AS last FROM events WHERE date IS NOT NULL")
    .get() as {
    first: string | null;
    last: string | null;
  };
  return {
    documents: one("SELECT count(*) FROM documents WHERE superseded_by IS NULL"),
    versions: one("SELECT count(*) FROM documents"),
    characters: one("SELECT sum(chars) FROM documents WHERE superseded_by IS NULL"),
    sentences: one("SELECT count(*) FROM sentences"),
    mentions: one("SELECT count(*) FROM mentions"),
    resolvedMentions: one("SELECT count(*) FROM mentions WHERE entity_id IS NOT NULL"),
    entities: one("SELECT count(DISTINCT entity_id) FROM mentions WHERE entity_id IS NOT NULL"),
    timexes: one("SELECT count(*) FROM timexes"),
    events: one("SELECT count(*) FROM events"),
    eventsByCategory: tally("SELECT category, count(*) FROM events GROUP BY category ORDER BY count(*) DESC"),
    eventsByFactuality: tally(
      "SELECT factuality, count(*) FROM events GROUP BY factuality ORDER BY count(*) DESC",
    ),
    firstDate: range.first,
    lastDate: range.last,
    dbBytes,
  };
}
