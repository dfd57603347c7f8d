/** Shared by the actors tests: the built-in knowledge base (loaded once) and hand-made documents. */
import { join } from "node:path";
import { Doc } from "../doc.js";
import { projectRoot } from "../paths.js";
import { type ActorKnowledgeBase, buildKnowledgeBase } from "./kb.js";
import { loadDictionaries } from "./load.js";

let cached: ActorKnowledgeBase | undefined;

/** The shipped dictionaries only (no user folders), so tests do not depend on the machine. */
export function builtInKnowledgeBase(): ActorKnowledgeBase {
  cached ??= buildKnowledgeBase(loadDictionaries([join(projectRoot(), "dictionaries")]));
  return cached;
}

/** A document whose sentences are split at ". " (our test sentences avoid abbreviations). */
export function docFrom(
  text: string,
  options: { published?: string | null; dates?: (string | null)[] } = {},
): Doc {
  const doc = new Doc({
    text,
    meta: { source: "test", key: "test", format: "text", published: options.published ?? null },
  });
  let start = 0;
  for (const part of text.split(/(?<=[.!?])\s+/)) {
    const at = text.indexOf(part, start);
    doc.sentences.push({ index: doc.sentences.length, paragraph: 0, start: at, end: at + part.length });
    start = at + part.length;
  }
  doc.sentenceDates = (options.dates ?? []).map((d, sentence) => ({
    sentence,
    value: d ? { start: d, end: null, granularity: "day", qualifier: null } : null,
    source: "expression",
    expression: null,
  }));
  return doc;
}
