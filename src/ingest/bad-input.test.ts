import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { after, describe, it } from "node:test";
import type { EntenteErrorCode } from "../errors.js";
import { fixture, readAll, removeScratchDirs, scratchDir } from "./fixtures/paths.js";
import type { ReadOutcome } from "./index.js";

function expectFailure(
  outcome: ReadOutcome | undefined,
  source: string,
  code: EntenteErrorCode,
  reason: RegExp,
): void {
  assert.ok(outcome && !outcome.ok, `expected a failure, got ${JSON.stringify(outcome)}`);
  assert.equal(outcome.source, source);
  assert.equal(outcome.code, code);
  assert.match(outcome.reason, reason);
}

describe("readInputs bad input", () => {
  after(removeScratchDirs);
  const dir = scratchDir();
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it("should report a missing file and go on with the next input", async () => {
    const missing = join(dir, "missing.txt");
    const outcomes = await readAll([missing, fixture("headline.txt")]);
    expectFailure(outcomes[0], missing, "ENTENTE_INPUT_UNREADABLE", /does not exist/);
    assert.ok(outcomes[1].ok);
  });

  it("should report an empty file and a file of blanks", async () => {
    const empty = file("empty.txt", "");
    const blank = file("blank.txt", " \n\t\n");
    const [first, second] = await readAll([empty, blank]);
    expectFailure(first, empty, "ENTENTE_INPUT_EMPTY", /empty/);
    expectFailure(second, blank, "ENTENTE_INPUT_EMPTY", /no text/);
  });

  it("should refuse a file over the size limit before reading it", async () => {
    const big = file("big.txt", "The convoy moved north. ".repeat(100));
    const [outcome] = await readAll([big], { maxBytes: 1000 });
    expectFailure(outcome, big, "ENTENTE_INPUT_TOO_LARGE", /size limit \(1000 bytes\)/);
  });

  it("should refuse binary content", async () => {
    const binary = file(
      "image.txt",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    const [outcome] = await readAll([binary]);
    expectFailure(outcome, binary, "ENTENTE_INPUT_BINARY", /binary/);
  });

  it("should decode Windows-1252 when the bytes are not UTF-8, and say so", async () => {
    const latin = file(
      "latin.txt",
      new Uint8Array(Buffer.from("Le d\xe9l\xe9gu\xe9 est arriv\xe9 \x93hier\x94 \xe0 Gao.", "latin1")),
    );
    const [outcome] = await readAll([latin]);
    assert.ok(outcome.ok);
    assert.equal(outcome.doc.text, "Le délégué est arrivé “hier” à Gao.");
    assert.equal(outcome.doc.meta.encoding, "windows-1252");
    const note = outcome.doc.messages.find((m) => m.rule === "encoding");
    assert.equal(note?.severity, "info");
    assert.match(note?.reason ?? "", /Windows-1252/);
  });

  it("should strip a UTF-8 byte-order mark", async () => {
    const bom = file("bom.txt", new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from("Talks resumed.")]));
    const [outcome] = await readAll([bom]);
    assert.ok(outcome.ok);
    assert.equal(outcome.doc.text, "Talks resumed.");
    assert.equal(outcome.doc.meta.encoding, "utf-8");
  });

  it("should report HTML with no body text as malformed", async () => {
    const html = file(
      "shell.html",
      "<html><head><title>Loading</title><script>start()</script></head><body><div></div></body></html>",
    );
    const [outcome] = await readAll([html]);
    expectFailure(outcome, html, "ENTENTE_INPUT_MALFORMED", /HTML with no body text/);
  });

  it("should report a malformed PDF and a PDF file that is not a PDF", async () => {
    const broken = file("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage without structure\n");
    const fake = file("fake.pdf", "This is just text with a PDF name.");
    const [first, second] = await readAll([broken, fake]);
    expectFailure(first, broken, "ENTENTE_INPUT_MALFORMED", /malformed PDF/);
    expectFailure(second, fake, "ENTENTE_INPUT_MALFORMED", /not a PDF/);
  });

  it("should report an unsupported extension when a file is named explicitly", async () => {
    const csv = fixture("corpus", "notes.csv");
    const [outcome] = await readAll([csv]);
    expectFailure(outcome, csv, "ENTENTE_INPUT_UNSUPPORTED", /unsupported format/);
  });

  it("should report a JSON file that does not parse, and a JSONL line over the size limit", async () => {
    const json = file("bad.json", "{ not json");
    const jsonl = file(
      "long.jsonl",
      `${JSON.stringify({ text: "x".repeat(2000) })}\n${JSON.stringify({ text: "Short record." })}\n`,
    );
    const outcomes = await readAll([json, jsonl], { maxBytes: 1000 });
    expectFailure(outcomes[0], json, "ENTENTE_INPUT_MALFORMED", /not valid JSON/);
    expectFailure(outcomes[1], `${jsonl}:1`, "ENTENTE_INPUT_TOO_LARGE", /line over the size limit/);
    assert.ok(outcomes[2].ok);
  });

  it("should report a glob that matches nothing and a folder with nothing to read", async () => {
    const emptyDir = join(dir, "nothing-here");
    mkdirSync(emptyDir);
    const pattern = join(dir, "*.none");
    const [first, second] = await readAll([pattern, emptyDir]);
    expectFailure(first, pattern, "ENTENTE_INPUT_UNREADABLE", /matches no readable files/);
    expectFailure(second, emptyDir, "ENTENTE_INPUT_EMPTY", /no files of a supported format/);
  });

  it("should report bad sidecar lines once, naming meta.jsonl:line, and still read the files", async () => {
    const folder = join(dir, "with-sidecar");
    mkdirSync(folder);
    writeFileSync(join(folder, "meta.jsonl"), '{"doc":"one","title":"First"}\n{"title":"no doc field"}\n');
    writeFileSync(join(folder, "one.txt"), "One short report.");
    writeFileSync(join(folder, "two.txt"), "Another short report.");
    const outcomes = await readAll([folder]);
    assert.equal(outcomes.length, 3);
    expectFailure(outcomes[0], `${join(folder, "meta.jsonl")}:2`, "ENTENTE_RECORD_INVALID", /"doc"/);
    assert.ok(outcomes[1].ok && outcomes[1].doc.meta.title === "First");
    assert.ok(outcomes[2].ok);
  });
});

describe("readInputs stdin", () => {
  it("should read `-` from the given stream, keyed by its content", async () => {
    const stdin = Readable.from([
      Buffer.from("Headline from a pipe\n\nThe body arrived "),
      Buffer.from("in two chunks."),
    ]);
    const [outcome] = await readAll(["-"], { stdin });
    assert.ok(outcome.ok);
    assert.equal(outcome.doc.meta.source, "-");
    assert.equal(outcome.doc.meta.format, "stdin");
    assert.equal(outcome.doc.meta.title, "Headline from a pipe");
    assert.equal(outcome.doc.meta.key, `stdin-${outcome.doc.contentHash.slice(0, 16)}`);
    assert.equal(outcome.doc.text, "Headline from a pipe\n\nThe body arrived in two chunks.");
  });

  it("should sniff HTML on stdin", async () => {
    const stdin = Readable.from([
      "<!doctype html><html><head><title>Piped page</title></head><body><p>A page arrived through a pipe and was read as HTML with its paragraphs.</p></body></html>",
    ]);
    const [outcome] = await readAll(["-"], { stdin });
    assert.ok(outcome.ok);
    assert.equal(outcome.doc.meta.format, "html");
    assert.match(outcome.doc.text, /A page arrived through a pipe/);
  });

  it("should report empty or oversized stdin", async () => {
    const [empty] = await readAll(["-"], { stdin: Readable.from([]) });
    expectFailure(empty, "-", "ENTENTE_INPUT_EMPTY", /empty/);
    const [big] = await readAll(["-"], {
      stdin: Readable.from(["x".repeat(600), "y".repeat(600)]),
      maxBytes: 1000,
    });
    expectFailure(big, "-", "ENTENTE_INPUT_TOO_LARGE", /size limit/);
  });
});
