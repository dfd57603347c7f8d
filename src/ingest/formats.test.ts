import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import type { Doc } from "../doc.js";
import { fixture, readAll, removeScratchDirs, scratchDir } from "./fixtures/paths.js";
import { buildPdf } from "./fixtures/pdf-builder.js";
import { hashText } from "./outcome.js";

async function readOne(path: string): Promise<Doc> {
  const outcomes = await readAll([path]);
  assert.equal(outcomes.length, 1);
  const [outcome] = outcomes;
  assert.ok(outcome.ok, JSON.stringify(outcome));
  return outcome.doc;
}

describe("readInputs formats", () => {
  after(removeScratchDirs);
  it("should read plain text, with the first-line headline, byline and dated line as metadata", async () => {
    const doc = await readOne(fixture("headline.txt"));
    assert.equal(doc.meta.format, "text");
    assert.equal(doc.meta.key, "headline");
    assert.equal(doc.meta.title, "Junta sets a date for the referendum");
    assert.equal(doc.meta.author, "Mariam Touré");
    assert.equal(doc.meta.published, "2023-03-18");
    assert.equal(doc.meta.encoding, "utf-8");
    assert.ok(doc.text.startsWith("Junta sets a date"));
    assert.equal(doc.contentHash, hashText(doc.text));
  });

  it("should read Markdown without its syntax and take front matter as metadata", async () => {
    const doc = await readOne(fixture("notes.md"));
    assert.equal(doc.meta.format, "markdown");
    assert.equal(doc.meta.title, "Notes on the mission's end");
    assert.equal(doc.meta.published, "2023-12-11");
    assert.equal(doc.meta.author, "Field Desk");
    assert.equal(doc.meta.stance, "neutral");
    assert.ok(!doc.text.includes("---"));
    assert.match(
      doc.text,
      /^The peacekeeping mission handed over its last camp in December\.\n\nIts departure/,
    );
  });

  it("should strip headings, emphasis, links and list markers from Markdown", async () => {
    const doc = await readOne(fixture("corpus", "beta.md"));
    assert.equal(
      doc.text,
      "The alliance of three\n\nThree governments signed a mutual defence charter in Bamako in September.\n\nIt binds them to help each other.\n\nIt sets up a joint force.",
    );
  });

  it("should read the article body of an HTML page with its metadata, keeping paragraph breaks", async () => {
    const doc = await readOne(fixture("article.html"));
    assert.equal(doc.meta.format, "html");
    assert.equal(doc.meta.title, "Regional bloc lifts sanctions on Mali");
    assert.equal(doc.meta.url, "https://ledger.example/2022/07/bloc-lifts-sanctions");
    assert.equal(doc.meta.published, "2022-07-04T09:30:00Z");
    assert.equal(doc.meta.publisher, "Sahel Ledger");
    assert.equal(doc.meta.author, "Awa Sanogo, Paul Mercier");
    assert.equal(doc.meta.language, "en");
    assert.equal(doc.meta.extra?.description, "Leaders meeting in Accra ended the trade measures.");
    assert.ok(doc.text.startsWith("Regional bloc lifts sanctions on Mali\n\n"));
    assert.match(doc.text, /shorter timeline for elections\.\n\nThe decision reopens/);
    assert.match(doc.text, /\n\nWhat comes next\n\n/);
    assert.match(doc.text, /\n\nBorders reopen to trade\.\n\nCentral bank assets are released\./);
    assert.ok(!doc.text.includes("About us"), "navigation is not article text");
    assert.ok(!doc.text.includes("All rights reserved"), "the footer is not article text");
  });

  it("should read JSON-LD metadata when the page has no Open Graph tags", async () => {
    const dir = scratchDir();
    const path = join(dir, "ld.html");
    const ld = {
      "@context": "https://schema.org",
      "@type": ["NewsArticle"],
      headline: "Border posts reopen",
      datePublished: "2022-07-05",
      author: { "@type": "Person", name: "Idrissa Maïga" },
      publisher: { "@type": "Organization", name: "Niger Courier" },
      mainEntityOfPage: { "@id": "https://courier.example/border" },
    };
    writeFileSync(
      path,
      `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><p>Customs officers returned to the border posts on Tuesday, and the first lorries crossed before noon under a light rain.</p></article></body></html>`,
    );
    const doc = await readOne(path);
    assert.equal(doc.meta.title, "Border posts reopen");
    assert.equal(doc.meta.published, "2022-07-05");
    assert.equal(doc.meta.author, "Idrissa Maïga");
    assert.equal(doc.meta.publisher, "Niger Courier");
    assert.equal(doc.meta.url, "https://courier.example/border");
  });

  it("should read a PDF's text in reading order, one paragraph per block", async () => {
    const dir = scratchDir();
    const path = join(dir, "brief.pdf");
    const pdf = buildPdf(
      [
        [
          { text: "Briefing on the transition" },
          { text: "The council met on Tuesday and agreed to extend the", gap: 28 },
          { text: "transition by two years after a long debate." },
          { text: "Opposition groups walked out of the session.", gap: 28 },
          { text: "1", gap: 500 },
        ],
        [{ text: "A second page closes the briefing." }, { text: "2", gap: 500 }],
      ],
      { title: "Transition briefing", author: "Research Unit" },
    );
    writeFileSync(path, pdf);
    const doc = await readOne(path);
    assert.equal(doc.meta.format, "pdf");
    assert.equal(doc.meta.title, "Transition briefing");
    assert.equal(doc.meta.author, "Research Unit");
    assert.equal(
      doc.text,
      "Briefing on the transition\n\nThe council met on Tuesday and agreed to extend the transition by two years after a long debate.\n\nOpposition groups walked out of the session.\n\nA second page closes the briefing.",
    );
  });

  it("should yield one document per JSON record, with ids as keys and other fields in extra", async () => {
    const outcomes = await readAll([fixture("records.json")]);
    assert.equal(outcomes.length, 2);
    const [first, second] = outcomes;
    assert.ok(first.ok && second.ok);
    assert.equal(first.doc.meta.key, "7");
    assert.equal(first.doc.meta.source, `${fixture("records.json")}[0]`);
    assert.equal(first.doc.meta.author, "Desk staff");
    assert.equal(second.doc.meta.key, "records-2");
    assert.equal(second.doc.meta.published, "2023-06-03");
    assert.equal(first.doc.text, "Officials announced a census of displaced families.");
  });

  it("should read JSONL line by line, failing bad lines alone with file:line", async () => {
    const path = fixture("records.jsonl");
    const outcomes = await readAll([path]);
    assert.equal(outcomes.length, 4);
    const [good, noText, badJson, last] = outcomes;
    assert.ok(good.ok);
    assert.equal(good.doc.meta.key, "r1");
    assert.equal(good.doc.meta.title, "Trade accord signed");
    assert.equal(good.doc.meta.publisher, "Niger Courier");
    assert.deepEqual(good.doc.meta.extra, { section: "economy" });
    assert.equal(good.doc.meta.source, `${path}:1`);
    assert.ok(!noText.ok);
    assert.equal(noText.source, `${path}:2`);
    assert.equal(noText.code, "ENTENTE_RECORD_INVALID");
    assert.match(noText.reason, /"text"/);
    assert.ok(!badJson.ok);
    assert.equal(badJson.source, `${path}:3`);
    assert.equal(badJson.code, "ENTENTE_INPUT_MALFORMED");
    assert.ok(last.ok);
    assert.equal(last.doc.meta.key, "records:4");
  });

  it("should take metadata from a folder's meta.jsonl sidecar, walk sub-folders and skip hidden files, READMEs and other formats", async () => {
    const outcomes = await readAll([fixture("corpus")]);
    const docs = outcomes.map((o) => (o.ok ? o.doc : assert.fail(JSON.stringify(o))));
    assert.deepEqual(
      docs.map((d) => d.meta.key),
      ["alpha", "beta", "gamma"],
    );
    const [alpha, beta, gamma] = docs;
    assert.equal(alpha.meta.title, "Troops leave the northern base");
    assert.equal(alpha.meta.publisher, "Desert Wire");
    assert.equal(alpha.meta.published, "2022-08-15");
    assert.equal(alpha.meta.stance, "neutral");
    assert.equal(alpha.meta.kind, "news");
    assert.equal(alpha.meta.language, "en");
    assert.equal(alpha.meta.author, undefined);
    assert.deepEqual(alpha.meta.extra, { desk: "Bamako" });
    assert.equal(
      beta.meta.title,
      "Why the alliance matters",
      "the sidecar wins over the document's own heading",
    );
    assert.equal(beta.meta.stance, "regional");
    assert.equal(gamma.meta.title ?? null, null, "a one-line text has no headline");
  });

  it("should read README.md when it is named explicitly", async () => {
    const doc = await readOne(fixture("corpus", "README.md"));
    assert.equal(doc.meta.key, "README");
  });

  it("should leave sub-folders alone when recursive is false", async () => {
    const outcomes = await readAll([fixture("corpus")], { recursive: false });
    assert.deepEqual(
      outcomes.map((o) => (o.ok ? o.doc.meta.key : o.source)),
      ["alpha", "beta"],
    );
  });

  it("should expand globs, including ** across folders", async () => {
    const flat = await readAll([fixture("corpus", "*.txt")]);
    assert.deepEqual(
      flat.map((o) => (o.ok ? o.doc.meta.key : o.source)),
      ["alpha"],
    );
    const deep = await readAll([fixture("corpus", "**", "*.{txt,md}")]);
    assert.deepEqual(
      deep.map((o) => (o.ok ? o.doc.meta.key : o.source)),
      ["alpha", "beta", "gamma"],
    );
  });
});
