/**
 * Writes one analysed document and all its layers in a single transaction: a failure at any
 * point rolls everything back, so the store never holds a half-written document.
 */
import type BetterSqlite3 from "better-sqlite3";
import type { Doc } from "../../doc.js";
import type { SaveOptions, SaveResult } from "../types.js";
import { monthOf } from "./rows.js";

type Statement = BetterSqlite3.Statement;

/** Unresolved capitalised names, when the actors stage provides them. */
interface NameSpan {
  text: string;
  start: number;
  end: number;
  sentence: number;
}

const DERIVED_TABLES = [
  "messages",
  "sentences",
  "mentions",
  "unresolved_names",
  "timexes",
  "sentence_dates",
  "events",
];

/**
 * SQLite's substr() counts code points, JavaScript's offsets UTF-16 code units: they agree
 * unless the text has a surrogate pair (a character outside the BMP); a NUL would cut SQLite's
 * string short. Such a document keeps its sentences' text in their rows.
 */
export function needsOwnSentenceText(text: string): boolean {
  return /[\uD800-\uDFFF]/.test(text) || text.includes("\u0000");
}

export class DocumentWriter {
  private readonly byHash: Statement;
  private readonly latestBySource: Statement;
  private readonly insertDoc: Statement;
  private readonly updateDoc: Statement;
  private readonly supersede: Statement;
  private readonly deleteDerived: Statement[];
  private readonly insertMessage: Statement;
  private readonly insertSentence: Statement;
  private readonly upsertEntity: Statement;
  private readonly insertMention: Statement;
  private readonly insertName: Statement;
  private readonly insertTimex: Statement;
  private readonly insertSentenceDate: Statement;
  private readonly insertEvent: Statement;
  private readonly insertParticipant: Statement;
  private readonly save: (doc: Doc, options: SaveOptions) => SaveResult;
  /** Row ids of the sentences written by the last successful save, in sentence order. */
  sentenceIds: number[] = [];

  constructor(db: BetterSqlite3.Database) {
    this.byHash = db.prepare("SELECT id, key, version FROM documents WHERE content_hash = ?");
    this.latestBySource = db.prepare(
      "SELECT id, version FROM documents WHERE source = ? AND superseded_by IS NULL ORDER BY version DESC LIMIT 1",
    );
    const docColumns =
      "key, source, format, title, url, published, publisher, author, language, stance, kind, encoding, extra, text, chars, paragraph_spans";
    const docParams =
      "@key, @source, @format, @title, @url, @published, @publisher, @author, @language, @stance, @kind, @encoding, @extra, @text, @chars, @paragraphs";
    this.insertDoc = db.prepare(
      `INSERT INTO documents (${docColumns}, version, content_hash, ingested_at) VALUES (${docParams}, @version, @hash, @now)`,
    );
    this.updateDoc = db.prepare(
      `UPDATE documents SET (${docColumns}, ingested_at) = (${docParams}, @now) WHERE id = @id`,
    );
    this.supersede = db.prepare("UPDATE documents SET superseded_by = ? WHERE id = ?");
    this.deleteDerived = DERIVED_TABLES.map((table) => db.prepare(`DELETE FROM ${table} WHERE doc_id = ?`));
    this.insertMessage = db.prepare(
      "INSERT INTO messages (doc_id, severity, stage, rule, reason, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)",
    );
    this.insertSentence = db.prepare(
      "INSERT INTO sentences (doc_id, idx, paragraph, start, end, text) VALUES (?, ?, ?, ?, ?, ?)",
    );
    this.upsertEntity = db.prepare(
      `INSERT INTO entities (id, name, type, code, sector) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type`,
    );
    this.insertMention = db.prepare(
      `INSERT INTO mentions (doc_id, sentence, start, end, text, entity_id, name, type, code, sector, confidence, via, candidates)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertName = db.prepare(
      "INSERT INTO unresolved_names (doc_id, sentence, start, end, text) VALUES (?, ?, ?, ?, ?)",
    );
    this.insertTimex = db.prepare(
      `INSERT INTO timexes (doc_id, idx, sentence, start, end, text, kind, value_start, value_end, granularity, qualifier)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertSentenceDate = db.prepare(
      `INSERT INTO sentence_dates (doc_id, sentence, value_start, value_end, granularity, qualifier, source, expression)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertEvent = db.prepare(
      `INSERT INTO events (event_id, doc_id, sentence, category, categories, mode, context, actor, recipient,
         actor_code, recipient_code, date, enddate, month, date_precision, date_reported, factuality, factuality_cue,
         attribution, intensity, quad_code, confidence, trigger_start, trigger_end, trigger_text, pattern)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertParticipant = db.prepare(
      "INSERT INTO event_participants (event, role, position, entity_id, code, sector, name) VALUES (?, ?, ?, ?, ?, ?, ?)",
    );
    this.save = db.transaction((doc: Doc, options: SaveOptions) => this.saveInTransaction(doc, options));
  }

  findByHash(hash: string): { id: number; key: string; version: number } | null {
    return (this.byHash.get(hash) as { id: number; key: string; version: number } | undefined) ?? null;
  }

  saveDocument(doc: Doc, options: SaveOptions = {}): SaveResult {
    if (!doc.contentHash) throw new Error(`${doc.meta.source}: document has no content hash`);
    this.sentenceIds = [];
    return this.save(doc, options);
  }

  private saveInTransaction(doc: Doc, options: SaveOptions): SaveResult {
    const same = this.findByHash(doc.contentHash);
    if (same && !options.force)
      return { status: "unchanged", id: same.id, version: same.version, duplicateOf: same.key };
    const now = new Date().toISOString();
    const fields = this.documentFields(doc, now);
    if (same) {
      for (const statement of this.deleteDerived) statement.run(same.id);
      this.updateDoc.run({ ...fields, id: same.id });
      this.insertLayers(same.id, doc);
      return { status: "replaced", id: same.id, version: same.version };
    }
    const previous = this.latestBySource.get(doc.meta.source) as { id: number; version: number } | undefined;
    const version = previous ? previous.version + 1 : 1;
    const id = Number(this.insertDoc.run({ ...fields, version, hash: doc.contentHash }).lastInsertRowid);
    if (previous) this.supersede.run(id, previous.id);
    this.insertLayers(id, doc);
    return { status: previous ? "new-version" : "added", id, version };
  }

  private documentFields(doc: Doc, now: string) {
    const m = doc.meta;
    return {
      key: m.key,
      source: m.source,
      format: m.format,
      title: m.title ?? null,
      url: m.url ?? null,
      published: m.published ?? null,
      publisher: m.publisher ?? null,
      author: m.author ?? null,
      language: m.language ?? null,
      stance: m.stance ?? null,
      kind: m.kind ?? null,
      encoding: m.encoding ?? null,
      extra: m.extra && Object.keys(m.extra).length > 0 ? JSON.stringify(m.extra) : null,
      text: doc.text,
      chars: doc.text.length,
      paragraphs: JSON.stringify(doc.paragraphs.map((p) => [p.start, p.end, p.heading ? 1 : 0])),
      now,
    };
  }

  private insertLayers(id: number, doc: Doc): void {
    for (const m of doc.messages) {
      this.insertMessage.run(
        id,
        m.severity,
        m.stage,
        m.rule,
        m.reason,
        m.span?.start ?? null,
        m.span?.end ?? null,
      );
    }
    // The text is read from the document (migration 5) unless SQLite's offsets would differ.
    const ownText = needsOwnSentenceText(doc.text);
    const ids: number[] = new Array(doc.sentences.length);
    doc.sentences.forEach((s, i) => {
      const text = ownText ? doc.text.slice(s.start, s.end) : null;
      ids[i] = Number(
        this.insertSentence.run(id, s.index, s.paragraph, s.start, s.end, text).lastInsertRowid,
      );
    });
    this.sentenceIds = ids;
    for (const m of doc.mentions) {
      if (m.entityId) this.upsertEntity.run(m.entityId, m.name, m.type, m.code, m.sector);
      const candidates = m.candidates?.length ? JSON.stringify(m.candidates) : null;
      this.insertMention.run(
        id,
        m.sentence,
        m.start,
        m.end,
        m.text,
        m.entityId,
        m.name,
        m.type,
        m.code,
        m.sector,
        m.confidence,
        m.via,
        candidates,
      );
    }
    const names = (doc.data as { unresolvedNames?: NameSpan[] }).unresolvedNames ?? [];
    for (const n of names) this.insertName.run(id, n.sentence, n.start, n.end, n.text);
    doc.timexes.forEach((t, index) => {
      const v = t.value;
      this.insertTimex.run(
        id,
        index,
        t.sentence,
        t.start,
        t.end,
        t.text,
        t.kind,
        v.start,
        v.end,
        v.granularity,
        v.qualifier,
      );
    });
    for (const d of doc.sentenceDates) {
      const v = d.value;
      this.insertSentenceDate.run(
        id,
        d.sentence,
        v?.start ?? null,
        v?.end ?? null,
        v?.granularity ?? null,
        v?.qualifier ?? null,
        d.source,
        d.expression,
      );
    }
    for (const e of doc.events) this.insertCodedEvent(id, e);
  }

  private insertCodedEvent(docId: number, e: Doc["events"][number]): void {
    const rowId = Number(
      this.insertEvent.run(
        e.id,
        docId,
        e.sentence,
        e.event[0] ?? "",
        JSON.stringify(e.event),
        JSON.stringify(e.mode),
        JSON.stringify(e.context),
        JSON.stringify(e.actor),
        JSON.stringify(e.recipient),
        e.actor[0]?.code ?? null,
        e.recipient[0]?.code ?? null,
        e.date,
        e.enddate,
        monthOf(e.date),
        e.datePrecision,
        e.dateReported ? 1 : 0,
        e.factuality,
        e.factualityCue ? JSON.stringify(e.factualityCue) : null,
        e.attribution,
        e.intensity,
        e.quadCode,
        e.confidence,
        e.trigger.start,
        e.trigger.end,
        e.trigger.text,
        e.pattern,
      ).lastInsertRowid,
    );
    const roles = [
      ["actor", e.actor],
      ["recipient", e.recipient],
    ] as const;
    for (const [role, list] of roles) {
      list.forEach((p, position) => {
        this.insertParticipant.run(rowId, role, position, p.entityId, p.code, p.sector, p.name);
      });
    }
  }
}
