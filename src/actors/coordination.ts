/**
 * Country words coordinated before one head share it: "U.S. and Russian negotiators" is two
 * actors, USA and RUS, each with the head's sector; "French, Malian and Chadian troops" three.
 * Only the last country word reaches the head (titled.ts reads it as usual); this rule gives
 * the earlier ones the same head. The earlier ones must be words that modify a noun: demonyms,
 * acronyms ("US", "UN") — "talks between Mali and Russian officials" are not Malian officials.
 */
import { type Cursor, itemAt } from "./cursor.js";
import type { CountryRef, Finding } from "./findings.js";
import type { LexItem } from "./lex.js";
import { afterCountry, countryOf } from "./titled.js";

const CONJUNCTIONS = new Set(["and", "or", "&"]);
const MAX_CONJUNCTS = 5;

/** The head finding the country word at `item` shares with the last of its conjuncts, if any. */
export function coordinated(c: Cursor, item: LexItem, country: CountryRef): Finding | null {
  const l = item.lexemes[0];
  if (l.kind !== "demonym" && l.exact === null) return null;
  let at = item.end;
  for (let k = 0; k < MAX_CONJUNCTS; k++) {
    const joiner = c.tokens[at]?.norm;
    if (joiner === ",") at++;
    if (CONJUNCTIONS.has(c.tokens[at]?.norm ?? "")) at++;
    else if (joiner !== ",") return null;
    const next = itemAt(c, at);
    const nextCountry = next ? countryOf(c, next) : null;
    if (!next || !nextCountry) return null;
    const head = afterCountry(c, next, nextCountry);
    if (head?.kind === "sector")
      return { ...head, first: item.first, end: item.end, via: "country+coordinated-head", country };
    if (head?.kind === "office")
      return { ...head, first: item.first, end: item.end, via: "country+coordinated-title", country };
    if (head) return null;
    at = next.end;
  }
  return null;
}
