/**
 * The storage contract. The pipeline, CLI, API and evaluation talk to this interface only;
 * SQLite is the default implementation, and a PostgreSQL one can be added beside it.
 */
import type {
  CodedEvent,
  Doc,
  DocMeta,
  Factuality,
  Granularity,
  Mention,
  Message,
  Paragraph,
  Sentence,
  SentenceDate,
  TimeExpression,
} from "../doc.js";
import type { AnalysisQueries } from "./analysis-types.js";

export type SaveStatus = "added" | "unchanged" | "new-version" | "replaced";

export interface SaveResult {
  status: SaveStatus;
  id: number;
  version: number;
  /** For "unchanged": the key of the stored document holding the same content. */
  duplicateOf?: string;
}

export interface SaveOptions {
  /** Re-process and replace the stored analysis even when the content is unchanged. */
  force?: boolean;
}

export interface DocumentSummary {
  id: number;
  key: string;
  source: string;
  format: string;
  version: number;
  current: boolean;
  title: string | null;
  publisher: string | null;
  published: string | null;
  stance: string | null;
  chars: number;
  sentences: number;
  events: number;
  ingestedAt: string;
}

export interface StoredDocument {
  id: number;
  version: number;
  meta: DocMeta;
  contentHash: string;
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  mentions: Mention[];
  timexes: TimeExpression[];
  sentenceDates: SentenceDate[];
  events: CodedEvent[];
  messages: Message[];
}

export interface SearchHit {
  docId: number;
  key: string;
  title: string | null;
  sentence: number;
  start: number;
  end: number;
  /** The sentence with matches wrapped in the caller's markers. */
  snippet: string;
  rank: number;
}

export interface SearchOptions {
  limit?: number;
  offset?: number;
  /** Markers put around each match in `snippet`; defaults to « and ». */
  mark?: [string, string];
}

export interface CorpusStats {
  documents: number;
  versions: number;
  characters: number;
  sentences: number;
  mentions: number;
  resolvedMentions: number;
  entities: number;
  timexes: number;
  events: number;
  eventsByCategory: Record<string, number>;
  eventsByFactuality: Record<string, number>;
  firstDate: string | null;
  lastDate: string | null;
  dbBytes: number;
}

export interface DocumentListOptions {
  limit?: number;
  offset?: number;
  /** Include superseded versions (default: only the current version of each source). */
  allVersions?: boolean;
}

export interface EventFilter {
  /** Matches any actor in the event's list, by code ("MLI"), code+sector ("MLI GOV") or entity id. */
  actor?: string;
  recipient?: string;
  /** PLOVER category of the primary event. */
  type?: string;
  quadCode?: number;
  /** Default: every factuality. */
  factuality?: Factuality[];
  /** Inclusive ISO partial bounds on the event date. */
  from?: string;
  to?: string;
  /** Document key or numeric id. */
  doc?: string;
  /** Full-text query over the evidence sentence. */
  q?: string;
  limit?: number;
  offset?: number;
}

export interface StoredEvent extends CodedEvent {
  docId: number;
  docKey: string;
  docTitle: string | null;
  publisher: string | null;
  published: string | null;
  /** The evidence sentence and its offsets in the document's stored text. */
  text: string;
  sentenceStart: number;
  sentenceEnd: number;
}

export interface TimelineEntry {
  date: { start: string; end: string | null; granularity: Granularity | null; reported: boolean };
  docId: number;
  docKey: string;
  title: string | null;
  sentence: number;
  text: string;
  /** Present when the entry is an event rather than a dated sentence. */
  event?: { id: string; category: string; actor: string[]; recipient: string[]; factuality: Factuality };
}

export interface TimelineOptions {
  from?: string;
  to?: string;
  actor?: string;
  factuality?: Factuality[];
  limit?: number;
}

export interface UnresolvedName {
  text: string;
  count: number;
  examples: { docKey: string; sentence: number; text: string }[];
}

export interface EntitySummary {
  id: string;
  name: string;
  type: string;
  code: string | null;
  sector: string | null;
  mentions: number;
  documents: number;
}

export interface Store {
  readonly path: string;
  /** Aggregates for the dashboard and API: dyads, networks, actor profiles, sources. */
  readonly analysis: AnalysisQueries;
  /** The stored document whose content hash is this one, if any. */
  findByHash(contentHash: string): { id: number; key: string } | null;
  /** Writes the document and every analysis layer in one transaction. */
  saveDocument(doc: Doc, options?: SaveOptions): SaveResult;
  /**
   * Group commit: saves until `commitGroup()` share one commit, which makes bulk ingestion
   * several times faster. Each document stays all-or-nothing inside the group (a failed
   * save rolls back to its own savepoint); a crash loses the uncommitted group whole, never
   * part of a document, and re-ingesting picks it up again.
   */
  beginGroup(): void;
  commitGroup(): void;
  listDocuments(options?: DocumentListOptions): DocumentSummary[];
  /** By numeric id or by key (the current version). */
  getDocument(idOrKey: number | string): StoredDocument | null;
  search(query: string, options?: SearchOptions): SearchHit[];
  stats(): CorpusStats;
  listEvents(filter?: EventFilter): StoredEvent[];
  countEvents(filter?: EventFilter): number;
  /** Streams every matching event, for exports of any size. */
  iterateEvents(filter?: EventFilter): IterableIterator<StoredEvent>;
  timeline(options?: TimelineOptions): TimelineEntry[];
  /** Capitalised names the actors stage could not resolve, most frequent first. */
  unresolvedNames(options?: { limit?: number }): UnresolvedName[];
  /** Entities mentioned in the corpus, most mentioned first. */
  listEntities(options?: { limit?: number; type?: string }): EntitySummary[];
  close(): void;
}
