/**
 * Factuality, attribution and context cues: the word lists in patterns/cues/*.yaml, validated
 * at load and compiled into word sequences matched against token norms and lemmas.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Token } from "../doc.js";
import { EntenteError } from "../errors.js";
import { parseYamlCached } from "../yaml-cache.js";
import { isPloverContext } from "./ontology.js";
import { spellingVariants, withSpellingVariants } from "./spelling.js";

/** A cue of one or more words, each matched against a token's norm or lemma. */
export type Phrase = readonly string[];

/** Phrases indexed by first word, so a scan looks only at tokens that can start one. */
export interface PhraseList {
  byFirst: ReadonlyMap<string, readonly Phrase[]>;
}

function phraseList(texts: readonly string[]): PhraseList {
  const byFirst = new Map<string, Phrase[]>();
  for (const phrase of texts.flatMap(toPhrases)) {
    const list = byFirst.get(phrase[0]) ?? [];
    list.push(phrase);
    byFirst.set(phrase[0], list);
  }
  return { byFirst };
}

/** The phrases of `list` that start at token `at` (by its norm or lemma). */
export function phrasesStartingAt(tokens: readonly Token[], at: number, list: PhraseList): Phrase[] {
  const token = tokens[at];
  const found: Phrase[] = [];
  const byNorm = list.byFirst.get(token.norm);
  const byLemma = token.lemma === token.norm ? undefined : list.byFirst.get(token.lemma);
  for (const candidates of [byNorm, byLemma]) {
    if (candidates) for (const phrase of candidates) if (phraseAt(tokens, at, phrase)) found.push(phrase);
  }
  return found;
}

const list = z.array(z.string().min(1));
const modalGroup = z.object({ modals: list, phrases: list }).strict();

const factualitySchema = z
  .object({
    version: z.literal(1),
    negation: list,
    nominalNegation: list,
    negatingVerbs: list,
    denialVerbs: list,
    future: modalGroup,
    hypothetical: modalGroup,
    recommended: modalGroup,
    conditionals: list,
    reportingVerbs: list,
    sourcePhrases: list,
    intentionReporters: list,
  })
  .strict();

const contextSchema = z.object({ version: z.literal(1), contexts: z.record(z.string(), list) }).strict();

export interface ModalCues {
  modals: ReadonlySet<string>;
  phrases: PhraseList;
}

export interface FactualityCues {
  negation: PhraseList;
  nominalNegation: PhraseList;
  negatingVerbs: ReadonlySet<string>;
  denialVerbs: ReadonlySet<string>;
  future: ModalCues;
  hypothetical: ModalCues;
  recommended: ModalCues;
  conditionals: PhraseList;
  reportingVerbs: ReadonlySet<string>;
  sourcePhrases: PhraseList;
  intentionReporters: ReadonlySet<string>;
}

export interface ContextCues {
  /** First word of a cue → the cues starting with it, with their context. */
  byFirstWord: Map<string, Array<{ phrase: Phrase; context: string }>>;
}

/** A cue's words, and the same words in American spelling when that differs (token norms use it). */
function toPhrases(text: string): Phrase[] {
  const phrase = text.toLowerCase().split(/\s+/);
  const american = phrase.map((word) => spellingVariants(word).at(-1) as string);
  return american.join(" ") === phrase.join(" ") ? [phrase] : [phrase, american];
}
const modal = (group: z.infer<typeof modalGroup>): ModalCues => ({
  modals: new Set(group.modals),
  phrases: phraseList(group.phrases),
});

function readYaml(file: string): unknown {
  try {
    return parseYamlCached(readFileSync(file, "utf8"));
  } catch (error) {
    throw new EntenteError("ENTENTE_PATTERN_INVALID", `${file}: pattern (file): ${(error as Error).message}`);
  }
}

function check<T>(schema: z.ZodType<T>, file: string, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const reason = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  throw new EntenteError("ENTENTE_PATTERN_INVALID", `${file}: pattern (cues): ${reason}`);
}

export function parseFactualityCues(file: string, raw: unknown): FactualityCues {
  const data = check(factualitySchema, file, raw);
  return {
    negation: phraseList(data.negation),
    nominalNegation: phraseList(data.nominalNegation),
    negatingVerbs: new Set(withSpellingVariants(data.negatingVerbs)),
    denialVerbs: new Set(withSpellingVariants(data.denialVerbs)),
    future: modal(data.future),
    hypothetical: modal(data.hypothetical),
    recommended: modal(data.recommended),
    conditionals: phraseList(data.conditionals),
    reportingVerbs: new Set(withSpellingVariants(data.reportingVerbs)),
    sourcePhrases: phraseList(data.sourcePhrases),
    intentionReporters: new Set(withSpellingVariants(data.intentionReporters)),
  };
}

export function parseContextCues(file: string, raw: unknown): ContextCues {
  const data = check(contextSchema, file, raw);
  const byFirstWord = new Map<string, Array<{ phrase: Phrase; context: string }>>();
  for (const [context, cues] of Object.entries(data.contexts)) {
    if (!isPloverContext(context)) {
      throw new EntenteError(
        "ENTENTE_PATTERN_INVALID",
        `${file}: pattern (contexts): unknown context "${context}"`,
      );
    }
    for (const phrase of cues.flatMap(toPhrases)) {
      const entries = byFirstWord.get(phrase[0]) ?? [];
      entries.push({ phrase, context });
      byFirstWord.set(phrase[0], entries);
    }
  }
  return { byFirstWord };
}

export function loadCues(folder: string): { factuality: FactualityCues; contexts: ContextCues } {
  const factualityFile = join(folder, "factuality.yaml");
  const contextFile = join(folder, "contexts.yaml");
  return {
    factuality: parseFactualityCues(factualityFile, readYaml(factualityFile)),
    contexts: parseContextCues(contextFile, readYaml(contextFile)),
  };
}

export function wordMatches(token: Token | undefined, word: string): boolean {
  return token !== undefined && (token.norm === word || token.lemma === word);
}

/** True when `phrase` occurs in `tokens` starting at index `at`. */
export function phraseAt(tokens: readonly Token[], at: number, phrase: Phrase): boolean {
  for (let k = 0; k < phrase.length; k++) if (!wordMatches(tokens[at + k], phrase[k])) return false;
  return true;
}
