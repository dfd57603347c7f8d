/**
 * Turns a sentence's lexical items into actor findings: a country word followed by a title
 * or a sector noun ("Malian soldiers", "Mali's prime minister", "Russian Foreign Minister
 * Sergey Lavrov"), a title before a name ("Colonel Assimi Goïta"), "the army of Mali", and
 * single items (names, metonyms, demonyms, generic phrases). Findings that need the whole
 * document (main country, antecedents, office holders) are resolved in resolve.ts.
 */
import type { EntityType } from "../doc.js";
import {
  type Cursor,
  determinerStart,
  entitiesOf,
  itemAt,
  lexemeOf,
  makeCursor,
  portfolioEnd,
  portfolioStart,
  tokenText,
  unknownNameEnd,
} from "./cursor.js";
import { ethnicGroup } from "./ethnic.js";
import type { Lexeme } from "./kb.js";
import type { LexItem } from "./lex.js";
import type { NameLexicon } from "./name-lexicon.js";
import type { WordToken } from "./normalize.js";
import type { ActorEntry, AnaphorDef, GenericDef, TitleDef } from "./schema.js";
import { recogniseUnknownNames } from "./unknown-names.js";

/** A country word in front of a title or sector noun: a state, its demonym, or "the country". */
export type CountryRef = { entity: ActorEntry } | "main";

export type Finding = { first: number; end: number; via: string; confidence: number } & (
  | { kind: "entity"; entities: ActorEntry[]; titleSector: string | null; title?: TitleDef }
  | { kind: "surname"; entities: ActorEntry[] }
  | { kind: "sector"; country: CountryRef; sector: string | null; type: EntityType }
  | {
      kind: "titledName";
      country: CountryRef | null;
      title: TitleDef;
      sector: string;
      name: string;
      /** The name's own tokens, after the title. */
      nameFirst: number;
      nameEnd: number;
    }
  | { kind: "office"; country: CountryRef; title: TitleDef; former: boolean }
  | { kind: "generic"; def: GenericDef }
  | { kind: "anaphor"; def: AnaphorDef }
  /** A name the knowledge base lacks, recognised as a person by a cue ("Jane Doe said"). */
  | { kind: "unknownPerson"; country: CountryRef | null; sector: string | null }
  /** A name the knowledge base lacks, recognised as an organisation by its head ("... Front"). */
  | {
      kind: "unknownOrg";
      name: string;
      country: CountryRef | null;
      sector: string | null;
      type: EntityType;
      acronym: string | null;
    }
  /** "the Bush administration", "Assad's government": the government a leader heads. */
  | { kind: "leaderGovernment"; entities: ActorEntry[] }
  /** "ethnic Albanians": a people coded by where it lives (`residence`), not by `people`'s state. */
  | { kind: "ethnic"; people: ActorEntry; residence: ActorEntry | null; sector: string }
  /** A later use of an unknown person's or organisation's name (its surname, its acronym). */
  | { kind: "knownName"; key: string }
);

/** Words allowed between a country word and its title or noun: "Mali's transitional president". */
const MODIFIERS = new Set(
  (
    "transitional interim new former current then late senior top acting outgoing incoming deposed ousted ex " +
    "military civilian local regional national elected self proclaimed de facto"
  ).split(" "),
);
const FORMER = new Set(["former", "ex", "ousted", "deposed", "late"]);

function sector(
  first: number,
  end: number,
  via: string,
  country: CountryRef,
  s: string | null,
  type: EntityType,
): Finding {
  return {
    first,
    end,
    via,
    confidence: via === "name" ? 0.95 : 0.85,
    kind: "sector",
    country,
    sector: s,
    type,
  };
}

/** Bodies whose officials and forces take the body's own code: "UN Secretary-General", "ECOWAS troops". */
const BODY_CODES = new Set(["UNO", "IGO", "EUR"]);

function countryOf(c: Cursor, item: LexItem): CountryRef | null {
  const l = item.lexemes[0];
  if ((l.kind === "entity" && l.entity.type === "state") || l.kind === "demonym") return { entity: l.entity };
  if (l.kind === "entity" && l.entity.type === "organization" && BODY_CODES.has(l.entity.code ?? ""))
    return { entity: l.entity };
  if (l.kind === "generic" && l.def.type === "state" && determinerStart(c, item.first) >= 0) return "main";
  return null;
}

/** "of [the] <state>" after an item: "the army of Mali", "the President of the Central African Republic". */
function ofCountry(c: Cursor, item: LexItem): { country: CountryRef; end: number } | null {
  let at = item.end;
  if (c.tokens[at]?.norm !== "of") return null;
  at++;
  if (c.tokens[at]?.norm === "the") at++;
  const next = itemAt(c, at);
  const state = next ? entitiesOf(next, ["entity"], "state")[0] : undefined;
  return next && state ? { country: { entity: state }, end: next.end } : null;
}

/** Title followed by a known person, an unknown name, or nothing (the office itself). */
function titled(
  c: Cursor,
  start: number,
  titleItem: LexItem,
  country: CountryRef | null,
  former: boolean,
): Finding | null {
  const title = lexemeOf(titleItem, "title");
  if (!title) return null;
  let nameStart = portfolioEnd(c, titleItem.end);
  // Stacked titles: "opposition leader Sheikh Jane Doe"; the first one sets the sector.
  for (let k = 0; k < 2; k++) {
    const stacked = itemAt(c, nameStart);
    if (!stacked || !lexemeOf(stacked, "title") || entitiesOf(stacked, ["entity", "surname"]).length > 0)
      break;
    nameStart = stacked.end;
  }
  const next = itemAt(c, nameStart);
  const people = next ? entitiesOf(next, ["entity", "surname"], "person") : [];
  if (next && people.length > 0) {
    const titleSector = former ? "ELI" : title.def.sector;
    return {
      first: start,
      end: next.end,
      via: "title+name",
      confidence: 0.95,
      kind: "entity",
      entities: people,
      titleSector,
      title: title.def,
    };
  }
  const nameEnd = unknownNameEnd(c, nameStart);
  if (nameEnd > nameStart) {
    // "King Jane of Zorbania": the country may follow the name.
    const of = country ? null : ofCountry(c, { first: nameStart, end: nameEnd, lexemes: [] });
    return {
      first: start,
      end: of?.end ?? nameEnd,
      via: "title+unknown-name",
      confidence: country || of ? 0.7 : 0.5,
      kind: "titledName",
      country: country ?? of?.country ?? null,
      title: title.def,
      sector: former ? "ELI" : title.def.sector,
      name: tokenText(c, nameStart, nameEnd),
      nameFirst: nameStart,
      nameEnd,
    };
  }
  const led = country ? start : determinerStart(c, start);
  if (led < 0) return null;
  return {
    first: led,
    end: titleItem.end,
    via: "office",
    confidence: 0.6,
    kind: "office",
    country: country ?? "main",
    title: title.def,
    former,
  };
}

/**
 * "Washington-based", "Mali-born", "US $50 million": the place name qualifies something else
 * and acts in nothing.
 */
function locative(c: Cursor, end: number): boolean {
  const next = c.tokens[end]?.norm;
  return next === "based" || next === "born" || next === "$" || next === "dollar" || next === "dollars";
}

function isModifier(c: Cursor, at: number): boolean {
  const t = c.tokens[at];
  if (MODIFIERS.has(t.norm)) return true;
  if (t.capital && c.names.portfolios.has(t.norm)) return true;
  return (t.norm === "and" || t.norm === "&") && c.names.portfolios.has(c.tokens[at + 1]?.norm ?? "");
}

function afterCountry(c: Cursor, item: LexItem, country: CountryRef): Finding | null {
  let at = item.end;
  // "Mali's president", "Malian soldiers", and as a noun adjunct "U.S. Secretary of State", "UN troops".
  if (item.lexemes[0].kind !== "demonym" && c.tokens[at]?.norm === "'s") at++;
  let former = false;
  // "Mali's transitional president", "the Zorbanian Planning and Investment Minister".
  while (at < c.tokens.length && at - item.end < 5 && !c.taken.has(at) && isModifier(c, at)) {
    if (FORMER.has(c.tokens[at].norm)) former = true;
    at++;
  }
  const following = itemAt(c, at);
  if (!following) return null;
  if (lexemeOf(following, "title")) return titled(c, item.first, following, country, former);
  const noun = lexemeOf(following, "sectorNoun");
  return noun
    ? sector(item.first, following.end, "country+sector-noun", country, noun.def.sector, noun.def.type)
    : null;
}

function readLexeme(c: Cursor, item: LexItem, l: Lexeme): Finding | null {
  const { first, end } = item;
  switch (l.kind) {
    case "entity": {
      const entities = entitiesOf(item, ["entity"]);
      if (entities[0].type === "state") {
        if (locative(c, end)) return null;
        return sector(first, end, "name", { entity: entities[0] }, null, "state");
      }
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
      (country && afterCountry(c, item, country)) ||
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
