/**
 * Trigger patterns: the YAML dictionary in patterns/*.yaml that says which words signal which
 * PLOVER event. Validated with zod at load (a bad entry fails with ENTENTE_PATTERN_INVALID and
 * names the file and pattern), then indexed by head lemma so the coder looks up each token
 * once. The format is documented in patterns/README.md.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { z } from "zod";
import { EntenteError } from "../errors.js";
import { parseYamlCached } from "../yaml-cache.js";
import { isModeOf, isPloverContext, PLOVER_CATEGORY_NAMES, type PloverCategory } from "./ontology.js";
import { withSpellingVariants } from "./spelling.js";

/** Where an argument may be found, in active-voice terms (passives swap subject and by);
 * "speaker" is the source of a reporting verb governing the trigger ("X said ..."). */
export const ARGUMENT_SLOTS = [
  "subject",
  "object",
  "by",
  "possessor",
  "of",
  "to",
  "with",
  "against",
  "on",
  "from",
  "for",
  "in",
  "into",
  "at",
  "over",
  "toward",
  "between",
  "among",
  "alongside",
  "outside",
  "near",
  "about",
  "regarding",
  "speaker",
] as const;
export type ArgumentSlot = (typeof ARGUMENT_SLOTS)[number];

const words = z.array(z.string().min(1)).min(1);

const companionSchema = z
  .object({
    /** Lemmas or normalised forms, any of which satisfies the companion. */
    words,
    /** Search this many tokens after the head ... */
    after: z.number().int().min(1).max(16).optional(),
    /** ... or this many before it. */
    before: z.number().int().min(1).max(16).optional(),
  })
  .strict()
  .refine(
    (c) => (c.after === undefined) !== (c.before === undefined),
    "a companion needs exactly one of after/before",
  );

const patternSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, "ids are lowercase words joined by . _ -"),
    category: z.enum(PLOVER_CATEGORY_NAMES).optional(),
    mode: z.string().nullable().optional(),
    contexts: z.array(z.string()).optional(),
    /** Head lemmas (or normalised forms): the token that is the trigger. */
    words,
    pos: z.array(z.enum(["VERB", "NOUN", "ADJ", "PROPN", "AUX", "ADP"])).optional(),
    /** Words that must appear near the head for the pattern to fire (all of them). */
    with: z.array(companionSchema).optional(),
    /** Words that veto the pattern when they appear near the head (any of them). */
    unless: z.array(companionSchema).optional(),
    actor: z.array(z.enum(ARGUMENT_SLOTS)).optional(),
    recipient: z.array(z.enum(ARGUMENT_SLOTS)).optional(),
    /** Participants joined by with/between become co-actors (meetings, agreements). */
    reciprocal: z.boolean().optional(),
    /** Participants without which the pattern codes no event ("left" needs what was left). */
    needs: z.array(z.enum(["actor", "recipient"])).optional(),
    /** Events in this trigger's complement are its content, not separate events. */
    absorbs: z.boolean().optional(),
    /** Category to code instead when the actors are two or more different countries. */
    joint: z.enum(PLOVER_CATEGORY_NAMES).optional(),
    /** Category to code instead when the recipient is a host country (to/in/into) not the actor's own. */
    abroad: z.enum(PLOVER_CATEGORY_NAMES).optional(),
    /** Category to code instead when the event has no recipient ("trained 500 hackers"). */
    alone: z.enum(PLOVER_CATEGORY_NAMES).optional(),
    /** Category to code instead when the first event of its complement is a conflict action ("vowed to impose sanctions"). */
    hostile: z.enum(PLOVER_CATEGORY_NAMES).optional(),
    confidence: z.number().min(0).max(1).optional(),
  })
  .strict();

const fileSchema = z
  .object({
    version: z.literal(1),
    category: z.enum(PLOVER_CATEGORY_NAMES).optional(),
    contexts: z.array(z.string()).optional(),
    patterns: z.array(z.unknown()),
  })
  .strict();

export type Companion = z.infer<typeof companionSchema>;

export interface EventPattern {
  id: string;
  category: PloverCategory;
  mode: string | null;
  contexts: string[];
  words: string[];
  pos: string[] | null;
  with: Companion[];
  unless: Companion[];
  actor: ArgumentSlot[] | null;
  recipient: ArgumentSlot[] | null;
  reciprocal: boolean;
  needs: Array<"actor" | "recipient">;
  absorbs: boolean;
  joint: PloverCategory | null;
  abroad: PloverCategory | null;
  alone: PloverCategory | null;
  hostile: PloverCategory | null;
  confidence: number;
  /** Where it came from, for messages. */
  file: string;
}

export interface PatternIndex {
  patterns: EventPattern[];
  /** Head word → patterns, most specific (most companions) first. */
  byWord: Map<string, EventPattern[]>;
}

/** A companion's words with their American spellings, as token norms have them. */
const americanised = (companion: Companion): Companion => ({
  ...companion,
  words: withSpellingVariants(companion.words),
});

function invalid(file: string, id: string, reason: string): EntenteError {
  return new EntenteError("ENTENTE_PATTERN_INVALID", `${file}: pattern ${id}: ${reason}`);
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? `${i.path.join(".")}: ` : ""}${i.message}`).join("; ");
}

/** Parses one pattern file's text; `file` names it in error messages. */
export function parsePatternFile(file: string, text: string): EventPattern[] {
  let raw: unknown;
  try {
    raw = parseYamlCached(text);
  } catch (error) {
    throw invalid(file, "(file)", `not valid YAML: ${(error as Error).message}`);
  }
  const parsedFile = fileSchema.safeParse(raw);
  if (!parsedFile.success) throw invalid(file, "(file)", describeIssues(parsedFile.error));
  const { category: fileCategory, contexts: fileContexts = [] } = parsedFile.data;
  return parsedFile.data.patterns.map((entry, n) => {
    const label =
      typeof entry === "object" && entry !== null && "id" in entry ? String(entry.id) : `#${n + 1}`;
    const parsed = patternSchema.safeParse(entry);
    if (!parsed.success) throw invalid(file, label, describeIssues(parsed.error));
    const p = parsed.data;
    const category = p.category ?? fileCategory;
    if (!category) throw invalid(file, p.id, "no category (set it on the pattern or the file)");
    const mode = p.mode ?? null;
    if (mode !== null && !isModeOf(category, mode))
      throw invalid(file, p.id, `${category} has no mode "${mode}"`);
    const contexts = [...new Set([...fileContexts, ...(p.contexts ?? [])])];
    const unknown = contexts.find((c) => !isPloverContext(c));
    if (unknown) throw invalid(file, p.id, `unknown context "${unknown}"`);
    return {
      id: p.id,
      category,
      mode,
      contexts,
      words: withSpellingVariants(p.words.map((w) => w.toLowerCase())),
      pos: p.pos ?? null,
      with: (p.with ?? []).map(americanised),
      unless: (p.unless ?? []).map(americanised),
      actor: p.actor ?? null,
      recipient: p.recipient ?? null,
      reciprocal: p.reciprocal ?? false,
      needs: p.needs ?? [],
      absorbs: p.absorbs ?? false,
      joint: p.joint ?? null,
      abroad: p.abroad ?? null,
      alone: p.alone ?? null,
      hostile: p.hostile ?? null,
      confidence: p.confidence ?? 0.8,
      file,
    };
  });
}

function yamlFilesIn(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter(
      (name) => (name.endsWith(".yaml") || name.endsWith(".yml")) && statSync(join(path, name)).isFile(),
    )
    .sort()
    .map((name) => join(path, name));
}

/** Builds the head-word index; a later pattern with an id already seen replaces the earlier one. */
export function indexPatterns(patterns: EventPattern[]): PatternIndex {
  const byId = new Map<string, EventPattern>();
  for (const p of patterns) byId.set(p.id, p);
  const all = [...byId.values()];
  const byWord = new Map<string, EventPattern[]>();
  for (const p of all) {
    for (const word of p.words) {
      const list = byWord.get(word) ?? [];
      list.push(p);
      byWord.set(word, list);
    }
  }
  for (const list of byWord.values()) list.sort((a, b) => b.with.length - a.with.length);
  return { patterns: all, byWord };
}

/** Loads every pattern file in the given files or folders (not their subfolders). */
export function loadPatternFiles(paths: string[]): EventPattern[] {
  const patterns: EventPattern[] = [];
  for (const path of paths) {
    for (const file of yamlFilesIn(path)) {
      patterns.push(...parsePatternFile(basename(file), readFileSync(file, "utf8")));
    }
  }
  return patterns;
}
