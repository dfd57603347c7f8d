/**
 * Parses YAML through a content-addressed JSON cache. The `yaml` package parses our
 * dictionaries and patterns (~300 KB) in about a second of CPU on a cold process, JSON.parse
 * in a few milliseconds: so each distinct text is parsed once, and its value is kept as
 * JSON under the cache folder named by its hash. Callers still validate the value (zod), so
 * errors name the file and entry as before; a YAML syntax error is never cached, so it is
 * raised on every load. Any cache problem (unwritable folder, damaged file) falls back to
 * parsing: the cache can only save time, never change a result.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { parse } from "yaml";

/** Bump when the cached form changes meaning. */
const CACHE_FORMAT = "yaml-json-1";

/** $ENTENTE_CACHE_DIR, else a folder in the system's temporary directory. */
export function yamlCacheDir(): string {
  return join(process.env.ENTENTE_CACHE_DIR ?? join(tmpdir(), "entente-cache"), CACHE_FORMAT);
}

function cachePath(text: string): string {
  return join(yamlCacheDir(), `${createHash("sha1").update(text).digest("hex")}.json`);
}

function readCached(path: string): { hit: true; value: unknown } | { hit: false } {
  try {
    return { hit: true, value: JSON.parse(readFileSync(path, "utf8")) };
  } catch {
    return { hit: false };
  }
}

/** Writes atomically (rename), and only values that JSON keeps exactly (no .inf, no dates). */
function writeCached(path: string, value: unknown): void {
  const json = JSON.stringify(value);
  if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) return;
  try {
    mkdirSync(yamlCacheDir(), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, json);
    renameSync(temporary, path);
  } catch {
    // A read-only or full disk only costs the next process a parse.
  }
}

/** The value of a YAML text, as `yaml`'s parse returns it; throws its errors unchanged. */
export function parseYamlCached(text: string): unknown {
  const path = cachePath(text);
  const cached = readCached(path);
  if (cached.hit) return cached.value;
  const value = parse(text);
  writeCached(path, value);
  return value;
}
