/**
 * Page furniture: the short paragraphs a web page wraps around an article (share buttons,
 * newsletter prompts, comment counts, photo credits, cookie notices, related-link lists,
 * advertisements, breadcrumbs, copyright lines). Each rule describes a general class of
 * furniture, bounded by length: furniture is short, and a long paragraph is never dropped.
 */

export interface FurnitureRule {
  name: string;
  /** The rule is only tried on paragraphs of at most this many words. */
  maxWords: number;
  test: (paragraph: string) => boolean;
}

/** Nothing longer than this is furniture (a cookie notice is the longest kind). */
const MAX_FURNITURE_CHARS = 600;

/** Words that make up menus, share bars and account links. */
const INTERFACE_WORDS = new Set(
  (
    "share shares tweet facebook twitter x linkedin whatsapp telegram reddit pinterest instagram youtube tiktok " +
    "flipboard email e-mail print copy link home menu search login logout register subscribe comments reply " +
    "follow contact privacy cookies settings sitemap rss newsletter donate account profile bookmark podcast " +
    "download video videos photos gallery next previous"
  ).split(" "),
);

const ANY_INTERFACE_WORD = new RegExp(`(^|[^\\p{L}])(${[...INTERFACE_WORDS].join("|")})([^\\p{L}]|$)`, "iu");

/** Small words that glue interface words together ("Follow us on", "About us") and count for neither side. */
const GLUE_WORDS = new Set(
  "in up out to us on the our this and more of via with about policy terms back top skip content main all a".split(
    " ",
  ),
);

const SEPARATORS = /^[|•·/\\>»›‹«<,:;–—-]+$/;
const TERMINAL = /[.!?]["'”’)\]]*$/;
const CRUMB_SEPARATOR = /\s[>»›|·•/]\s/g;
const NEWS_AGENCY =
  /(?:^|[\s/|(©])(?:AFP|Reuters|AP|AP Photo|Getty Images|Shutterstock(?:\.com)?|EPA|Anadolu(?: Agency)?|Xinhua|TASS|Sputnik|Unsplash|Freepik|Wikimedia Commons|Alamy|iStock(?:photo)?)\)?$/;

const has = (pattern: RegExp) => (paragraph: string) => pattern.test(paragraph);

/** A lone interface word ("Menu"), or a run of them ("Facebook | Twitter | Email"). */
function mostlyInterfaceWords(paragraph: string): boolean {
  if (!ANY_INTERFACE_WORD.test(paragraph)) return false;
  const words = paragraph.split(" ");
  let ui = 0;
  let content = 0;
  for (const word of words) {
    if (SEPARATORS.test(word)) continue;
    const bare = word.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
    if (bare === "" || GLUE_WORDS.has(bare)) continue;
    content++;
    if (INTERFACE_WORDS.has(bare)) ui++;
  }
  return ui / content >= 0.7 && (ui >= 2 || words.length === 1);
}

/** A string that is one shorter string said several times over (a logo's text repeated). */
function isRepetition(paragraph: string): boolean {
  if (paragraph.indexOf(paragraph.slice(0, 3), 3) === -1) return false;
  const period = (paragraph + paragraph).indexOf(paragraph, 1);
  return period >= 3 && period < paragraph.length;
}

function isBreadcrumb(paragraph: string): boolean {
  // A row of a text table ("| Mali | 2020 |") is data, not navigation.
  if (paragraph.startsWith("|") || TERMINAL.test(paragraph)) return false;
  const separators = paragraph.match(CRUMB_SEPARATOR)?.length ?? 0;
  if (separators < 2) return false;
  return paragraph.split(CRUMB_SEPARATOR).every((part) => part.split(" ").length <= 5);
}

export const FURNITURE_RULES: readonly FurnitureRule[] = [
  { name: "decoration", maxWords: 3, test: has(/^([\p{P}\p{S}\s]+|\d{1,3})$/u) },
  { name: "interface links", maxWords: 12, test: mostlyInterfaceWords },
  {
    name: "share prompt",
    maxWords: 8,
    test: has(
      /^(share|tweet|follow us|email|print|copy link)( this( article| story| page| post)?| on| via)?\s*[:!.]?$|^(share|tweet|follow us)( this| on| via|\s*:)/i,
    ),
  },
  {
    name: "newsletter prompt",
    maxWords: 30,
    test: (p) =>
      (/^(subscribe|sign[ -]?up|join|get|register|enter your e-?mail|never miss|stay (informed|up to date))\b/i.test(
        p,
      ) &&
        /\b(newsletters?|inbox|updates|e-?mails?|briefings?|digest|alerts?|mailing list|subscribers?)\b/i.test(
          p,
        )) ||
      /\bour (?:[\w-]+ ){0,3}(newsletters?|mailing list)\b/i.test(p) ||
      /\b(subscribe to|sign up for) (our|the|this)\b/i.test(p) ||
      /^(subscribe|newsletter)\b[^.]{0,60}$/i.test(p),
  },
  {
    name: "dialog button",
    maxWords: 5,
    test: has(
      /^(no,? thanks|maybe later|close|dismiss|accept( all)?( cookies)?|reject( all)?|got it|ok(ay)?|sign (in|up|out)|log ?(in|out)|continue reading|skip to (main )?content|back to top|load more|show more|see more|view all|click here|learn more)[.!]?$/i,
    ),
  },
  {
    name: "comments",
    maxWords: 12,
    test: has(
      /^((leave|post|add|write) a (comment|reply|response)|\d+\s+(comments?|replies|responses)\b|comments?\s*(\(\d+\)|:)?$|(no|view|show|hide|read) comments\b|(join|start) the (discussion|conversation)\b|be the first to comment)/i,
    ),
  },
  {
    name: "photo credit",
    maxWords: 25,
    test: (p) =>
      /^((photo|image|picture|illustration|graphic|video|file photo|photograph|caption|cover)s?( credit| source)?|credits?)\s*[:|：]/i.test(
        p,
      ) ||
      /\b(photo|image|picture|illustration|credit)s?\s*:\s*[^.:]{1,60}$/i.test(p) ||
      (NEWS_AGENCY.test(p) &&
        !TERMINAL.test(p) &&
        (/[/|(©]|\bvia\b|\bphoto\b/i.test(p) || p.split(" ").length <= 3)),
  },
  {
    name: "copyright",
    maxWords: 40,
    test: has(
      /\ball rights reserved\b|^(©|\(c\)\s|copyright\b)|\bcreative commons\b|\b(you (are welcome to|may|can) republish|may not be (re)?published)\b|\breproduction\b.*\b(prohibited|forbidden)\b|^(terms of (use|service)|privacy policy)\b/i,
    ),
  },
  {
    name: "cookie notice",
    maxWords: 80,
    test: (p) =>
      /\bcookies?\b/i.test(p) &&
      /\b(we use|(this|our) (web)?site uses|accept|consent|browsing|privacy|preferences|your experience|continuing to use)\b/i.test(
        p,
      ),
  },
  {
    name: "related links",
    maxWords: 30,
    test: (p) => {
      const cue =
        /^(read more|read also|also read|read next|see also|related(?: articles?| stories| content| posts| coverage| news| reading)?|more on this( story)?|more from [\w ]+|recommended(?: for you| reading)?|you (?:may|might) also like|most read|most popular|trending(?: now)?|editor'?s picks?|latest news|more stories|further reading)\b\s*([:：»›|-]|$)?/i.exec(
          p,
        );
      return cue !== null && (cue[2] !== undefined || !TERMINAL.test(p));
    },
  },
  {
    name: "advertisement",
    maxWords: 5,
    test: has(
      /^(advertisement|advertising|sponsored( content)?|ad|promoted( content)?|paid (content|post)|story continues below( advertisement)?|continue reading below|scroll to continue)[.:]?$/i,
    ),
  },
  { name: "breadcrumb", maxWords: 20, test: isBreadcrumb },
  {
    name: "taxonomy labels",
    maxWords: 15,
    test: has(
      /^(tags?|topics?|categor(?:y|ies)|filed under|keywords?|sections?|domains?|regions?|nations?|countries|themes?|subjects?|labels?)\s*:/i,
    ),
  },
  { name: "repeated text", maxWords: 60, test: isRepetition },
  {
    name: "call to action",
    maxWords: 45,
    test: has(
      /\b(the article you just read|be part of the [\w\s]{0,30}discussion|send (?:us )?(?:in )?your (?:own )?(?:submission|tips?|story|feedback)|follow us on|like us on|download (?:our|the) app|support (?:our|independent) journalism|donate (?:now|today)|become a (?:member|subscriber|patron))\b/i,
    ),
  },
  {
    name: "byline",
    maxWords: 12,
    test: has(
      /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|&|de|da|van|von|al|bin))*\s*([,|–—-][^.]{0,40})?$/u,
    ),
  },
  {
    name: "publication line",
    maxWords: 10,
    test: has(/^(published|updated|posted|last updated|first published)\b[^.]{0,60}$/i),
  },
  { name: "reading time", maxWords: 5, test: has(/^\d+\s*(min(ute)?s?|mins?)\.? read$/i) },
  { name: "postal address", maxWords: 8, test: has(/^[\p{Lu}][\p{L} .'-]+, [A-Z]{2} \d{5}(-\d{4})?$/u) },
];

/** The furniture rule a paragraph falls under, or null for article text. */
export function furnitureKind(paragraph: string): string | null {
  if (paragraph.length > MAX_FURNITURE_CHARS) return null;
  let words = 1;
  for (let i = paragraph.indexOf(" "); i !== -1; i = paragraph.indexOf(" ", i + 1)) words++;
  for (const rule of FURNITURE_RULES) {
    if (words <= rule.maxWords && rule.test(paragraph)) return rule.name;
  }
  return null;
}
