import assert from "node:assert/strict";
import { test } from "node:test";
import { codeText, PLOVER_RECORD_FIELDS } from "./index.js";

const TEXT =
  "Estonia expelled two Russian diplomats on 4 June 2024. The next day Finland and Estonia signed a border cooperation accord.";

test("should code a text into contract records whose evidence points into the text", () => {
  const records = codeText(TEXT, { key: "baltic-note", published: "2024-06-06" });
  assert.ok(records.length > 0, "an expulsion of diplomats should be coded");
  for (const record of records) {
    assert.deepEqual(Object.keys(record), [...PLOVER_RECORD_FIELDS]);
    assert.equal(record.doc, "baltic-note");
    assert.ok(record.id.startsWith("baltic-note"));
    assert.equal(TEXT.slice(...record.evidence.sentence), record.text);
    assert.equal(TEXT.slice(...record.evidence.trigger), record.event_text);
  }
});
