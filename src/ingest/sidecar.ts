/**
 * A folder's sidecar `meta.jsonl`: one line per file, `doc` = the file's stem, plus its
 * metadata (title, publisher, author, published, language, kind, stance, ...). It is read
 * once per folder; its bad lines are reported once, as failures naming `meta.jsonl:line`.
 */
import { readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { z } from "zod";
import { type MetaFields, splitFields } from "./meta.js";
import { failure, type ReadOutcome } from "./outcome.js";

export const SIDECAR_NAME = "meta.jsonl";

const SidecarLine = z.looseObject({ doc: z.string().min(1) });

export interface Sidecar {
  entries: Map<string, MetaFields>;
  /** Problems found while reading it; reported once, with the first file of the folder. */
  problems: ReadOutcome[];
}

const EMPTY: Sidecar = { entries: new Map(), problems: [] };

/** The stem a sidecar names a file by (`doc` may also be given with the extension). */
export function stemOf(path: string): string {
  const name = basename(path);
  return name.slice(0, name.length - extname(name).length);
}

function loadSidecar(dir: string, maxBytes: number): Sidecar {
  const path = join(dir, SIDECAR_NAME);
  let text: string;
  try {
    const info = statSync(path);
    if (!info.isFile()) return EMPTY;
    if (info.size > maxBytes) {
      return {
        entries: new Map(),
        problems: [failure(path, "ENTENTE_INPUT_TOO_LARGE", `is over the size limit (${maxBytes} bytes)`)],
      };
    }
    text = readFileSync(path, "utf8");
  } catch {
    return EMPTY;
  }
  const sidecar: Sidecar = { entries: new Map(), problems: [] };
  for (const [index, line] of text.split("\n").entries()) {
    if (line.trim() === "") continue;
    const source = `${path}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      sidecar.problems.push(
        failure(source, "ENTENTE_INPUT_MALFORMED", `is not valid JSON (${(error as Error).message})`),
      );
      continue;
    }
    const parsed = SidecarLine.safeParse(value);
    if (!parsed.success) {
      sidecar.problems.push(
        failure(source, "ENTENTE_RECORD_INVALID", 'has no "doc" field naming a file stem'),
      );
      continue;
    }
    const fields = splitFields(parsed.data, ["doc"]);
    sidecar.entries.set(parsed.data.doc, fields);
    sidecar.entries.set(stemOf(parsed.data.doc), fields);
  }
  return sidecar;
}

/** Folders whose sidecar stays cached; a walk visits one folder's files together. */
const CACHED_FOLDERS = 32;

/** Looks up sidecar metadata for files, reading each folder's meta.jsonl once. */
export class SidecarCache {
  private readonly folders = new Map<string, Sidecar>();

  constructor(private readonly maxBytes: number) {}

  /** The metadata for `path`, plus the sidecar's problems the first time its folder is seen. */
  lookup(path: string): { fields: MetaFields | null; problems: ReadOutcome[] } {
    const dir = dirname(path);
    let sidecar = this.folders.get(dir);
    let problems: ReadOutcome[] = [];
    if (!sidecar) {
      sidecar = loadSidecar(dir, this.maxBytes);
      problems = sidecar.problems;
      if (this.folders.size >= CACHED_FOLDERS)
        this.folders.delete(this.folders.keys().next().value as string);
      this.folders.set(dir, sidecar);
    }
    const fields = sidecar.entries.get(stemOf(path)) ?? sidecar.entries.get(basename(path)) ?? null;
    return { fields, problems };
  }
}
