/**
 * Aggregates the dashboard reads, kept up to date by triggers so that dyad series, networks
 * and source comparisons stay fast at a million events.
 *
 * Two denormalised fact tables copy what an aggregate needs from each event of a current
 * document version: `event_facts` (one row per event) and `event_dyads` (one row per event
 * and actor-code × recipient-code pair). They are deleted with their event by cascade, so
 * the aggregate triggers on them only ever read their own `old.*` row — never an event or
 * document row that a cascade may already have removed. A joint action with no coded
 * recipient relates its co-actors. Superseding a document version
 * drops its facts; un-superseding brings them back.
 *
 * Aggregates hold counts (n1..n4) and summed intensities (i1..i4) per quad class, keyed by
 * month (YYYY-MM) or year (YYYY) and factuality. Events dated only to a year count in the
 * yearly tables alone: a range query uses years where it covers whole years, and months at
 * its ragged ends, so no event is placed in a month the text did not give. `dyad_all` holds
 * every event, dated or not, for views of the whole period.
 */

const QUADS = [1, 2, 3, 4] as const;

/** `n1, ..., n4, i1, ..., i4` */
const measureColumns = [...QUADS.map((q) => `n${q}`), ...QUADS.map((q) => `i${q}`)].join(", ");

/** Values of the measure columns for one fact row (`row` is `new` or `old`), signed. */
function measureValues(row: string, sign: "" | "-"): string {
  const counts = QUADS.map((q) => `${sign}(${row}.quad_code = ${q})`);
  const sums = QUADS.map(
    (q) => `${sign}(CASE WHEN ${row}.quad_code = ${q} THEN ${row}.intensity ELSE 0 END)`,
  );
  return [...counts, ...sums].join(", ");
}

const addExcluded = QUADS.flatMap((q) => [
  `n${q} = n${q} + excluded.n${q}`,
  `i${q} = i${q} + excluded.i${q}`,
]).join(", ");

function measureTable(name: string, keys: string[]): string {
  const measures = QUADS.flatMap((q) => [`n${q} INTEGER NOT NULL`, `i${q} REAL NOT NULL`]).join(", ");
  return `CREATE TABLE ${name} (${keys.map((k) => `${k} TEXT NOT NULL`).join(", ")}, ${measures},
  PRIMARY KEY (${keys.join(", ")})) WITHOUT ROWID;`;
}

/**
 * Adds (sign "") or removes (sign "-") one fact row's measures when `condition` holds, then
 * drops emptied rows. (Trigger bodies have no IF, so an INSERT ... SELECT ... WHERE guards.)
 */
function applyToAggregate(spec: {
  table: string;
  keys: string[];
  values: string[];
  row: "new" | "old";
  sign: "" | "-";
  condition: string;
}): string {
  const { table, keys, values, row, sign, condition } = spec;
  const insert = `INSERT INTO ${table} (${keys.join(", ")}, ${measureColumns})
    SELECT ${values.join(", ")}, ${measureValues(row, sign)} WHERE ${condition}
    ON CONFLICT DO UPDATE SET ${addExcluded};`;
  if (sign === "") return insert;
  const where = keys.map((k, i) => `${k} = ${values[i]}`).join(" AND ");
  return `${insert}
    DELETE FROM ${table} WHERE ${where} AND n1 = 0 AND n2 = 0 AND n3 = 0 AND n4 = 0;`;
}

function dyadAggregates(row: "new" | "old", sign: "" | "-"): string {
  const pair = [`${row}.a`, `${row}.b`];
  return [
    applyToAggregate({
      table: "dyad_month",
      keys: ["factuality", "month", "a", "b"],
      values: [`${row}.factuality`, `${row}.month`, ...pair],
      row,
      sign,
      condition: `${row}.month IS NOT NULL`,
    }),
    applyToAggregate({
      table: "dyad_year",
      keys: ["factuality", "year", "a", "b"],
      values: [`${row}.factuality`, `${row}.year`, ...pair],
      row,
      sign,
      condition: `${row}.year IS NOT NULL`,
    }),
    applyToAggregate({
      table: "dyad_all",
      keys: ["factuality", "a", "b"],
      values: [`${row}.factuality`, ...pair],
      row,
      sign,
      condition: "true",
    }),
  ].join("\n");
}

/** Per publisher and month; events dated to a year only count under "YYYY", undated under "". */
function sourceAggregates(row: "new" | "old", sign: "" | "-"): string {
  return applyToAggregate({
    table: "source_month",
    keys: ["factuality", "publisher", "month"],
    values: [`${row}.factuality`, `${row}.publisher`, `coalesce(${row}.month, ${row}.year, '')`],
    row,
    sign,
    condition: "true",
  });
}

/** Inserts the fact rows of events of current documents; `where` narrows which events. */
function insertEventFacts(where: string): string {
  return `INSERT INTO event_facts (event, doc_id, publisher, date, month, year, factuality, quad_code, intensity)
  SELECT e.id, e.doc_id, coalesce(d.publisher, ''), e.date, e.month,
    CASE WHEN length(e.date) >= 4 THEN substr(e.date, 1, 4) END, e.factuality, e.quad_code, e.intensity
  FROM events e JOIN documents d ON d.id = e.doc_id AND d.superseded_by IS NULL
  WHERE ${where};`;
}

/**
 * Inserts the dyad rows of the events selected by `where`: each distinct actor code ×
 * recipient code; for a cooperative joint action with no coded recipient ("Mali and Russia
 * signed an agreement"), each pair of co-actors instead, alphabetically, flagged `joint`.
 * Co-actors of a conflict ("the AU and France condemned the coup") are not in conflict with
 * each other, so such an event relates no one.
 */
function insertEventPairs(where: string): string {
  const columns = "event, a, b, joint, doc_id, date, month, year, factuality, quad_code, intensity";
  const facts = "f.doc_id, f.date, f.month, f.year, f.factuality, f.quad_code, f.intensity";
  const hasRecipient =
    "EXISTS (SELECT 1 FROM event_participants r WHERE r.event = f.event AND r.role = 'recipient' AND r.code IS NOT NULL)";
  return `INSERT INTO event_dyads (${columns})
  SELECT DISTINCT f.event, pa.code, pr.code, 0, ${facts}
  FROM event_facts f
  JOIN event_participants pa ON pa.event = f.event AND pa.role = 'actor' AND pa.code IS NOT NULL
  JOIN event_participants pr ON pr.event = f.event AND pr.role = 'recipient' AND pr.code IS NOT NULL
  WHERE ${where};
  INSERT INTO event_dyads (${columns})
  SELECT DISTINCT f.event, p1.code, p2.code, 1, ${facts}
  FROM event_facts f
  JOIN event_participants p1 ON p1.event = f.event AND p1.role = 'actor' AND p1.code IS NOT NULL
  JOIN event_participants p2 ON p2.event = f.event AND p2.role = 'actor' AND p2.code > p1.code
  WHERE ${where} AND f.quad_code IN (1, 2) AND NOT ${hasRecipient};`;
}

/** Fills the fact tables (and so, through their triggers, the aggregates) from every stored event. */
export function backfillFacts(): string {
  return `${insertEventFacts("1")}\n${insertEventPairs("1")}`;
}

/** Fills the fact tables from the events of these documents (ids are integers, inlined). */
export function backfillFactsOf(documentIds: readonly number[]): string {
  const list = documentIds.map((id) => Math.trunc(id)).join(", ");
  return `${insertEventFacts(`e.doc_id IN (${list})`)}\n${insertEventPairs(`f.doc_id IN (${list})`)}`;
}

/** The triggers that copy new events into the fact tables; a bulk load may drop them and backfill. */
export const FACT_TRIGGERS = ["event_facts_from_events", "event_dyads_from_participants"] as const;

export const analysisAggregatesSchema = `
CREATE TABLE event_facts (
  event INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
  doc_id INTEGER NOT NULL,
  publisher TEXT NOT NULL,
  date TEXT,
  month TEXT,
  year TEXT,
  factuality TEXT NOT NULL,
  quad_code INTEGER NOT NULL,
  intensity REAL NOT NULL
);
CREATE INDEX event_facts_doc ON event_facts(doc_id);
CREATE INDEX event_facts_date ON event_facts(date);

CREATE TABLE event_dyads (
  event INTEGER NOT NULL REFERENCES event_facts(event) ON DELETE CASCADE,
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  joint INTEGER NOT NULL,
  doc_id INTEGER NOT NULL,
  date TEXT,
  month TEXT,
  year TEXT,
  factuality TEXT NOT NULL,
  quad_code INTEGER NOT NULL,
  intensity REAL NOT NULL,
  PRIMARY KEY (event, a, b)
) WITHOUT ROWID;
-- Covers a dyad's event listing: newest first within one factuality, without table lookups.
CREATE INDEX event_dyads_listing ON event_dyads(a, b, factuality, date, joint);
CREATE INDEX event_dyads_doc ON event_dyads(doc_id);

${measureTable("dyad_month", ["factuality", "month", "a", "b"])}
CREATE INDEX dyad_month_pair ON dyad_month(a, b, month);
${measureTable("dyad_year", ["factuality", "year", "a", "b"])}
${measureTable("dyad_all", ["factuality", "a", "b"])}
CREATE INDEX dyad_year_pair ON dyad_year(a, b, year);
CREATE INDEX dyad_year_recipient ON dyad_year(b, a);
${measureTable("source_month", ["factuality", "publisher", "month"])}

CREATE TRIGGER event_facts_from_events AFTER INSERT ON events BEGIN
  ${insertEventFacts("e.id = new.id")}
END;

CREATE TRIGGER event_dyads_from_participants AFTER INSERT ON event_participants
WHEN new.code IS NOT NULL BEGIN
  -- Participants arrive one at a time: recompute the event's pairs from all of them so far.
  DELETE FROM event_dyads WHERE event = new.event;
  ${insertEventPairs("f.event = new.event")}
END;

CREATE TRIGGER event_facts_superseded AFTER UPDATE OF superseded_by ON documents
WHEN old.superseded_by IS NULL AND new.superseded_by IS NOT NULL BEGIN
  DELETE FROM event_facts WHERE doc_id = new.id;
END;

CREATE TRIGGER event_facts_restored AFTER UPDATE OF superseded_by ON documents
WHEN old.superseded_by IS NOT NULL AND new.superseded_by IS NULL BEGIN
  ${insertEventFacts("e.doc_id = new.id")}
  ${insertEventPairs("f.doc_id = new.id")}
END;

CREATE TRIGGER event_facts_ai AFTER INSERT ON event_facts BEGIN
  ${sourceAggregates("new", "")}
END;
CREATE TRIGGER event_facts_ad AFTER DELETE ON event_facts BEGIN
  ${sourceAggregates("old", "-")}
END;
CREATE TRIGGER event_dyads_ai AFTER INSERT ON event_dyads BEGIN
  ${dyadAggregates("new", "")}
END;
CREATE TRIGGER event_dyads_ad AFTER DELETE ON event_dyads BEGIN
  ${dyadAggregates("old", "-")}
END;

${backfillFacts()}
`;

/**
 * Migration 3 rebuilds everything above: migration 2 changed while it was being written
 * (joint actions, the all-time table, the listing index), and stores created meanwhile hold
 * its first form. On a fresh store it only repeats work on empty tables.
 */
export const rebuildAnalysisAggregates = `
DROP TRIGGER IF EXISTS event_facts_from_events;
DROP TRIGGER IF EXISTS event_dyads_from_participants;
DROP TRIGGER IF EXISTS event_facts_superseded;
DROP TRIGGER IF EXISTS event_facts_restored;
DROP TRIGGER IF EXISTS event_facts_ai;
DROP TRIGGER IF EXISTS event_facts_ad;
DROP TRIGGER IF EXISTS event_dyads_ai;
DROP TRIGGER IF EXISTS event_dyads_ad;
DROP TABLE IF EXISTS event_dyads;
DROP TABLE IF EXISTS event_facts;
DROP TABLE IF EXISTS dyad_month;
DROP TABLE IF EXISTS dyad_year;
DROP TABLE IF EXISTS dyad_all;
DROP TABLE IF EXISTS source_month;
${analysisAggregatesSchema}`;
