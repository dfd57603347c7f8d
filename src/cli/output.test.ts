import assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import { test } from "node:test";
import { Command } from "commander";
import {
  addOutputOptions,
  type Column,
  csvField,
  formatTable,
  outputFormat,
  printRows,
  toCsv,
  writeJsonArray,
} from "./output.js";

interface Row {
  name: string;
  count: number;
  tags: string[];
}

const columns: Column<Row>[] = [
  { key: "name" },
  { key: "count", align: "right" },
  { key: "tags", header: "Tags" },
];

async function collect(run: (out: PassThrough) => Promise<unknown>): Promise<string> {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on("data", (c: Buffer) => chunks.push(c.toString()));
  await run(out);
  out.end();
  return chunks.join("");
}

test("should quote CSV fields holding commas, quotes and line breaks", () => {
  assert.equal(csvField("plain"), "plain");
  assert.equal(csvField("a,b"), '"a,b"');
  assert.equal(csvField('say "yes"'), '"say ""yes"""');
  assert.equal(csvField("two\nlines"), '"two\nlines"');
  assert.equal(csvField(null), "");
  assert.equal(csvField(["USA", "GBR"]), "USA;GBR");
});

test("should write CSV with a header row and CRLF record ends", () => {
  const csv = toCsv([{ name: "Oslo, Norway", count: 2, tags: ["a", "b"] }], columns);
  assert.equal(csv, 'name,count,Tags\r\n"Oslo, Norway",2,a;b\r\n');
});

test("should align table columns and right-align numbers", () => {
  const table = formatTable(
    [
      { name: "x", count: 10, tags: [] },
      { name: "longer", count: 2, tags: ["t"] },
    ],
    columns,
  );
  assert.equal(table, "name    count  Tags\n------  -----  ----\nx          10\nlonger      2  t\n");
});

test("should read the output format from flags and refuse two at once", () => {
  const program = addOutputOptions(new Command()).exitOverride();
  program.parse(["--csv"], { from: "user" });
  assert.equal(outputFormat(program.opts()), "csv");
  assert.equal(outputFormat({}), "table");
  assert.throws(() => outputFormat({ json: true, csv: true }), /choose one of/);
});

test("should stream a JSON array that parses, including when empty", async () => {
  const rows = [{ a: 1 }, { a: 2 }];
  assert.deepEqual(JSON.parse(await collect((out) => writeJsonArray(rows, out))), rows);
  assert.deepEqual(JSON.parse(await collect((out) => writeJsonArray([], out))), []);
});

test("should print JSON Lines from an async iterator", async () => {
  async function* rows() {
    yield { name: "a", count: 1, tags: [] };
    yield { name: "b", count: 2, tags: [] };
  }
  const text = await collect((out) => printRows(rows(), columns, "jsonl", out));
  assert.deepEqual(
    text
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).name),
    ["a", "b"],
  );
});
