/**
 * CAMEO/Phoenix actor codes and TABARI date restrictions, mapped to PLOVER. A code is a
 * chain of three-letter parts: a country or international type (IGO, NGO, MNC, IMG) and
 * then agents (GOV, MIL, MED...). PLOVER keeps one country code and one primary sector.
 */
import { SECTORS } from "./schema.js";

/** CAMEO agents whose PLOVER sector has another code, or that PLOVER folds into one. */
const CAMEO_SECTORS: Record<string, string> = {
  MED: "JRN",
  HLH: "MED",
  INS: "REB",
  SEP: "REB",
  RAD: "REB",
  CHR: "REL",
  MOS: "REL",
  BUD: "REL",
  JEW: "REL",
  HIN: "REL",
  ITH: "REL",
  HRI: "SOC",
  ENV: "SOC",
  DEV: "SOC",
  MOD: "SOC",
};
const PLOVER_SECTORS = new Set<string>(SECTORS);
const INTERNATIONAL = new Set(["IGO", "NGO", "MNC", "IMG", "ISM"]);

export interface PloverCode {
  code: string | null;
  sector: string | null;
}

/** The PLOVER sector of a CAMEO agent part; CAMEO's meaning first (its MED is media). */
export function sectorOf(part: string): string | null {
  return CAMEO_SECTORS[part] ?? (PLOVER_SECTORS.has(part) ? part : null);
}

/** "MLIGOV" → MLI GOV; "IGOUNO" → UNO; "IGOEUREEC" → EUR; "MNCUSAHLH" → MNC MED; "---" → none. */
export function toPloverCode(raw: string): PloverCode {
  const code = raw.replace(/^~/, "").toUpperCase();
  if (!/^[A-Z]{3,}$/.test(code)) return { code: null, sector: null };
  const parts = code.match(/.{3}/g) ?? [];
  let country: string | null = raw.startsWith("~") ? null : (parts[0] ?? null);
  let rest = raw.startsWith("~") ? parts : parts.slice(1);
  if (country === "IGO" && (rest[0] === "UNO" || rest[0] === "EUR")) {
    country = rest[0];
    rest = rest.slice(1);
  } else if (country && INTERNATIONAL.has(country)) {
    rest = rest.filter((p) => sectorOf(p) !== null);
  }
  for (const part of rest) {
    const sector = sectorOf(part);
    if (sector) return { code: country, sector };
  }
  return { code: country, sector: null };
}

function isoDay(digits: string): string | null {
  let year: number;
  let rest: string;
  if (digits.length === 6) {
    const yy = Number(digits.slice(0, 2));
    // TABARI's two-digit years: 31-99 are 1900s, 00-30 are 2000s (the files end in 2014).
    year = yy > 30 ? 1900 + yy : 2000 + yy;
    rest = digits.slice(2);
  } else if (digits.length === 8) {
    year = Number(digits.slice(0, 4));
    rest = digits.slice(4);
  } else {
    return null;
  }
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

export interface DateRestriction {
  from: string | null;
  to: string | null;
}

/** "940204-000215", ">020608", "<900823"; null when the restriction is malformed. */
export function parseDateRestriction(text: string): DateRestriction | null {
  const t = text.replace(/\s+/g, "");
  if (t.startsWith(">")) {
    const from = isoDay(t.slice(1));
    return from ? { from, to: null } : null;
  }
  if (t.startsWith("<")) {
    const to = isoDay(t.slice(1));
    return to ? { from: null, to } : null;
  }
  const [a, b] = t.split("-");
  const from = isoDay(a);
  if (b === undefined) return from ? { from, to: null } : null;
  const to = isoDay(b);
  return from && to && from <= to ? { from, to } : null;
}
