import assert from "node:assert/strict";
import { request } from "node:http";
import { after, before, describe, it } from "node:test";
import { type FixtureServer, startFixtureServer } from "./api-fixture.js";
import { ensureWebBuild } from "./web-build.js";

let server: FixtureServer;
// biome-ignore lint/suspicious/noExplicitAny: JSON answers are checked field by field below
type Json = any;

async function json(response: Response): Promise<Json> {
  return response.json();
}

async function get(path: string): Promise<{ status: number; body: Json }> {
  const response = await fetch(new URL(path, server.url));
  return { status: response.status, body: await json(response) };
}

before(async () => {
  server = await startFixtureServer({ maxUploadBytes: 20_000 });
});
after(async () => {
  await server.stop();
});

describe("API error contract", () => {
  it("should answer every error as { ok: false, error: { code, message }, status }", async () => {
    const cases: [string, number, string][] = [
      ["/api/nothing-here", 404, "ENTENTE_API_NOT_FOUND"],
      ["/api/documents/999999", 404, "ENTENTE_API_NOT_FOUND"],
      ["/api/actors/NOPE", 404, "ENTENTE_API_NOT_FOUND"],
      ["/api/events?limit=0", 400, "ENTENTE_API_INVALID_REQUEST"],
      ["/api/events?factuality=maybe", 400, "ENTENTE_API_INVALID_REQUEST"],
      ["/api/dyads?a=MLI", 400, "ENTENTE_API_INVALID_REQUEST"],
      ["/api/network?from=June", 400, "ENTENTE_API_INVALID_REQUEST"],
    ];
    for (const [path, status, code] of cases) {
      const answer = await get(path);
      assert.equal(answer.status, status, path);
      assert.deepEqual(Object.keys(answer.body).sort(), ["error", "ok", "status"], path);
      assert.equal(answer.body.ok, false);
      assert.equal(answer.body.status, status);
      assert.equal(answer.body.error.code, code, path);
      assert.equal(typeof answer.body.error.message, "string");
      assert.deepEqual(Object.keys(answer.body.error).sort(), ["code", "message"]);
    }
  });

  it("should refuse a foreign Host and a cross-origin upload", async () => {
    // fetch() may not set Host, so this one goes through node:http.
    const foreignHost = await new Promise<number>((resolve, reject) => {
      const url = new URL("/api/overview", server.url);
      request(url, { headers: { host: "evil.example" } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
        .on("error", reject)
        .end();
    });
    assert.equal(foreignHost, 403);
    const crossOrigin = await fetch(new URL("/api/documents", server.url), {
      method: "POST",
      headers: { origin: "http://evil.example", "content-type": "application/json" },
      body: JSON.stringify({ text: "France and Mali met." }),
    });
    assert.equal(crossOrigin.status, 403);
    assert.equal((await json(crossOrigin)).error.code, "ENTENTE_API_FORBIDDEN");
  });
});

describe("API reads", () => {
  it("should page documents and return one with its layers", async () => {
    const list = await get("/api/documents?limit=3");
    assert.equal(list.status, 200);
    assert.equal(list.body.ok, true);
    assert.equal(list.body.documents.length, 3);
    assert.deepEqual(list.body.page, { limit: 3, offset: 0, total: 7, next: 3 });
    const one = await get(`/api/documents/${list.body.documents[0].id}`);
    assert.equal(one.body.document.meta.key, "sahel-2019-patrols");
    assert.equal(one.body.document.events.length, 1);
    const byKey = await get("/api/documents/sahel-2024-accusation");
    assert.match(byKey.body.document.text, /<script>alert\('x'\)<\/script>/);
  });

  it("should filter events, asserted by default", async () => {
    const asserted = await get("/api/events?actor=FRA&recipient=MLI");
    assert.equal(asserted.body.page.total, 3);
    const all = await get("/api/events?actor=FRA&recipient=MLI&factuality=all");
    assert.equal(all.body.page.total, 4);
    const accusations = await get("/api/events?category=ACCUSE&from=2024");
    assert.equal(accusations.body.events.length, 1);
    assert.match(accusations.body.events[0].text, /backing armed groups/);
    assert.equal(typeof accusations.body.events[0].sentenceStart, "number");
  });

  it("should give a dyad's monthly series and events, and the network for a range", async () => {
    const dyad = await get("/api/dyads?a=MLI&b=RUS&limit=2");
    assert.equal(dyad.body.a.name, "Mali");
    assert.equal(dyad.body.totals.events, 3);
    assert.equal(dyad.body.events.length, 2);
    assert.equal(dyad.body.page.next, 2);
    const before2021 = await get("/api/network?to=2020-12");
    const codes = before2021.body.network.nodes.map((n: Json) => n.code).sort();
    assert.deepEqual(codes, ["FRA", "MLI"]);
    const later = await get("/api/network?from=2022");
    assert.ok(
      later.body.network.edges.some((e: Json) => e.source === "MLI" && e.target === "RUS" && e.net === 1),
    );
  });

  it("should describe actors, the overview, sources and search with plain-text parts", async () => {
    const actors = await get("/api/actors?kind=code&limit=2");
    assert.equal(actors.body.actors[0].id, "MLI");
    const mali = await get("/api/actors/MLI");
    assert.equal(mali.body.actor.kind, "code");
    assert.ok(mali.body.events.length >= 5);
    const overview = await get("/api/overview");
    assert.equal(overview.body.overview.documents, 7);
    assert.ok(overview.body.overview.categories.includes("ACCUSE"));
    const sources = await get("/api/sources?a=MLI&b=FRA");
    assert.equal(sources.body.sources.length, 2);
    const search = await get("/api/search?q=script");
    assert.deepEqual(
      search.body.hits[0].parts.filter((p: Json) => p.match).map((p: Json) => p.text),
      ["script", "script"],
    );
  });

  it("should publish an OpenAPI document generated from the routes", async () => {
    const doc = await get("/api/openapi.json");
    for (const path of [
      "/api/documents",
      "/api/events",
      "/api/dyads",
      "/api/network",
      "/api/actors/{id}",
      "/api/search",
    ]) {
      assert.ok(doc.body.paths[path], path);
    }
    assert.ok(doc.body.paths["/api/documents"].post.requestBody.content["multipart/form-data"]);
  });
});

describe("dashboard files", () => {
  it("should serve the built dashboard with a strict content-security policy", async () => {
    await ensureWebBuild();
    const page = await fetch(new URL("/", server.url));
    assert.equal(page.status, 200);
    assert.match(page.headers.get("content-type") ?? "", /text\/html/);
    assert.match(page.headers.get("content-security-policy") ?? "", /script-src 'self'/);
    assert.match(await page.text(), /<div id="app">/);
    const traversal = await fetch(new URL("/..%2f..%2fpackage.json", server.url));
    assert.doesNotMatch(await traversal.text(), /"name": "entente"/);
  });
});

describe("API upload", () => {
  it("should ingest a JSON text through the pipeline and return what was extracted", async () => {
    const response = await fetch(new URL("/api/documents", server.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        text: "Mali and Russia signed a defence agreement in Bamako on 3 May 2023.",
        name: "pasted-note",
        title: "A pasted note",
        published: "2023-05-04",
      }),
    });
    const body = await json(response);
    assert.equal(response.status, 201, JSON.stringify(body));
    assert.equal(body.documents[0].key, "pasted-note");
    assert.equal(body.documents[0].title, "A pasted note");
    const stored = await get(`/api/documents/${body.documents[0].id}`);
    assert.equal(stored.body.document.meta.source, "upload/pasted-note.txt");
  });

  it("should ingest a multipart file and enforce type and size limits", async () => {
    const form = new FormData();
    form.append(
      "file",
      new Blob(["<html><body><p>France recalled its ambassador from Bamako.</p></body></html>"]),
      "recall.html",
    );
    form.append("publisher", "Test Desk");
    const ok = await fetch(new URL("/api/documents", server.url), { method: "POST", body: form });
    assert.equal(ok.status, 201);
    const unsupported = new FormData();
    unsupported.append("file", new Blob(["MZ"]), "tool.exe");
    const refused = await fetch(new URL("/api/documents", server.url), { method: "POST", body: unsupported });
    assert.equal(refused.status, 415);
    assert.equal((await json(refused)).error.code, "ENTENTE_INPUT_UNSUPPORTED");
    const big = new FormData();
    big.append("file", new Blob(["word ".repeat(30_000)]), "big.txt");
    const tooBig = await fetch(new URL("/api/documents", server.url), { method: "POST", body: big });
    assert.equal(tooBig.status, 413);
    assert.equal((await json(tooBig)).error.code, "ENTENTE_INPUT_TOO_LARGE");
  });
});
