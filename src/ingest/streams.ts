/** Reading byte streams (stdin, HTTP bodies) whole, but never past a size cap. */
import { InputError } from "./outcome.js";

export function overLimit(source: string, maxBytes: number): InputError {
  return new InputError(
    source,
    "ENTENTE_INPUT_TOO_LARGE",
    `is over the size limit (${formatBytes(maxBytes)})`,
  );
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}

/**
 * Collects a stream's chunks and stops as soon as they pass `maxBytes`; leaving the loop
 * early makes the stream's iterator cancel (web streams) or destroy (Node streams) it.
 */
export async function readCapped(
  chunks: AsyncIterable<Uint8Array | string>,
  source: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    const bytes =
      typeof chunk === "string"
        ? Buffer.from(chunk)
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    length += bytes.length;
    if (length > maxBytes) throw overLimit(source, maxBytes);
    parts.push(bytes);
  }
  return Buffer.concat(parts, length);
}
