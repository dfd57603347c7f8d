import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EntenteError } from "../errors.js";
import { buildKnowledgeBase } from "./kb.js";
import { addDictionary, emptyDictionaryData } from "./load.js";
import { resolveRoleAtDate } from "./roles.js";
import { builtInKnowledgeBase } from "./test-support.js";

function load(document: unknown) {
  const data = emptyDictionaryData();
  addDictionary(data, "test.yaml", document);
  return data;
}

function rejects(document: unknown, message: RegExp) {
  assert.throws(
    () => load(document),
    (error: unknown) =>
      error instanceof EntenteError && error.code === "ENTENTE_DICT_INVALID" && message.test(error.message),
  );
}

const person = { id: "p", name: "A Person", type: "person", code: "MLI" };

describe("knowledge-base validation", () => {
  it("should accept a minimal entry and fill defaults", () => {
    const entry = load({ version: 1, entries: [person] }).entries.get("p");
    assert.deepEqual([entry?.aliases, entry?.sector, entry?.roles], [[], null, []]);
  });

  it("should name the file and the entry in errors", () => {
    rejects(
      { version: 1, entries: [{ ...person, code: "mali" }] },
      /^test\.yaml: entry p: code: codes are three capital/,
    );
    rejects({ version: 1, entries: [{ ...person, sector: "ARMY" }] }, /entry p: sector/);
    rejects({ version: 1, entries: [{ ...person, type: "city" }] }, /entry p: type/);
    rejects(
      { version: 1, entries: [{ ...person, roles: [{ from: "May 2021", sector: "GOV" }] }] },
      /ISO 8601/,
    );
    rejects(
      { version: 1, entries: [{ ...person, roles: [{ from: "2022", to: "2021", sector: "GOV" }] }] },
      /ends before/,
    );
    rejects({ version: 1, entries: [{ ...person, uncertain: true }] }, /need a note/);
    rejects({ version: 1, entries: [{ ...person, colour: "red" }] }, /Unrecognized key/);
    rejects({ version: 1, entries: [person, person] }, /entry p: duplicate id/);
    rejects({ version: 2, entries: [] }, /entry \(file\): version/);
  });

  it("should accept a bare year as a date", () => {
    const data = load({
      version: 1,
      entries: [{ ...person, roles: [{ from: 2014, to: null, sector: "PRM" }] }],
    });
    assert.equal(data.entries.get("p")?.roles[0].from, "2014");
  });

  it("should let a later entry with the same id replace an earlier one", () => {
    const data = load({ version: 1, entries: [person] });
    addDictionary(data, "user.yaml", { version: 1, entries: [{ ...person, code: "NER" }] });
    assert.equal(buildKnowledgeBase(data).entities.get("p")?.code, "NER");
  });
});

describe("the shipped knowledge base", () => {
  const kb = builtInKnowledgeBase();

  it("should hold every sovereign state with its capital as a government metonym", () => {
    const mali = kb.entities.get("MLI");
    assert.equal(mali?.type, "state");
    assert.ok(mali?.demonyms.includes("Malian"));
    assert.deepEqual(mali?.metonyms[0], { text: "Bamako", sector: "GOV" });
    assert.ok([...kb.entities.values()].filter((e) => e.type === "state").length >= 193);
  });

  it("should hold at least 150 curated entities beyond the states", () => {
    assert.ok([...kb.entities.values()].filter((e) => e.type !== "state").length >= 150);
  });

  it("should follow the coding conventions for key actors", () => {
    const code = (id: string) => `${kb.entities.get(id)?.code} ${kb.entities.get(id)?.sector}`;
    assert.equal(code("wagner"), "RUS PRM");
    assert.equal(code("africa-corps"), "RUS MIL");
    assert.equal(code("minusma"), "UNO null");
    assert.equal(code("ecowas"), "IGO null");
    assert.equal(code("eu"), "EUR null");
    assert.equal(code("jnim"), "IMG null");
    assert.equal(code("csp-dpa"), "MLI REB");
    assert.equal(code("fama"), "MLI MIL");
  });
});

describe("role at date", () => {
  const goita = builtInKnowledgeBase().entities.get("assimi-goita");
  assert.ok(goita);

  it("should follow Assimi Goïta from colonel to transition president", () => {
    assert.equal(resolveRoleAtDate(goita, "2019-01-01").sector, "MIL");
    assert.equal(resolveRoleAtDate(goita, "2020-10-15").title, "Vice-President of the Transition");
    assert.equal(resolveRoleAtDate(goita, "2021-06").title, "President of the Transition");
  });

  it("should compare partial dates by their first day", () => {
    assert.equal(resolveRoleAtDate(goita, "2021-05").title, "Vice-President of the Transition");
    assert.equal(resolveRoleAtDate(goita, "2021-05-28T10:00:00Z").title, "President of the Transition");
  });

  it("should code a person past every role as a former official", () => {
    const ibk = builtInKnowledgeBase().entities.get("ibrahim-boubacar-keita");
    assert.ok(ibk);
    assert.deepEqual(
      [resolveRoleAtDate(ibk, "2023-01-01").code, resolveRoleAtDate(ibk, "2023-01-01").sector],
      ["MLI", "ELI"],
    );
    assert.equal(resolveRoleAtDate(ibk, null).sector, null);
  });
});
