import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { EntenteError } from "../errors.js";
import { buildKnowledgeBase } from "./kb.js";
import { wholePhraseLexemes } from "./lex.js";
import { loadDictionaries } from "./load.js";
import { entryId, saveUserEntry } from "./user-dictionary.js";

describe("user dictionary", () => {
  it("should make readable ids from names", () => {
    assert.equal(entryId("Alou Boï Diarra"), "alou-boi-diarra");
  });

  it("should write entries that load after the built-in ones, replacing by id", () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-user-"));
    try {
      const file = join(dir, "user.yaml");
      saveUserEntry(file, { id: "zed", name: "Zed Example", type: "person", code: "MLI", sector: "MIL" });
      saveUserEntry(file, {
        id: "zed",
        name: "Zed Example",
        type: "person",
        code: "MLI",
        sector: "GOV",
        aliases: ["Z. Example"],
      });
      const kb = buildKnowledgeBase(loadDictionaries([dir]));
      assert.equal(kb.entities.size, 1);
      assert.equal(kb.entities.get("zed")?.sector, "GOV");
      assert.equal(wholePhraseLexemes("Z. Example", kb.trie).length, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("should refuse an invalid entry without writing it", () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-user-"));
    try {
      assert.throws(
        () => saveUserEntry(join(dir, "user.yaml"), { id: "bad", name: "Bad", type: "person", code: "mali" }),
        (e: unknown) => e instanceof EntenteError && e.code === "ENTENTE_DICT_INVALID",
      );
      assert.equal(loadDictionaries([dir]).entries.size, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
