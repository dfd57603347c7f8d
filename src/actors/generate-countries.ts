/**
 * Writes dictionaries/countries.yaml from the `world-countries` package (mledoze/countries:
 * maintained, ISO 3166 alpha-3 codes, common and official names, English and French names,
 * demonyms, capitals and alternative spellings). Run: `npx tsx src/actors/generate-countries.ts`.
 * The output is committed; the few hand-made additions below say why each is needed.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Country } from "world-countries";
import * as worldCountries from "world-countries";
import { stringify } from "yaml";
import { projectRoot } from "../paths.js";
import { KB_FORMAT_VERSION } from "./schema.js";

// The package is CommonJS with an ESM wrapper; its default export is the array.
const countries = ((worldCountries as unknown as { default?: Country[] }).default ??
  worldCountries) as unknown as Country[];

/** PLOVER keeps a few non-independent entities as country names (manual, "Country names"). */
const PLOVER_TERRITORIES: Record<string, string> = { HKG: "HKG", PSE: "PSE", TWN: "TWN", UNK: "KOS" };

/** Names English news uses that the package lacks, or lacks in a safe form. */
const EXTRA_ALIASES: Record<string, string[]> = {
  BIH: ["Bosnia"],
  USA: ["US", "U.S.", "U.S.A.", "America", "the States"],
  GBR: ["UK", "U.K.", "Britain", "Great Britain"],
  RUS: ["Russian Federation"],
  CAF: ["CAR", "C.A.R.", "Centrafrique"],
  COD: ["D.R. Congo", "Democratic Republic of the Congo"],
  TUR: ["Turkey"],
  CZE: ["Czech Republic"],
  KOR: ["Korea"],
  ARE: ["U.A.E."],
  VAT: ["Holy See"],
  CHN: ["PRC", "People's Republic of China"],
};
const EXTRA_DEMONYMS: Record<string, string[]> = {
  GBR: ["Briton", "Britons"],
  BFA: ["Burkinabè", "Burkinabé"],
  NER: ["Nigerien", "Nigeriens"],
  PHL: ["Filipino", "Filipinos"],
  KGZ: ["Kyrgyz"],
  TUR: ["Turk", "Turks"],
};
/** Washington is the capital metonym English uses; the package says "Washington D.C.". */
const EXTRA_METONYMS: Record<string, string[]> = {
  USA: ["Washington"],
  CIV: ["Abidjan"],
  NLD: ["The Hague"],
};
/** Memberships the Sahel's realignment turns on (ids in organizations.yaml). */
const SAHEL_EXIT = [
  { org: "ecowas", from: null, to: "2025-01-29" },
  { org: "aes", from: "2023-09-16", to: null },
];
const ECOWAS = { org: "ecowas", from: null, to: null };
const MEMBERSHIPS: Record<string, { org: string; from: string | null; to: string | null }[]> = {
  MLI: [...SAHEL_EXIT, { org: "g5-sahel", from: "2014-02-16", to: "2022-05-15" }],
  BFA: [...SAHEL_EXIT, { org: "g5-sahel", from: "2014-02-16", to: "2023-12-02" }],
  NER: [...SAHEL_EXIT, { org: "g5-sahel", from: "2014-02-16", to: "2023-12-02" }],
  TCD: [{ org: "g5-sahel", from: "2014-02-16", to: "2023-12" }],
  MRT: [{ org: "g5-sahel", from: "2014-02-16", to: "2023-12" }],
  ...Object.fromEntries(
    ["BEN", "CPV", "CIV", "GMB", "GHA", "GIN", "GNB", "LBR", "NGA", "SEN", "SLE", "TGO"].map((c) => [
      c,
      [ECOWAS],
    ]),
  ),
};

/** Capitals that are also common words, people's names, or contested. */
const SKIPPED_CAPITALS = new Set([
  "Victoria",
  "Kingston",
  "Georgetown",
  "Malé",
  "Jerusalem",
  "Sucre",
  "Amsterdam",
]);
/** Alternative spellings that name several countries or are common words. */
const SKIPPED_ALIASES = new Set(["Congo", "Maurice", "Chili", "Dominique", "Georgie", "Samoa"]);

const LATIN = /^[A-Za-zÀ-ɏ\d\s.'’()-]+$/u;

function pluralDemonym(d: string): string | null {
  return /(s|sh|ch|ese)$/.test(d) ? null : `${d}s`;
}

function usable(name: string): boolean {
  return LATIN.test(name) && !name.includes(",") && name.length >= 3 && !SKIPPED_ALIASES.has(name);
}

function countryEntry(c: Country) {
  const code = PLOVER_TERRITORIES[c.cca3] ?? c.cca3;
  const names = [
    c.name.common,
    c.name.official,
    c.translations.fra?.common,
    c.translations.fra?.official,
    ...Object.values(c.name.native ?? {}).flatMap((n) => [n.common, n.official]),
    ...c.altSpellings,
  ].filter((n): n is string => typeof n === "string" && usable(n));
  const aliases = [...new Set([...names, ...(EXTRA_ALIASES[c.cca3] ?? [])])].filter(
    (n) => n !== c.name.common,
  );
  const demonym = c.demonyms?.eng?.m;
  const ambiguousDemonym =
    demonym && countries.some((o) => o !== c && o.independent && o.demonyms?.eng?.m === demonym);
  // Some entries list two ("Bosnian, Herzegovinian").
  const singulars = demonym && !ambiguousDemonym ? demonym.split(/\s*,\s*/) : [];
  const demonyms = singulars.flatMap((d) => [d, pluralDemonym(d)]).filter((d): d is string => d !== null);
  demonyms.push(...(EXTRA_DEMONYMS[c.cca3] ?? []));
  const capitals = c.capital
    .slice(0, 1)
    .filter((cap) => !SKIPPED_CAPITALS.has(cap) && !cap.includes(c.name.common) && !cap.includes(" D.C."));
  const metonyms = [...capitals, ...(EXTRA_METONYMS[c.cca3] ?? [])].map((text) => ({ text, sector: "GOV" }));
  return {
    id: code,
    name: c.name.common,
    type: "state",
    code,
    sector: null,
    aliases,
    demonyms: [...new Set(demonyms)],
    metonyms,
    ...(MEMBERSHIPS[c.cca3] ? { memberships: MEMBERSHIPS[c.cca3] } : {}),
  };
}

function generate(): string {
  const entries = countries
    .filter((c) => c.independent || c.cca3 in PLOVER_TERRITORIES)
    .map(countryEntry)
    .sort((a, b) => a.id.localeCompare(b.id));
  const header =
    "# Generated by src/actors/generate-countries.ts from the world-countries package; do not edit by hand.\n";
  return (
    header +
    stringify(
      {
        version: KB_FORMAT_VERSION,
        description:
          "Sovereign states (and PLOVER's territories HKG, PSE, TWN, KOS): names, demonyms, capitals as GOV metonyms.",
        generatedBy: "src/actors/generate-countries.ts",
        entries,
      },
      { lineWidth: 0, aliasDuplicateObjects: false },
    )
  );
}

const out = join(projectRoot(), "dictionaries", "countries.yaml");
writeFileSync(out, generate());
process.stderr.write(`wrote ${out}\n`);
