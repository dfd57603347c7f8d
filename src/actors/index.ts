/**
 * The actors stage: finds actor mentions in every sentence, resolves each to a knowledge-base
 * entity with its PLOVER code and sector at the sentence's date, and keeps the capitalised
 * names it could not resolve in doc.data.unresolvedNames.
 */
import { join } from "node:path";
import { type Doc, defineStage, type Mention } from "../doc.js";
import { composeFindings, type Finding } from "./compose.js";
import { type ActorKnowledgeBase, buildKnowledgeBase } from "./kb.js";
import { type LexItem, lexTokens } from "./lex.js";
import { loadDictionaries } from "./load.js";
import { tokenizeWords } from "./normalize.js";
import { resolveFindings, type SentenceFindings } from "./resolve.js";
import { linkUnknownNames } from "./unknown-coref.js";
import { coveredTokens, findUnresolvedSpans, type UnresolvedNameSpan } from "./unresolved.js";
import { defaultUserDictionaryFolder, envDictionaries } from "./user-dictionary.js";

export type { ActorKnowledgeBase } from "./kb.js";
export { resolveRoleAtDate } from "./roles.js";
export type { ActorEntry } from "./schema.js";
export type { UnresolvedNameSpan } from "./unresolved.js";

declare module "../doc.js" {
  interface StageContext {
    actorKB: ActorKnowledgeBase;
  }
  interface DocData {
    /** Capitalised names in the text that resolved to no knowledge-base entity. */
    unresolvedNames?: UnresolvedNameSpan[];
  }
}

export interface ActorContextOptions {
  /** Folder holding dictionaries/. */
  root: string;
  /** User dictionary folders or files, loaded after the built-in ones (later ids win). */
  userDictionaries: string[];
}

/**
 * Built-in dictionaries, then the default user folder, $ENTENTE_DICTIONARIES, and the folders
 * given; a later entry with the same id replaces an earlier one.
 */
export function loadActorKnowledgeBase(options: ActorContextOptions): ActorKnowledgeBase {
  const folders = [
    join(options.root, "dictionaries"),
    defaultUserDictionaryFolder(),
    ...envDictionaries(),
    ...options.userDictionaries,
  ];
  return buildKnowledgeBase(loadDictionaries([...new Set(folders)]));
}

export function loadActorContext(options: ActorContextOptions): { actorKB: ActorKnowledgeBase } {
  return { actorKB: loadActorKnowledgeBase(options) };
}

/** The date governing a sentence: its own (start of the value), else the publication date. */
export function sentenceDate(
  doc: Doc,
  sentence: number,
  byIndex?: Map<number, string | null>,
): string | null {
  const own = byIndex
    ? byIndex.get(sentence)
    : doc.sentenceDates.find((d) => d.sentence === sentence)?.value?.start;
  return own ?? doc.meta.published ?? null;
}

/**
 * Tokens the knowledge base accounts for. Names it lacks are mentions now (a titled name, a
 * cued person, an organisation by its head) and are still listed for users to add, whole.
 */
function knownTokens(items: LexItem[], findings: Finding[]): Set<number> {
  const covered = coveredTokens(items, findings);
  for (const f of findings) {
    const [from, to] =
      f.kind === "titledName"
        ? [f.nameFirst, f.nameEnd]
        : f.kind === "unknownPerson" || f.kind === "unknownOrg"
          ? [f.first, f.end]
          : [0, 0];
    for (let t = from; t < to; t++) covered.delete(t);
  }
  return covered;
}

/** Finds and resolves mentions; the stage's work, callable without a context object. */
export function annotateActors(doc: Doc, kb: ActorKnowledgeBase): void {
  const dates = new Map(doc.sentenceDates.map((d) => [d.sentence, d.value?.start ?? null]));
  const all: SentenceFindings[] = [];
  const unresolved: UnresolvedNameSpan[] = [];
  for (const sentence of doc.sentences) {
    const tokens = tokenizeWords(doc.text.slice(sentence.start, sentence.end), sentence.start);
    const items = lexTokens(tokens, kb.trie);
    const findings = composeFindings(tokens, items, kb.names);
    all.push({ sentence: sentence.index, date: sentenceDate(doc, sentence.index, dates), tokens, findings });
    unresolved.push(...findUnresolvedSpans(tokens, knownTokens(items, findings), sentence.index, doc.text));
  }
  linkUnknownNames(all);
  doc.mentions = resolveFindings(kb, all, doc.text);
  doc.data.unresolvedNames = unresolved;
}

export const findActors = defineStage(
  { name: "actors", requires: ["sentences", "sentenceDates"], assigns: ["mentions"] },
  (doc, ctx) => annotateActors(doc, ctx.actorKB),
);

/** The mentions of sentence `i`, in text order (for the events stage); mentions are sorted by sentence. */
export function mentionsInSentence(doc: Doc, i: number): Mention[] {
  const list = doc.mentions;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].sentence < i) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < list.length && list[end].sentence === i) end++;
  return list.slice(lo, end);
}
