/**
 * Generates a benchmark corpus of a requested size from our own sample corpus (never from
 * reference text): each document takes a base report's paragraphs, drops a few, splices in
 * paragraphs from other reports, and varies day numbers and the outlet, so that contents
 * (and hashes) differ while the text keeps the shape of real reports. Same seed, same corpus.
 */
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { BUILTIN_DOCUMENTS } from "./builtin-documents.js";
import { type Random, seededRandom } from "./random.js";

export interface SourceDocument {
  title: string;
  paragraphs: string[];
  meta: {
    publisher?: string | null;
    published?: string | null;
    stance?: string | null;
    kind?: string | null;
  };
}

export interface GeneratedDocument {
  stem: string;
  text: string;
  meta: Record<string, string | null>;
}

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const DAY_MONTH = new RegExp(`\\b([1-9]|[12][0-9]|3[01]) (${MONTHS})\\b`, "g");
const MONTH_DAY = new RegExp(`\\b(${MONTHS}) ([1-9]|[12][0-9]|3[01])\\b`, "g");
const OUTLET_SUFFIXES = ["", " Online", " Weekly", " Digest", " International"];

/** Reads `.txt`/`.md` reports and their sidecar `meta.jsonl`; the first line is the title. */
export function readSourceDocuments(dir: string): SourceDocument[] {
  if (!existsSync(dir)) return [];
  const sidecar = new Map<string, SourceDocument["meta"]>();
  const metaPath = join(dir, "meta.jsonl");
  if (existsSync(metaPath)) {
    for (const line of readFileSync(metaPath, "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const entry = JSON.parse(line) as SourceDocument["meta"] & { doc: string };
      sidecar.set(entry.doc, entry);
    }
  }
  const documents: SourceDocument[] = [];
  for (const name of readdirSync(dir).sort()) {
    const ext = extname(name);
    if (ext !== ".txt" && ext !== ".md") continue;
    const blocks = readFileSync(join(dir, name), "utf8")
      .split(/\n\s*\n/)
      .map((block) => block.trim().replace(/^#+\s*/, ""))
      .filter((block) => block.length > 0);
    const [title, ...paragraphs] = blocks;
    if (!title || paragraphs.length === 0) continue;
    documents.push({ title, paragraphs, meta: sidecar.get(name.slice(0, -ext.length)) ?? {} });
  }
  return documents;
}

/** Our sample corpus, or the built-in reports when it is empty. */
export function benchSources(sampleDir: string): SourceDocument[] {
  const documents = readSourceDocuments(sampleDir);
  return documents.length > 0 ? documents : BUILTIN_DOCUMENTS;
}

function varyDays(text: string, random: Random): string {
  return text
    .replace(DAY_MONTH, (_all, _day: string, month: string) => `${random.int(1, 28)} ${month}`)
    .replace(MONTH_DAY, (_all, month: string, _day: string) => `${month} ${random.int(1, 28)}`);
}

function composeDocument(
  index: number,
  sources: readonly SourceDocument[],
  random: Random,
): GeneratedDocument {
  const base = random.pick(sources);
  const paragraphs = base.paragraphs.filter(() => !random.chance(0.15));
  if (paragraphs.length === 0) paragraphs.push(random.pick(base.paragraphs));
  const spliced = random.int(1, 3);
  for (let i = 0; i < spliced; i++) {
    const other = random.pick(sources);
    paragraphs.splice(random.int(0, paragraphs.length), 0, random.pick(other.paragraphs));
  }
  const body = paragraphs.map((paragraph) => varyDays(paragraph, random)).join("\n\n");
  const stem = `bench-${String(index).padStart(6, "0")}`;
  const published = base.meta.published ?? null;
  return {
    stem,
    text: `${base.title} (${index + 1})\n\n${body}\n`,
    meta: {
      doc: stem,
      title: `${base.title} (${index + 1})`,
      publisher: `${base.meta.publisher ?? "Entente Bench Wire"}${random.pick(OUTLET_SUFFIXES)}`,
      published:
        published && /^\d{4}-\d{2}-\d{2}$/.test(published)
          ? `${published.slice(0, 8)}${String(random.int(1, 28)).padStart(2, "0")}`
          : published,
      stance: base.meta.stance ?? null,
      kind: base.meta.kind ?? null,
    },
  };
}

/** Documents until `bytes` of UTF-8 text are produced (the last one may overshoot a little). */
export function* generateDocuments(
  sources: readonly SourceDocument[],
  bytes: number,
  seed: number,
): Generator<GeneratedDocument> {
  if (sources.length === 0) throw new Error("no source documents to compose a corpus from");
  const random = seededRandom(seed);
  let produced = 0;
  for (let index = 0; produced < bytes; index++) {
    const document = composeDocument(index, sources, random);
    produced += Buffer.byteLength(document.text);
    yield document;
  }
}

export interface WrittenCorpus {
  dir: string;
  documents: number;
  bytes: number;
}

/** Writes the generated documents as `.txt` files with a sidecar meta.jsonl, streaming. */
export async function writeCorpus(
  dir: string,
  sources: readonly SourceDocument[],
  bytes: number,
  seed: number,
): Promise<WrittenCorpus> {
  mkdirSync(dir, { recursive: true });
  const sidecar = createWriteStream(join(dir, "meta.jsonl"));
  let documents = 0;
  let written = 0;
  for (const document of generateDocuments(sources, bytes, seed)) {
    await writeFile(join(dir, `${document.stem}.txt`), document.text);
    if (!sidecar.write(`${JSON.stringify(document.meta)}\n`)) {
      await new Promise<void>((resolve) => sidecar.once("drain", () => resolve()));
    }
    documents++;
    written += Buffer.byteLength(document.text);
  }
  await new Promise<void>((resolve, reject) =>
    sidecar.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return { dir, documents, bytes: written };
}
