/** Which entities the corpus mentions, and which names it could not resolve. */
import type BetterSqlite3 from "better-sqlite3";
import { SENTENCE_TEXT_SQL } from "../migrations/005-sentence-text-from-document.js";
import type { EntitySummary, UnresolvedName } from "../types.js";

export function unresolvedNames(
  db: BetterSqlite3.Database,
  options: { limit?: number } = {},
): UnresolvedName[] {
  const names = db
    .prepare(
      `SELECT text, count(*) AS count FROM unresolved_names GROUP BY text ORDER BY count DESC, text LIMIT ?`,
    )
    .all(options.limit ?? 50) as { text: string; count: number }[];
  const examples = db.prepare(
    `SELECT d.key AS docKey, u.sentence, ${SENTENCE_TEXT_SQL} AS text
     FROM unresolved_names u
     JOIN documents d ON d.id = u.doc_id
     JOIN sentences s ON s.doc_id = u.doc_id AND s.idx = u.sentence
     WHERE u.text = ? LIMIT 3`,
  );
  return names.map((n) => ({
    ...n,
    examples: examples.all(n.text) as UnresolvedName["examples"],
  }));
}

export function listEntities(
  db: BetterSqlite3.Database,
  options: { limit?: number; type?: string } = {},
): EntitySummary[] {
  const params: unknown[] = [];
  let where = "";
  if (options.type) {
    where = "WHERE en.type = ?";
    params.push(options.type);
  }
  params.push(options.limit ?? -1);
  return db
    .prepare(
      `SELECT en.id, en.name, en.type, en.code, en.sector,
              count(m.id) AS mentions, count(DISTINCT m.doc_id) AS documents
       FROM entities en JOIN mentions m ON m.entity_id = en.id
       ${where}
       GROUP BY en.id ORDER BY mentions DESC, en.name LIMIT ?`,
    )
    .all(...params) as EntitySummary[];
}
