/**
 * What a period after a word means. Titles, months and Latin short forms are followed by
 * more of the same sentence; company suffixes, initials and dotted acronyms ("U.S.") may
 * end a sentence, which we accept only when a typical sentence opener follows.
 */

/** Never end a sentence (case-sensitive: "No." is an abbreviation, "no." is a word). */
export const CONTINUING_ABBREVIATIONS = new Set(
  (
    "Mr Mrs Ms Mx Dr Prof Gen Col Lt Capt Maj Sgt Cpl Pvt Adm Brig Cmdr Cdr Gov Sen Rep Rev Hon Pres Amb Fr " +
    "St Mt Ft Msgr Supt Insp Det Gens Cols Lts Maj.Gen Lt.Col Lt.Gen Brig.Gen " +
    "e.g i.e cf vs v viz approx ca c ibid " +
    "Fig Figs Vol Vols Art Sec Ch Para Paras Eq Ref Nos No Op pp p para art sec ch fig vol no nos"
  ).split(" "),
);

/** Continue a sentence only when a number follows ("No. 5", "p. 12", "Art. 3"). */
export const NUMBER_ABBREVIATIONS = new Set(
  "No Nos no nos p pp Art art Sec sec Ch ch Fig fig Figs Vol vol Vols Para para Paras Eq Ref Op".split(" "),
);

/** May end a sentence: "... founded by Wagner Co. The group ..." vs "Wagner Co. Ltd", "Sept. 3". */
export const CLOSING_ABBREVIATIONS = new Set(
  (
    "Inc Ltd Co Corp Bros LLC Plc plc etc al Ave Blvd Rd Dept Univ Assn Esq Jr Sr " +
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun"
  ).split(" "),
);

/** Words that typically open a sentence; after an ambiguous abbreviation they mark a boundary. */
export const SENTENCE_OPENERS = new Set(
  (
    "The A An This That These Those It Its He She They We I You His Her Their Our My There Here " +
    "In On At By For From With After Before When While As If But And Or So Yet However Meanwhile " +
    "Moreover Also Although Though Since During Under Over Despite According Earlier Later Last Then " +
    "Now Today Yesterday Such Some Many Most Several Both Each All One Two Three Who What Why How " +
    "Where Which Mr Mrs Ms Dr Still Instead Nevertheless Indeed Thus Hence Following Officials"
  ).split(" "),
);
