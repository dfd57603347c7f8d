/**
 * The word lists that recognise names the knowledge base does not hold: portfolios in
 * ministers' titles, organisation head words, words that make a body an armed group, and
 * the cues that make a capitalised name a person. Built once at load, as folded word sets.
 */
import type { DictionaryData } from "./load.js";
import { normWord, tokenizeWords } from "./normalize.js";
import type { OrganisationHead } from "./schema.js";

export interface NameLexicon {
  portfolios: Set<string>;
  organisationHeads: Map<string, OrganisationHead>;
  armedNameWords: Set<string>;
  /** Token norms of each speech verb or phrase ("put it" → ["put", "it"]). */
  speechVerbs: string[][];
  sourcePhrases: string[][];
}

function phrases(list: string[]): string[][] {
  return list.map((p) => tokenizeWords(p).map((t) => t.norm)).filter((p) => p.length > 0);
}

export function buildNameLexicon(data: DictionaryData): NameLexicon {
  const organisationHeads = new Map<string, OrganisationHead>();
  for (const head of data.organisationHeads)
    for (const f of head.forms) organisationHeads.set(normWord(f), head);
  return {
    portfolios: new Set(data.portfolios.map(normWord)),
    organisationHeads,
    armedNameWords: new Set(data.armedNameWords.map(normWord)),
    speechVerbs: phrases(data.personCues.flatMap((c) => c.speechVerbs)),
    sourcePhrases: phrases(data.personCues.flatMap((c) => c.sourcePhrases)),
  };
}

/** Whether the token norms at `at` spell one of the phrases. */
export function phraseAt(norms: (k: number) => string | undefined, at: number, list: string[][]): number {
  for (const p of list) if (p.every((w, k) => norms(at + k) === w)) return p.length;
  return 0;
}
