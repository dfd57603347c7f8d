/**
 * Splits a stream of bytes into lines without decoding it first, so that each line can be
 * decoded (and fail) on its own, and a huge JSONL file never sits in memory whole.
 */

export interface ByteLine {
  /** 1-based line number. */
  number: number;
  /** The line without its line break; null when the line is over the size limit. */
  bytes: Uint8Array | null;
}

const LF = 10;
const CR = 13;

function withoutCr(bytes: Uint8Array): Uint8Array {
  return bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.subarray(0, bytes.length - 1) : bytes;
}

/** Yields every line; a line longer than `maxLineBytes` comes with null bytes. */
export async function* byteLines(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  maxLineBytes: number,
): AsyncGenerator<ByteLine> {
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  let overflow = false;
  let number = 0;
  for await (const chunk of chunks) {
    let start = 0;
    while (start < chunk.length) {
      const end = chunk.indexOf(LF, start);
      const stop = end === -1 ? chunk.length : end;
      if (!overflow) {
        pendingLength += stop - start;
        if (pendingLength > maxLineBytes) {
          overflow = true;
          pending = [];
        } else pending.push(chunk.subarray(start, stop));
      }
      if (end === -1) break;
      number++;
      yield { number, bytes: overflow ? null : withoutCr(concat(pending, pendingLength)) };
      pending = [];
      pendingLength = 0;
      overflow = false;
      start = end + 1;
    }
  }
  if (pendingLength > 0 || overflow) {
    number++;
    yield { number, bytes: overflow ? null : withoutCr(concat(pending, pendingLength)) };
  }
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
