/**
 * The narrative clock: walks a document's sentences in order, resolves each expression
 * against the date in force, and gives each sentence its date — the expression governing
 * its main clause, else the narrative date (the last governing date of this paragraph or
 * the previous one), else the publication date marked `reported`.
 */
import type { Doc, SentenceDate, Span, TimeExpression, TimeValue } from "../doc.js";
import { compareAtCommon, type PartialDate, parsePartial, pointValue, startOf } from "./calendar.js";
import { governingExpression } from "./clauses.js";
import type { ResolveContext } from "./resolve.js";
import { scanSentence } from "./scan.js";
import { statedTenures, type Tenure, tenureFor } from "./tenures.js";

/** Photo captions and credits: dated, but outside the story's time line. */
const CAPTION = /\b(?:Photo|Image|Picture|Credit)s?\s*:|©|\bvia (?:AP|AFP|Reuters|Getty)\b|\(AP Photo/;

/**
 * Talk of what is to come, including intentions ("hopes to", "pledged to"): a yearless month
 * then means the next one, not the last one.
 */
const FUTURE =
  /\b(?:will|shall|is to|are to|scheduled|planned|plans? to|expected to|due to|deadline|upcoming|(?:hope|intend|aim|want|pledge|vow|promise)(?:s|d|ed)? to)\b/i;

/** Opens a clause of its own, with its own tense ("the force that deployed in January"). */
const CLAUSE_OPENER = /\b(?:that|which|who|whom|when)\s/gi;

/**
 * Whether the clause around `span` (from the last comma, semicolon or clause opener before
 * it to the next comma or semicolon) talks of what is to come.
 */
function speaksOfFuture(text: string, span: Span): boolean {
  const before = text.slice(0, span.start);
  let from = Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1;
  for (const opener of before.matchAll(CLAUSE_OPENER)) from = Math.max(from, opener.index);
  const rest = text.slice(span.end).search(/[,;]/);
  return FUTURE.test(text.slice(from, rest < 0 ? text.length : span.end + rest));
}

/** "has already begun", "have just left": a perfect measured from the time of writing. */
const PERFECT_OF_NOW = /\b(?:has|have)\s+(?:already|just|now|recently)\s+(?:been\s+)?\p{L}+/iu;

interface NarrativeDate {
  value: TimeValue;
  /** Ordinal of the last body paragraph it reaches. */
  until: number;
}

/** Body paragraphs are counted; headings frame the next one; captions stand outside. */
interface ParagraphRole {
  ordinal: number;
  heading: boolean;
  caption: boolean;
}

function paragraphRoles(doc: Doc): Map<number, ParagraphRole> {
  const roles = new Map<number, ParagraphRole>();
  let ordinal = 0;
  for (const paragraph of doc.paragraphs) {
    // A caption often looks like a heading (no final stop); it is a caption first.
    const caption = CAPTION.test(doc.slice(paragraph));
    const heading = paragraph.heading && !caption;
    if (!heading && !caption) ordinal += 1;
    roles.set(paragraph.index, { ordinal: heading ? ordinal + 1 : ordinal, heading, caption });
  }
  return roles;
}

export function publicationDate(doc: Doc): PartialDate | null {
  return parsePartial(doc.meta.published ?? null);
}

function isProspective(value: TimeValue, publication: PartialDate | null): boolean {
  return publication !== null && compareAtCommon(startOf(value), publication) > 0;
}

/**
 * A date sets the narrative for its paragraph and the next one; a "since" date only for its
 * own: it names where a state that lasts to the time of writing began, and the story told
 * after it has moved on from that start.
 */
function setNarrative(value: TimeValue, paragraph: number): NarrativeDate {
  return { value, until: value.qualifier === "since" ? paragraph : paragraph + 1 };
}

/** A sentence no expression of its own dates: the narrative date, else the publication date. */
function undatedSentence(
  sentence: number,
  inForce: TimeValue | null,
  reported: TimeValue | null,
): SentenceDate {
  if (inForce) return { sentence, value: inForce, source: "narrative", expression: null };
  return { sentence, value: reported, source: "reported", expression: null };
}

export interface DatedDocument {
  timexes: TimeExpression[];
  sentenceDates: SentenceDate[];
  /** The narrative date in force before each sentence (by sentence index). */
  narrativeDates: (TimeValue | null)[];
}

export function dateDocument(doc: Doc): DatedDocument {
  const publication = publicationDate(doc);
  const reported = publication ? pointValue(publication) : null;
  const roles = paragraphRoles(doc);
  const timexes: TimeExpression[] = [];
  const sentenceDates: SentenceDate[] = [];
  const narrativeDates: (TimeValue | null)[] = [];
  const tenures: Tenure[] = [];
  let narrative: NarrativeDate | null = null;
  for (const sentence of doc.sentences) {
    const role = roles.get(sentence.paragraph) ?? {
      ordinal: sentence.paragraph,
      heading: false,
      caption: false,
    };
    const inForce = narrative && narrative.until >= role.ordinal ? narrative.value : null;
    narrativeDates[sentence.index] = inForce;
    const text = doc.slice(sentence);
    // A sentence without a date of its own may speak of someone's stated term in office,
    // or of the time of writing ("has already begun"), which brings the story to the present.
    const undated = (): SentenceDate => {
      const term = tenureFor(text, tenures, inForce);
      if (term) {
        narrativeDates[sentence.index] = term;
        if (!role.caption) narrative = setNarrative(term, role.ordinal);
        return { sentence: sentence.index, value: term, source: "narrative", expression: null };
      }
      const now = reported !== null && PERFECT_OF_NOW.test(text);
      if (now) {
        narrativeDates[sentence.index] = null;
        narrative = null;
      }
      return undatedSentence(sentence.index, now ? null : inForce, reported);
    };
    const cores = scanSentence(text, publication);
    if (cores.length === 0) {
      sentenceDates.push(undated());
      continue;
    }
    const found: TimeExpression[] = [];
    let reference = inForce;
    for (const core of cores) {
      const ctx: ResolveContext = { publication, reference, future: speaksOfFuture(text, core) };
      const resolution = core.resolve(ctx);
      const span = { start: sentence.start + core.start, end: sentence.start + core.end };
      if (!resolution) {
        doc.info("time", "unresolved", "a date expression could not be placed in time", span);
        continue;
      }
      if (resolution.note) doc.info("time", "doubtful", resolution.note, span);
      found.push({
        ...span,
        sentence: sentence.index,
        text: doc.slice(span),
        value: resolution.value,
        kind: core.kind,
      });
      reference = resolution.value;
    }
    const placed = found.map((expression) => ({
      ...expression,
      start: expression.start - sentence.start,
      end: expression.end - sentence.start,
    }));
    const chosen =
      role.heading && found.length > 0 ? { index: 0, narrative: true } : governingExpression(text, placed);
    const first = timexes.length;
    timexes.push(...found);
    tenures.push(...statedTenures(text, placed));
    if (chosen !== null) {
      const value = found[chosen.index].value;
      sentenceDates.push({
        sentence: sentence.index,
        value,
        source: "expression",
        expression: first + chosen.index,
      });
      if (chosen.narrative && !role.caption && !isProspective(value, publication)) {
        narrative = setNarrative(value, role.ordinal);
      }
    } else {
      sentenceDates.push(undated());
    }
  }
  return { timexes, sentenceDates, narrativeDates };
}
