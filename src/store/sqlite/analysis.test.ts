import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildFixtureDoc } from "../../server/test-corpus.js";
import { FIXTURE_DOCS } from "../../server/test-corpus-data.js";
import { createAnalysisQueries } from "./analysis.js";
import { SqliteStore } from "./index.js";

function filledStore() {
  const store = new SqliteStore(":memory:");
  for (const fixture of FIXTURE_DOCS) store.saveDocument(buildFixtureDoc(fixture));
  return { store, analysis: createAnalysisQueries(store.db) };
}

describe("analysis aggregates", () => {
  it("should count a dyad's asserted events in both directions by quad class", () => {
    const { analysis } = filledStore();
    const series = analysis.dyadSeries({ a: "MLI", b: "FRA" });
    assert.deepEqual(series.totals.byQuad, [2, 2, 2, 1]);
    assert.equal(series.totals.events, 7);
    const directed = analysis.dyadSeries({ a: "FRA", b: "MLI", directed: true });
    assert.deepEqual(directed.totals.byQuad, [1, 2, 0, 0]);
    assert.deepEqual(
      series.months.find((m) => m.month === "2022-01"),
      { month: "2022-01", quadCode: 4, events: 1, intensity: -6 },
    );
  });

  it("should include other factualities only when asked", () => {
    const { analysis } = filledStore();
    const all = analysis.dyadSeries({ a: "MLI", b: "FRA", factuality: ["asserted", "hypothetical"] });
    assert.equal(all.totals.byQuad[3], 2);
  });

  it("should count year-only dates only when a range covers the whole year", () => {
    const { store, analysis } = filledStore();
    const yearOnly = buildFixtureDoc({
      key: "year-only",
      title: "A year in review",
      publisher: "Desert Wire",
      published: "2022-12-30",
      sentences: [
        {
          text: "Russia trained Malian pilots during the year.",
          date: "2022",
          events: [
            {
              category: "AID",
              quadCode: 2,
              intensity: 5,
              trigger: "trained",
              actor: ["russia", "Russia"],
              recipient: ["mali", "Malian"],
            },
          ],
        },
      ],
    });
    store.saveDocument(yearOnly);
    const events = (from: string, to: string) =>
      analysis.network({ from, to }).edges.find((e) => e.source === "MLI" && e.target === "RUS")?.events ?? 0;
    assert.equal(events("2022", "2022"), 1);
    assert.equal(events("2021-12", "2022-12"), 2);
    assert.equal(events("2022-06", "2022-12"), 0);
    assert.equal(analysis.dyadSeries({ a: "MLI", b: "RUS" }).totals.events, 4);
  });

  it("should relate the co-actors of a joint action, but not in a directed series", () => {
    const { store, analysis } = filledStore();
    const before = analysis.dyadSeries({ a: "MLI", b: "RUS" }).totals.events;
    store.saveDocument(
      buildFixtureDoc({
        key: "joint-talks",
        title: "Talks",
        publisher: "Desert Wire",
        published: "2024-05-02",
        sentences: [
          {
            text: "Russia and Mali held talks on security in May.",
            date: "2024-05",
            events: [
              {
                category: "CONSULT",
                quadCode: 1,
                intensity: 1,
                trigger: "held talks",
                actor: ["russia", "Russia"],
                coActor: ["mali", "Mali"],
              },
            ],
          },
        ],
      }),
    );
    assert.equal(analysis.dyadSeries({ a: "RUS", b: "MLI" }).totals.events, before + 1);
    assert.equal(analysis.dyadSeries({ a: "MLI", b: "RUS", directed: true }).totals.events, 1);
    assert.equal(
      analysis.dyadEvents({ a: "MLI", b: "RUS", directed: true }, { limit: 10, offset: 0 }).total,
      1,
    );
    assert.equal(analysis.actor("russia")?.partners[0].events, 4);
  });

  it("should drop a document's aggregates when it is replaced by a new version and when deleted", () => {
    const { store, analysis } = filledStore();
    const before = analysis.dyadSeries({ a: "MLI", b: "RUS" }).totals.events;
    const fixture = FIXTURE_DOCS.find((d) => d.key === "sahel-2023-agreement");
    assert.ok(fixture);
    const changed = buildFixtureDoc({ ...fixture, sentences: fixture.sentences.slice(0, 1) });
    assert.equal(store.saveDocument(changed).status, "new-version");
    assert.equal(analysis.dyadSeries({ a: "MLI", b: "RUS" }).totals.events, before - 1);
    store.db.prepare("DELETE FROM documents").run();
    assert.equal(store.db.prepare("SELECT count(*) FROM dyad_year").pluck().get(), 0);
    assert.equal(store.db.prepare("SELECT count(*) FROM source_month").pluck().get(), 0);
  });

  it("should build a network of weighted edges with net cooperation", () => {
    const { analysis } = filledStore();
    const net = analysis.network({});
    const mliRus = net.edges.find((e) => e.source === "MLI" && e.target === "RUS");
    assert.ok(mliRus);
    assert.equal(mliRus.events, 3);
    assert.equal(mliRus.net, 1);
    assert.deepEqual(net.extent, { first: "2019-03", last: "2024-03" });
    assert.equal(net.nodes.find((n) => n.code === "MLI")?.name, "Mali");
  });

  it("should list a dyad's events newest first with their evidence", () => {
    const { analysis } = filledStore();
    const page = analysis.dyadEvents({ a: "FRA", b: "MLI" }, { limit: 2, offset: 0 });
    assert.equal(page.total, 7);
    assert.equal(page.events[0].event[0], "ACCUSE");
    assert.match(page.events[0].text, /backing armed groups/);
  });

  it("should describe an entity and a code with partners, aliases and roles", () => {
    const { analysis } = filledStore();
    const junta = analysis.actor("mali-junta");
    assert.equal(junta?.kind, "entity");
    assert.deepEqual(junta?.aliases, [{ text: "The Malian junta", mentions: 2 }]);
    assert.equal(junta?.partners[0].code, "FRA");
    assert.equal(junta?.roles[0].sector, "GOV");
    const mali = analysis.actor("MLI");
    assert.equal(mali?.kind, "code");
    assert.equal(mali?.partners[0].code, "FRA");
    assert.ok(mali?.members.some((m) => m.id === "mali-junta"));
    assert.equal(analysis.actor("XXX"), null);
  });

  it("should give the overview and compare sources per publisher", () => {
    const { analysis } = filledStore();
    const overview = analysis.overview();
    assert.equal(overview.documents, FIXTURE_DOCS.length);
    assert.equal(overview.eventsByFactuality.hypothetical, 1);
    assert.equal(overview.topDyads[0].a, "FRA");
    assert.equal(overview.recentEvents[0].date, "2024-03-04");
    const sources = analysis.sources();
    assert.deepEqual(
      sources.map((s) => s.publisher),
      ["Desert Wire", "Sahel Monitor"],
    );
    const dyad = analysis.sources({ a: "MLI", b: "RUS" });
    assert.equal(
      dyad.reduce((n, s) => n + s.events, 0),
      3,
    );
  });
});
