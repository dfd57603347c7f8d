/**
 * A synthetic store for the API benchmark: documents, sentences, events and participants
 * written straight into SQLite, so that the aggregate triggers run exactly as they do on
 * ingestion. Actors follow a Zipf law (a few dominate, as in real event data); dates span
 * 2010–2025 at day, month or year precision. Deterministic for a given seed. For speed the
 * fact-copying triggers are set aside during the load and the facts backfilled in one pass,
 * as migration 002 does; the aggregate triggers themselves run as on ingestion.
 */
import type BetterSqlite3 from "better-sqlite3";
import { backfillFacts, FACT_TRIGGERS } from "../migrations/002-analysis-aggregates.js";

const CODES = (
  "MLI FRA RUS USA BFA NER DZA MRT SEN CIV GHA NGA TCD CMR LBY MAR EGY TUR CHN GBR DEU ITA ESP BEL NLD " +
  "CAN UKR ISR IRN SAU ARE QAT SDN ETH KEN SOM ZAF AGO COD GIN GMB GNB SLE LBR TGO BEN CAF RWA UGA TZA " +
  "IGO NGO UNO EUR AFR IMG REB MNC JPN IND"
).split(" ");
const CATEGORIES: Record<number, string[]> = {
  1: ["AGREE", "CONSULT", "SUPPORT", "CONCEDE"],
  2: ["COOPERATE", "AID", "RETREAT"],
  3: ["REQUEST", "ACCUSE", "REJECT", "THREATEN"],
  4: ["PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"],
};
const FACTUALITY: [string, number][] = [
  ["asserted", 0.86],
  ["negated", 0.03],
  ["future", 0.04],
  ["hypothetical", 0.04],
  ["recommended", 0.03],
];
const EVENTS_PER_DOC = 20;
const SENTENCES_PER_DOC = 5;
/** Events written per transaction (a multiple of EVENTS_PER_DOC). */
const BATCH_EVENTS = 50_000;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  events: number;
  seed?: number;
  /** Called after each batch of 50,000 events with the count so far. */
  onProgress?: (events: number) => void;
}

export function fillSyntheticEvents(db: BetterSqlite3.Database, options: SyntheticOptions): void {
  const random = mulberry32(options.seed ?? 42);
  const weights = CODES.map((_, rank) => 1 / (rank + 1) ** 1.1);
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = weights.map(
    (
      (sum) => (w: number) =>
        (sum += w / total)
    )(0),
  );
  const pickCode = () => {
    const r = random();
    const index = cumulative.findIndex((c) => r <= c);
    return CODES[index < 0 ? CODES.length - 1 : index];
  };
  const pickFactuality = () => {
    let r = random();
    for (const [value, p] of FACTUALITY) {
      r -= p;
      if (r <= 0) return value;
    }
    return "asserted";
  };
  const start = Date.UTC(2010, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  const insertDoc = db.prepare(
    `INSERT INTO documents (key, source, format, version, content_hash, title, published, publisher, text, chars, ingested_at)
     VALUES (?, ?, 'text', 1, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z')`,
  );
  const insertSentence = db.prepare(
    "INSERT INTO sentences (doc_id, idx, paragraph, start, end, text) VALUES (?, ?, 0, ?, ?, ?)",
  );
  const insertEvent = db.prepare(
    `INSERT INTO events (event_id, doc_id, sentence, category, categories, mode, context, actor, recipient,
       actor_code, recipient_code, date, month, date_precision, date_reported, factuality, intensity, quad_code,
       confidence, trigger_start, trigger_end, trigger_text, pattern)
     VALUES (?, ?, ?, ?, ?, '[]', '[]', ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 0.8, ?, ?, 'synthetic', 'synthetic')`,
  );
  const insertParticipant = db.prepare(
    "INSERT INTO event_participants (event, role, position, entity_id, code, sector, name) VALUES (?, ?, ?, NULL, ?, NULL, ?)",
  );
  const sentenceText = "A synthetic sentence for the benchmark.";
  const docText = Array.from({ length: SENTENCES_PER_DOC }, () => sentenceText).join(" ");
  const writeDoc = (docIndex: number, count: number) => {
    const day = new Date(start + random() * span).toISOString().slice(0, 10);
    const publisher = `Publisher ${1 + Math.floor(random() * 15)}`;
    const docId = Number(
      insertDoc.run(
        `synthetic-${docIndex}`,
        `synthetic/${docIndex}.txt`,
        `synthetic-${docIndex}`,
        `Synthetic ${docIndex}`,
        day,
        publisher,
        docText,
        docText.length,
      ).lastInsertRowid,
    );
    for (let s = 0; s < SENTENCES_PER_DOC; s++) {
      const at = s * (sentenceText.length + 1);
      insertSentence.run(docId, s, at, at + sentenceText.length, sentenceText);
    }
    for (let e = 0; e < count; e++) {
      const quad = 1 + Math.floor(random() * 4);
      const categories = CATEGORIES[quad];
      const category = categories[Math.floor(random() * categories.length)];
      const actors = [pickCode()];
      if (random() < 0.1) actors.push(pickCode());
      let recipient = pickCode();
      while (recipient === actors[0]) recipient = pickCode();
      const recipients = random() < 0.9 ? [recipient] : [];
      const full = new Date(start + random() * span).toISOString().slice(0, 10);
      const precision = random();
      const date = precision < 0.85 ? full : precision < 0.95 ? full.slice(0, 7) : full.slice(0, 4);
      const granularity = date.length === 10 ? "day" : date.length === 7 ? "month" : "year";
      const intensity = ((quad <= 2 ? 1 : -1) * Math.round((1 + random() * 9) * 10)) / 10;
      const sentence = e % SENTENCES_PER_DOC;
      const at = sentence * (sentenceText.length + 1) + 2;
      const participants = (codes: string[]) =>
        JSON.stringify(codes.map((code) => ({ entityId: null, code, sector: null, name: code, span: null })));
      const rowId = Number(
        insertEvent.run(
          `synthetic-${docIndex}-e${e + 1}`,
          docId,
          sentence,
          category,
          JSON.stringify([category]),
          participants(actors),
          participants(recipients),
          actors[0],
          recipients[0] ?? null,
          date,
          date.length >= 7 ? date.slice(0, 7) : null,
          granularity,
          pickFactuality(),
          intensity,
          quad,
          at,
          at + 9,
        ).lastInsertRowid,
      );
      actors.forEach((code, i) => {
        insertParticipant.run(rowId, "actor", i, code, code);
      });
      recipients.forEach((code, i) => {
        insertParticipant.run(rowId, "recipient", i, code, code);
      });
    }
  };
  const triggers = FACT_TRIGGERS.map(
    (name) =>
      db
        .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")
        .pluck()
        .get(name) as string,
  );
  for (const name of FACT_TRIGGERS) db.exec(`DROP TRIGGER ${name}`);
  try {
    const writeBatch = db.transaction((firstDoc: number, events: number) => {
      for (let written = 0, doc = firstDoc; written < events; doc++, written += EVENTS_PER_DOC) {
        writeDoc(doc, Math.min(EVENTS_PER_DOC, events - written));
      }
    });
    for (let done = 0; done < options.events; done += BATCH_EVENTS) {
      writeBatch(done / EVENTS_PER_DOC, Math.min(BATCH_EVENTS, options.events - done));
      options.onProgress?.(Math.min(done + BATCH_EVENTS, options.events));
    }
    db.transaction(() => db.exec(backfillFacts()))();
  } finally {
    for (const sql of triggers) db.exec(sql);
  }
}
