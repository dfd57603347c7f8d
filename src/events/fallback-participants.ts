/**
 * Participants found outside the trigger's own slots, for the categories where the sentence's
 * shape says who they are:
 * - a complaint or protest addressed to a forum is about the party in its grievance ("complained
 *   to the UN over Israeli raids" concerns Israel);
 * - a protest's purpose clause names whom it targets ("blocked roads to press demands on X");
 * - the site of an attack or protest is its target when nothing else is ("rioted in a jail in
 *   northern Israel", "shelled the capital Kabul");
 * - protesters who are no mention are from the place they protest in ("thousands of people
 *   blocked streets in Hong Kong");
 * - a passive's by-agent may follow an interruption between commas ("X has been accused of
 *   misusing funds, most of them embezzled, by government officials");
 * - unnamed doers and victims of force are of the place it happens in ("Gunmen attacked a
 *   checkpoint in northern Niger", "Soldiers detained aid workers in Juba");
 * - a demanded, condemned or welcomed event's place is its recipient when no one is named
 *   ("called for a ceasefire in Libya").
 */
import type { Mention } from "../doc.js";
import type { ArgumentScope, FoundArgument } from "./arguments.js";
import { isClauseBoundary } from "./clause.js";
import { findComplements } from "./complements.js";
import { findEmbeddedRecipient } from "./embedded.js";
import { slotAt } from "./noun-phrase.js";
import type { ArgumentSlot } from "./patterns.js";
import type { MentionSlot } from "./sentence-view.js";

const GRIEVANCE: ArgumentSlot[] = ["over", "about", "against", "regarding"];
const COMPLAINTS = new Set(["ACCUSE", "PROTEST"]);
const SITE_SLOTS: ArgumentSlot[] = ["in", "at", "into", "outside", "near", "of"];
const SITE_CATEGORIES = new Set(["ASSAULT", "PROTEST", "COERCE", "MOBILIZE"]);
/** Material force whose unnamed doers and victims are of the place it happens in. */
const FORCE = new Set(["ASSAULT", "COERCE"]);
const PLACE_TYPES = new Set(["state", "location"]);

/** "complained to the UN over X": the grievance's party, not the forum. */
export function grievanceOverForum(
  category: string,
  recipient: FoundArgument | null,
  complements: ReadonlyMap<ArgumentSlot, FoundArgument>,
  /** Does the trigger span end with its "to" ("complained to"), so that its object is the addressee? */
  endsWithTo: boolean,
): FoundArgument | null {
  const addressee = recipient?.via === "to" || (recipient?.via === "object" && endsWithTo);
  if (!COMPLAINTS.has(category) || !addressee) return recipient;
  for (const slot of GRIEVANCE) {
    const found = complements.get(slot);
    if (found) return found;
  }
  return recipient;
}

/** "staged a sit-in on Monday to demand reforms from X": the purpose clause of a protest. */
export function purposeRecipient(scope: ArgumentScope, head: number): FoundArgument | null {
  const tokens = scope.view.tokens;
  for (let k = head + 1; k < tokens.length && k - head <= 12; k++) {
    const token = tokens[k];
    if (token.norm === ";" || isClauseBoundary(token)) return null;
    if (token.norm === "to" && tokens[k + 1]?.pos === "VERB" && scope.view.mentionAt[k + 1] < 0)
      return findEmbeddedRecipient(scope, k - 1);
  }
  return null;
}

/** Is the mention a place (a country or a city standing for its government)? */
function isPlace(slot: MentionSlot): boolean {
  const mention = slot.mention;
  return mention.code !== null && (PLACE_TYPES.has(mention.type) || mention.sector === "GOV");
}

/** The place an attack or protest happens in, when it is a coded mention. */
export function siteOf(
  category: string,
  complements: ReadonlyMap<ArgumentSlot, FoundArgument>,
): FoundArgument | null {
  if (!SITE_CATEGORIES.has(category)) return null;
  for (const slot of SITE_SLOTS) {
    const found = complements.get(slot);
    if (found?.slots.every(isPlace)) return found;
  }
  return null;
}

/** "marched in defiance of X", "blocked roads against X": whom a protest opposes. */
export function opponentOf(
  category: string,
  complements: ReadonlyMap<ArgumentSlot, FoundArgument>,
): FoundArgument | null {
  return category === "PROTEST" ? (complements.get("against") ?? null) : null;
}

/** "Thousands of people blocked streets in Hong Kong": unnamed protesters are from where they protest. */
export function protestersFromSite(
  category: string,
  complements: ReadonlyMap<ArgumentSlot, FoundArgument>,
): FoundArgument | null {
  const site = category === "PROTEST" ? siteOf(category, complements) : null;
  return site ? { ...site, via: "subject" } : null;
}

/** ", by <mention>" after an interruption that opened with a comma after the passive verb. */
export function distantAgent(scope: ArgumentScope, head: number): FoundArgument | null {
  const tokens = scope.view.tokens;
  let interrupted = false;
  for (let k = head + 1; k < tokens.length; k++) {
    const token = tokens[k];
    if (token.norm === ";" || token.norm === ":") return null;
    if (token.norm !== ",") continue;
    if (interrupted && tokens[k + 1]?.norm === "by") {
      let m = k + 2;
      while (m < tokens.length && m - k <= 4 && (tokens[m].pos === "DET" || tokens[m].pos === "ADJ")) m++;
      const agent = slotAt(scope.view, m);
      return agent ? { slots: [agent], via: "by" } : null;
    }
    interrupted = true;
  }
  return null;
}

/** Categories whose "from" names who is asked or deprived: "demanded autonomy from X", "seized arms from X". */
const FROM_RECIPIENT = new Set(["REQUEST", "COERCE", "SANCTION"]);

/** "demanded autonomy from X": the source asked or deprived, when the object names no one. */
export function sourceOf(
  category: string,
  complements: ReadonlyMap<ArgumentSlot, FoundArgument>,
): FoundArgument | null {
  return FROM_RECIPIENT.has(category) ? (complements.get("from") ?? null) : null;
}

/**
 * "Three soldiers were killed by a roadside bomb outside the Iraqi city of Basra": an attack
 * whose by-agent names no one is coded from the country it happened in.
 */
export function attackerFromSite(
  scope: ArgumentScope,
  category: string,
  passive: boolean,
  complements: ReadonlyMap<ArgumentSlot, FoundArgument>,
  head: number,
): FoundArgument | null {
  if (!FORCE.has(category) || !passive || complements.has("by")) return null;
  const tokens = scope.view.tokens;
  if (tokens[head + 1]?.norm !== "by") return null;
  const site = siteOf(category, complements);
  return site ? { ...site, via: "by" } : null;
}

const ELABORATED = new Set(["SANCTION", "COERCE", "ASSAULT"]);

/** "imposed sanctions, suspending Mali from its bodies", "launched strikes, killing civilians":
 * a participle after the clause spells out whom the act hit. */
export function elaborationRecipient(
  scope: ArgumentScope,
  category: string,
  last: number,
): FoundArgument | null {
  if (!ELABORATED.has(category)) return null;
  const tokens = scope.view.tokens;
  for (let k = last + 1; k < tokens.length && k - last <= 10; k++) {
    if (isClauseBoundary(tokens[k])) return null;
    if (tokens[k].norm !== ",") continue;
    const verb = tokens[k + 1];
    if (verb?.pos !== "VERB" || !verb.norm.endsWith("ing") || scope.view.mentionAt[k + 1] >= 0) return null;
    return findComplements(scope, k + 1, k + 2).get("object") ?? null;
  }
  return null;
}

const VERB_GROUP = new Set(["AUX", "ADV", "PART"]);
const SUBJECT_PHRASE = new Set(["DET", "ADJ", "NOUN", "NUM"]);

/**
 * "Gunmen attacked a checkpoint in northern Niger", "Soldiers detained four aid workers in
 * Juba": an active clause of force whose subject is a noun phrase naming no one (starting the
 * sentence or a clause) is coded from the place it happened in, as unnamed armed groups are
 * coded by the country they act in.
 */
export function unnamedAgentFromSite(
  scope: ArgumentScope,
  category: string,
  passive: boolean,
  complements: ReadonlyMap<ArgumentSlot, FoundArgument>,
  head: number,
): FoundArgument | null {
  if (!FORCE.has(category) || passive) return null;
  const { tokens, mentionAt } = scope.view;
  let k = head - 1;
  while (k >= 0 && VERB_GROUP.has(tokens[k].pos)) k--;
  // "Gunmen opened fire on ...": a nominal trigger's light verb comes between.
  if (k >= 0 && tokens[head].pos === "NOUN" && tokens[k].pos === "VERB" && k === head - 1) k--;
  while (k >= 0 && VERB_GROUP.has(tokens[k].pos)) k--;
  // A sentence's first word is capitalised and may be tagged as a proper noun ("Gunmen").
  const inPhrase = (m: number) =>
    mentionAt[m] < 0 && (SUBJECT_PHRASE.has(tokens[m].pos) || (m === 0 && tokens[m].pos === "PROPN"));
  if (k < 0 || tokens[k].pos === "ADJ" || tokens[k].pos === "DET" || !inPhrase(k)) return null;
  const last = k;
  while (k >= 0 && inPhrase(k)) k--;
  if (k >= 0 && tokens[k].norm !== "," && !isClauseBoundary(tokens[k])) return null;
  const site = siteOf(category, complements)?.slots[0];
  return site ? { slots: [unnamedGroup(scope, k + 1, last, site)], via: "subject" } : null;
}

/** A participant for an unnamed group's own words, with the code of the place it acts in
 * (and no entity, so that the place itself may still be the recipient). */
function unnamedGroup(scope: ArgumentScope, first: number, last: number, site: MentionSlot): MentionSlot {
  const tokens = scope.view.tokens;
  const start = tokens[first].start;
  const end = tokens[last].end;
  const text = scope.view.tokens
    .slice(first, last + 1)
    .map((t) => t.text)
    .join(" ");
  const mention: Mention = {
    start,
    end,
    sentence: tokens[first].sentence,
    text,
    entityId: null,
    name: text,
    type: "organization",
    code: site.mention.code,
    sector: null,
    confidence: 0.5,
    via: "site",
  };
  return { mention, first, last };
}

/** Categories whose demanded or proposed event may be placed: "called for a ceasefire in Libya". */
const PLACED_DEMANDS = new Set(["REQUEST", "ACCUSE", "SUPPORT"]);

/** "called for a ceasefire in Libya": the place of the demanded event, when no one is named. */
export function placeOfDemand(
  category: string,
  complements: ReadonlyMap<ArgumentSlot, FoundArgument>,
): FoundArgument | null {
  if (!PLACED_DEMANDS.has(category)) return null;
  const place = complements.get("in");
  return place?.slots.every(isPlace) ? place : null;
}
