import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { stringify } from "yaml";
import { sharedDir } from "../paths.js";
import {
  importDocument,
  importPhoenix,
  importPhoenixActors,
  newToKnowledgeBase,
  phoenixName,
} from "./import-phoenix.js";
import { loadDictionaries } from "./load.js";
import { parseDateRestriction, toPloverCode } from "./phoenix-codes.js";
import { builtInKnowledgeBase } from "./test-support.js";

// Our own entries, written in the TABARI/Phoenix actor format.
const ACTORS = `# a comment line
ZORBANIA_  [ZRB]
+ZORBANIAN_
+ZORBA_CITY_

JANE_Q_EXAMPLE_  # invented head of state
+J._Q._EXAMPLE_
\t[ZRBELI 700101-950630]
\t[ZRBGOV 950701-031231]
\t[ZRBGOV >150101]
\t[ZRBELI]

EXAMPLE_PEACE_MISSION_ [IGOUNO]
EXAMPLE_UNION_ [IGOEUREEC]
EXAMPLE_MEDIA_HOUSE_ [ZRBMED]
NAMELESS_CODE_
`;

const AGENTS = `!PERSON! = MAN, MEN
FISHER!PERSON! [~AGR]
RIOT_POLICE {RIOT_POLICEMEN} [~COP]
ODD_THING [~PPL]
`;

describe("Phoenix import", () => {
  it("should map CAMEO codes to PLOVER codes and sectors", () => {
    assert.deepEqual(toPloverCode("MLIGOV"), { code: "MLI", sector: "GOV" });
    assert.deepEqual(toPloverCode("IGOUNO"), { code: "UNO", sector: null });
    assert.deepEqual(toPloverCode("IGOEUREEC"), { code: "EUR", sector: null });
    assert.deepEqual(toPloverCode("IGOWSTNAT"), { code: "IGO", sector: null });
    assert.deepEqual(toPloverCode("USAMED"), { code: "USA", sector: "JRN" });
    assert.deepEqual(toPloverCode("MNCUSAHLH"), { code: "MNC", sector: "MED" });
    assert.deepEqual(toPloverCode("~GOV"), { code: null, sector: "GOV" });
  });

  it("should read date restrictions with two- and four-digit years", () => {
    assert.deepEqual(parseDateRestriction("940204-000215"), { from: "1994-02-04", to: "2000-02-15" });
    assert.deepEqual(parseDateRestriction(">020608"), { from: "2002-06-08", to: null });
    assert.deepEqual(parseDateRestriction("<20030320"), { from: null, to: "2003-03-20" });
    assert.equal(parseDateRestriction("2004017-20061201"), null);
  });

  it("should turn capitals and underscores into names", () => {
    assert.equal(phoenixName("JANE_Q_EXAMPLE_"), "Jane Q Example");
    assert.equal(phoenixName("UN_"), "UN");
    assert.equal(phoenixName("AL-QAEDA_"), "Al-Qaeda");
  });

  it("should read entries, synonyms and dated codes", () => {
    const { entries, warnings } = importPhoenixActors(ACTORS);
    const byName = new Map(entries.map((e) => [e.name, e]));
    assert.deepEqual(byName.get("Zorbania")?.aliases, ["Zorbanian", "Zorba City"]);
    assert.equal(byName.get("Zorbania")?.type, "state");
    const jane = byName.get("Jane Q Example");
    assert.equal(jane?.type, "person");
    assert.equal(jane?.sector, "ELI");
    assert.deepEqual(jane?.roles[1], { from: "1995-07-01", to: "2003-12-31", code: "ZRB", sector: "GOV" });
    assert.equal(jane?.roles[2].from, "2015-01-01");
    assert.equal(byName.get("Example Peace Mission")?.code, "UNO");
    assert.equal(byName.get("Example Union")?.code, "EUR");
    assert.equal(byName.get("Example Media House")?.sector, "JRN");
    assert.ok(warnings.some((w) => w.includes("NAMELESS_CODE_")));
  });

  it("should read agents as sector nouns, expanding macros and plurals", () => {
    const { sectorNouns, warnings } = importPhoenix(AGENTS, "agents.txt");
    assert.deepEqual(sectorNouns, [
      { sector: "AGR", forms: ["fisherman", "fishermen"] },
      { sector: "COP", forms: ["riot police", "riot policemen"] },
    ]);
    assert.equal(warnings.length, 1);
  });

  it("should write a dictionary file that the loader accepts", () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-import-"));
    try {
      const result = importPhoenix(ACTORS, "test.actors.txt");
      writeFileSync(join(dir, "imported.yaml"), stringify(importDocument(result, "test.actors.txt")));
      const data = loadDictionaries([dir]);
      assert.equal(data.entries.size, result.entries.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("should drop what the knowledge base already knows", () => {
    const text = "MALI_ [MLI]\n+MALIAN_\n\nZORBANIA_ [ZRB]\n";
    const result = newToKnowledgeBase(importPhoenixActors(text), builtInKnowledgeBase());
    assert.deepEqual(
      result.entries.map((e) => e.name),
      ["Zorbania"],
    );
    assert.equal(result.skipped, 1);
  });

  it("should import the Phoenix files in ../shared when they are present", (t) => {
    const dir = join(sharedDir(), "reference", "dictionaries");
    const files = [
      "Phoenix.International.actors.txt",
      "Phoenix.MilNonState.actors.txt",
      "Phoenix.agents.txt",
    ];
    if (!files.every((f) => existsSync(join(dir, f)))) {
      t.skip("../shared/reference/dictionaries is absent");
      return;
    }
    for (const f of files) {
      const result = importPhoenix(readFileSync(join(dir, f), "utf8"), f);
      assert.ok(result.entries.length + result.sectorNouns.length > 10, f);
      const tmp = mkdtempSync(join(tmpdir(), "entente-phoenix-"));
      try {
        writeFileSync(join(tmp, "x.yaml"), stringify(importDocument(result, f)));
        assert.doesNotThrow(() => loadDictionaries([tmp]), f);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    }
  });
});
