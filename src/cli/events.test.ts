import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { after, before, test } from "node:test";
import { sampleDoc } from "../export/sample-doc.js";
import { openStore } from "../store/index.js";
import type { Store } from "../store/types.js";
import { runEvents } from "./events.js";
import { runExport } from "./export.js";

let dir: string;
let store: Store;

before(() => {
  dir = mkdtempSync(join(tmpdir(), "entente-events-"));
  store = openStore(join(dir, "test.db"));
  store.saveDocument(sampleDoc("nordic-brief"));
  store.saveDocument(sampleDoc("second-brief"));
});

after(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function output(run: (out: PassThrough) => Promise<number>): Promise<string> {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on("data", (c: Buffer) => chunks.push(c.toString()));
  assert.equal(await run(out), 0);
  out.end();
  return chunks.join("");
}

const jsonlIds = (text: string) =>
  text
    .trimEnd()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l).id);

test("should list every factuality in the table and mark the non-asserted ones", async () => {
  const table = await output((out) => runEvents(store, {}, out));
  const lines = table.trimEnd().split("\n");
  assert.match(lines[0], /^date\s+actor\s+event\s+recipient\s+factuality/);
  const rows = lines.slice(2, -1);
  assert.equal(rows.filter((l) => l.includes("*recommended")).length, 2);
  assert.equal(rows.filter((l) => / asserted /.test(l)).length, 2);
  assert.equal(rows.filter((l) => l.startsWith("~2024-03 ")).length, 2);
  assert.equal(lines.at(-1), "4 events; 2 not asserted (marked *); 2 dated by publication only (marked ~)");
});

test("should filter by actor, recipient, type, factuality, dates and document", async () => {
  const ids = async (flags: Parameters<typeof runEvents>[1]) =>
    jsonlIds(await output((out) => runEvents(store, { ...flags, jsonl: true }, out))).sort();
  assert.deepEqual(await ids({ actor: "DNK", doc: "second-brief" }), ["second-brief-e2"]);
  assert.deepEqual(await ids({ recipient: "ISL GOV" }), ["nordic-brief-e1", "second-brief-e1"]);
  assert.deepEqual(await ids({ type: "sanction", doc: "nordic-brief" }), ["nordic-brief-e2"]);
  assert.deepEqual(await ids({ factuality: "asserted", doc: "nordic-brief" }), ["nordic-brief-e1"]);
  assert.deepEqual(await ids({ from: "2024-03-02", to: "2024-03", doc: "nordic-brief" }), [
    "nordic-brief-e1",
  ]);
  assert.deepEqual(await ids({ minConfidence: "0.8" }), ["nordic-brief-e1", "second-brief-e1"]);
});

test("should stop at --limit", async () => {
  assert.equal(jsonlIds(await output((out) => runEvents(store, { jsonl: true, limit: 3 }, out))).length, 3);
  const table = await output((out) => runEvents(store, { limit: 1 }, out));
  assert.match(table, /showing the first 1 events; use --limit to see more/);
});

test("should print the contract as a JSON array and flat CSV", async () => {
  const records = JSON.parse(
    await output((out) => runEvents(store, { json: true, doc: "nordic-brief" }, out)),
  );
  const signed = records.find((r: { id: string }) => r.id === "nordic-brief-e1");
  assert.deepEqual(signed.evidence, {
    sentence: [0, 60],
    trigger: [7, 13],
    actor: [[0, 6]],
    recipient: [[36, 43]],
  });
  const csv = await output((out) => runEvents(store, { csv: true, doc: "nordic-brief" }, out));
  assert.match(csv, /^id,doc,date,/);
  assert.equal(csv.trimEnd().split("\r\n").length, 3);
});

test("should refuse a bad date or an unknown category as a usage error", async () => {
  await assert.rejects(
    output((out) => runEvents(store, { from: "March 2024" }, out)),
    { code: "ENTENTE_USAGE" },
  );
  await assert.rejects(
    output((out) => runEvents(store, { type: "INVADE" }, out)),
    { code: "ENTENTE_USAGE" },
  );
});

test("should export the whole store, to stdout or to a file", async () => {
  const tsv = await output((out) => runExport(store, { format: "polecat-tsv" }, out));
  assert.equal(tsv.trimEnd().split("\n").length, 5);
  const file = join(dir, "events.jsonl");
  await output((out) => runExport(store, { format: "plover-jsonl", out: file, factuality: "asserted" }, out));
  assert.deepEqual(jsonlIds(readFileSync(file, "utf8")).sort(), ["nordic-brief-e1", "second-brief-e1"]);
});

test("should refuse an --out file that cannot be opened", async () => {
  await assert.rejects(
    output((out) => runExport(store, { format: "csv", out: join(dir, "missing", "x.csv") }, out)),
    { code: "ENTENTE_USAGE" },
  );
});
