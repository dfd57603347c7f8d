/**
 * The words the time grammar is built from: month and weekday names, number words, and the
 * nouns that show a four-digit number is a quantity or a label rather than a year, and the
 * cheap cues that tell which rules could match a sentence at all.
 */

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};

/** Counts that are vague on purpose: their result is qualified "about". */
const VAGUE_COUNTS: Record<string, number> = { "a few": 3, few: 3, several: 3, some: 3, many: 5 };

/** Regex source pieces, used case-insensitively; capitalisation is checked on the match. */
export const MONTH_FULL =
  "January|February|March|April|May|June|July|August|September|October|November|December";
export const MONTH_ANY = `(?:${MONTH_FULL}|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)`;
export const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
export const DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?";
export const YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)";
export const COUNT = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS).join("|")}|a few|few|several|some|many)`;
export const UNIT = "(?:day|week|month|year|decade)s?";

/** Activities whose length is told up to the time they are spoken of ("an 8-year campaign"). */
export const LASTING_ACTIVITY =
  "(?:war|conflict|campaign|operation|intervention|insurgency|occupation|rule|reign|presence|mission|crisis|civil war|siege|rebellion|deployment|struggle|fight)s?";

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")];
}

export function weekdayNumber(word: string): number | undefined {
  return WEEKDAYS[word.toLowerCase()];
}

/** Parses a day like "27", "27th", "03". */
export function dayNumber(word: string): number {
  return Number.parseInt(word, 10);
}

/** A count word or figure; `vague` for "a few", "several"... */
export function countValue(word: string): { amount: number; vague: boolean } | null {
  const key = word.toLowerCase().replace(/\s+/g, " ");
  if (/^\d+$/.test(key)) return { amount: Number(key), vague: false };
  if (key in NUMBER_WORDS) return { amount: NUMBER_WORDS[key], vague: false };
  if (key in VAGUE_COUNTS) return { amount: VAGUE_COUNTS[key], vague: true };
  return null;
}

export function unitOf(word: string): "day" | "week" | "month" | "year" | "decade" {
  return word.toLowerCase().replace(/s$/, "") as "day" | "week" | "month" | "year" | "decade";
}

/** Nouns after a four-digit number that make it a quantity ("2000 troops"), not a year. */
export const COUNT_NOUNS = new Set(
  (
    "troops soldiers men women people persons civilians fighters militants jihadists mercenaries " +
    "personnel police officers refugees migrants deaths dead casualties victims killed tons tonnes kg " +
    "km kilometres kilometers miles hectares dollars euros francs usd eur cfa vehicles tanks units " +
    "members votes cases households families children students workers jobs villages schools barrels " +
    "megawatts mw metres meters pages copies rounds rockets missiles drones aircraft jets helicopters " +
    "weapons guns rifles tonnes homes houses attacks incidents gmt utc hours hrs per percent"
  ).split(" "),
);

/**
 * Capitalised words after a day and month that make them a name: "the March 23 Movement",
 * "the 28 September Stadium", "the June 5 Movement".
 */
export const NAME_HEADS = new Set(
  "movement brigade brigades front group party alliance coalition army battalion square street avenue stadium university bridge mosque hospital school district camp prison airport".split(
    " ",
  ),
);

/** Words before a number that make it a label ("Resolution 2085", "No. 2021"), not a year. */
export const LABEL_WORDS = new Set(
  "resolution resolutions no no. number nos article decree law act flight page pp p. vol vol. model code route section chapter paragraph item order ordinance bill case file".split(
    " ",
  ),
);

/** Words before a number that make it a count ("some 2000 were displaced"), not a year. */
export const QUANTITY_LEADS = new Set(
  "some nearly almost over least estimated totalling numbering".split(" "),
);

/**
 * Lower-case words that may stand right before a year ("in 2021", "the 2020 coup").
 * A capitalised word that is not one of these ("Resolution 2085", "Agenda 2063") makes
 * the number a name.
 */
export const YEAR_LEAD_WORDS = new Set(
  (
    "in since by until till from to through of during for and or the a an this that its their his her " +
    "early mid late before after around circa c. about between than until year fiscal following " +
    "spring summer autumn fall winter end beginning start middle half quarter as at on into throughout"
  ).split(" "),
);

export const WORD_ORDINAL_CENTURIES: Record<string, number> = {
  nineteenth: 19,
  twentieth: 20,
  "twenty-first": 21,
};

/** "January of that year", "the following year": how many years from the year in force. */
export const YEAR_OFFSETS: Record<string, number> = {
  that: 0,
  "the same": 0,
  "the following": 1,
  "the next": 1,
  "the previous": -1,
  "the preceding": -1,
};

/** "last month", "next year": how many units from publication. */
export const CALENDAR_OFFSETS: Record<string, number> = {
  this: 0,
  last: -1,
  past: -1,
  previous: -1,
  next: 1,
  coming: 1,
};

/**
 * Cheap tests that a rule could match at all: most sentences lack a month name or the word
 * "ago", and skipping a rule outright is far cheaper than running its pattern.
 */
export const CUES = {
  months:
    /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*\d)/,
  years: /(?:1[6-9]|20)\d\d/,
  decades: /\d0s\b/,
  century: /century/i,
  units: /\b(?:day|week|month|year|decade)s?\b/i,
  recent: /\brecent\b/i,
  ago: /\bago\b/i,
  shift: /\b(?:later|earlier|afterwards?|thereafter)\b/i,
  lasting: /-(?:day|week|month|year|decade)s?\b|\b(?:day|week|month|year|decade)-long\b/i,
  relation: /\b(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before)\b/i,
  period: /\bperiod\b/i,
};
