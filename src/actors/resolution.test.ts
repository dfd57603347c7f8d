import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../doc.js";
import { annotateActors, mentionsInSentence } from "./index.js";
import { builtInKnowledgeBase, docFrom } from "./test-support.js";

function annotate(text: string, options: { published?: string | null; dates?: (string | null)[] } = {}): Doc {
  const doc = docFrom(text, { published: options.published ?? "2022-06-01", dates: options.dates });
  annotateActors(doc, builtInKnowledgeBase());
  return doc;
}

function mention(doc: Doc, surface: string) {
  const found = doc.mentions.find((m) => m.text === surface);
  assert.ok(found, `no mention "${surface}" in ${JSON.stringify(doc.mentions.map((m) => m.text))}`);
  return found;
}

describe("coreference and resolution", () => {
  it("should resolve a surname to the person named in full earlier", () => {
    const doc = annotate("Colonel Assimi Goïta took power. Later Goïta named a cabinet.");
    const short = mention(doc, "Goïta");
    assert.equal(short.entityId, "assimi-goita");
    assert.equal(short.via, "coref-surname");
  });

  it("should resolve 'the group' to the one group named before", () => {
    const doc = annotate("The Wagner Group arrived in Mali. The group guarded the mines.");
    assert.equal(mention(doc, "The group").entityId, "wagner");
  });

  it("should leave 'the group' unresolved when two groups could be meant", () => {
    const doc = annotate("The Wagner Group and JNIM clashed in Mali. The group withdrew.");
    assert.ok(!doc.mentions.some((m) => m.text === "The group"));
  });

  it("should list candidates when a surname fits two people in the document", () => {
    const doc = annotate("Modibo Keïta led Mali. Ibrahim Boubacar Keïta led it later. Keïta is remembered.", {
      published: null,
    });
    const keita = mention(doc, "Keïta");
    assert.equal(keita.entityId, null);
    assert.ok(keita.candidates?.includes("ibrahim-boubacar-keita"));
    assert.ok(keita.candidates?.includes("modibo-keita"));
    assert.equal(keita.code, "MLI");
  });

  it("should resolve an ambiguous surname by the date of the sentence", () => {
    const doc = annotate("Modibo Keïta led Mali. Ibrahim Boubacar Keïta led it later. Keïta spoke.", {
      dates: [null, null, "2019-03-01"],
    });
    assert.equal(mention(doc, "Keïta").entityId, "ibrahim-boubacar-keita");
  });

  it("should give a person the role held at the sentence's date", () => {
    const doc = annotate("Assimi Goïta led the special forces. Assimi Goïta became president.", {
      dates: ["2019-05-01", "2021-07-01"],
    });
    const [before, after] = doc.mentions.filter((m) => m.entityId === "assimi-goita");
    assert.equal(before.sector, "MIL");
    assert.equal(after.sector, "GOV");
  });

  it("should fall back to the publication date when the sentence has none", () => {
    const doc = annotate("Sébastien Lecornu visited the troops.", { published: "2023-02" });
    assert.equal(mention(doc, "Sébastien Lecornu").sector, "GOV");
  });

  it("should read generic phrases as the main country's government and forces", () => {
    const doc = annotate(
      "Mali and its army face a crisis in Mali. The junta expelled the envoy. The army withdrew.",
    );
    assert.deepEqual([mention(doc, "The junta").code, mention(doc, "The junta").sector], ["MLI", "GOV"]);
    assert.equal(mention(doc, "The army").sector, "MIL");
    assert.equal(mention(doc, "The junta").name, "The junta", "a generic phrase is named by its own words");
  });

  it("should code unnamed jihadists as rebels of the main country only when it is clear", () => {
    const clear = annotate("Mali held talks in Bamako. Malian troops fought jihadists.");
    assert.deepEqual([mention(clear, "jihadists").code, mention(clear, "jihadists").sector], ["MLI", "REB"]);
    const unclear = annotate("Mali and Niger met. Jihadists attacked.");
    assert.equal(mention(unclear, "Jihadists").code, null);
  });

  it("should find the office holder for 'the prime minister' at the date", () => {
    const doc = annotate("Mali held talks in Bamako. The prime minister resigned.", {
      dates: [null, "2023-03-01"],
    });
    assert.equal(mention(doc, "The prime minister").entityId, "choguel-maiga");
  });

  it("should disambiguate one acronym by date: CNSP in Mali 2020, in Niger 2023", () => {
    assert.equal(mention(annotate("The CNSP spoke.", { published: "2020-09-01" }), "CNSP").code, "MLI");
    assert.equal(mention(annotate("The CNSP spoke.", { published: "2023-09-01" }), "CNSP").code, "NER");
  });

  it("should keep unresolved capitalised names out of the mentions, in doc.data", () => {
    const doc = annotate("Mali signed with Zorbania Holdings on Monday.");
    assert.ok(!doc.mentions.some((m) => m.text.includes("Zorbania")));
    assert.deepEqual(
      doc.data.unresolvedNames?.map((u) => u.text),
      ["Zorbania Holdings"],
    );
  });

  it("should return the mentions of one sentence", () => {
    const doc = annotate("Mali spoke. Russia and France answered. Niger waited.");
    assert.deepEqual(
      mentionsInSentence(doc, 1).map((m) => m.code),
      ["RUS", "FRA"],
    );
    assert.deepEqual(mentionsInSentence(doc, 5), []);
  });
});

describe("titles narrow namesakes", () => {
  it("should pick the namesake who held the office the title names", () => {
    const doc = annotate("President Modibo Keïta visited Moscow.", { published: null });
    const m = mention(doc, "President Modibo Keïta");
    assert.equal(m.entityId, "modibo-keita");
    assert.equal(m.sector, "GOV");
  });

  it("should read a singular demonym as the country, not its people", () => {
    const doc = annotate("A Russian delegation and Malians met.");
    assert.equal(doc.mentions.find((m) => m.text === "Russian delegation")?.sector, "GOV");
    assert.equal(mention(doc, "Malians").sector, "CVL");
  });
});
