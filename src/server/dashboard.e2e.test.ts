/**
 * End-to-end: the dashboard in headless Chromium over the fixture corpus. Loads every page,
 * follows timeline → evidence → document, moves the network's time sliders, uploads a file,
 * checks that markup inside a document shows as text, and saves screenshots.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { BrowserContext, Page } from "playwright-core";
import { ingestIntoStore } from "../batch.js";
import { projectRoot } from "../paths.js";
import { openStore } from "../store/index.js";
import { type FixtureServer, startFixtureServer } from "./api-fixture.js";
import { browserUnavailable, launchBrowser } from "./browser.js";
import { type RunningServer, startServer } from "./index.js";
import { ensureWebBuild } from "./web-build.js";

const skip = browserUnavailable();
if (skip) process.stderr.write(`dashboard e2e skipped: ${skip}\n`);
const SHOTS = join(projectRoot(), "test-output", "screenshots");

describe("dashboard in Chromium", { skip: skip ?? false, timeout: 180_000 }, () => {
  let server: FixtureServer;
  let browser: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    await ensureWebBuild();
    mkdirSync(SHOTS, { recursive: true });
    server = await startFixtureServer();
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    page.on("dialog", (dialog) => {
      problems.push(`a dialog opened: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(hash: string, ready: string, shot: string) {
    await page.goto(`${server.url}#/${hash}`);
    await page.waitForSelector(ready, { timeout: 15_000 });
    await page.screenshot({ path: join(SHOTS, `${shot}.png`), fullPage: false });
  }

  it("should load every page without errors", async () => {
    await open("", "text=Most active dyads", "overview");
    await open("dyad?a=MLI&b=FRA", ".plot svg", "dyad");
    await open("actor/MLI", "text=Relations", "actor-code");
    await open("actor/mali-junta", "text=Roles over time", "actor-entity");
    await open("actors", "table", "actors");
    await open("documents", "table", "documents");
    await open("sources", "table", "sources");
    await open("search?q=France", "ol.hits li", "search");
    assert.ok(await page.locator("ol.hits mark").count());
    await open("upload", "input[type=file]", "upload");
    assert.deepEqual(problems, []);
  });

  it("should follow an event from the timeline to its evidence and its document", async () => {
    await open("timeline", ".timeline-chart svg", "timeline");
    const dot = page.locator(".timeline-chart svg circle").first();
    const box = await dot.boundingBox();
    assert.ok(box, "a dot is drawn");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const evidence = page.locator("section.selected");
    await evidence.waitFor();
    await page.screenshot({ path: join(SHOTS, "timeline-evidence.png") });
    const trigger = (await evidence.locator("mark.trigger").textContent()) ?? "";
    await evidence.locator("a.evidence-link").click();
    const active = page.locator(".reader .sentence.active");
    await active.waitFor();
    assert.ok(((await active.textContent()) ?? "").includes(trigger));
    await page.screenshot({ path: join(SHOTS, "document.png") });
    await page.locator(".event-button").last().click();
    assert.equal(await page.locator(".doc-events li.active").count(), 1);
    assert.deepEqual(problems, []);
  });

  it("should show alliances shifting when the network's time sliders move", async () => {
    await open("network", ".graph canvas", "network-all");
    const relations = page.locator("section[aria-label='Relations in this period'] tbody");
    const to = page.locator("input[name=to]");
    await to.focus();
    await page.keyboard.press("Home");
    for (let i = 0; i < 21; i++) await page.keyboard.press("ArrowRight");
    await page.locator("h2", { hasText: "2020-12" }).waitFor();
    await page.waitForTimeout(300);
    assert.match((await relations.textContent()) ?? "", /France – Mali/);
    assert.doesNotMatch((await relations.textContent()) ?? "", /Russia/);
    await page.screenshot({ path: join(SHOTS, "network-2019-2020.png") });
    const from = page.locator("input[name=from]");
    await from.focus();
    await page.keyboard.press("End");
    for (let i = 0; i < 26; i++) await page.keyboard.press("ArrowLeft");
    await page.locator("h2", { hasText: "2022-01" }).waitFor();
    await page.waitForTimeout(300);
    assert.match((await relations.textContent()) ?? "", /Mali – Russia/);
    await page.screenshot({ path: join(SHOTS, "network-2022-2024.png") });
    assert.deepEqual(problems, []);
  });

  it("should show a document's markup as text, never as HTML", async () => {
    await open("document/sahel-2024-accusation", ".reader", "document-markup");
    const reader = page.locator(".reader");
    assert.match((await reader.textContent()) ?? "", /<script>alert\('x'\)<\/script> & <b>bold<\/b>/);
    assert.equal(await reader.locator("script, b").count(), 0);
    assert.deepEqual(problems, []);
  });

  it("should upload a file and show what was coded", async () => {
    await open("upload", "input[type=file]", "upload");
    await page.setInputFiles("input[type=file]", {
      name: "talks.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(
        "Russia and Mali held talks in Bamako on 12 March 2024 about military cooperation.\n",
      ),
    });
    await page.fill("input[name=title]", "Talks in Bamako");
    await page.click("button[type=submit]");
    await page.locator(".upload-result").waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(SHOTS, "upload-result.png") });
    await page.locator(".upload-result a").first().click();
    await page.locator(".reader").waitFor();
    assert.match((await page.locator("h1").textContent()) ?? "", /Talks in Bamako/);
    assert.deepEqual(problems, []);
  });
});

const SAMPLE = join(projectRoot(), "corpus", "sample");

describe("dashboard on the sample corpus", { skip: skip ?? !existsSync(SAMPLE), timeout: 600_000 }, () => {
  let server: RunningServer;
  let browser: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    await ensureWebBuild();
    mkdirSync(SHOTS, { recursive: true });
    const dbPath = join(mkdtempSync(join(tmpdir(), "entente-sample-")), "sample.db");
    const store = openStore(dbPath);
    const summary = await ingestIntoStore([SAMPLE], { store });
    store.close();
    assert.ok(summary.added > 0, "the sample corpus was ingested");
    server = await startServer({ dbPath, port: 0 });
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("should load every page on the sample corpus and show Mali with France and Russia", async () => {
    const pages: [string, string, string][] = [
      ["", "text=Most active dyads", "sample-overview"],
      ["timeline", ".timeline-chart svg", "sample-timeline"],
      ["network", ".graph canvas", "sample-network"],
      ["network?from=2013-01&to=2019-12", ".graph canvas", "sample-network-2013-2019"],
      ["network?from=2021-06&to=2024-12", ".graph canvas", "sample-network-2021-2024"],
      ["dyad?a=MLI&b=FRA", "h2", "sample-dyad-mli-fra"],
      ["dyad?a=MLI&b=RUS", "h2", "sample-dyad-mli-rus"],
      ["actor/MLI", "text=Relations", "sample-actor-mli"],
      ["documents", "table", "sample-documents"],
      ["sources", "h1", "sample-sources"],
      ["search?q=Wagner", "h1", "sample-search"],
    ];
    for (const [hash, ready, shot] of pages) {
      await page.goto(`${server.url}#/${hash}`);
      await page.waitForSelector(ready, { timeout: 15_000 });
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(SHOTS, `${shot}.png`) });
    }
    await page.goto(`${server.url}#/documents`);
    await page.locator("table a").first().click();
    await page.locator(".reader").waitFor();
    await page.screenshot({ path: join(SHOTS, "sample-document.png") });
    assert.deepEqual(problems, []);
  });
});
