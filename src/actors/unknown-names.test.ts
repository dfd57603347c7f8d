import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../doc.js";
import { annotateActors } from "./index.js";
import { builtInKnowledgeBase, docFrom } from "./test-support.js";

function annotate(text: string, published: string | null = "2022-06-01"): Doc {
  const doc = docFrom(text, { published });
  annotateActors(doc, builtInKnowledgeBase());
  return doc;
}

function mention(doc: Doc, surface: string) {
  const found = doc.mentions.find((m) => m.text === surface);
  assert.ok(found, `no mention "${surface}" in ${JSON.stringify(doc.mentions.map((m) => m.text))}`);
  return found;
}

function codeOf(text: string, surface: string): [string | null, string | null] {
  const m = mention(annotate(text), surface);
  return [m.code, m.sector];
}

describe("titled persons the knowledge base lacks", () => {
  it("should code a titled name by a country word before the title or 'of <country>' after the name", () => {
    assert.deepEqual(codeOf("Ghanaian President Kwame Zorro arrived.", "Ghanaian President Kwame Zorro"), [
      "GHA",
      "GOV",
    ]);
    assert.deepEqual(codeOf("King Tarik of Morocco arrived.", "King Tarik of Morocco"), ["MAR", "GOV"]);
  });

  it("should give a domestic office the document's main country when that country is clear", () => {
    const doc = annotate("Vice-President Mary Zorro opened a clinic in Kenya's north on Monday.");
    const vp = mention(doc, "Vice-President Mary Zorro");
    assert.deepEqual([vp.entityId, vp.code, vp.sector], [null, "KEN", "GOV"]);
  });

  it("should leave the code null when the country cannot be told", () => {
    assert.equal(mention(annotate("President Jane Zorro spoke."), "President Jane Zorro").code, null);
    const twoCountries = annotate("President Jane Zorro praised Ghana and Togo.");
    assert.equal(mention(twoCountries, "President Jane Zorro").code, null);
    // A cleric's country is not the story's: a bishop who speaks about Ghana need not be Ghanaian.
    const cleric = annotate("Bishop John Zorro preached about Ghana's elections.");
    assert.deepEqual(
      [mention(cleric, "Bishop John Zorro").code, mention(cleric, "Bishop John Zorro").sector],
      [null, "REL"],
    );
  });

  it("should read portfolios and stacked titles before the name", () => {
    assert.deepEqual(
      codeOf(
        "Exports will grow, Trade and Industry Minister Ana Zorro told reporters in Lima.",
        "Trade and Industry Minister Ana Zorro",
      ),
      ["PER", "GOV"],
    );
    assert.deepEqual(
      codeOf("Chilean Health Minister Ana Zorro visited a hospital.", "Chilean Health Minister Ana Zorro"),
      ["CHL", "GOV"],
    );
    assert.deepEqual(
      codeOf(
        "The Minister for Interior Ali Zorro closed Pakistani border posts.",
        "Minister for Interior Ali Zorro",
      ),
      ["PAK", "GOV"],
    );
    const stacked = mention(
      annotate("Pakistani opposition leader Sheikh Ali Abd-ur-Zorro marched."),
      "Pakistani opposition leader Sheikh Ali Abd-ur-Zorro",
    );
    assert.deepEqual([stacked.code, stacked.sector], ["PAK", "OPP"]);
  });

  it("should keep a one-word title that closes a name as the surname", () => {
    assert.deepEqual(
      codeOf("Chilean Defence Secretary Ana Bishop said so.", "Chilean Defence Secretary Ana Bishop"),
      ["CHL", "GOV"],
    );
    assert.deepEqual(codeOf("Ghana's visiting King Kofi Zorro spoke.", "Ghana's visiting King Kofi Zorro"), [
      "GHA",
      "GOV",
    ]);
  });

  it("should not give a foreign minister the story's country, since foreign ministers act abroad", () => {
    assert.equal(
      mention(annotate("Foreign Minister Ana Zorro visited Peru."), "Foreign Minister Ana Zorro").code,
      null,
    );
  });

  it("should mark a titled person ousted or former as a former official", () => {
    assert.deepEqual(codeOf("The ousted President Ivan Zorro left Peru for exile.", "President Ivan Zorro"), [
      "PER",
      "ELI",
    ]);
  });

  it("should give a later surname what the first full mention established", () => {
    const doc = annotate("Peruvian President Ivan Zorro arrived in Lima. Zorro then met Togo's envoy.");
    const later = mention(doc, "Zorro");
    assert.deepEqual(
      [later.code, later.sector, later.via, later.name],
      ["PER", "GOV", "coref-unknown", "Ivan Zorro"],
    );
  });

  it("should code an official of an intergovernmental body, and a country used as a noun adjunct", () => {
    assert.deepEqual(codeOf("ECOWAS President Jane Zorro arrived.", "ECOWAS President Jane Zorro"), [
      "IGO",
      "GOV",
    ]);
    assert.deepEqual(codeOf("Then Mali troops entered Gao.", "Mali troops"), ["MLI", "MIL"]);
  });

  it("should still list the names for users to add", () => {
    const doc = annotate("Ghanaian President Kwame Zorro arrived.");
    assert.deepEqual(
      doc.data.unresolvedNames?.map((u) => u.text),
      ["Kwame Zorro"],
    );
  });
});

describe("persons recognised by cues", () => {
  it("should read a name before a speech verb or after 'according to' as a person with no code", () => {
    const doc = annotate("The war, as Jane Zorro put it, is over. According to Ivan Dupont, Mali will win.");
    const jane = mention(doc, "Jane Zorro");
    assert.deepEqual([jane.type, jane.code], ["person", null]);
    assert.deepEqual([mention(doc, "Ivan Dupont").type, mention(doc, "Ivan Dupont").code], ["person", null]);
  });

  it("should take the code and sector an apposition or copula gives", () => {
    assert.deepEqual(codeOf("Jane Zorro, a Malian official, said Russia was ready.", "Jane Zorro"), [
      "MLI",
      "GOV",
    ]);
    assert.deepEqual(codeOf("Jane Zorro is professor of law.", "Jane Zorro"), [null, "EDU"]);
  });

  it("should split a byline that runs on into a bio", () => {
    const doc = annotate("Jane Zorro Jane Zorro is a historian.");
    assert.equal(doc.mentions.filter((m) => m.text === "Jane Zorro").length, 2);
  });

  it("should not read a capitalised name without a cue as a person", () => {
    assert.ok(
      !annotate("Mali signed with Zorbania Holdings on Monday.").mentions.some((m) => m.type === "person"),
    );
  });
});

describe("organisations the knowledge base lacks", () => {
  it("should read a capitalised name with an organisation head as an organisation", () => {
    const doc = annotate("The Zorbanian Workers Party won. The Popular Liberation Front attacked.");
    assert.deepEqual(
      [mention(doc, "Zorbanian Workers Party").sector, mention(doc, "Zorbanian Workers Party").code],
      ["PTY", null],
    );
    const front = mention(doc, "Popular Liberation Front");
    assert.deepEqual([front.type, front.sector], ["armed_group", "REB"]);
    assert.ok(!doc.mentions.some((m) => m.code === "FRA"), "a one-word alias inside the name does not fire");
  });

  it("should give a state institution the main country when the name holds none", () => {
    const doc = annotate("Mali's junta met in Bamako. It dissolved the National Assembly.");
    const assembly = mention(doc, "National Assembly");
    assert.deepEqual([assembly.code, assembly.sector], ["MLI", "LEG"]);
  });

  it("should take the country a name holds", () => {
    assert.deepEqual(codeOf("She teaches at the University of Bamako.", "University of Bamako"), [
      "MLI",
      "EDU",
    ]);
    assert.deepEqual(codeOf("The Bamako Tribune reported it.", "Bamako Tribune"), ["MLI", "JRN"]);
  });

  it("should resolve a later acronym to the organisation it was given for", () => {
    const doc = annotate("The Popular Unity Front (PUF) met. The PUF left.");
    assert.equal(mention(doc, "PUF").name, "Popular Unity Front");
  });
});

describe("context rules", () => {
  it("should let 'the diplomat' refer back to the last unnamed diplomat", () => {
    const doc = annotate(
      "A Paris-based Russian diplomat spoke. The same diplomat added more. The diplomat left.",
    );
    assert.ok(!doc.mentions.some((m) => m.text === "Paris"), "Paris-based is a place, not a government");
    assert.ok(!annotate("A Brussels-based lobbyist wrote.").mentions.some((m) => m.code === "EUR"));
    assert.deepEqual(
      doc.mentions.map((m) => [m.text, m.code, m.sector]),
      [
        ["Russian diplomat", "RUS", "GOV"],
        ["The same diplomat", "RUS", "GOV"],
        ["The diplomat", "RUS", "GOV"],
      ],
    );
  });

  it("should read 'European' as the EU only before a sector noun", () => {
    assert.deepEqual(codeOf("European troops left Mali.", "European troops"), ["EUR", "MIL"]);
    assert.ok(!annotate("European history is long.").mentions.some((m) => m.code === "EUR"));
  });

  it("should not read a currency as a country", () => {
    assert.ok(!annotate("He paid US $50 million to Mali.").mentions.some((m) => m.code === "USA"));
  });

  it("should code an ethnic group by where it lives", () => {
    assert.deepEqual(
      codeOf("Ethnic Hungarians in Romania voted for their party.", "Ethnic Hungarians in Romania"),
      ["ROU", "CVL"],
    );
    assert.deepEqual(
      codeOf("Schools for the Hungarians of northern Serbia reopened.", "Hungarians of northern Serbia"),
      ["SRB", "CVL"],
    );
    assert.deepEqual(codeOf("Ethnic Hungarians voted.", "Ethnic Hungarians"), [null, "CVL"]);
    // A people's own name, not only the adjective: "Turks" as well as "Turkish".
    assert.deepEqual(codeOf("Ethnic Turks in Greece held a rally.", "Ethnic Turks in Greece"), [
      "GRC",
      "CVL",
    ]);
  });

  it("should read a leader's administration as the government of the leader's country", () => {
    assert.deepEqual(codeOf("The Obama administration protested.", "Obama administration"), ["USA", "GOV"]);
  });

  it("should code the Palestinian territories and partially recognised entities as PLOVER does", () => {
    assert.deepEqual(codeOf("Troops entered the West Bank.", "West Bank"), ["PSE", null]);
    assert.deepEqual(codeOf("Transnistria held a vote.", "Transnistria"), ["MDA", "PRE"]);
  });

  it("should read an unnamed opposition as the main country's", () => {
    assert.deepEqual(codeOf("The opposition coalition marched in Mali.", "opposition coalition"), [
      "MLI",
      "OPP",
    ]);
  });

  it("should code human rights groups as NGOs", () => {
    assert.deepEqual(codeOf("A human rights group published a report on Mali.", "human rights group"), [
      "NGO",
      null,
    ]);
  });
});
