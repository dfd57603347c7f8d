/**
 * Ingests an uploaded document through the same path as `entente ingest`: the bytes go to a
 * temporary file named like the upload (so the reader picks the format from its extension),
 * then read → analyse → save, one document (or JSON record) at a time.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import type { CodedEvent, DocMeta, Message, StageContext } from "../doc.js";
import type { EntenteErrorCode } from "../errors.js";
import type { SaveStatus, Store } from "../store/types.js";

export const UPLOAD_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".json", ".jsonl"];

export interface UploadInput {
  /** The client's file name; only its base name and extension are used. */
  name: string;
  bytes: Uint8Array;
  /** Metadata given with the upload; it overrides what the reader found. */
  meta: Partial<Pick<DocMeta, "title" | "publisher" | "published" | "url">>;
}

export interface UploadedDocument {
  id: number;
  key: string;
  version: number;
  status: SaveStatus;
  title: string | null;
  sentences: number;
  mentions: number;
  events: CodedEvent[];
  messages: Message[];
}

export interface UploadFailure {
  source: string;
  code: EntenteErrorCode;
  reason: string;
}

/** A safe base name: letters, digits, dot, dash and underscore; never a path. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^[.-]+/, "");
  return cleaned.slice(-120) || "upload.txt";
}

export function isSupportedUpload(name: string): boolean {
  return UPLOAD_EXTENSIONS.includes(extname(name).toLowerCase());
}

export async function ingestUpload(
  input: UploadInput,
  deps: { store: Store; ctx: StageContext; maxBytes: number },
): Promise<{ documents: UploadedDocument[]; failures: UploadFailure[] }> {
  const name = safeFileName(input.name);
  // The pipeline is loaded with the first upload, so that serving reads starts fast.
  const { analyzeDoc } = await import("../analyze.js");
  const { readInputs } = await import("../ingest/index.js");
  const dir = await mkdtemp(join(tmpdir(), "entente-upload-"));
  const documents: UploadedDocument[] = [];
  const failures: UploadFailure[] = [];
  // Clients see their file name, never the temporary folder.
  const source = (text: string) => text.replaceAll(`${dir}/`, "upload/");
  try {
    const path = join(dir, name);
    await writeFile(path, input.bytes);
    for await (const outcome of readInputs([path], { maxBytes: deps.maxBytes, recursive: false })) {
      if (!outcome.ok) {
        failures.push({ source: source(outcome.source), code: outcome.code, reason: source(outcome.reason) });
        continue;
      }
      const doc = outcome.doc;
      doc.meta.source = source(doc.meta.source);
      for (const [field, value] of Object.entries(input.meta)) {
        if (value) doc.meta[field as keyof UploadInput["meta"]] = value;
      }
      const analysed = analyzeDoc(doc, deps.ctx);
      if (!analysed.ok) {
        failures.push({ source: doc.meta.source, code: analysed.code, reason: analysed.reason });
        continue;
      }
      const saved = deps.store.saveDocument(doc);
      documents.push({
        id: saved.id,
        key: doc.meta.key,
        version: saved.version,
        status: saved.status,
        title: doc.meta.title ?? null,
        sentences: doc.sentences.length,
        mentions: doc.mentions.length,
        events: doc.events,
        messages: doc.messages,
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { documents, failures };
}
