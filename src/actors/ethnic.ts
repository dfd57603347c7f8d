/**
 * Ethnic groups named by a demonym: "ethnic Albanians", "ethnic Russian separatists", "the
 * Albanians of southern Serbia". They are coded by the country they live in, not by the
 * state their name comes from: a country named with them ("of southern Serbia", "in
 * Ukraine"), else the document's main country when it is clear and another state.
 */
import type { Finding } from "./compose.js";
import { type Cursor, entitiesOf, itemAt, lexemeOf } from "./cursor.js";
import type { LexItem } from "./lex.js";
import type { ActorEntry } from "./schema.js";

const LOWER_WORD = /^\p{Ll}+$/u;

/** "of [the] [southern] Serbia" or "in Serbia" at `at`: the state and where the phrase ends. */
function residenceAt(c: Cursor, at: number, links: string[]): { state: ActorEntry; end: number } | null {
  if (!links.includes(c.tokens[at]?.norm ?? "")) return null;
  let k = at + 1;
  while (k < at + 4 && k < c.tokens.length && !c.taken.has(k) && LOWER_WORD.test(c.tokens[k].text)) k++;
  const item = itemAt(c, k);
  const state = item ? entitiesOf(item, ["entity"], "state")[0] : undefined;
  return item && state ? { state, end: item.end } : null;
}

export function ethnicGroup(c: Cursor, item: LexItem): Finding | null {
  const demonym = lexemeOf(item, "demonym");
  if (demonym?.entity.type !== "state") return null;
  const ethnic = c.tokens[item.first - 1]?.norm === "ethnic";
  if (!ethnic && !demonym.plural) return null;
  let end = item.end;
  let sector = "CVL";
  const noun = lexemeOf(itemAt(c, end), "sectorNoun");
  if (ethnic && noun) {
    sector = noun.def.sector;
    end = itemAt(c, end)?.end ?? end;
  }
  // Without "ethnic", only "the Albanians of Serbia" says that a people, not a state's citizens, is meant.
  const residence = residenceAt(c, end, ethnic ? ["of", "in"] : ["of"]);
  if (!ethnic && (!residence || residence.state === demonym.entity)) return null;
  return {
    first: ethnic ? item.first - 1 : item.first,
    end: residence?.end ?? end,
    via: "ethnic-group",
    confidence: 0.6,
    kind: "ethnic",
    people: demonym.entity,
    residence: residence?.state ?? null,
    sector,
  };
}
