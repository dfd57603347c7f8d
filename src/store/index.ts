import { defaultDbPath } from "../paths.js";
import { SqliteStore, type SqliteStoreOptions } from "./sqlite/index.js";
import type { Store } from "./types.js";

export type * from "./types.js";
export { SqliteStore };

/** Opens (creating and migrating if needed) the store at `path`, default $ENTENTE_DB or ./entente.db. */
export function openStore(
  path: string = defaultDbPath(),
  options: SqliteStoreOptions = {},
): SqliteStore & Store {
  return new SqliteStore(path, options);
}
