/** What every command shares: the --db option, opening the store, and errors to exit codes. */
import type { Command } from "commander";
import { EntenteError } from "../errors.js";
import { defaultDbPath } from "../paths.js";
import { openStore } from "../store/index.js";
import type { Store } from "../store/types.js";

export interface DbOptions {
  db?: string;
}

export function addDbOption(command: Command): Command {
  return command.option("--db <file>", "SQLite database file (default: $ENTENTE_DB or ./entente.db)");
}

/** Opens the store named by --db, runs `work`, and always closes it. */
export async function withStore<T>(options: DbOptions, work: (store: Store) => Promise<T> | T): Promise<T> {
  const store = openStore(options.db ?? defaultDbPath());
  try {
    return await work(store);
  } finally {
    store.close();
  }
}

/** Parses a positive integer flag, or fails with a usage error naming the flag. */
export function positiveInt(flag: string): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0)
      throw new EntenteError("ENTENTE_USAGE", `${flag} must be a positive integer, got "${value}"`);
    return n;
  };
}

/**
 * Wraps a command's action: domain errors become one line on stderr and an exit code
 * (2 for usage errors, 1 otherwise); only unexpected errors show a stack.
 */
export function action<A extends unknown[]>(
  run: (...args: A) => Promise<number | undefined> | number | undefined,
) {
  return async (...args: A): Promise<void> => {
    try {
      const code = await run(...args);
      if (code) process.exitCode = code;
    } catch (error) {
      if (error instanceof EntenteError) {
        process.stderr.write(`entente: ${error.message}\n`);
        process.exitCode = error.code === "ENTENTE_USAGE" ? 2 : 1;
        return;
      }
      throw error;
    }
  };
}
