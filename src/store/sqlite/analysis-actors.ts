/** Actor profiles (an entity of the knowledge base or a bare actor code) and actor listings. */
import type BetterSqlite3 from "better-sqlite3";
import type { ActorDetail, ActorPartner, AnalysisFilter } from "../analysis-types.js";
import {
  dateRangeClause,
  dyadRangeSource,
  FACT_SUMS,
  factualityIn,
  MEASURE_SUMS,
  type MeasureRow,
  measuresOf,
} from "./analysis-range.js";

type CodeName = (code: string) => string;

interface EntityRow {
  id: string;
  name: string;
  type: string;
  code: string | null;
  sector: string | null;
}

export function actorDetail(
  db: BetterSqlite3.Database,
  id: string,
  filter: AnalysisFilter,
  codeName: CodeName,
): ActorDetail | null {
  const entity = db.prepare("SELECT id, name, type, code, sector FROM entities WHERE id = ?").get(id) as
    | EntityRow
    | undefined;
  if (entity) return entityDetail(db, entity, filter, codeName);
  const code = id.toUpperCase();
  const known =
    db.prepare("SELECT 1 FROM event_participants WHERE code = ? LIMIT 1").get(code) ??
    db.prepare("SELECT 1 FROM entities WHERE code = ? LIMIT 1").get(code);
  return known ? codeDetail(db, code, filter, codeName) : null;
}

function entityDetail(
  db: BetterSqlite3.Database,
  entity: EntityRow,
  filter: AnalysisFilter,
  codeName: CodeName,
): ActorDetail {
  const current = "JOIN documents d ON d.id = m.doc_id AND d.superseded_by IS NULL";
  const aliases = db
    .prepare(
      `SELECT m.text, count(*) AS mentions FROM mentions m ${current}
       WHERE m.entity_id = ? GROUP BY m.text ORDER BY mentions DESC, m.text LIMIT 30`,
    )
    .all(entity.id) as ActorDetail["aliases"];
  const roles = db
    .prepare(
      `SELECT m.code, m.sector, min(sd.value_start) AS first, max(coalesce(sd.value_end, sd.value_start)) AS last,
              count(*) AS mentions
       FROM mentions m ${current}
       LEFT JOIN sentence_dates sd ON sd.doc_id = m.doc_id AND sd.sentence = m.sentence
       WHERE m.entity_id = ? GROUP BY m.code, m.sector ORDER BY first IS NULL, first, mentions DESC`,
    )
    .all(entity.id) as ActorDetail["roles"];
  const mentionCounts = db
    .prepare(
      `SELECT count(*) AS mentions, count(DISTINCT m.doc_id) AS documents FROM mentions m ${current} WHERE m.entity_id = ?`,
    )
    .get(entity.id) as { mentions: number; documents: number };
  return {
    id: entity.id,
    kind: "entity",
    name: entity.name,
    type: entity.type,
    code: entity.code,
    sector: entity.sector,
    aliases,
    roles,
    members: [],
    counts: { ...mentionCounts, ...roleCounts(db, "entity_id", entity.id, filter) },
    partners: entityPartners(db, entity.id, filter, codeName),
  };
}

/** Events the actor takes part in, per role, among current documents and the filter. */
function roleCounts(
  db: BetterSqlite3.Database,
  column: "entity_id" | "code",
  value: string,
  filter: AnalysisFilter,
): { asActor: number; asRecipient: number } {
  const fact = factualityIn(filter);
  const params: unknown[] = [];
  const range = dateRangeClause(filter, "f.date", params);
  const count = db
    .prepare(
      `SELECT count(DISTINCT p.event) FROM event_participants p JOIN event_facts f ON f.event = p.event
       WHERE p.${column} = ? AND p.role = ? AND f.${fact.sql} AND ${range}`,
    )
    .pluck();
  return {
    asActor: count.get(value, "actor", ...fact.values, ...params) as number,
    asRecipient: count.get(value, "recipient", ...fact.values, ...params) as number,
  };
}

function entityPartners(
  db: BetterSqlite3.Database,
  entityId: string,
  filter: AnalysisFilter,
  codeName: CodeName,
): ActorPartner[] {
  const fact = factualityIn(filter);
  const params: unknown[] = [];
  const range = dateRangeClause(filter, "f.date", params);
  const rows = db
    .prepare(
      `SELECT code, ${FACT_SUMS}
       FROM (SELECT DISTINCT f.event, o.code, f.quad_code, f.intensity
             FROM event_participants p
             JOIN event_facts f ON f.event = p.event
             JOIN event_participants o ON o.event = p.event AND o.code IS NOT NULL
               AND (o.role <> p.role OR (o.role = 'actor' AND p.role = 'actor' AND o.position <> p.position
                 AND NOT EXISTS (SELECT 1 FROM event_participants r
                                 WHERE r.event = p.event AND r.role = 'recipient' AND r.code IS NOT NULL)))
             WHERE p.entity_id = ? AND f.${fact.sql} AND ${range})
       GROUP BY code`,
    )
    .all(entityId, ...fact.values, ...params) as (MeasureRow & { code: string })[];
  return rankPartners(rows, codeName);
}

function rankPartners(rows: (MeasureRow & { code: string })[], codeName: CodeName): ActorPartner[] {
  return rows
    .map((row) => ({ code: row.code, name: codeName(row.code), ...measuresOf(row) }))
    .sort((x, y) => y.events - x.events || x.code.localeCompare(y.code))
    .slice(0, 20);
}

function codeDetail(
  db: BetterSqlite3.Database,
  code: string,
  filter: AnalysisFilter,
  codeName: CodeName,
): ActorDetail {
  const members = db
    .prepare(
      `SELECT e.id, e.name, e.type, e.sector, (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions
       FROM entities e WHERE e.code = ? ORDER BY mentions DESC, e.name LIMIT 50`,
    )
    .all(code) as ActorDetail["members"];
  const memberIds = JSON.stringify(members.map((m) => m.id));
  const inMembers = "m.entity_id IN (SELECT value FROM json_each(?))";
  const current = "JOIN documents d ON d.id = m.doc_id AND d.superseded_by IS NULL";
  const aliases = db
    .prepare(
      `SELECT m.text, count(*) AS mentions FROM mentions m ${current} WHERE ${inMembers}
       GROUP BY m.text ORDER BY mentions DESC, m.text LIMIT 30`,
    )
    .all(memberIds) as ActorDetail["aliases"];
  const mentionCounts = db
    .prepare(
      `SELECT count(*) AS mentions, count(DISTINCT m.doc_id) AS documents FROM mentions m ${current} WHERE ${inMembers}`,
    )
    .get(memberIds) as { mentions: number; documents: number };
  const measures = "n1, n2, n3, n4, i1, i2, i3, i4";
  const asActor = dyadRangeSource(filter, `b AS code, ${measures}`, "a = ? AND b <> a", [code]);
  const asRecipient = dyadRangeSource(filter, `a AS code, ${measures}`, "b = ? AND a <> b", [code]);
  const rows = db
    .prepare(`SELECT code, ${MEASURE_SUMS} FROM (${asActor.sql} UNION ALL ${asRecipient.sql}) GROUP BY code`)
    .all(...asActor.params, ...asRecipient.params) as (MeasureRow & { code: string })[];
  return {
    id: code,
    kind: "code",
    name: codeName(code),
    type: null,
    code,
    sector: null,
    aliases,
    roles: [],
    members,
    counts: { ...mentionCounts, ...roleCounts(db, "code", code, filter) },
    partners: rankPartners(rows, codeName),
  };
}
