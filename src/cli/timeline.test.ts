import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { after, before, test } from "node:test";
import type { StageContext } from "../doc.js";
import { EntenteError } from "../errors.js";
import { sampleDoc } from "../export/sample-doc.js";
import { openStore } from "../store/index.js";
import type { Store } from "../store/types.js";
import { fixtureDoc } from "../time/fixture-doc.js";
import { dateSentences } from "../time/index.js";
import { runTimeline, type TimelineFlags } from "./timeline.js";

let dir: string;
let withEvents: Store;
let withoutEvents: Store;

const STORY =
  "In 2019, the envoy visited the capital. A week later, talks opened.\n\nThe talks failed in March 2021. Nobody knows why.";

before(() => {
  dir = mkdtempSync(join(tmpdir(), "entente-timeline-"));
  withEvents = openStore(join(dir, "events.db"));
  withEvents.saveDocument(sampleDoc("nordic-brief"));
  withoutEvents = openStore(join(dir, "sentences.db"));
  const doc = fixtureDoc(STORY, "2022-01-10");
  doc.meta.key = "story";
  doc.contentHash = createHash("sha256").update(STORY).digest("hex");
  dateSentences(doc, {} as StageContext);
  withoutEvents.saveDocument(doc);
});

after(() => {
  withEvents.close();
  withoutEvents.close();
  rmSync(dir, { recursive: true, force: true });
});

async function output(store: Store, flags: TimelineFlags): Promise<string> {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
  assert.equal(await runTimeline(store, flags, out), 0);
  out.end();
  return chunks.join("");
}

test("should print events in date order with their evidence sentence", async () => {
  const table = await output(withEvents, {});
  const lines = table.trimEnd().split("\n");
  assert.match(lines[0], /^date\s+event\s+doc\s+evidence/);
  assert.ok(
    lines.some((line) => line.includes("SUPPORT") && line.includes("Norway signed a fishing accord")),
  );
  assert.match(lines.at(-1) ?? "", /events/);
});

test("should fall back to dated sentences when the store has no events", async () => {
  const table = await output(withoutEvents, {});
  const rows = table.trimEnd().split("\n").slice(2, -1);
  assert.deepEqual(
    rows.map((row) => row.split(/\s+/)[0]),
    ["2019", "2019", "2021-03", "2021-03"],
  );
  assert.match(table, /dated sentences \(no events stored yet\)/);
});

test("should filter by dates and print JSON entries with the reported flag", async () => {
  const entries = JSON.parse(await output(withoutEvents, { from: "2020", json: true })) as {
    date: { start: string; reported: boolean };
    text: string;
  }[];
  assert.deepEqual(
    entries.map((entry) => entry.date.start),
    ["2021-03", "2021-03"],
  );
  assert.equal(entries[0].date.reported, false);
  assert.equal(entries[1].text, "Nobody knows why.");
});

test("should honour --limit", async () => {
  const table = await output(withoutEvents, { limit: 1 });
  assert.match(table, /showing the first 1 dated sentences/);
});

test("should reject a malformed date flag as a usage error", async () => {
  await assert.rejects(
    () => output(withoutEvents, { from: "March 2021" }),
    (error: unknown) => error instanceof EntenteError && error.code === "ENTENTE_USAGE",
  );
});
