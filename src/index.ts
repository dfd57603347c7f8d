/**
 * The library entry point (`import { codeText } from "entente"`): code text into PLOVER
 * records, analyse inputs without a database, or open a store. The records follow the
 * contract in docs/output-contract.md, the same that `entente code` prints.
 */
import { analyzeText } from "./analyze.js";
import type { StageContext } from "./doc.js";
import { type PloverRecord, ploverRecordsOfDoc } from "./export/plover-record.js";

export type { AnalyzeOptions, AnalyzeOutcome } from "./analyze.js";
export { analyzeDoc, analyzeInputs, analyzeText } from "./analyze.js";
export type { ContextOptions } from "./context.js";
export { loadStageContext } from "./context.js";
export type {
  CodedEvent,
  DocMeta,
  EventParticipant,
  Factuality,
  Granularity,
  Mention,
  Message,
  Sentence,
  Span,
  StageContext,
} from "./doc.js";
export { Doc } from "./doc.js";
export { EntenteError } from "./errors.js";
export type { ExportEvent, ExportFormat, Offsets, PloverActor, PloverEvidence } from "./export/index.js";
export {
  EXPORT_FORMATS,
  eventsOfDoc,
  PLOVER_RECORD_FIELDS,
  ploverRecordsOfDoc,
  toPloverRecord,
  writeEvents,
} from "./export/index.js";
export { openStore } from "./store/index.js";
export type { EventFilter, Store, StoredEvent } from "./store/types.js";
export type { PloverRecord };

export interface CodeTextOptions {
  /** Publication date (ISO 8601, partial allowed): anchors relative dates such as "last week". */
  published?: string;
  /** The document key: the records' `doc` and the prefix of their ids. Default "text". */
  key?: string;
  title?: string;
  publisher?: string;
  /** A context from `loadStageContext` (e.g. with user dictionaries); default: the built-in one. */
  ctx?: StageContext;
}

/**
 * Codes one text (an article, a paragraph or a sentence) into PLOVER event records.
 * Throws when the text cannot be analysed at all (for example, when it is empty).
 */
export function codeText(text: string, options: CodeTextOptions = {}): PloverRecord[] {
  const key = options.key ?? "text";
  const doc = analyzeText(
    text,
    {
      source: key,
      key,
      published: options.published ?? null,
      title: options.title ?? null,
      publisher: options.publisher ?? null,
    },
    options.ctx,
  );
  return ploverRecordsOfDoc(doc);
}
