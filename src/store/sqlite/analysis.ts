/**
 * The SQLite implementation of AnalysisQueries, reading the aggregates that migration 002
 * maintains with triggers (see src/store/migrations/002-analysis-aggregates.ts).
 */
import { createRequire } from "node:module";
import type BetterSqlite3 from "better-sqlite3";
import type { AnalysisQueries } from "../analysis-types.js";
import { actorDetail } from "./analysis-actors.js";
import { dyadEvents, dyadSeries, network } from "./analysis-dyads.js";
import { actorList, overview, sourceComparison } from "./analysis-overview.js";

// The JSON itself: the package's CommonJS typings do not match its ESM default export.
const countries = createRequire(import.meta.url)("world-countries/countries.json") as {
  cca3: string;
  name: { common: string };
}[];
const COUNTRY_NAMES = new Map(countries.map((c) => [c.cca3, c.name.common]));

export function createAnalysisQueries(db: BetterSqlite3.Database): AnalysisQueries {
  const stateName = db.prepare(
    "SELECT name FROM entities WHERE code = ? AND type = 'state' AND sector IS NULL ORDER BY name LIMIT 1",
  );
  const names = new Map<string, string>();
  // A state's name from the knowledge base, else ISO 3166; other codes (IGO, REB...) name a
  // class of actors, not one of its members, so they stay as they are.
  const codeName = (code: string): string => {
    let name = names.get(code);
    if (name === undefined) {
      name = (stateName.pluck().get(code) as string | undefined) ?? COUNTRY_NAMES.get(code) ?? code;
      if (names.size > 5000) names.clear();
      names.set(code, name);
    }
    return name;
  };
  return {
    dyadSeries: (query) => dyadSeries(db, query),
    dyadEvents: (query, page) => dyadEvents(db, query, page),
    network: (query) => network(db, query, codeName),
    actor: (id, filter = {}) => actorDetail(db, id, filter, codeName),
    actors: (options = {}) => actorList(db, options, codeName),
    overview: (filter = {}) => overview(db, filter, codeName),
    sources: (query = {}) => sourceComparison(db, query),
    countDocuments: (options = {}) =>
      db
        .prepare(`SELECT count(*) FROM documents${options.allVersions ? "" : " WHERE superseded_by IS NULL"}`)
        .pluck()
        .get() as number,
    // A skip-scan over the category index: one seek per distinct category, not a full scan.
    categories: () =>
      db
        .prepare(
          `WITH RECURSIVE c(category) AS (
             SELECT min(category) FROM events
             UNION ALL SELECT (SELECT min(category) FROM events WHERE category > c.category) FROM c
             WHERE c.category IS NOT NULL)
           SELECT category FROM c WHERE category IS NOT NULL AND category <> ''`,
        )
        .pluck()
        .all() as string[],
    codeName,
  };
}
