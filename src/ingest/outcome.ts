/**
 * What a reader hands back: a document, or one clear failure naming the input. Readers
 * throw `InputError` for bad input; `readInputs` turns it into a failed outcome and goes on.
 */
import { createHash } from "node:crypto";
import { Doc, type DocMeta } from "../doc.js";
import type { EntenteErrorCode } from "../errors.js";

export type ReadOutcome =
  | { ok: true; doc: Doc }
  | { ok: false; source: string; code: EntenteErrorCode; reason: string };

/** Bad input: `source` names the file (and line), `reason` says what is wrong with it. */
export class InputError extends Error {
  constructor(
    readonly source: string,
    readonly code: EntenteErrorCode,
    reason: string,
  ) {
    super(reason);
    this.name = "InputError";
  }
}

export function failure(source: string, code: EntenteErrorCode, reason: string): ReadOutcome {
  return { ok: false, source, code, reason };
}

export function toFailure(error: unknown, source: string): ReadOutcome {
  if (error instanceof InputError) return failure(error.source, error.code, error.message);
  const reason = error instanceof Error ? error.message : String(error);
  return failure(source, "ENTENTE_INPUT_UNREADABLE", reason);
}

/** Hex SHA-256 of the reader's text: the store skips content it already holds. */
export function hashText(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

const NON_BLANK = /\S/;

/** Builds the Doc a reader produced; text without any visible character is an empty input. */
export function makeDoc(text: string, meta: DocMeta): Doc {
  if (!NON_BLANK.test(text)) throw new InputError(meta.source, "ENTENTE_INPUT_EMPTY", "holds no text");
  const doc = new Doc({ text, meta });
  doc.contentHash = hashText(text);
  return doc;
}
