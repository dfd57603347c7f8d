/**
 * Names the knowledge base does not hold, recognised from their shape and their cues:
 * organisations by a head word ("the Popular Liberation Front", "Institute of Geography",
 * "University of Bamako" → MLI EDU), and persons by what surrounds them ("Jane Doe said",
 * "according to Jane Doe", "Jane Doe, a researcher", "Jane Doe is professor"). Their codes
 * come only from country words inside or beside them, never from a guess.
 */
import type { EntityType } from "../doc.js";
import type { CountryRef, Finding } from "./compose.js";
import { type Cursor, hyphenJoined, itemAt, lexemeOf, NAME_CONNECTORS } from "./cursor.js";
import { phraseAt } from "./name-lexicon.js";
import { isCaseSensitiveToken, type WordToken } from "./normalize.js";
import type { ActorEntry } from "./schema.js";
import { isNameWord } from "./unresolved.js";

const LETTER = /\p{L}/u;
const ORG_CONNECTORS = new Set(["of", "for", "and", "the", "de", "du", "des", "la", "le", "&", "'s", "on"]);
const COPULAS = new Set(["is", "was"]);
const ARTICLES = new Set(["a", "an", "the"]);

function capitalWord(t: WordToken | undefined): boolean {
  return t?.capital === true && LETTER.test(t.text) && isNameWord(t);
}

/** A finding an organisation's name may swallow: a country word or a one-word name inside it. */
function absorbable(f: Finding): boolean {
  if (f.kind === "sector") return f.via === "name" || f.via === "demonym" || f.via === "metonym";
  return (
    f.kind === "entity" &&
    f.end - f.first === 1 &&
    f.via === "name" &&
    f.entities.every((e) => e.type !== "person" && e.type !== "state")
  );
}

/**
 * The one state that the country words inside [first, end) name, if they name exactly one; a
 * town or province counts for its country ("University of Kidal" → MLI).
 */
function countryInside(c: Cursor, first: number, end: number): CountryRef | null {
  const states = new Map<string | null, ActorEntry>();
  for (const item of c.items) {
    if (item.first < first || item.end > end) continue;
    const l = item.lexemes[0];
    const place = l.kind === "entity" && l.entity.type === "location" && l.entity.code !== null;
    if ((l.kind === "entity" && l.entity.type === "state") || l.kind === "demonym" || l.kind === "metonym")
      states.set(l.entity.code, l.entity);
    else if (place && !states.has(l.entity.code)) states.set(l.entity.code, l.entity);
  }
  return states.size === 1 ? { entity: [...states.values()][0] } : null;
}

function owners(tokens: WordToken[], findings: Finding[]): Int32Array {
  const owner = new Int32Array(tokens.length).fill(-1);
  findings.forEach((f, k) => {
    for (let t = f.first; t < f.end; t++) owner[t] = k;
  });
  return owner;
}

/** "(RUF)" right after a name: the acronym the text will use for it. */
function acronymAfter(c: Cursor, end: number): string | null {
  const [open, word, close] = [c.tokens[end], c.tokens[end + 1], c.tokens[end + 2]];
  if (open?.text !== "(" || close?.text !== ")" || !word || c.taken.has(end + 1)) return null;
  return isCaseSensitiveToken(word.text) && word.text === word.text.toUpperCase() ? word.text : null;
}

function organisationAt(c: Cursor, findings: Finding[], owner: Int32Array, i: number): Finding | null {
  const free = (k: number) => owner[k] === -1 || absorbable(findings[owner[k]]);
  let end = i;
  let head = -1;
  while (end < c.tokens.length && free(end)) {
    const t = c.tokens[end];
    if (capitalWord(t)) {
      if (t.capital && c.names.organisationHeads.has(t.norm)) head = end;
      end++;
    } else if (end > i && ORG_CONNECTORS.has(t.norm) && capitalWord(c.tokens[end + 1]) && free(end + 1)) {
      end++;
    } else break;
  }
  // An absorbed finding must lie wholly inside the name.
  while (end > i && owner[end - 1] !== -1 && findings[owner[end - 1]].end > end) end--;
  if (head < 0 || head >= end || end - i < 2) return null;
  if (owner[i] !== -1 && findings[owner[i]].first === i && findings[owner[i]].end === end) return null;
  const armed = c.tokens.slice(i, end).some((t) => c.names.armedNameWords.has(t.norm));
  const type: EntityType = armed ? "armed_group" : "organization";
  const headDef = c.names.organisationHeads.get(c.tokens[head].norm);
  const sector = armed ? "REB" : (headDef?.sector ?? null);
  const acronym = acronymAfter(c, end);
  return {
    first: i,
    end: acronym ? end + 3 : end,
    via: "organisation-head",
    confidence: 0.6,
    kind: "unknownOrg",
    name: "",
    country: countryInside(c, i, end) ?? (headDef?.domestic && !armed ? "main" : null),
    sector,
    type,
    acronym,
  };
}

/** Where a person's name run that no item touches ends (two to four words). */
function personRunEnd(c: Cursor, owner: Int32Array, i: number): number {
  let end = i;
  while (end < c.tokens.length && owner[end] === -1 && !c.taken.has(end)) {
    const t = c.tokens[end];
    if (capitalWord(t)) end++;
    else if (
      end > i &&
      (NAME_CONNECTORS.has(t.norm) || hyphenJoined(c, end)) &&
      capitalWord(c.tokens[end + 1])
    )
      end++;
    else break;
  }
  return end;
}

/** The sector and country an apposition or copula gives: "Jane Doe, a Zorbanian researcher". */
function descriptionAfter(
  c: Cursor,
  findings: Finding[],
  owner: Int32Array,
  end: number,
): { sector: string | null; country: CountryRef | null } | null {
  const t = c.tokens[end];
  if (!t || (t.text !== "," && !COPULAS.has(t.norm))) return null;
  for (let k = end + 1; k < end + 4 && k < c.tokens.length; k++) {
    const f = owner[k] === -1 ? null : findings[owner[k]];
    // "Jane Doe, the Zorbanian foreign minister", "Jane Doe, a Malian official", "Jane Doe is a historian".
    if (f?.kind === "office")
      return { sector: f.title.sector, country: f.country === "main" ? null : f.country };
    if (f?.kind === "sector" && f.via === "country+sector-noun" && f.country !== "main")
      return { sector: f.sector, country: f.country };
    if (f) return null;
    const title = lexemeOf(itemAt(c, k), "title");
    if (title) return { sector: title.def.sector, country: null };
    if (c.tokens[k].capital || c.taken.has(k) || !ARTICLES.has(c.tokens[k].norm)) return null;
  }
  return null;
}

function personAt(c: Cursor, findings: Finding[], owner: Int32Array, i: number, end: number): Finding[] {
  const tokens = c.tokens.slice(i, end);
  if (tokens.some((t) => c.names.organisationHeads.has(t.norm))) return [];
  const norm = (k: number) => c.tokens[k]?.norm;
  const said = phraseAt(norm, end, c.names.speechVerbs) > 0;
  const sourced = c.names.sourcePhrases.some((p) => phraseAt(norm, i - p.length, [p]) > 0);
  const described = descriptionAfter(c, findings, owner, end);
  if (!said && !sourced && !described) return [];
  const make = (first: number, last: number): Finding => ({
    first,
    end: last,
    via: "cue+unknown-name",
    confidence: 0.5,
    kind: "unknownPerson",
    country: described?.country ?? null,
    sector: described?.sector ?? null,
  });
  // A byline run on into the first sentence of a bio: "Jane Doe Jane Doe is professor".
  const half = (end - i) / 2;
  if (half >= 2 && tokens.slice(0, half).every((t, k) => t.norm === tokens[half + k].norm))
    return [make(i, i + half), make(i + half, end)];
  return end - i >= 2 && end - i <= 4 ? [make(i, end)] : [];
}

/** Adds unknown organisations and cued persons to a sentence's findings, in text order. */
export function recogniseUnknownNames(c: Cursor, findings: Finding[]): Finding[] {
  const owner = owners(c.tokens, findings);
  const added: Finding[] = [];
  let i = 0;
  while (i < c.tokens.length) {
    if (!capitalWord(c.tokens[i]) || (owner[i] !== -1 && !absorbable(findings[owner[i]]))) {
      i++;
      continue;
    }
    const org = organisationAt(c, findings, owner, i);
    if (org) {
      added.push(org);
      i = org.end;
      continue;
    }
    const end = owner[i] === -1 && !c.taken.has(i) ? personRunEnd(c, owner, i) : i + 1;
    const people = end - i >= 2 ? personAt(c, findings, owner, i, end) : [];
    added.push(...people);
    i = Math.max(end, i + 1);
  }
  if (added.length === 0) return findings;
  const kept = findings.filter((f) => !added.some((a) => a.first <= f.first && f.end <= a.end));
  return [...kept, ...added].sort((a, b) => a.first - b.first);
}
