/**
 * Reads TABARI/PETRARCH/Phoenix dictionaries into Entente's entry model: actor files
 * (`NAME_ [CODE]`, `+SYNONYM_`, indented `[CODE YYMMDD-YYMMDD]` lines, `#` comments) become
 * entries with aliases and dated roles; agent files (`NOUN [~GOV]`, `{PLURAL}`, `!MACRO!`)
 * become sector nouns. Names in capitals with underscores become title-case phrases.
 */

import type { ActorKnowledgeBase } from "./kb.js";
import { wholePhraseLexemes } from "./lex.js";
import {
  type DateRestriction,
  type PloverCode,
  parseDateRestriction,
  toPloverCode,
} from "./phoenix-codes.js";
import { type ActorEntry, KB_FORMAT_VERSION, type Sector } from "./schema.js";

export interface ImportResult {
  entries: ActorEntry[];
  sectorNouns: { sector: string; forms: string[] }[];
  warnings: string[];
}

interface RawEntry {
  names: string[];
  codes: (PloverCode & DateRestriction & { dated: boolean })[];
  line: number;
}

const CODE = /\[([^\]]*)\]/g;

/** "AMADOU_TOUMANI_TOURE_" → "Amadou Toumani Toure"; short all-caps names stay acronyms ("UN"). */
export function phoenixName(raw: string): string {
  const words = raw.replace(/_+$/, "").replace(/_/g, " ").trim().split(/\s+/).filter(Boolean);
  if (words.length === 1 && /^[A-Z.]{1,3}$/.test(words[0])) return words[0];
  return words
    .map((w) =>
      w.toLowerCase().replace(/(^|[-'.(])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase()),
    )
    .join(" ");
}

function slug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function readCodes(text: string, entry: RawEntry, warnings: string[], line: number): void {
  for (const m of text.matchAll(CODE)) {
    const [code, ...date] = m[1].trim().split(/\s+/);
    const plover = code === "---" ? { code: null, sector: null } : toPloverCode(code);
    const restriction = date.length ? parseDateRestriction(date.join("")) : { from: null, to: null };
    if (!restriction) {
      warnings.push(`line ${line}: unreadable date restriction "${date.join(" ")}", code kept undated`);
    }
    entry.codes.push({
      ...plover,
      ...(restriction ?? { from: null, to: null }),
      dated: date.length > 0 && !!restriction,
    });
  }
}

function parseActorLines(text: string, warnings: string[]): RawEntry[] {
  const entries: RawEntry[] = [];
  let current: RawEntry | null = null;
  text.split(/\r?\n/).forEach((rawLine, i) => {
    const line = rawLine.replace(/#.*$/, "").replace(/\s+$/, "");
    if (!line.trim()) {
      current = null;
      return;
    }
    if (/^\s/.test(line) && line.trim().startsWith("[")) {
      if (current) readCodes(line, current, warnings, i + 1);
      return;
    }
    const name = line.replace(CODE, "").trim().replace(/^\+/, "");
    if (line.startsWith("+") && current) {
      current.names.push(name);
    } else {
      current = { names: [name], codes: [], line: i + 1 };
      entries.push(current);
    }
    readCodes(line, current, warnings, i + 1);
  });
  return entries;
}

function typeOf(
  raw: RawEntry,
  armed: boolean,
  code: string | null,
  sector: string | null,
): ActorEntry["type"] {
  if (armed) return "armed_group";
  if (raw.codes.some((c) => c.dated)) return "person";
  if (code && ["IGO", "UNO", "EUR", "NGO", "MNC", "ISM"].includes(code)) return "organization";
  if (code === "IMG") return "armed_group";
  return sector ? "organization" : "state";
}

function toEntry(raw: RawEntry, armed: boolean, ids: Set<string>): ActorEntry | null {
  const names = [...new Set(raw.names.map(phoenixName).filter((n) => n.length > 0))];
  const undated = raw.codes.find((c) => !c.dated && c.code);
  const dated = raw.codes.filter((c) => c.dated);
  const code = undated?.code ?? dated[0]?.code ?? null;
  if (names.length === 0 || (!code && raw.codes.every((c) => !c.code))) return null;
  const sector = undated?.sector ?? null;
  let id = `phoenix-${slug(names[0]) || "entry"}`;
  for (let n = 2; ids.has(id); n++) id = `phoenix-${slug(names[0])}-${n}`;
  ids.add(id);
  return {
    id,
    name: names[0],
    type: typeOf(raw, armed, code, sector),
    code,
    sector: sector as Sector | null,
    aliases: names.slice(1),
    demonyms: [],
    metonyms: [],
    roles: dated.map((c) => ({
      from: c.from,
      to: c.to,
      code: c.code ?? undefined,
      sector: c.sector as Sector | null,
    })),
    memberships: [],
    refersAs: [],
    note: `imported from a Phoenix dictionary (line ${raw.line})`,
  };
}

/** Parses a Phoenix actors file; `armedGroups` types every entry as an armed group (MilNonState). */
export function importPhoenixActors(text: string, options: { armedGroups?: boolean } = {}): ImportResult {
  const warnings: string[] = [];
  const ids = new Set<string>();
  const entries: ActorEntry[] = [];
  for (const raw of parseActorLines(text, warnings)) {
    const entry = toEntry(raw, options.armedGroups ?? false, ids);
    if (entry) entries.push(entry);
    else warnings.push(`line ${raw.line}: "${raw.names[0]}" has no code, skipped`);
  }
  return { entries, sectorNouns: [], warnings };
}

/** Parses a Phoenix agents file into sector nouns, expanding `!MACRO!` and `{PLURAL}` forms. */
export function importPhoenixAgents(text: string): ImportResult {
  const warnings: string[] = [];
  const macros = new Map<string, string[]>();
  const bySector = new Map<string, Set<string>>();
  text.split(/\r?\n/).forEach((rawLine, i) => {
    const line = rawLine.replace(/#.*$/, "").trim();
    const macro = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (macro) {
      macros.set(
        macro[1],
        macro[2].split(",").map((s) => s.trim().toLowerCase()),
      );
      return;
    }
    const entry = /^([^[{]+?)\s*(?:\{([^}]*)\})?\s*\[(~?[A-Z-]+)[^\]]*\]/.exec(line);
    if (!entry) {
      if (line) warnings.push(`line ${i + 1}: not an agent entry, skipped`);
      return;
    }
    const { sector } = toPloverCode(entry[3].startsWith("~") ? entry[3] : `~${entry[3]}`);
    if (!sector) {
      warnings.push(`line ${i + 1}: agent code ${entry[3]} has no PLOVER sector, skipped`);
      return;
    }
    const forms = bySector.get(sector) ?? new Set<string>();
    for (const word of [entry[1], ...(entry[2] ? entry[2].split(/\s*,\s*/) : [])]) {
      const base = word.trim().replace(/_+$/, "").replace(/_/g, " ").toLowerCase();
      const m = /![a-z]+!/.exec(base);
      const expansions = m
        ? (macros.get(m[0].toUpperCase()) ?? []).map((x) => base.replace(m[0], x))
        : [base];
      for (const form of expansions) if (form) forms.add(form);
    }
    bySector.set(sector, forms);
  });
  const sectorNouns = [...bySector].map(([sector, forms]) => ({ sector, forms: [...forms] }));
  return { entries: [], sectorNouns, warnings };
}

/** A file is an agents file when its entries carry `[~...]` codes. */
export function importPhoenix(text: string, fileName: string): ImportResult {
  if (/\[~[A-Z]/.test(text)) return importPhoenixAgents(text);
  return importPhoenixActors(text, { armedGroups: /milnonstate/i.test(fileName) });
}

/** The YAML document for an import: a dictionary file in Entente's format. */
export function importDocument(result: ImportResult, source: string): Record<string, unknown> {
  return {
    version: KB_FORMAT_VERSION,
    description: `Imported from ${source} (TABARI/Phoenix format).`,
    generatedBy: "entente actors import",
    ...(result.entries.length ? { entries: result.entries } : {}),
    ...(result.sectorNouns.length ? { sectorNouns: result.sectorNouns } : {}),
  };
}

/** Whether the knowledge base already reads `alias`, as a whole, as some actor. */
function known(kb: ActorKnowledgeBase, alias: string): boolean {
  return wholePhraseLexemes(alias, kb.trie).some((l) => "entity" in l);
}

/** One short word ("Tom", "Omar") is a first name far more often than the person meant. */
function tooVague(entry: ActorEntry, name: string): boolean {
  return entry.type === "person" && !/\s/.test(name.trim()) && name.length < 5;
}

/**
 * Keeps what the knowledge base lacks: names it already reads as an actor are dropped (the
 * curated entries win), as are uncoded entries and one-short-word person names; entries
 * left without a name are skipped, so an import never shadows the built-in knowledge.
 */
export function newToKnowledgeBase(
  result: ImportResult,
  kb: ActorKnowledgeBase,
): ImportResult & { skipped: number } {
  let skipped = 0;
  const entries: ActorEntry[] = [];
  for (const entry of result.entries) {
    const names = [entry.name, ...entry.aliases].filter((n) => !known(kb, n) && !tooVague(entry, n));
    if (names.length === 0 || entry.code === null || known(kb, entry.name)) {
      skipped++;
      continue;
    }
    entries.push({ ...entry, name: names[0], aliases: names.slice(1) });
  }
  return { ...result, entries, skipped };
}
