import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { parse } from "yaml";
import { parseYamlCached, yamlCacheDir } from "./yaml-cache.js";

describe("parseYamlCached", () => {
  let dir: string;
  const previous = process.env.ENTENTE_CACHE_DIR;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "entente-yaml-cache-test-"));
    process.env.ENTENTE_CACHE_DIR = dir;
  });
  after(() => {
    if (previous === undefined) delete process.env.ENTENTE_CACHE_DIR;
    else process.env.ENTENTE_CACHE_DIR = previous;
    rmSync(dir, { recursive: true, force: true });
  });

  it("should return what yaml's parse returns, first parsed and then from the cache", () => {
    const text =
      "entries:\n  - id: ALPHA\n    names: [Alpha, 'Beta: two']\n    weight: 2.5\n    empty: null\n";
    const first = parseYamlCached(text);
    assert.deepEqual(first, parse(text));
    assert.equal(readdirSync(yamlCacheDir()).length, 1);
    assert.deepEqual(parseYamlCached(text), parse(text));
  });

  it("should raise a YAML syntax error every time and cache nothing for it", () => {
    const before = readdirSync(yamlCacheDir()).length;
    assert.throws(() => parseYamlCached("a: [unclosed\n"));
    assert.throws(() => parseYamlCached("a: [unclosed\n"));
    assert.equal(readdirSync(yamlCacheDir()).length, before);
  });

  it("should not cache values that JSON cannot keep exactly", () => {
    const text = "limit: .inf\n";
    const before = readdirSync(yamlCacheDir()).length;
    assert.deepEqual(parseYamlCached(text), { limit: Number.POSITIVE_INFINITY });
    assert.equal(readdirSync(yamlCacheDir()).length, before);
  });

  it("should parse again when a cached file is damaged", () => {
    const text = "name: Gamma\n";
    parseYamlCached(text);
    for (const file of readdirSync(yamlCacheDir())) writeFileSync(join(yamlCacheDir(), file), "{broken");
    assert.deepEqual(parseYamlCached(text), { name: "Gamma" });
  });
});
