/**
 * The NLP layer: tokens with character offsets, normalised forms, lemmas and Universal
 * Dependencies POS tags, per sentence. It wraps wink-nlp and its English model; nothing
 * else in Entente imports wink, so the library can be swapped behind `NlpEngine`.
 */

import model from "wink-eng-lite-web-model";
import winkNLP, { type ItsFunction } from "wink-nlp";
import { type Doc, defineStage, type Token } from "../doc.js";

declare module "../doc.js" {
  interface StageContext {
    nlp: NlpEngine;
  }
}

/** A token of a tagged string; offsets are relative to that string. */
export interface TaggedToken {
  start: number;
  end: number;
  text: string;
  norm: string;
  lemma: string;
  pos: string;
}

export interface NlpEngine {
  /** Tokenise and POS-tag a piece of text (one sentence, a paragraph or a whole document). */
  tag(text: string): TaggedToken[];
}

/** Anything outside printable ASCII may need folding. */
const NON_ASCII = /[^ -~]/;
const COMBINING_MARKS = /\p{M}+/gu;
const CURLY_APOSTROPHE = /[\u2018\u2019\u02bc]/g;

/** Lower-cases and folds diacritics and curly apostrophes, cheaply for plain ASCII. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize("NFD").replace(COMBINING_MARKS, "").replace(CURLY_APOSTROPHE, "'");
}

/** wink leaves "Niger's" whole while it splits "Russia's": split possessives consistently. */
const POSSESSIVE_TAIL = /^(.+?)(['\u2019]s)$/i;

function createEngine(): NlpEngine {
  const nlp = winkNLP(model, ["pos"]);
  const its = nlp.its;
  return {
    tag(text: string): TaggedToken[] {
      const tokens = nlp.readDoc(text).tokens();
      // wink's typings do not narrow `its.*` helpers to token outputs; each returns strings here.
      const read = (helper: unknown) => tokens.out(helper as ItsFunction<string>) as string[];
      const values = read(its.value);
      const normals = read(its.normal);
      const lemmas = read(its.lemma);
      const tags = read(its.pos);
      const out: TaggedToken[] = [];
      let cursor = 0;
      for (let i = 0; i < values.length; i++) {
        const value = values[i];
        const pos = tags[i];
        const found = text.indexOf(value, cursor);
        // wink reports token text verbatim; if it ever does not, keep the cursor and skip.
        if (found < 0) continue;
        cursor = found + value.length;
        if (pos === "SPACE") continue;
        const possessive = value.length > 3 && pos !== "PUNCT" ? POSSESSIVE_TAIL.exec(value) : null;
        if (possessive) {
          const base = possessive[1];
          const baseNorm = normalizeWord(base);
          out.push({
            start: found,
            end: found + base.length,
            text: base,
            norm: baseNorm,
            lemma: baseNorm,
            pos,
          });
          out.push({
            start: found + base.length,
            end: cursor,
            text: possessive[2],
            norm: "'s",
            lemma: "'s",
            pos: "PART",
          });
          continue;
        }
        out.push({
          start: found,
          end: cursor,
          text: value,
          norm: normalizeWord(normals[i]),
          lemma: normalizeWord(lemmas[i]),
          pos,
        });
      }
      return out;
    },
  };
}

let engine: NlpEngine | undefined;

/** The NLP engine, loaded once per process (the model takes a few hundred milliseconds). */
export function loadNlpContext(): { nlp: NlpEngine } {
  engine ??= createEngine();
  return { nlp: engine };
}

/**
 * Tags each paragraph's run of sentences in one call (fewer, larger wink documents are
 * faster than one per sentence) and gives every token the sentence its start falls in.
 */
export const tagTokens = defineStage(
  { name: "nlp", requires: ["sentences"], assigns: ["tokens"] },
  (doc, ctx) => {
    const nlp = ctx.nlp ?? loadNlpContext().nlp;
    doc.tokens = [];
    const sentences = doc.sentences;
    let first = 0;
    while (first < sentences.length) {
      let last = first;
      while (last + 1 < sentences.length && sentences[last + 1].paragraph === sentences[first].paragraph)
        last++;
      tagRun(doc, nlp, first, last);
      first = last + 1;
    }
  },
);

function tagRun(doc: Doc, nlp: NlpEngine, first: number, last: number): void {
  const sentences = doc.sentences;
  const base = sentences[first].start;
  const tagged = nlp.tag(doc.text.slice(base, sentences[last].end));
  let s = first;
  for (const t of tagged) {
    const start = base + t.start;
    while (s < last && start >= sentences[s + 1].start) s++;
    if (start < sentences[s].start || start >= sentences[s].end) continue;
    const token: Token = {
      start,
      end: Math.min(base + t.end, sentences[s].end),
      sentence: sentences[s].index,
      text: t.text,
      norm: t.norm,
      lemma: t.lemma,
      pos: t.pos,
    };
    doc.tokens.push(token);
  }
}
