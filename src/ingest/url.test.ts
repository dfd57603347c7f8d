import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { fixture, readAll } from "./fixtures/paths.js";
import { buildPdf } from "./fixtures/pdf-builder.js";

const article = readFileSync(fixture("article.html"));
const pdf = buildPdf([[{ text: "A short statement issued by the ministry on Monday." }]]);

/** A local server with one route per case; nothing leaves 127.0.0.1. */
function startServer(): Promise<Server> {
  const server = createServer((request, response) => {
    switch (request.url) {
      case "/article":
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        response.end(article);
        break;
      case "/moved":
        response.writeHead(301, { location: "/article" });
        response.end();
        break;
      case "/statement":
        response.writeHead(200, { "content-type": "application/pdf" });
        response.end(pdf);
        break;
      case "/notes.txt":
        response.writeHead(200, { "content-type": "text/plain; charset=windows-1252" });
        response.end(Buffer.from("Le minist\xe8re a parl\xe9.", "latin1"));
        break;
      case "/huge-declared":
        response.writeHead(200, { "content-type": "text/plain", "content-length": String(5000) });
        response.end("x".repeat(5000));
        break;
      case "/huge-streamed":
        response.writeHead(200, { "content-type": "text/plain" });
        for (let i = 0; i < 10; i++) response.write("y".repeat(500));
        response.end();
        break;
      case "/slow":
        response.writeHead(200, { "content-type": "text/plain" });
        response.write("The first part arrives");
        // The rest never comes: the client's timeout must end the exchange.
        break;
      case "/image":
        response.writeHead(200, { "content-type": "image/png" });
        response.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
        break;
      default:
        response.writeHead(404, { "content-type": "text/plain" });
        response.end("not here");
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

describe("readInputs URLs", () => {
  let server: Server;
  let base = "";
  before(async () => {
    server = await startServer();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it("should fetch an HTML page and read it like a file, keyed by its URL", async () => {
    const [outcome] = await readAll([`${base}/article`]);
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.equal(outcome.doc.meta.source, `${base}/article`);
    assert.equal(outcome.doc.meta.key, `${base}/article`);
    assert.equal(outcome.doc.meta.format, "html");
    assert.equal(
      outcome.doc.meta.url,
      "https://ledger.example/2022/07/bloc-lifts-sanctions",
      "the canonical URL wins",
    );
    assert.match(outcome.doc.text, /West African leaders meeting in Accra/);
  });

  it("should follow redirects", async () => {
    const [outcome] = await readAll([`${base}/moved`]);
    assert.ok(outcome.ok);
    assert.equal(outcome.doc.meta.key, `${base}/moved`);
  });

  it("should read a PDF by its content type", async () => {
    const [outcome] = await readAll([`${base}/statement`]);
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.equal(outcome.doc.meta.format, "pdf");
    assert.equal(outcome.doc.meta.url, `${base}/statement`);
    assert.equal(outcome.doc.text, "A short statement issued by the ministry on Monday.");
  });

  it("should honour the charset of the Content-Type header", async () => {
    const [outcome] = await readAll([`${base}/notes.txt`]);
    assert.ok(outcome.ok);
    assert.equal(outcome.doc.text, "Le ministère a parlé.");
    assert.equal(outcome.doc.meta.encoding, "windows-1252");
  });

  it("should report HTTP errors", async () => {
    const [outcome] = await readAll([`${base}/missing`]);
    assert.ok(!outcome.ok);
    assert.equal(outcome.code, "ENTENTE_FETCH_FAILED");
    assert.match(outcome.reason, /HTTP 404/);
  });

  it("should enforce the size cap from Content-Length and while streaming", async () => {
    const outcomes = await readAll([`${base}/huge-declared`, `${base}/huge-streamed`], { maxBytes: 1000 });
    for (const outcome of outcomes) {
      assert.ok(!outcome.ok);
      assert.equal(outcome.code, "ENTENTE_INPUT_TOO_LARGE");
    }
  });

  it("should give up after the timeout, even in the middle of the body", async () => {
    const [outcome] = await readAll([`${base}/slow`], { fetchTimeoutMs: 200 });
    assert.ok(!outcome.ok);
    assert.equal(outcome.code, "ENTENTE_FETCH_FAILED");
    assert.match(outcome.reason, /timed out after 0.2 s/);
  });

  it("should report a refused connection and content that is not text", async () => {
    const closed = await startServer();
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    const [refused, image] = await readAll([`http://127.0.0.1:${port}/`, `${base}/image`]);
    assert.ok(!refused.ok);
    assert.equal(refused.code, "ENTENTE_FETCH_FAILED");
    assert.ok(!image.ok);
    assert.equal(image.code, "ENTENTE_INPUT_UNSUPPORTED");
    assert.match(image.reason, /image\/png/);
  });
});
