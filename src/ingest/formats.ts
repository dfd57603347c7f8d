/** Which reader handles an input: by file extension, HTTP content type, or a sniff of the bytes. */
import { extname } from "node:path";

export type ContentFormat = "text" | "markdown" | "html" | "pdf" | "json" | "jsonl";

const BY_EXTENSION: Readonly<Record<string, ContentFormat>> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".pdf": "pdf",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

const BY_MEDIA_TYPE: Readonly<Record<string, ContentFormat>> = {
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/pdf": "pdf",
  "application/json": "json",
  "application/x-ndjson": "jsonl",
  "application/jsonl": "jsonl",
  "application/x-jsonlines": "jsonl",
};

export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION);

export function formatOfPath(path: string): ContentFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

export interface ContentType {
  mediaType: string;
  charset: string | null;
}

export function parseContentType(header: string | null): ContentType | null {
  if (!header) return null;
  const [mediaType, ...params] = header.split(";");
  const charsetParam = params.map((p) => p.trim()).find((p) => p.toLowerCase().startsWith("charset="));
  const charset = charsetParam ? charsetParam.slice(8).replace(/^"|"$/g, "").trim() : null;
  return { mediaType: mediaType.trim().toLowerCase(), charset };
}

export function formatOfMediaType(mediaType: string): ContentFormat | null {
  return BY_MEDIA_TYPE[mediaType] ?? null;
}

const HTML_START = /^\s*<(!doctype html|html|head|body|meta|article|div|p|h1|title)[\s>]/i;

/** Guesses the format of bytes with no name or type (stdin, an unlabelled download). */
export function sniffFormat(bytes: Uint8Array): ContentFormat {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString(
    "latin1",
  );
  if (head.startsWith("%PDF-")) return "pdf";
  if (HTML_START.test(head.replace(/^\uFEFF|^\u00ef\u00bb\u00bf/, ""))) return "html";
  return "text";
}
