import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateActors } from "./index.js";
import { builtInKnowledgeBase, docFrom } from "./test-support.js";

function mentionsOf(text: string, published: string | null = "2022-06-01") {
  const doc = docFrom(text, { published });
  annotateActors(doc, builtInKnowledgeBase());
  return doc.mentions.map((m) => ({
    text: m.text,
    id: m.entityId,
    code: m.code,
    sector: m.sector,
    via: m.via,
  }));
}

function find(text: string, surface: string, published?: string | null) {
  const found = mentionsOf(text, published).find((m) => m.text === surface);
  assert.ok(found, `no mention "${surface}" in: ${JSON.stringify(mentionsOf(text, published))}`);
  return found;
}

describe("dictionary matching", () => {
  it("should match names without regard to case or diacritics", () => {
    assert.equal(find("Talks with Assimi Goita resumed.", "Assimi Goita").id, "assimi-goita");
    assert.equal(find("THE WAGNER GROUP left.", "WAGNER GROUP").id, "wagner");
  });

  it("should prefer the longest match", () => {
    const m = mentionsOf("The Alliance of Sahel States met in Niamey.");
    assert.equal(m[0].text, "Alliance of Sahel States");
    assert.equal(m[0].code, "IGO");
  });

  it("should keep acronyms case-sensitive", () => {
    assert.equal(find("The AES summit opened.", "AES").code, "IGO");
    assert.ok(!mentionsOf("They told us the aes was late.").some((m) => m.code === "IGO"));
    assert.ok(!mentionsOf("Give us a sign.").some((m) => m.code === "USA"));
  });

  it("should read possessives with straight and curly apostrophes", () => {
    assert.equal(find("Mali's army advanced.", "Mali's army").sector, "MIL");
    assert.equal(find("Mali’s leaders spoke.", "Mali’s leaders").code, "MLI");
  });

  it("should let a title set the role of a person", () => {
    const lavrov = find("Foreign Minister Sergey Lavrov arrived.", "Foreign Minister Sergey Lavrov");
    assert.deepEqual([lavrov.id, lavrov.code, lavrov.sector], ["sergey-lavrov", "RUS", "GOV"]);
    assert.equal(find("President Bah N'Daw spoke.", "President Bah N'Daw", "2021-01-10").id, "bah-ndaw");
    assert.equal(find("Colonel Assimi Goïta spoke.", "Colonel Assimi Goïta", "2020-08-10").sector, "MIL");
  });

  it("should code an unknown person from a country word and a title", () => {
    const m = find("The Malian Foreign Minister Jean Dupont arrived.", "Malian Foreign Minister Jean Dupont");
    assert.deepEqual([m.id, m.code, m.sector], [null, "MLI", "GOV"]);
  });

  it("should combine demonyms with sector nouns", () => {
    assert.deepEqual(find("Malian soldiers patrolled.", "Malian soldiers").sector, "MIL");
    assert.deepEqual(find("Russian officials denied it.", "Russian officials").sector, "GOV");
    assert.deepEqual(find("French police were called.", "French police").sector, "COP");
    assert.deepEqual(find("Nigerien rebels attacked.", "Nigerien rebels").code, "NER");
    assert.equal(find("The army of Mali advanced.", "army of Mali").sector, "MIL");
  });

  it("should read capitals and seats of power as governments", () => {
    assert.deepEqual(find("Bamako protested.", "Bamako").sector, "GOV");
    const kremlin = find("The Kremlin denied it.", "The Kremlin");
    assert.deepEqual([kremlin.code, kremlin.sector], ["RUS", "GOV"]);
  });

  it("should not read a capital inside a longer name as a government", () => {
    const found = mentionsOf("She studied at the Moscow Institute of Physics.");
    assert.ok(!found.some((m) => m.sector === "GOV"));
    const institute = find("She studied at the Moscow Institute of Physics.", "Moscow Institute of Physics");
    assert.deepEqual(
      [institute.code, institute.sector],
      ["RUS", "EDU"],
      "the city tells the institute's country",
    );
  });
});

describe("spelling variants", () => {
  it("should match British and American spellings of the same name", () => {
    const osce = find(
      "The Organisation for Security and Co-operation in Europe met.",
      "Organisation for Security and Co-operation in Europe",
    );
    assert.equal(osce.id, "osce");
  });
});
