import type BetterSqlite3 from "better-sqlite3";
import { MIGRATIONS } from "../migrations/index.js";

/** Applies the migrations newer than the database's user_version, each in its own transaction. */
export function migrate(db: BetterSqlite3.Database): number {
  const current = db.pragma("user_version", { simple: true }) as number;
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(
      `database schema version ${current} is newer than this entente (${latest}); upgrade entente`,
    );
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return latest;
}
