/**
 * The ingest module: `readInputs` turns files, folders, globs, stdin (`-`) and http(s) URLs
 * into Docs, one at a time, each with its reader's text, metadata and content hash. Bad
 * input never throws: it comes back as a failed outcome naming the file (and line).
 */
import type { Outcomes } from "./content.js";
import { expandInputs } from "./inputs.js";
import { failure, type ReadOutcome, toFailure } from "./outcome.js";
import { SidecarCache } from "./sidecar.js";
import { readFileSource, readStdinSource, readUrlSource } from "./sources.js";

export type { ReadOutcome } from "./outcome.js";

export interface ReadOptions {
  /** Largest input read, in bytes (for JSONL: the largest line); default 50 MB. */
  maxBytes?: number;
  /** Timeout for fetching a URL, headers and body together; default 20 s. */
  fetchTimeoutMs?: number;
  /** Where `-` reads from; default process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** Walk sub-folders of folder inputs; default true. */
  recursive?: boolean;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;

function checkedOptions(options: ReadOptions) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  if (!(maxBytes > 0) || !(timeoutMs > 0)) {
    throw new RangeError("maxBytes and fetchTimeoutMs must be positive numbers");
  }
  return { maxBytes, timeoutMs, recursive: options.recursive ?? true, stdin: options.stdin ?? process.stdin };
}

function isAsync(outcomes: Outcomes): outcomes is AsyncIterable<ReadOutcome> {
  return Symbol.asyncIterator in outcomes;
}

/**
 * Reads every input in order and yields one outcome per document (a JSON or JSONL file
 * yields one per record). Only one document's content is held at a time.
 */
export async function* readInputs(inputs: string[], options: ReadOptions = {}): AsyncGenerator<ReadOutcome> {
  const { maxBytes, timeoutMs, recursive, stdin } = checkedOptions(options);
  const sidecars = new SidecarCache(maxBytes);
  for (const item of expandInputs(inputs, recursive)) {
    if (item.kind === "invalid") {
      yield failure(item.input, item.code, item.reason);
      continue;
    }
    const source = item.kind === "stdin" ? "-" : item.kind === "url" ? item.url : item.path;
    // A reader throws InputError for bad input, before or while yielding: it fails this input alone.
    try {
      const outcomes =
        item.kind === "stdin"
          ? readStdinSource(stdin, maxBytes)
          : item.kind === "url"
            ? readUrlSource(item.url, timeoutMs, maxBytes)
            : readFileSource(item.path, item.explicit, sidecars, maxBytes);
      if (isAsync(outcomes)) yield* outcomes;
      else yield* outcomes;
    } catch (error) {
      yield toFailure(error, source);
    }
  }
}
