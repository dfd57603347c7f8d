/**
 * The NLP layer gives each token wink's normal form, which spells British words the American
 * way ("dialogue" → dialog, "defence" → defense, "organised" → organized). Pattern and cue
 * words are written as analysts write them, so each gets its American variant too; a variant
 * that is no English word costs one unused index key.
 */

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/isation(s?)$/, "ization$1"],
  [/is(e|es|ed|ing)$/, "iz$1"],
  [/(.{3,})our(s|ed|ing)?$/, "$1or$2"],
  [/ogue(s?)$/, "og$1"],
  [/amme(s?)$/, "am$1"],
  [/^(def|off|lic|pret)ence(s?)$/, "$1ense$2"],
  [/([^aeiou])tre(s?)$/, "$1ter$2"],
  [/([aeiou])ll(ed|ing|er)$/, "$1l$2"],
  [/oeuvre(s?)$/, "euver$1"],
  [/^enquir/, "inquir"],
];

/** The word and, where it differs, its American spelling. */
export function spellingVariants(word: string): string[] {
  let american = word;
  for (const [pattern, replacement] of RULES) american = american.replace(pattern, replacement);
  return american === word ? [word] : [word, american];
}

/** Every word of a list with its American variants. */
export function withSpellingVariants(words: readonly string[]): string[] {
  return [...new Set(words.flatMap(spellingVariants))];
}
