/**
 * Loads the read-only knowledge every stage needs (actor dictionaries, trigger patterns,
 * the NLP model) once per process, and hands it to stages as a StageContext.
 */

import { delimiter } from "node:path";
import { loadActorContext } from "./actors/index.js";
import type { StageContext } from "./doc.js";
import { loadEventContext } from "./events/index.js";
import { loadNlpContext } from "./nlp/index.js";
import { projectRoot } from "./paths.js";

export interface ContextOptions {
  /** Folder holding dictionaries/ and patterns/; defaults to the installed package. */
  root?: string;
  /** Extra user dictionary folders, loaded after the built-in one. */
  userDictionaries?: string[];
  /** Extra user pattern files or folders, loaded after the built-in ones. */
  userPatterns?: string[];
}

let cached: StageContext | undefined;

/** Extra pattern files or folders named by $ENTENTE_PATTERNS (path-list separated). */
function patternFoldersFromEnv(): string[] {
  return (process.env.ENTENTE_PATTERNS ?? "").split(delimiter).filter(Boolean);
}

export function loadStageContext(options: ContextOptions = {}): StageContext {
  const root = options.root ?? projectRoot();
  const ctx = {} as StageContext;
  Object.assign(ctx, loadNlpContext());
  Object.assign(ctx, loadActorContext({ root, userDictionaries: options.userDictionaries ?? [] }));
  Object.assign(
    ctx,
    loadEventContext({ root, userPatterns: options.userPatterns ?? patternFoldersFromEnv() }),
  );
  return ctx;
}

/** The default context, loaded on first use and shared by every caller in the process. */
export function defaultStageContext(): StageContext {
  cached ??= loadStageContext();
  return cached;
}
