/**
 * Bytes to text: byte-order marks, UTF-8 first, then Windows-1252 (a superset of Latin-1's
 * printable range) when the bytes are not valid UTF-8. Binary content is refused.
 */
import iconv from "iconv-lite";
import { InputError } from "./outcome.js";

export interface DecodedText {
  text: string;
  /** The decoding actually used: utf-8, utf-16le, windows-1252, ... */
  encoding: string;
  /** Set when the decoding was a fallback, to be recorded as an info message on the Doc. */
  note?: string;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
/** How far into the bytes the control-character ratio is measured. */
const SNIFF_BYTES = 65536;
/** Text files hold almost no C0 control characters besides tab, line feed, form feed and return. */
const MAX_CONTROL_RATIO = 0.02;

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function isUtf8Alias(charset: string): boolean {
  return /^(utf-?8|us-ascii|ascii)$/i.test(charset);
}

/** True when the bytes look like binary data rather than text (NUL bytes or many controls). */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) controls++;
    else if (b === 127) controls++;
  }
  if (bytes.length > SNIFF_BYTES && bytes.indexOf(0, SNIFF_BYTES) !== -1) return true;
  return end > 0 && controls / end > MAX_CONTROL_RATIO;
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/**
 * Decodes `bytes` from `source`. `declaredCharset` (an HTTP header or an HTML meta tag) is
 * honoured when it names an encoding other than UTF-8; otherwise UTF-8 is tried strictly.
 */
export function decodeBytes(bytes: Uint8Array, source: string, declaredCharset?: string | null): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom && bom.encoding !== "utf-8") {
    return { text: iconv.decode(asBuffer(bytes.subarray(bom.length)), bom.encoding), encoding: bom.encoding };
  }
  if (looksBinary(bytes)) {
    throw new InputError(
      source,
      "ENTENTE_INPUT_BINARY",
      "is binary data (NUL bytes or control characters), not text",
    );
  }
  const body = bom ? bytes.subarray(bom.length) : bytes;
  const declared = declaredCharset?.trim().toLowerCase();
  if (declared && !isUtf8Alias(declared) && iconv.encodingExists(declared)) {
    return { text: iconv.decode(asBuffer(body), declared), encoding: declared };
  }
  try {
    return { text: strictUtf8.decode(body), encoding: "utf-8" };
  } catch {
    return {
      text: iconv.decode(asBuffer(body), "windows-1252"),
      encoding: "windows-1252",
      note: "not valid UTF-8; decoded as Windows-1252",
    };
  }
}
