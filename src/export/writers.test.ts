import assert from "node:assert/strict";
import { PassThrough, type Writable } from "node:stream";
import { test } from "node:test";
import { CAMEO_TSV_HEADERS } from "./cameo-tsv.js";
import { EVENT_CSV_COLUMNS } from "./csv.js";
import { type ExportFormat, eventsOfDoc, writeEvents } from "./index.js";
import { POLECAT_EXTRA_HEADERS, POLECAT_HEADERS } from "./polecat-tsv.js";
import { sampleDoc } from "./sample-doc.js";

async function exportSample(format: ExportFormat): Promise<string> {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on("data", (c: Buffer) => chunks.push(c.toString()));
  async function* events() {
    yield* eventsOfDoc(sampleDoc());
  }
  const count = await writeEvents(format, events(), out as Writable);
  assert.equal(count, 2);
  out.end();
  return chunks.join("");
}

/** Splits CSV text into records of fields, honouring quotes (enough for our own output). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      fields.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      fields.push(field);
      records.push(fields);
      fields = [];
      field = "";
      i++;
    } else field += c;
  }
  return records;
}

test("should write POLECAT's 40 headers in order, then our extra columns", async () => {
  const lines = (await exportSample("polecat-tsv")).trimEnd().split("\n");
  const headers = lines[0].split("\t");
  assert.equal(POLECAT_HEADERS.length, 40);
  assert.deepEqual(headers.slice(0, 40), [...POLECAT_HEADERS]);
  assert.deepEqual(headers.slice(40), ["Factuality", "Attribution", "Date Precision", "Evidence"]);
  assert.deepEqual(headers.slice(40), [...POLECAT_EXTRA_HEADERS]);
  for (const line of lines.slice(1)) assert.equal(line.split("\t").length, headers.length);
  const row = Object.fromEntries(lines[2].split("\t").map((v, i) => [headers[i], v]));
  assert.equal(row["Event Type"], "SANCTION");
  assert.equal(row["Event Mode"], "expel");
  assert.equal(row["Actor Country"], "DNK;");
  assert.equal(row["Actor Name Raw"], "Denmark;");
  assert.equal(row["Event Date"], "2024-03");
  assert.equal(row["Date Precision"], "month");
  assert.equal(row.Factuality, "recommended");
  assert.deepEqual(JSON.parse(row.Evidence).trigger, [93, 98]);
  const first = Object.fromEntries(lines[1].split("\t").map((v, i) => [headers[i], v]));
  assert.equal(first["Wikipedia Actor ID"], "Q20");
  assert.equal(first["Wikipedia Recipient ID"], "Q189");
});

test("should write CAMEO codes, root codes and CAMEO actor codes", async () => {
  const lines = (await exportSample("cameo-tsv")).trimEnd().split("\n");
  assert.deepEqual(lines[0].split("\t"), [...CAMEO_TSV_HEADERS]);
  assert.deepEqual(lines[1].split("\t"), [
    "nordic-brief-e1",
    "2024-03-03",
    "NORGOV",
    "ISLGOV",
    "050",
    "05",
    "1",
    "5",
    "Example Wire",
    "nordic-brief",
  ]);
  assert.deepEqual(lines[2].split("\t").slice(2, 8), ["DNKGOV;---", "", "166", "16", "4", "-5.5"]);
});

test("should write CSV whose quoted sentence survives a round trip", async () => {
  const records = parseCsv(await exportSample("csv"));
  assert.deepEqual(
    records[0],
    EVENT_CSV_COLUMNS.map(([header]) => header),
  );
  assert.equal(records.length, 3);
  const second = Object.fromEntries(records[2].map((v, i) => [records[0][i], v]));
  assert.equal(second.text, 'Officials said Denmark "should" expel the envoy, reportedly.');
  assert.equal(second.actor_code, "DNK;");
  assert.equal(second.actor_name, "Denmark;unnamed partner");
  assert.equal(second.actor_offsets, "76-83;");
  assert.equal(second.context, "diplomatic");
  assert.equal(second.factuality, "recommended");
});

test("should write one parsable contract record per line as PLOVER JSONL", async () => {
  const lines = (await exportSample("plover-jsonl")).trimEnd().split("\n");
  assert.deepEqual(
    lines.map((l) => JSON.parse(l).id),
    ["nordic-brief-e1", "nordic-brief-e2"],
  );
});
