import assert from "node:assert/strict";
import { test } from "node:test";
import { Doc, type StageContext } from "../doc.js";
import { loadNlpContext, normalizeWord, tagTokens } from "./index.js";

function docWithSentences(text: string, bounds: Array<[number, number, number]>): Doc {
  const doc = new Doc({ text, meta: { source: "t", key: "t", format: "text" } });
  doc.sentences = bounds.map(([start, end, paragraph], index) => ({ start, end, index, paragraph }));
  return doc;
}

test("should give every token offsets that slice back to its text", () => {
  const text = "Côte d’Ivoire’s envoy wasn’t recalled.\n\nThe junta expelled him.";
  const doc = docWithSentences(text, [
    [0, 38, 0],
    [40, 64, 1],
  ]);
  tagTokens(doc, loadNlpContext() as StageContext);
  assert.ok(doc.tokens.length > 8);
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(
    doc.tokens.filter((t) => t.sentence === 1).map((t) => t.lemma),
    ["the", "junta", "expel", "him", "."],
  );
});

test("should assign tokens to the sentence they start in when a paragraph holds several", () => {
  const text = "Mali protested. Russia agreed.";
  const doc = docWithSentences(text, [
    [0, 15, 0],
    [16, 30, 0],
  ]);
  tagTokens(doc, loadNlpContext() as StageContext);
  assert.deepEqual(
    doc.tokens.map((t) => `${t.sentence}:${t.text}`),
    ["0:Mali", "0:protested", "0:.", "1:Russia", "1:agreed", "1:."],
  );
});

test("should tag lemmas and UD parts of speech, and split possessives the same way", () => {
  const doc = docWithSentences("Niger's troops were arrested by Russia's allies.", [[0, 48, 0]]);
  tagTokens(doc, loadNlpContext() as StageContext);
  const view = doc.tokens.map((t) => `${t.norm}/${t.lemma}/${t.pos}`);
  assert.deepEqual(view.slice(0, 5), [
    "niger/niger/PROPN",
    "'s/'s/PART",
    "troops/troop/NOUN",
    "were/be/AUX",
    "arrested/arrest/VERB",
  ]);
  assert.equal(doc.tokens[7].norm, "'s");
});

test("should fold case, diacritics and curly apostrophes in norms", () => {
  assert.equal(normalizeWord("Goïta"), "goita");
  assert.equal(normalizeWord("D’Ivoire"), "d'ivoire");
  assert.equal(normalizeWord("MINUSMA"), "minusma");
});
