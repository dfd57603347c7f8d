/**
 * Titles and the country words before them: "Malian soldiers", "Mali's prime minister",
 * "Russian Foreign Minister Sergey Lavrov", "U.S. Secretary of State Jane Doe", "King Jane of
 * Zorbania", "the President of the Central African Republic".
 */
import {
  type Cursor,
  determinerStart,
  entitiesOf,
  itemAt,
  lexemeOf,
  portfolioEnd,
  tokenText,
  unknownNameEnd,
} from "./cursor.js";
import { type CountryRef, type Finding, sector } from "./findings.js";
import type { LexItem } from "./lex.js";

/** Words allowed between a country word and its title or noun: "Mali's transitional president". */
const MODIFIERS = new Set(
  (
    "transitional interim new former current then late senior top acting outgoing incoming deposed ousted ex visiting " +
    "military civilian local regional national elected self proclaimed de facto"
  ).split(" "),
);
export const FORMER = new Set(["former", "ex", "ousted", "deposed", "late"]);

/** Bodies whose officials and forces take the body's own code: "UN Secretary-General", "ECOWAS troops". */
const BODY_CODES = new Set(["UNO", "IGO", "EUR"]);

export function countryOf(c: Cursor, item: LexItem): CountryRef | null {
  const l = item.lexemes[0];
  if ((l.kind === "entity" && l.entity.type === "state") || l.kind === "demonym") return { entity: l.entity };
  if (l.kind === "entity" && l.entity.type === "organization" && BODY_CODES.has(l.entity.code ?? ""))
    return { entity: l.entity };
  if (l.kind === "generic" && l.def.type === "state" && determinerStart(c, item.first) >= 0) return "main";
  return null;
}

/** "of [the] <state>" after an item: "the army of Mali", "the President of the Central African Republic". */
export function ofCountry(c: Cursor, item: LexItem): { country: CountryRef; end: number } | null {
  let at = item.end;
  if (c.tokens[at]?.norm !== "of") return null;
  at++;
  if (c.tokens[at]?.norm === "the") at++;
  const next = itemAt(c, at);
  const state = next ? entitiesOf(next, ["entity"], "state")[0] : undefined;
  return next && state ? { country: { entity: state }, end: next.end } : null;
}

/** Title followed by a known person, an unknown name, or nothing (the office itself). */
export function titled(
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

function isModifier(c: Cursor, at: number): boolean {
  const t = c.tokens[at];
  if (MODIFIERS.has(t.norm)) return true;
  if (t.capital && c.names.portfolios.has(t.norm)) return true;
  return (t.norm === "and" || t.norm === "&") && c.names.portfolios.has(c.tokens[at + 1]?.norm ?? "");
}

export function afterCountry(c: Cursor, item: LexItem, country: CountryRef): Finding | null {
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
