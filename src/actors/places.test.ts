import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateActors } from "./index.js";
import { builtInKnowledgeBase, docFrom } from "./test-support.js";

function mentionsOf(text: string) {
  const doc = docFrom(text, { published: "2023-03-01" });
  annotateActors(doc, builtInKnowledgeBase());
  return doc.mentions.map((m) => ({ text: m.text, id: m.entityId, code: m.code, sector: m.sector }));
}

function placesIn(text: string): string[] {
  return mentionsOf(text)
    .filter((m) => m.id?.startsWith("place-"))
    .map((m) => `${m.text} ${m.code}`);
}

describe("places (cities and provinces)", () => {
  it("should find towns and regions as locations of their country, with no sector", () => {
    assert.deepEqual(placesIn("Fighting spread to Gao and Mopti on Sunday."), ["Gao MLI", "Mopti MLI"]);
    const kidal = mentionsOf("Drones struck a convoy near Kidal.").find((m) => m.text === "Kidal");
    assert.deepEqual(kidal, { text: "Kidal", id: "place-mli-kidal", code: "MLI", sector: null });
    assert.deepEqual(placesIn("Aid reached refugees in Darfur last week."), ["Darfur SDN"]);
    assert.deepEqual(placesIn("The floods hit North Darfur hardest."), ["North Darfur SDN"]);
  });

  it("should find world regions as locations with no country code", () => {
    const sahel = mentionsOf("Drought spread across the Sahel.").find((m) => m.text === "Sahel");
    assert.deepEqual(sahel, { text: "Sahel", id: "region-sahel", code: null, sector: null });
    const after = (text: string) => mentionsOf(text).map((m) => m.text);
    assert.ok(after("Trade with Francophone Africa grew.").includes("Africa"));
    assert.ok(after("Herders crossed the West African Sahel.").includes("Sahel"));
  });

  it("should match place names with or without diacritics", () => {
    assert.deepEqual(placesIn("The convoy left Segou at dawn."), ["Segou MLI"]);
    assert.deepEqual(placesIn("The convoy left Ségou at dawn."), ["Ségou MLI"]);
  });

  it("should not read common English words as places, even capitalised", () => {
    for (const text of [
      "Reading the statement, the minister paused.",
      "Mobile networks were cut in the north.",
      "Split between factions, the council adjourned.",
      "Nice words will not end the blockade.",
      "Male voters backed the junta's charter.",
      "Springs and wells dried up across the region.",
    ])
      assert.deepEqual(placesIn(text), [], text);
  });

  it("should not read people's names as places", () => {
    assert.deepEqual(placesIn("Victoria Okafor chaired the session."), []);
    assert.deepEqual(placesIn("The envoy met Jackson after the vote."), []);
    assert.deepEqual(placesIn("Critics said Paris Hilton had no role in the talks."), []);
  });

  it("should not fire inside a longer capitalised name", () => {
    assert.deepEqual(placesIn("The ambassador met Gao Feng in the capital."), []);
    assert.deepEqual(placesIn("The statement quoted Ahmed Kidal twice."), []);
    assert.deepEqual(placesIn("Police allowed the Shan-e-Zaman march to go ahead."), []);
  });

  it("should code unnamed rebels and forces by the place they are in", () => {
    const rebels = mentionsOf("The envoy urged rebels in Darfur to disarm.").find((m) => m.text === "rebels");
    assert.deepEqual(rebels, { text: "rebels", id: "SDN", code: "SDN", sector: "REB" });
    const army = mentionsOf("The army in northern Kidal held its ground.").find((m) => m.text === "army");
    assert.equal(army?.code, "MLI");
    assert.equal(army?.sector, "MIL");
    // A region belongs to no state: the phrase keeps no code.
    const sahel = mentionsOf("Rebels in the Sahel grew stronger.").find((m) => m.text === "Rebels");
    assert.equal(sahel?.code, null);
  });

  it("should not read a town before a speech verb as a place", () => {
    assert.deepEqual(placesIn("Florence said the talks had failed."), []);
  });

  it("should give an unknown organisation named after a town that town's country", () => {
    const university = mentionsOf("Students at the University of Kidal marched.").find(
      (m) => m.text === "University of Kidal",
    );
    assert.equal(university?.code, "MLI");
  });

  it("should keep capitals as metonyms of their government", () => {
    const bamako = mentionsOf("Bamako rejected the proposal.").find((m) => m.text === "Bamako");
    assert.equal(bamako?.code, "MLI");
    assert.equal(bamako?.sector, "GOV");
  });

  it("should leave a name two countries share to neither unless one is far larger", () => {
    assert.deepEqual(placesIn("Floods cut the road to Hyderabad overnight."), []);
  });
});
