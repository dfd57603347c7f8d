/** PLOVER contexts cued by the words of a sentence (patterns/cues/contexts.yaml). */
import type { Token } from "../doc.js";
import { type ContextCues, phraseAt } from "./cues.js";

export function sentenceContexts(tokens: readonly Token[], cues: ContextCues): string[] {
  const found = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    const entries = cues.byFirstWord.get(token.lemma) ?? cues.byFirstWord.get(token.norm);
    if (!entries) continue;
    for (const { phrase, context } of entries) if (phraseAt(tokens, k, phrase)) found.add(context);
  }
  return [...found];
}
