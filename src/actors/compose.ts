/**
 * Turns a sentence's lexical items into actor findings: a country word followed by a title
 * or a sector noun ("Malian soldiers", "Mali's prime minister", "Russian Foreign Minister
 * Sergey Lavrov"), a title before a name ("Colonel Assimi Goïta"), "the army of Mali", and
 * single items (names, metonyms, demonyms). Findings that need the whole document (main
 * country, earlier antecedents, office holders) are left pending for resolve.ts.
 */
import type { EntityType } from "../doc.js";
import type { Lexeme } from "./kb.js";
import type { LexItem } from "./lex.js";
import type { WordToken } from "./normalize.js";
import type { ActorEntry, AnaphorDef, GenericDef, TitleDef } from "./schema.js";

/** A country word in front of a title or sector noun: a state, its demonym, or "the country". */
type CountryRef = { entity: ActorEntry } | "main";

export type Finding = {
  first: number;
  end: number;
  via: string;
  confidence: number;
} & (
  | { kind: "entity"; entities: ActorEntry[]; titleSector: string | null; former: boolean }
  | { kind: "surname"; entities: ActorEntry[] }
  | { kind: "sector"; country: CountryRef; sector: string | null; type: EntityType; label: string }
  | { kind: "titledName"; country: CountryRef; sector: string; name: string }
  | { kind: "office"; country: CountryRef; title: TitleDef; former: boolean }
  | { kind: "generic"; def: GenericDef }
  | { kind: "anaphor"; def: AnaphorDef }
);

/** Words allowed between a country word and its title or noun: "Mali's transitional president". */
const MODIFIERS = new Set(
  "transitional interim new former current then late senior top acting outgoing incoming deposed ousted ex military civilian local regional national elected self proclaimed de facto".split(
    " ",
  ),
);
const FORMER = new Set(["former", "ex", "ousted", "deposed", "late"]);
const NAME_CONNECTORS = new Set([
  "de",
  "da",
  "du",
  "al",
  "el",
  "ag",
  "ould",
  "ben",
  "bin",
  "van",
  "von",
  "le",
]);

function lexemeOf<K extends Lexeme["kind"]>(item: LexItem | undefined, kind: K) {
  return item?.lexemes.find((l): l is Extract<Lexeme, { kind: K }> => l.kind === kind);
}

function isState(l: Lexeme): l is Extract<Lexeme, { kind: "entity" }> {
  return l.kind === "entity" && l.entity.type === "state";
}

function countryOf(item: LexItem): CountryRef | null {
  const l = item.lexemes[0];
  if (isState(l) || l.kind === "demonym") return { entity: l.entity };
  if (l.kind === "generic" && l.def.type === "state") return "main";
  return null;
}

function skipModifiers(tokens: WordToken[], at: number): { next: number; former: boolean } {
  let next = at;
  let former = false;
  while (next < tokens.length && next - at < 3 && MODIFIERS.has(tokens[next].norm)) {
    if (FORMER.has(tokens[next].norm)) former = true;
    next++;
  }
  return { next, former };
}

/** A run of capitalised tokens not matched by anything: an unknown person's name. */
function unknownNameEnd(tokens: WordToken[], at: number, taken: Set<number>): number {
  let end = at;
  while (end < tokens.length && !taken.has(end)) {
    const t = tokens[end];
    if (t.capital && /\p{L}/u.test(t.text)) end++;
    else if (NAME_CONNECTORS.has(t.norm) && end > at && tokens[end + 1]?.capital) end++;
    else break;
  }
  return end;
}

interface Cursor {
  tokens: WordToken[];
  items: LexItem[];
  byFirst: Map<number, number>;
  taken: Set<number>;
}

function itemAt(c: Cursor, token: number): LexItem | undefined {
  const k = c.byFirst.get(token);
  return k === undefined ? undefined : c.items[k];
}

function personAt(c: Cursor, token: number) {
  const item = itemAt(c, token);
  const person = item?.lexemes.filter(
    (l) => (l.kind === "entity" || l.kind === "surname") && l.entity.type === "person",
  );
  return item && person && person.length > 0
    ? { item, entities: person.map((l) => (l as { entity: ActorEntry }).entity) }
    : null;
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
  const person = personAt(c, titleItem.end);
  if (person) {
    return {
      first: start,
      end: person.item.end,
      via: "title+name",
      confidence: 0.95,
      kind: "entity",
      entities: person.entities,
      titleSector: former ? "ELI" : title.def.sector,
      former,
    };
  }
  const nameEnd = unknownNameEnd(c.tokens, titleItem.end, c.taken);
  if (nameEnd > titleItem.end) {
    if (!country) return null;
    const name = c.tokens
      .slice(titleItem.end, nameEnd)
      .map((t) => t.text)
      .join(" ");
    return {
      first: start,
      end: nameEnd,
      via: "title+unknown-name",
      confidence: 0.7,
      kind: "titledName",
      country,
      sector: former ? "ELI" : title.def.sector,
      name,
    };
  }
  const the = c.tokens[start - 1]?.norm === "the" || start !== titleItem.first;
  if (!the) return null;
  return {
    first: start,
    end: titleItem.end,
    via: "office",
    confidence: 0.6,
    kind: "office",
    country: country ?? "main",
    title: title.def,
    former,
  };
}

/** "the army of Mali", "the President of the Central African Republic". */
function ofCountry(c: Cursor, item: LexItem): { country: CountryRef; end: number } | null {
  let at = item.end;
  if (c.tokens[at]?.norm !== "of") return null;
  at++;
  if (c.tokens[at]?.norm === "the") at++;
  const next = itemAt(c, at);
  const l = next?.lexemes[0];
  return next && l && isState(l) ? { country: { entity: l.entity }, end: next.end } : null;
}

function afterCountry(c: Cursor, item: LexItem, country: CountryRef): Finding | null {
  let at = item.end;
  const l = item.lexemes[0];
  if (l.kind !== "demonym") {
    if (c.tokens[at]?.norm !== "'s") return null;
    at++;
  }
  const { next, former } = skipModifiers(c.tokens, at);
  const following = itemAt(c, next);
  if (!following) return null;
  if (lexemeOf(following, "title")) return titled(c, item.first, following, country, former);
  const noun = lexemeOf(following, "sectorNoun");
  if (noun) {
    const label = c.tokens
      .slice(following.first, following.end)
      .map((t) => t.text)
      .join(" ");
    return {
      first: item.first,
      end: following.end,
      via: "country+sector-noun",
      confidence: 0.85,
      kind: "sector",
      country,
      sector: noun.def.sector,
      type: noun.def.type,
      label,
    };
  }
  return null;
}

function single(c: Cursor, item: LexItem): Finding | null {
  const l = item.lexemes[0];
  const base = { first: item.first, end: item.end };
  switch (l.kind) {
    case "entity": {
      const entities = item.lexemes
        .filter((x) => x.kind === "entity")
        .map((x) => (x as { entity: ActorEntry }).entity);
      if (entities[0].type === "state")
        return {
          ...base,
          via: "name",
          confidence: 0.95,
          kind: "sector",
          country: { entity: entities[0] },
          sector: null,
          type: "state",
          label: "",
        };
      return {
        ...base,
        via: l.exact ? "acronym" : "name",
        confidence: l.exact ? 0.9 : 0.95,
        kind: "entity",
        entities,
        titleSector: null,
        former: false,
      };
    }
    case "metonym": {
      // "Moscow Institute of ...", "Washington Post": a city name inside a longer proper name.
      const after = c.tokens[item.end];
      if (after?.capital && !c.taken.has(item.end)) return null;
      return {
        ...base,
        via: "metonym",
        confidence: 0.85,
        kind: "sector",
        country: { entity: l.entity },
        sector: l.sector,
        type: "organization",
        label: "metonym",
      };
    }
    case "demonym":
      return {
        ...base,
        via: "demonym",
        confidence: 0.8,
        kind: "sector",
        country: { entity: l.entity },
        sector: l.plural ? "CVL" : null,
        type: l.plural ? "organization" : "state",
        label: l.plural ? "people" : "",
      };
    case "surname":
      return {
        ...base,
        via: "surname",
        confidence: 0.6,
        kind: "surname",
        entities: item.lexemes
          .filter((x) => x.kind === "surname")
          .map((x) => (x as { entity: ActorEntry }).entity),
      };
    case "generic": {
      // "the government of Mali" names its country; "the government" alone is the main country's.
      const of = l.def.type === "state" ? null : ofCountry(c, item);
      if (of)
        return {
          first: item.first,
          end: of.end,
          via: "sector-noun+of+country",
          confidence: 0.85,
          kind: "sector",
          country: of.country,
          sector: l.def.sector,
          type: l.def.type,
          label: "",
        };
      return { ...base, via: "generic", confidence: 0.6, kind: "generic", def: l.def };
    }
    case "anaphor":
      return { ...base, via: "anaphor", confidence: 0.7, kind: "anaphor", def: l.def };
    case "sectorNoun": {
      const of = ofCountry(c, item);
      return of
        ? {
            first: item.first,
            end: of.end,
            via: "sector-noun+of+country",
            confidence: 0.85,
            kind: "sector",
            country: of.country,
            sector: l.def.sector,
            type: l.def.type,
            label: "",
          }
        : null;
    }
    case "title": {
      const of = ofCountry(c, item);
      if (of)
        return {
          first: item.first,
          end: of.end,
          via: "office",
          confidence: 0.6,
          kind: "office",
          country: of.country,
          title: l.def,
          former: false,
        };
      const { former } = { former: FORMER.has(c.tokens[item.first - 1]?.norm ?? "") };
      return titled(c, item.first, item, null, former);
    }
  }
}

export function composeFindings(tokens: WordToken[], items: LexItem[]): Finding[] {
  const taken = new Set<number>();
  for (const it of items) for (let t = it.first; t < it.end; t++) taken.add(t);
  const c: Cursor = { tokens, items, byFirst: new Map(items.map((it, k) => [it.first, k])), taken };
  const findings: Finding[] = [];
  let coveredTo = 0;
  for (const item of items) {
    if (item.first < coveredTo) continue;
    const country = countryOf(item);
    const found = (country && afterCountry(c, item, country)) || single(c, item);
    if (found) {
      findings.push(found);
      coveredTo = found.end;
    }
  }
  return findings;
}
