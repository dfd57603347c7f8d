/**
 * Fetching http(s) URLs: a timeout over the whole exchange (headers and body), a size cap
 * checked against Content-Length and again while the body streams in.
 */
import { InputError } from "./outcome.js";
import { overLimit, readCapped } from "./streams.js";

export interface FetchedUrl {
  bytes: Uint8Array;
  contentType: string | null;
  /** The URL after redirects. */
  finalUrl: string;
}

export const URL_PATTERN = /^https?:\/\//i;

const USER_AGENT = "entente/0.1 (news event coding)";

function fetchFailure(source: string, error: unknown, timeoutMs: number): InputError {
  if (error instanceof InputError) return error;
  const name = error instanceof Error ? error.name : "";
  if (name === "TimeoutError" || name === "AbortError") {
    return new InputError(source, "ENTENTE_FETCH_FAILED", `timed out after ${timeoutMs / 1000} s`);
  }
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  const message = error instanceof Error ? error.message : String(error);
  return new InputError(source, "ENTENTE_FETCH_FAILED", `could not be fetched (${message}${cause})`);
}

export async function fetchUrl(
  url: string,
  options: { timeoutMs: number; maxBytes: number },
): Promise<FetchedUrl> {
  const { timeoutMs, maxBytes } = options;
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "follow",
      headers: { "user-agent": USER_AGENT, accept: "text/html,application/pdf,text/plain;q=0.9,*/*;q=0.5" },
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new InputError(
        url,
        "ENTENTE_FETCH_FAILED",
        `answered HTTP ${response.status} ${response.statusText}`.trim(),
      );
    }
    const declared = Number(response.headers.get("content-length"));
    if (declared > maxBytes) {
      await response.body?.cancel();
      throw overLimit(url, maxBytes);
    }
    const body = response.body ?? new ReadableStream<Uint8Array>();
    const bytes = await readCapped(body as AsyncIterable<Uint8Array>, url, maxBytes);
    return { bytes, contentType: response.headers.get("content-type"), finalUrl: response.url || url };
  } catch (error) {
    throw fetchFailure(url, error, timeoutMs);
  }
}
