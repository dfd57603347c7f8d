/**
 * Every error code Entente raises, in one greppable place. The message is filled in where
 * the error happens; the code says what kind of failure it is.
 */
export const ERROR_CODES = {
  ENTENTE_INPUT_UNREADABLE: "the input could not be read",
  ENTENTE_INPUT_EMPTY: "the input holds no text",
  ENTENTE_INPUT_TOO_LARGE: "the input is over the size limit",
  ENTENTE_INPUT_BINARY: "the input is binary, not text",
  ENTENTE_INPUT_UNSUPPORTED: "the input's format is not supported",
  ENTENTE_INPUT_MALFORMED: "the input could not be parsed",
  ENTENTE_RECORD_INVALID: "a JSON record lacks a required field or has a wrong type",
  ENTENTE_FETCH_FAILED: "a URL could not be fetched",
  ENTENTE_DICT_INVALID: "an actor dictionary entry is invalid",
  ENTENTE_PATTERN_INVALID: "an event pattern entry is invalid",
  ENTENTE_STORE_FAILED: "the store could not write the document",
  ENTENTE_USAGE: "the command was called with wrong arguments",
  ENTENTE_STAGE_FAILED: "a pipeline stage failed on the document",
} as const;

export type EntenteErrorCode = keyof typeof ERROR_CODES;

/** A domain error outside a document (bad data file, bad flag): the CLI maps it to an exit code. */
export class EntenteError extends Error {
  constructor(
    readonly code: EntenteErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "EntenteError";
  }
}
