/**
 * Turns a sentence's lexical items into actor findings: a country word followed by a title
 * or a sector noun (titled.ts), ethnic groups (ethnic.ts), a leader's administration, single
 * items (names, metonyms, demonyms, generic phrases), then names the knowledge base lacks
 * (unknown-names.ts). Findings that need the whole document (main country, antecedents,
 * office holders) are resolved in resolve.ts.
 */
import { coordinated } from "./coordination.js";
import { type Cursor, determinerStart, entitiesOf, itemAt, makeCursor, portfolioStart } from "./cursor.js";
import { ethnicGroup } from "./ethnic.js";
import { type Finding, sector } from "./findings.js";
import type { Lexeme } from "./kb.js";
import type { LexItem } from "./lex.js";
import { type NameLexicon, phraseAt } from "./name-lexicon.js";
import type { WordToken } from "./normalize.js";
import type { ActorEntry } from "./schema.js";
import { afterCountry, countryOf, FORMER, ofCountry, titled } from "./titled.js";
import { recogniseUnknownNames } from "./unknown-names.js";

export type { CountryRef, Finding } from "./findings.js";

/**
 * "Washington-based", "Mali-born", "US $50 million": the place name qualifies something else
 * and acts in nothing.
 */
function locative(c: Cursor, end: number): boolean {
  const next = c.tokens[end]?.norm;
  return next === "based" || next === "born" || next === "$" || next === "dollar" || next === "dollars";
}

const CALENDAR_WORDS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(
    " ",
  ),
);

const PROPER_ADJECTIVE = /^\p{L}{4,}(an|ese|phone)$/u;

/**
 * A place name joined to another capitalised word the knowledge base does not read is part
 * of a longer name: "Gao Feng", "Michael Kidal", "Kidal Governor", "Mr Gao", and so is one
 * hyphenated to another word ("Shan-e-Mustafa"). A weekday or month before it is no name
 * ("On Tuesday Gao was shelled"), nor is a proper adjective ("West African Sahel",
 * "Francophone Africa", "Lebanese Tyre").
 */
function insideLongerName(c: Cursor, first: number, end: number): boolean {
  const after = c.tokens[end];
  if (after?.hyphenated || c.tokens[first]?.hyphenated) return true;
  if (after?.capital && !c.taken.has(end)) return true;
  const before = c.tokens[first - 1];
  return (
    first > 1 &&
    before !== undefined &&
    before.capital &&
    !c.taken.has(first - 1) &&
    !CALENDAR_WORDS.has(before.norm) &&
    !PROPER_ADJECTIVE.test(before.norm)
  );
}

const REGION_ADJECTIVES = new Set(
  "northern southern eastern western central north south east west northeastern northwestern southeastern southwestern".split(
    " ",
  ),
);

/**
 * "rebels in Darfur", "the army in northern Kidal", "protesters in Mali": the place after a
 * generic phrase says whose they are (its state, or a place with a country code). Only the
 * phrase is the mention; the place stays a mention of its own.
 */
function inPlace(c: Cursor, end: number): ActorEntry | null {
  if (c.tokens[end]?.norm !== "in") return null;
  let at = end + 1;
  if (c.tokens[at]?.norm === "the") at++;
  if (REGION_ADJECTIVES.has(c.tokens[at]?.norm ?? "")) at++;
  const next = itemAt(c, at);
  if (!next) return null;
  const places = entitiesOf(next, ["entity", "metonym"]).filter(
    (e) => (e.type === "state" || e.type === "location") && e.code !== null,
  );
  return places.length === 1 ? places[0] : null;
}

/** "Florence said": a town does not speak (a capital may: it is a metonym, read elsewhere). */
function speaks(c: Cursor, end: number): boolean {
  return phraseAt((k) => c.tokens[k]?.norm, end, c.names.speechVerbs) > 0;
}

function readLexeme(c: Cursor, item: LexItem, l: Lexeme): Finding | null {
  const { first, end } = item;
  switch (l.kind) {
    case "entity": {
      const entities = entitiesOf(item, ["entity"]);
      if (locative(c, end)) return null;
      if (entities[0].type === "state")
        return sector(first, end, "name", { entity: entities[0] }, null, "state");
      if (entities.every((e) => e.type === "location") && (insideLongerName(c, first, end) || speaks(c, end)))
        return null;
      const via = l.exact ? "acronym" : "name";
      return {
        first,
        end,
        via,
        confidence: l.exact ? 0.9 : 0.95,
        kind: "entity",
        entities,
        titleSector: null,
      };
    }
    case "metonym": {
      // "Moscow Institute of ...", "Washington Post": a city name inside a longer proper name.
      const after = c.tokens[end];
      if (after?.capital && !c.taken.has(end)) return null;
      if (locative(c, end)) return null;
      return sector(first, end, "metonym", { entity: l.entity }, l.sector, "organization");
    }
    case "demonym":
      // "European" names the EU only before a sector noun or title ("European troops").
      if (l.entity.type !== "state") return null;
      return sector(
        first,
        end,
        "demonym",
        { entity: l.entity },
        l.plural ? "CVL" : null,
        l.plural ? "organization" : "state",
      );
    case "surname":
      return {
        first,
        end,
        via: "surname",
        confidence: 0.6,
        kind: "surname",
        entities: entitiesOf(item, ["surname"]),
      };
    case "generic": {
      // "the government of Mali" names its country; "the government" alone is the main country's.
      const of = l.def.type === "state" ? null : ofCountry(c, item);
      if (of) return sector(first, of.end, "sector-noun+of+country", of.country, l.def.sector, l.def.type);
      const place = l.def.code || l.def.type === "state" ? null : inPlace(c, end);
      if (place) return sector(first, end, "generic+in+place", { entity: place }, l.def.sector, l.def.type);
      const start = l.def.determiner ? determinerStart(c, first) : first;
      return start < 0
        ? null
        : { first: start, end, via: "generic", confidence: 0.6, kind: "generic", def: l.def };
    }
    case "anaphor": {
      const start = determinerStart(c, first);
      return start < 0
        ? null
        : { first: start, end, via: "anaphor", confidence: 0.7, kind: "anaphor", def: l.def };
    }
    case "sectorNoun": {
      const of = ofCountry(c, item);
      return of
        ? sector(first, of.end, "sector-noun+of+country", of.country, l.def.sector, l.def.type)
        : null;
    }
    case "title": {
      const of = ofCountry(c, item);
      if (of)
        return {
          first,
          end: of.end,
          via: "office",
          confidence: 0.6,
          kind: "office",
          country: of.country,
          title: l.def,
          former: false,
        };
      const start = portfolioStart(c, first);
      return titled(c, start, item, null, FORMER.has(c.tokens[start - 1]?.norm ?? ""));
    }
  }
}

const GOVERNMENT_NOUNS = new Set(["administration", "government", "regime", "cabinet"]);

/** A known leader's name before "administration" or "government": "the Bush administration". */
function leaderGovernment(c: Cursor, item: LexItem): Finding | null {
  const people = entitiesOf(item, ["entity", "surname"], "person");
  if (people.length === 0) return null;
  let at = item.end;
  if (c.tokens[at]?.norm === "'s") at++;
  if (!GOVERNMENT_NOUNS.has(c.tokens[at]?.norm ?? "")) return null;
  return {
    first: item.first,
    end: at + 1,
    via: "leader+government",
    confidence: 0.8,
    kind: "leaderGovernment",
    entities: people,
  };
}

/** The first reading of the item that yields a finding, in priority order. */
function single(c: Cursor, item: LexItem): Finding | null {
  for (const l of item.lexemes) {
    const found = readLexeme(c, item, l);
    if (found) return found;
  }
  return null;
}

export function composeFindings(tokens: WordToken[], items: LexItem[], names: NameLexicon): Finding[] {
  const c = makeCursor(tokens, items, names);
  const findings: Finding[] = [];
  let coveredTo = 0;
  for (const item of items) {
    if (item.first < coveredTo) continue;
    const country = countryOf(c, item);
    const found =
      ethnicGroup(c, item) ||
      leaderGovernment(c, item) ||
      (country && (afterCountry(c, item, country) || coordinated(c, item, country))) ||
      single(c, item);
    if (found) {
      // A portfolio read backwards must not reach into the finding before.
      found.first = Math.max(found.first, coveredTo);
      findings.push(found);
      coveredTo = found.end;
    }
  }
  return recogniseUnknownNames(c, findings);
}
