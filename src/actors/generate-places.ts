/**
 * Writes dictionaries/places.yaml, a gazetteer of cities and first-level provinces, from the
 * `city-timezones` package (MIT; Natural Earth's populated places with ISO3 and province).
 * Run: `npx tsx src/actors/generate-places.ts`. Precision comes first: a name is left out
 * when it is a common English word or a person's name (WordNet), when the knowledge base
 * already reads it (countries, capitals as metonyms, persons, organisations: they win), when
 * it is a capital the countries generator chose to leave out (Victoria, Jerusalem), or when
 * two countries share it and neither is ten times more populous.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Country } from "world-countries";
import * as worldCountries from "world-countries";
import { stringify } from "yaml";
import { z } from "zod";
import { projectRoot } from "../paths.js";
import { buildKnowledgeBase } from "./kb.js";
import { wholePhraseLexemes } from "./lex.js";
import { dictionaryFiles, emptyDictionaryData, readDictionaryFile } from "./load.js";
import { phraseKey } from "./normalize.js";
import { readEnglishWords } from "./place-filters.js";
import { KB_FORMAT_VERSION } from "./schema.js";

const OUTPUT = "places.yaml";
/** Towns below this are left out: small places with one-word names are mostly false friends. */
export const MIN_CITY_POPULATION = 15000;
/**
 * The project's focus states, whose small desert towns are where the news happens (Tessalit,
 * Menaka, Djibo): towns of this size count there when their name has five letters or more.
 */
const FOCUS_STATES = new Set(["MLI", "BFA", "NER", "TCD", "MRT"]);
const MIN_FOCUS_TOWN_POPULATION = 1000;
/** Names of three letters or fewer ("San", "Bol", "Est") are kept only for cities this large (Gao). */
const MIN_SHORT_NAME_POPULATION = 50000;
/** Two countries share a name: the more populous place keeps it when this many times larger (Barcelona, Odessa, St. Petersburg). */
const DOMINANCE = 5;
const DIRECTIONS =
  /^(North|Northern|South|Southern|East|Eastern|West|Western|Central|Upper|Lower|North-East|North-West|South-East|South-West)\s+/;
/** "North West", "North-Western", "Nord-Ouest": a province named by direction alone is no name. */
const DIRECTIONS_ONLY =
  /^((North|South|East|West|Central|Upper|Lower|Nord|Sud|Est|Ouest|Centre)(ern)?)([\s-]+(North|South|East|West|Central|Nord|Sud|Est|Ouest|Centre)(ern)?)*$/;
/** French provinces' direction prefixes, as English news names them ("Nord-Kivu" → "North Kivu"). */
const FRENCH_DIRECTIONS: Record<string, string> = { Nord: "North", Sud: "South", Est: "East", Ouest: "West" };
/** Natural Earth rows whose country is wrong (Saint-Louis lies in Senegal, not Mauritania). */
const COUNTRY_FIXES: Record<string, string> = { "Saint-Louis|MRT": "SEN" };
const LATIN = /^[A-Za-zÀ-ɏ\s.'’-]+$/u;

const PlaceSchema = z.object({
  city: z.string(),
  city_ascii: z.string(),
  pop: z.number(),
  iso3: z.string().length(3),
  province: z.string(),
});
type Place = z.infer<typeof PlaceSchema>;

interface Candidate {
  name: string;
  aliases: Set<string>;
  code: string;
  /** The city's population, or the sum over a province's cities. */
  pop: number;
  /** The largest city of that name (0 for a province alone). */
  cityPop: number;
  /** Its province (a province's own name): WordNet's gloss may name it. */
  provinces: Set<string>;
}

function readPlaces(): Place[] {
  const path = createRequire(import.meta.url).resolve("city-timezones/data/cityMap.json");
  return z.array(PlaceSchema).parse(JSON.parse(readFileSync(path, "utf8")));
}

const countries = ((worldCountries as unknown as { default?: Country[] }).default ??
  worldCountries) as unknown as Country[];

/** The knowledge base without the gazetteer: its readings win over any place name. */
function existingReadings(): (name: string) => boolean {
  const data = emptyDictionaryData();
  for (const file of dictionaryFiles(join(projectRoot(), "dictionaries")))
    if (!file.endsWith(OUTPUT)) readDictionaryFile(data, file);
  const kb = buildKnowledgeBase(data);
  const capitals = new Set(countries.flatMap((c) => c.capital.map(phraseKey)));
  return (name) => capitals.has(phraseKey(name)) || wholePhraseLexemes(name, kb.trie).length > 0;
}

function add(
  into: Map<string, Candidate[]>,
  name: string,
  alias: string,
  p: Place,
  pop: number,
  city: boolean,
): void {
  const key = phraseKey(name);
  const list = into.get(key) ?? [];
  const cityPop = city ? pop : 0;
  const same = list.find((c) => c.code === p.iso3);
  if (same) {
    same.pop = Math.max(same.pop, pop);
    same.cityPop = Math.max(same.cityPop, cityPop);
    same.aliases.add(alias);
    same.provinces.add(p.province);
  } else
    list.push({
      name,
      aliases: new Set([alias]),
      code: p.iso3,
      pop,
      cityPop,
      provinces: new Set([p.province]),
    });
  into.set(key, list);
}

function candidates(places: Place[]): Map<string, Candidate[]> {
  const byKey = new Map<string, Candidate[]>();
  const provinces = new Map<string, { place: Place; pop: number }>();
  for (const row of places) {
    const p = { ...row, iso3: COUNTRY_FIXES[`${row.city}|${row.iso3}`] ?? row.iso3 };
    const focusTown = FOCUS_STATES.has(p.iso3) && p.pop >= MIN_FOCUS_TOWN_POPULATION && letters(p.city) >= 5;
    if (p.pop >= MIN_CITY_POPULATION || focusTown) {
      add(byKey, p.city, p.city_ascii, p, p.pop, true);
      // "Petersburg" alone is St. Petersburg's, unless a larger town bears the bare name.
      const saint = /^(?:St\.?|Saint)[\s-]+(.+)$/.exec(p.city);
      if (saint) add(byKey, saint[1], saint[1], p, p.pop, true);
    }
    const key = `${p.iso3}|${p.province}`;
    const province = provinces.get(key) ?? { place: p, pop: 0 };
    province.pop += p.pop;
    provinces.set(key, province);
  }
  for (const { place, pop } of provinces.values()) {
    const province = place.province;
    if (!province || DIRECTIONS_ONLY.test(province)) continue;
    add(byKey, province, province, place, pop, false);
    // "Northern Darfur" is also "North Darfur"; and "Darfur" when the remainder is a name.
    const rest = province.replace(DIRECTIONS, "");
    if (rest !== province) {
      add(byKey, rest, rest, place, pop, false);
      const short = province.replace(/^(North|South|East|West)ern\b/, "$1");
      if (short !== province) add(byKey, province, short, place, pop, false);
    }
    const french = /^(Nord|Sud|Est|Ouest)-(.+)$/.exec(province);
    if (french) {
      add(byKey, province, `${FRENCH_DIRECTIONS[french[1]]} ${french[2]}`, place, pop, false);
      add(byKey, french[2], french[2], place, pop, false);
    }
  }
  return byKey;
}

function letters(name: string): number {
  return name.replace(/\W/g, "").length;
}

function usable(name: string): boolean {
  return LATIN.test(name) && name.replace(/\W/g, "").length >= 3 && /^\p{Lu}/u.test(name);
}

/** Country names and demonyms by ISO3, to check WordNet's gloss of a place against. */
function countryWords(): Map<string, string[]> {
  return new Map(
    countries.map((c) => [
      c.cca3,
      [c.name.common, c.name.official, c.demonyms?.eng?.m ?? c.name.common, ...c.altSpellings].filter(
        (n) => n.length > 3,
      ),
    ]),
  );
}

function generate(): { yaml: string; count: number } {
  const words = readEnglishWords();
  const known = existingReadings();
  const countryNames = countryWords();
  const common = (lower: string): boolean =>
    words.common.has(lower) || (lower.endsWith("s") && words.common.has(lower.slice(0, -1)));
  const safe = (name: string): boolean => {
    const lower = name.toLowerCase();
    return usable(name) && !common(lower) && !words.persons.has(lower) && !known(name);
  };
  // "Bethlehem" is in South Africa too: when WordNet knows a place by this name, its gloss must
  // name the candidate's country or province.
  const sameAsWordNet = (place: Candidate): boolean => {
    const glosses = words.placeGlosses.get(place.name.toLowerCase());
    if (!glosses) return true;
    const names = [...(countryNames.get(place.code) ?? []), ...place.provinces].filter((n) => n);
    return glosses.some((g) => names.some((n) => g.includes(n)));
  };
  const entries = [];
  for (const [key, list] of candidates(readPlaces())) {
    list.sort((a, b) => b.pop - a.pop);
    if (list.length > 1 && list[0].pop < DOMINANCE * list[1].pop) continue;
    const place = list[0];
    if (letters(place.name) <= 3 && place.cityPop < MIN_SHORT_NAME_POPULATION) continue;
    if (!safe(place.name) || !sameAsWordNet(place)) continue;
    const aliases = [...place.aliases].filter((a) => a !== place.name && safe(a));
    entries.push({
      id: `place-${place.code.toLowerCase()}-${key.replace(/[^a-z0-9]+/g, "-")}`,
      name: place.name,
      type: "location",
      code: place.code,
      sector: null,
      ...(aliases.length > 0 ? { aliases } : {}),
    });
  }
  entries.sort((a, b) => a.id.localeCompare(b.id));
  const header =
    "# Generated by src/actors/generate-places.ts from the city-timezones package; do not edit by hand.\n";
  const head = stringify(
    {
      version: KB_FORMAT_VERSION,
      description: `Cities of ${MIN_CITY_POPULATION} people or more (towns of ${MIN_FOCUS_TOWN_POPULATION} or more in ${[...FOCUS_STATES].join(", ")}) and first-level provinces (Natural Earth), as locations coded with their country.`,
      generatedBy: "src/actors/generate-places.ts",
    },
    { lineWidth: 0 },
  );
  // One line per place keeps the file short to read and to diff.
  const lines = entries.map((e) => `  - ${stringify(e, { lineWidth: 0, collectionStyle: "flow" }).trim()}`);
  return { yaml: `${header}${head}entries:\n${lines.join("\n")}\n`, count: entries.length };
}

const out = join(projectRoot(), "dictionaries", OUTPUT);
const { yaml, count } = generate();
writeFileSync(out, yaml);
process.stderr.write(`wrote ${count} places to ${out}\n`);
