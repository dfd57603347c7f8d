/**
 * One behavioural test suite that every Store implementation must pass (SQLite today,
 * PostgreSQL later): call it from the implementation's test file with a factory.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { type CodedEvent, Doc } from "../doc.js";
import type { Store } from "./types.js";

export function sampleDoc(text: string, source = "notes/report-1.txt", extra: Partial<Doc> = {}): Doc {
  const doc = new Doc({
    text,
    meta: { source, key: "report-1", format: "text", title: "A report", published: "2022-02-18" },
  });
  doc.contentHash = createHash("sha256").update(text).digest("hex");
  doc.paragraphs = [{ index: 0, start: 0, end: text.length, heading: false }];
  let start = 0;
  for (const part of text.split(/(?<=\.) /)) {
    doc.sentences.push({ index: doc.sentences.length, paragraph: 0, start, end: start + part.length });
    start += part.length + 1;
  }
  Object.assign(doc, extra);
  return doc;
}

export function sampleEvent(overrides: Partial<CodedEvent> = {}): CodedEvent {
  return {
    id: "report-1-e1",
    sentence: 0,
    event: ["RETREAT"],
    mode: ["withdraw"],
    context: ["military"],
    actor: [{ entityId: "FRA", code: "FRA", sector: "GOV", name: "France", span: { start: 0, end: 6 } }],
    recipient: [{ entityId: "MLI", code: "MLI", sector: null, name: "Mali", span: { start: 38, end: 42 } }],
    date: "2022-02-17",
    enddate: null,
    datePrecision: "day",
    dateReported: false,
    factuality: "asserted",
    factualityCue: null,
    attribution: null,
    intensity: 3,
    quadCode: 2,
    confidence: 0.9,
    trigger: { start: 7, end: 16, text: "announced" },
    pattern: "test",
    ...overrides,
  };
}

const TEXT = "France announced its withdrawal from Mali. Wagner fighters arrived in Timbuktu.";

export function runStoreSuite(name: string, open: () => Store): void {
  describe(`${name} store`, () => {
    it("should keep every layer of a saved document with its offsets", () => {
      const store = open();
      const doc = sampleDoc(TEXT);
      doc.mentions = [
        {
          start: 0,
          end: 6,
          sentence: 0,
          text: "France",
          entityId: "FRA",
          name: "France",
          type: "state",
          code: "FRA",
          sector: null,
          confidence: 1,
          via: "alias",
        },
      ];
      doc.timexes = [];
      doc.sentenceDates = [{ sentence: 0, value: null, source: "reported", expression: null }];
      doc.events = [sampleEvent()];
      const saved = store.saveDocument(doc);
      assert.equal(saved.status, "added");
      const back = store.getDocument("report-1");
      assert.ok(back);
      assert.equal(back.text, TEXT);
      assert.equal(back.sentences.length, 2);
      assert.equal(
        back.text.slice(back.sentences[1].start, back.sentences[1].end),
        "Wagner fighters arrived in Timbuktu.",
      );
      assert.equal(back.mentions[0].entityId, "FRA");
      assert.deepEqual(back.events[0], sampleEvent());
      assert.equal(back.sentenceDates[0].source, "reported");
      store.close();
    });

    it("should treat identical content as a no-op and changed content at the same source as a new version", () => {
      const store = open();
      assert.equal(store.saveDocument(sampleDoc(TEXT)).status, "added");
      const again = store.saveDocument(sampleDoc(TEXT));
      assert.equal(again.status, "unchanged");
      assert.equal(again.duplicateOf, "report-1");
      const changed = store.saveDocument(sampleDoc(`${TEXT} Talks resumed.`));
      assert.equal(changed.status, "new-version");
      assert.equal(changed.version, 2);
      assert.equal(store.listDocuments().length, 1);
      assert.equal(store.listDocuments({ allVersions: true }).length, 2);
      assert.equal(store.stats().versions, 2);
      store.close();
    });

    it("should replace the stored analysis when forced", () => {
      const store = open();
      store.saveDocument(sampleDoc(TEXT, undefined, { events: [sampleEvent()] }));
      const forced = store.saveDocument(sampleDoc(TEXT), { force: true });
      assert.equal(forced.status, "replaced");
      assert.equal(store.countEvents(), 0);
      assert.equal(store.getDocument("report-1")?.sentences.length, 2);
      store.close();
    });

    it("should leave nothing behind when a document fails half-way through its write", () => {
      const store = open();
      const broken = sampleDoc(TEXT, undefined, { events: [sampleEvent({ trigger: undefined as never })] });
      assert.throws(() => store.saveDocument(broken));
      assert.equal(store.stats().documents, 0);
      assert.equal(store.stats().sentences, 0);
      assert.equal(store.search("Wagner").length, 0);
      store.close();
    });

    it("should find sentences by full-text search with highlighted matches and offsets", () => {
      const store = open();
      store.saveDocument(sampleDoc(TEXT));
      const hits = store.search("wagner AND timbuktu");
      assert.equal(hits.length, 1);
      assert.equal(hits[0].sentence, 1);
      assert.match(hits[0].snippet, /«Wagner»/);
      assert.equal(hits[0].start, 43);
      assert.equal(store.search("france NOT mali").length, 0);
      assert.equal(store.search('withdrawal "').length, 1, "an unbalanced quote falls back to plain words");
      store.close();
    });

    it("should filter events by actor, recipient, category, factuality and date", () => {
      const store = open();
      const future = sampleEvent({ id: "report-1-e2", sentence: 1, factuality: "future", date: "2023-01" });
      store.saveDocument(sampleDoc(TEXT, undefined, { events: [sampleEvent(), future] }));
      assert.equal(store.countEvents(), 2);
      assert.equal(store.countEvents({ actor: "FRA" }), 2);
      assert.equal(store.countEvents({ actor: "FRA GOV" }), 2);
      assert.equal(store.countEvents({ actor: "MLI" }), 0);
      assert.equal(store.countEvents({ recipient: "MLI" }), 2);
      assert.equal(store.countEvents({ type: "retreat", factuality: ["asserted"] }), 1);
      assert.equal(store.countEvents({ from: "2023" }), 1);
      assert.equal(store.countEvents({ to: "2022" }), 1);
      assert.equal(store.countEvents({ q: "wagner" }), 1);
      const [first] = store.listEvents({ limit: 1 });
      assert.equal(first.docKey, "report-1");
      assert.equal(first.text, "France announced its withdrawal from Mali.");
      assert.equal([...store.iterateEvents()].length, 2);
      assert.equal(store.timeline().length, 2);
      store.close();
    });
  });
}
