import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsOfDoc } from "./export-event.js";
import { PLOVER_RECORD_FIELDS, ploverRecordsOfDoc, toPloverRecord } from "./plover-record.js";
import { sampleDoc } from "./sample-doc.js";

test("should map an analysed document's events to the exact contract JSON", () => {
  const [first, second] = ploverRecordsOfDoc(sampleDoc());
  assert.equal(
    JSON.stringify(first),
    JSON.stringify({
      id: "nordic-brief-e1",
      event: ["SUPPORT"],
      mode: [],
      context: ["economic", "natural_resource"],
      actor: [{ code: "NOR", sector: "GOV", name: "Norway" }],
      recipient: [{ code: "ISL", sector: "GOV", name: "Iceland" }],
      date: "2024-03-03",
      enddate: null,
      quad_code: 1,
      event_scale: 5,
      event_text: "signed",
      text: "Norway signed a fishing accord with Iceland on 3 March 2024.",
      doc: "nordic-brief",
      date_precision: "day",
      date_reported: false,
      factuality: "asserted",
      attribution: null,
      confidence: 0.877,
      evidence: { sentence: [0, 60], trigger: [7, 13], actor: [[0, 6]], recipient: [[36, 43]] },
    }),
  );
  assert.deepEqual(second.actor, [
    { code: "DNK", sector: "GOV", name: "Denmark" },
    { code: null, sector: null, name: "unnamed partner" },
  ]);
  assert.deepEqual(second.evidence, {
    sentence: [61, 121],
    trigger: [93, 98],
    actor: [[76, 83], null],
    recipient: [],
  });
  assert.equal(second.factuality, "recommended");
  assert.equal(second.attribution, "Officials");
  assert.equal(second.date_reported, true);
});

test("should keep the documented field order", () => {
  const record = toPloverRecord(eventsOfDoc(sampleDoc())[0]);
  assert.deepEqual(Object.keys(record), [...PLOVER_RECORD_FIELDS]);
});

test("should give evidence offsets that cut the named words from the document text", () => {
  const doc = sampleDoc();
  for (const record of ploverRecordsOfDoc(doc)) {
    const [start, end] = record.evidence.sentence;
    assert.equal(doc.text.slice(start, end), record.text);
    assert.equal(doc.text.slice(...record.evidence.trigger), record.event_text);
    record.evidence.actor.forEach((offsets, i) => {
      if (offsets) assert.equal(doc.text.slice(...offsets), record.actor[i].name);
    });
  }
});

test("should not let a record share lists with the event it came from", () => {
  const event = eventsOfDoc(sampleDoc())[0];
  const record = toPloverRecord(event);
  record.event.push("AGREE");
  assert.deepEqual(event.event, ["SUPPORT"]);
});
