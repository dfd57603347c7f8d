/**
 * The Doc: one document flowing through the pipeline. Each stage reads the layers it
 * `requires` and adds the layers it `assigns`. Every span is a pair of character offsets
 * into `doc.text` (the cleaned, stored text), so evidence can always be highlighted exactly.
 */
import type { EntenteErrorCode } from "./errors.js";

export interface Span {
  start: number;
  end: number;
}

export type Severity = "fatal" | "warning" | "info";

export interface Message {
  severity: Severity;
  stage: string;
  rule: string;
  reason: string;
  span?: Span;
}

/** Thrown only by `doc.fatal`; the batch runner records the document as failed and goes on. */
export class FatalDocError extends Error {
  constructor(
    readonly source: string,
    readonly code: EntenteErrorCode,
    reason: string,
  ) {
    super(reason);
    this.name = "FatalDocError";
  }
}

export type SourceFormat = "text" | "markdown" | "html" | "pdf" | "json" | "jsonl" | "stdin";

export interface DocMeta {
  /** Where the document came from: a path, a URL, `-` for stdin, or `file.jsonl:12`. */
  source: string;
  /** A stable external key: the file stem, the record `id`, or the URL. */
  key: string;
  format: SourceFormat;
  title?: string | null;
  url?: string | null;
  /** ISO 8601 partial date (YYYY, YYYY-MM, YYYY-MM-DD) or full timestamp. */
  published?: string | null;
  publisher?: string | null;
  author?: string | null;
  language?: string | null;
  stance?: string | null;
  kind?: string | null;
  /** The decoding actually used for the bytes (utf-8, windows-1252, ...). */
  encoding?: string | null;
  /** Anything else a sidecar or JSON record carried, kept as given. */
  extra?: Record<string, unknown>;
}

export interface Paragraph extends Span {
  index: number;
  /** A short line without final punctuation: a title or section heading. */
  heading: boolean;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

export interface Token extends Span {
  sentence: number;
  text: string;
  /** Lower-cased, diacritics folded: for dictionary lookups. */
  norm: string;
  lemma: string;
  /** Universal Dependencies POS tag (NOUN, VERB, PROPN, ...). */
  pos: string;
}

export type EntityType = "state" | "organization" | "person" | "armed_group" | "location";

export interface Mention extends Span {
  sentence: number;
  text: string;
  /** Canonical entity id from the knowledge base; null when unresolved or ambiguous. */
  entityId: string | null;
  name: string;
  type: EntityType;
  /** PLOVER actor code and sector valid at the governing date. */
  code: string | null;
  sector: string | null;
  confidence: number;
  /** How the mention was found: a dictionary alias, a demonym, a metonym, coreference... */
  via: string;
  /** Candidate entity ids when the mention could not be resolved to one. */
  candidates?: string[];
}

export type Granularity = "decade" | "year" | "month" | "day";
export type DateQualifier = "early" | "mid" | "late" | "about" | "before" | "after" | "since" | null;

export interface TimeValue {
  /** ISO 8601 partial: YYYY, YYYY-MM or YYYY-MM-DD (a decade is its first year). */
  start: string;
  end: string | null;
  granularity: Granularity;
  qualifier: DateQualifier;
}

export interface TimeExpression extends Span {
  sentence: number;
  text: string;
  value: TimeValue;
  /** absolute ("24 May 2021"), relative ("last week"), anaphoric ("a week later"). */
  kind: "absolute" | "relative" | "anaphoric";
}

export interface SentenceDate {
  sentence: number;
  value: TimeValue | null;
  /** expression: a date in the clause; narrative: carried over; reported: publication date. */
  source: "expression" | "narrative" | "reported";
  /** Index into `doc.timexes` when the date comes from an expression. */
  expression: number | null;
}

export type Factuality = "asserted" | "negated" | "future" | "hypothetical" | "recommended";

export interface EventParticipant {
  entityId: string | null;
  code: string | null;
  sector: string | null;
  name: string;
  /** The words in the text that named this participant. */
  span: Span | null;
}

export interface TextCue extends Span {
  text: string;
}

export interface CodedEvent {
  /** Stable within a document: `${doc key}-e${n}`; the store prefixes nothing. */
  id: string;
  sentence: number;
  /** PLOVER categories, primary first. */
  event: string[];
  mode: string[];
  context: string[];
  actor: EventParticipant[];
  recipient: EventParticipant[];
  date: string | null;
  enddate: string | null;
  datePrecision: Granularity | null;
  /** True when the only date available was the publication date. */
  dateReported: boolean;
  factuality: Factuality;
  factualityCue: TextCue | null;
  attribution: string | null;
  /** PLOVER conflict–cooperation score of the primary category and mode. */
  intensity: number;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadCode: 1 | 2 | 3 | 4;
  confidence: number;
  trigger: TextCue;
  /** Id of the trigger pattern that fired, for debugging and evaluation. */
  pattern: string;
}

/** Per-document data that stages add beyond the standard layers; stages extend it. */
// biome-ignore lint/suspicious/noEmptyInterface: extended by declaration merging in stages
export interface DocData {}

export interface DocInit {
  text: string;
  meta: DocMeta;
}

export class Doc {
  /** The cleaned text; set by the clean stage (before it, the reader's raw text). */
  text: string;
  meta: DocMeta;
  /** SHA-256 of the text as the reader produced it: re-ingesting identical content is a no-op. */
  contentHash = "";
  paragraphs: Paragraph[] = [];
  sentences: Sentence[] = [];
  tokens: Token[] = [];
  mentions: Mention[] = [];
  timexes: TimeExpression[] = [];
  sentenceDates: SentenceDate[] = [];
  events: CodedEvent[] = [];
  messages: Message[] = [];
  data: DocData = {};

  constructor(init: DocInit) {
    this.text = init.text;
    this.meta = init.meta;
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  sentenceText(index: number): string {
    const s = this.sentences[index];
    return s ? this.text.slice(s.start, s.end) : "";
  }

  warn(stage: string, rule: string, reason: string, span?: Span): void {
    this.messages.push({ severity: "warning", stage, rule, reason, span });
  }

  info(stage: string, rule: string, reason: string, span?: Span): void {
    this.messages.push({ severity: "info", stage, rule, reason, span });
  }

  fatal(stage: string, code: EntenteErrorCode, reason: string): never {
    this.messages.push({ severity: "fatal", stage, rule: code, reason });
    throw new FatalDocError(this.meta.source, code, reason);
  }
}

/**
 * Read-only knowledge passed to every stage (dictionaries, patterns, ontology, NLP model).
 * Stages extend it by declaration merging so that doc.ts does not depend on them.
 */
// biome-ignore lint/suspicious/noEmptyInterface: extended by declaration merging in stages
export interface StageContext {}

export type Layer =
  | "text"
  | "paragraphs"
  | "sentences"
  | "tokens"
  | "mentions"
  | "timexes"
  | "sentenceDates"
  | "events";

export interface StageMeta {
  name: string;
  requires: Layer[];
  assigns: Layer[];
}

export type Stage = ((doc: Doc, ctx: StageContext) => void) & { meta: StageMeta };

/** Attach a stage's declaration to its function, spaCy-style, right where it is defined. */
export function defineStage(meta: StageMeta, run: (doc: Doc, ctx: StageContext) => void): Stage {
  return Object.assign(run, { meta });
}
