/**
 * The user's own dictionary folder, loaded after the built-in knowledge base: where
 * `entente actors add` and `entente actors import` write. $ENTENTE_HOME/dictionaries when
 * ENTENTE_HOME is set, else ./entente-dictionaries in the working directory.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parse, stringify } from "yaml";
import { EntenteError } from "../errors.js";
import { type ActorEntry, entrySchema, KB_FORMAT_VERSION } from "./schema.js";

export function defaultUserDictionaryFolder(): string {
  const home = process.env.ENTENTE_HOME;
  return home ? join(home, "dictionaries") : resolve(process.cwd(), "entente-dictionaries");
}

/** Extra dictionary folders named by $ENTENTE_DICTIONARIES (path-list separated). */
export function envDictionaries(): string[] {
  const value = process.env.ENTENTE_DICTIONARIES;
  return value ? value.split(process.platform === "win32" ? ";" : ":").filter(Boolean) : [];
}

/** A readable id from a name: "Assimi Goïta" → "assimi-goita". */
export function entryId(name: string): string {
  return (
    name
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "entry"
  );
}

/** Validates `raw` and writes it into `file` (a dictionary YAML), replacing an entry with its id. */
export function saveUserEntry(file: string, raw: unknown): ActorEntry {
  const result = entrySchema.safeParse(raw);
  if (!result.success) {
    const reason = result.error.issues.map((i) => `${i.path.join(".") || "entry"}: ${i.message}`).join("; ");
    throw new EntenteError(
      "ENTENTE_DICT_INVALID",
      `${file}: entry ${String((raw as { id?: unknown }).id)}: ${reason}`,
    );
  }
  const document = existsSync(file)
    ? (parse(readFileSync(file, "utf8")) as { entries?: unknown[] } | null)
    : null;
  const entries = (document?.entries ?? []).filter((e) => (e as { id?: unknown }).id !== result.data.id);
  entries.push(raw);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    stringify({
      version: KB_FORMAT_VERSION,
      description: "User additions to the actor knowledge base.",
      entries,
    }),
  );
  return result.data;
}
