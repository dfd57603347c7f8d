import { initialSchema } from "./001-initial.js";
import { analysisAggregatesSchema, rebuildAnalysisAggregates } from "./002-analysis-aggregates.js";
import { paragraphSpansSchema } from "./004-paragraph-spans.js";
import { sentenceTextSchema } from "./005-sentence-text-from-document.js";

/**
 * Numbered schema migrations, applied in order and recorded in PRAGMA user_version.
 * Append only: a released migration is never edited, a change is a new number.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: "initial", sql: initialSchema },
  { version: 2, name: "analysis-aggregates", sql: analysisAggregatesSchema },
  { version: 3, name: "analysis-aggregates-rebuild", sql: rebuildAnalysisAggregates },
  { version: 4, name: "paragraph-spans", sql: paragraphSpansSchema },
  { version: 5, name: "sentence-text-from-document", sql: sentenceTextSchema },
];
