import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The package's root folder (where package.json, dictionaries/ and patterns/ live). */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find the entente package root");
    dir = parent;
  }
  return dir;
}

/** ../shared beside the project, where the reference corpus and gold files live (may be absent). */
export function sharedDir(): string {
  return process.env.ENTENTE_SHARED ?? resolve(projectRoot(), "..", "shared");
}

/** The default database file: $ENTENTE_DB or ./entente.db in the working directory. */
export function defaultDbPath(): string {
  return process.env.ENTENTE_DB ?? resolve(process.cwd(), "entente.db");
}
