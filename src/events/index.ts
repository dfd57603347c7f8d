/**
 * The events stage: codes PLOVER events with factuality, attribution and evidence from the
 * tokens, actor mentions and sentence dates of a document. `loadEventContext` loads the
 * trigger patterns and cue lists once (built-in ones first, then the user's).
 */
import { join } from "node:path";
import { defineStage } from "../doc.js";
import { type CoderKnowledge, codeDocument } from "./coder.js";
import { loadCues } from "./cues.js";
import { indexPatterns, loadPatternFiles } from "./patterns.js";

declare module "../doc.js" {
  interface StageContext {
    events: CoderKnowledge;
  }
}

export interface EventContextOptions {
  /** Folder holding patterns/ (the package root by default). */
  root: string;
  /** Extra pattern files or folders; a pattern with a built-in id replaces it. */
  userPatterns: string[];
}

export function loadEventContext(options: EventContextOptions): { events: CoderKnowledge } {
  const folder = join(options.root, "patterns");
  const patterns = indexPatterns(loadPatternFiles([folder, ...options.userPatterns]));
  const cues = loadCues(join(folder, "cues"));
  return { events: { patterns, factuality: cues.factuality, contexts: cues.contexts } };
}

export const codeEvents = defineStage(
  { name: "events", requires: ["tokens", "mentions", "sentenceDates"], assigns: ["events"] },
  (doc, ctx) => {
    doc.events = codeDocument(doc, ctx.events);
  },
);

export type { CoderKnowledge } from "./coder.js";
export { PLOVER_CATEGORIES, PLOVER_CONTEXTS } from "./ontology.js";
