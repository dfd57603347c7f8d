/**
 * Reads dictionary files (YAML) from the built-in folder and the user folders, validates
 * each entry with zod, and merges them: a later entry with the same id replaces an earlier
 * one, so a user dictionary can correct the built-in knowledge base.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { z } from "zod";
import { EntenteError } from "../errors.js";
import { parseYamlCached } from "../yaml-cache.js";
import {
  type ActorEntry,
  type AnaphorDef,
  anaphorSchema,
  entrySchema,
  fileSchema,
  type GenericDef,
  genericSchema,
  type OrganisationHead,
  organisationHeadSchema,
  type PersonCue,
  personCueSchema,
  type SectorNoun,
  sectorNounSchema,
  type TitleDef,
  titleSchema,
} from "./schema.js";

export interface DictionaryData {
  entries: Map<string, ActorEntry>;
  sectorNouns: SectorNoun[];
  titles: TitleDef[];
  generic: GenericDef[];
  anaphors: AnaphorDef[];
  portfolios: string[];
  organisationHeads: OrganisationHead[];
  armedNameWords: string[];
  personCues: PersonCue[];
  /** The files read, in load order. */
  files: string[];
}

export function emptyDictionaryData(): DictionaryData {
  return {
    entries: new Map(),
    sectorNouns: [],
    titles: [],
    generic: [],
    anaphors: [],
    portfolios: [],
    organisationHeads: [],
    armedNameWords: [],
    personCues: [],
    files: [],
  };
}

function invalid(file: string, id: string, reason: string): EntenteError {
  return new EntenteError("ENTENTE_DICT_INVALID", `${file}: entry ${id}: ${reason}`);
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}

function entryLabel(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : `#${index + 1}`;
}

function parseList<T>(file: string, list: unknown[], schema: z.ZodType<T>, section: string): T[] {
  return list.map((raw, i) => {
    const result = schema.safeParse(raw);
    if (!result.success) throw invalid(file, `${section} #${i + 1}`, describeIssues(result.error));
    return result.data;
  });
}

/** Validates one parsed dictionary document and adds it to `into`. */
export function addDictionary(into: DictionaryData, file: string, document: unknown): void {
  const top = fileSchema.safeParse(document);
  if (!top.success) throw invalid(file, "(file)", describeIssues(top.error));
  const seen = new Set<string>();
  top.data.entries.forEach((raw, i) => {
    const label = entryLabel(raw, i);
    const result = entrySchema.safeParse(raw);
    if (!result.success) throw invalid(file, label, describeIssues(result.error));
    if (seen.has(result.data.id)) throw invalid(file, label, "duplicate id in this file");
    seen.add(result.data.id);
    into.entries.set(result.data.id, result.data);
  });
  into.sectorNouns.push(...parseList(file, top.data.sectorNouns, sectorNounSchema, "sectorNouns"));
  into.titles.push(...parseList(file, top.data.titles, titleSchema, "titles"));
  into.generic.push(...parseList(file, top.data.generic, genericSchema, "generic"));
  into.anaphors.push(...parseList(file, top.data.anaphors, anaphorSchema, "anaphors"));
  into.portfolios.push(...top.data.portfolios);
  into.organisationHeads.push(
    ...parseList(file, top.data.organisationHeads, organisationHeadSchema, "organisationHeads"),
  );
  into.armedNameWords.push(...top.data.armedNameWords);
  into.personCues.push(...parseList(file, top.data.personCues, personCueSchema, "personCues"));
  into.files.push(file);
}

export function readDictionaryFile(into: DictionaryData, path: string): void {
  let document: unknown;
  try {
    document = parseYamlCached(readFileSync(path, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw invalid(basename(path), "(file)", `not valid YAML: ${reason}`);
  }
  addDictionary(into, path, document);
}

/** The YAML files of a folder (or the file itself), in name order. */
export function dictionaryFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
    .sort()
    .map((f) => join(path, f));
}

/** Memberships must name entries that exist once every file is loaded. */
function checkReferences(data: DictionaryData): void {
  for (const entry of data.entries.values()) {
    for (const m of entry.memberships) {
      if (!data.entries.has(m.org)) {
        throw invalid("dictionaries", entry.id, `membership names unknown entry "${m.org}"`);
      }
    }
  }
}

export function loadDictionaries(folders: string[]): DictionaryData {
  const data = emptyDictionaryData();
  for (const folder of folders) for (const file of dictionaryFiles(folder)) readDictionaryFile(data, file);
  checkReferences(data);
  return data;
}
