/**
 * Turns the command line's inputs (files, folders, globs, `-`, URLs) into a stream of
 * things to read, one at a time. Folders are walked lazily in sorted order; hidden files,
 * sidecars, READMEs and files of unknown formats found in them are skipped.
 */
import { type Dirent, readdirSync, realpathSync, type Stats, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { EntenteErrorCode } from "../errors.js";
import { formatOfPath } from "./formats.js";
import { expandGlob, isGlob } from "./glob.js";
import { SIDECAR_NAME } from "./sidecar.js";
import { URL_PATTERN } from "./url.js";

export type InputItem =
  | { kind: "file"; path: string; explicit: boolean }
  | { kind: "stdin" }
  | { kind: "url"; url: string }
  | { kind: "invalid"; input: string; code: EntenteErrorCode; reason: string };

const README = /^readme(\.[a-z]+)?$/i;

/** Whether a file met while walking a folder or expanding a glob is a document to read. */
function isDocumentFile(name: string): boolean {
  if (name.startsWith(".") || name === SIDECAR_NAME || README.test(name)) return false;
  return formatOfPath(name) !== null;
}

function sortedEntries(dir: string): Dirent[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function* walkFolder(dir: string, recursive: boolean, visited: Set<string>): Generator<InputItem> {
  let entries: Dirent[];
  try {
    // A folder reached twice (a symbolic link loop) is walked once.
    const real = realpathSync(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = sortedEntries(dir);
  } catch (error) {
    yield {
      kind: "invalid",
      input: dir,
      code: "ENTENTE_INPUT_UNREADABLE",
      reason: `cannot be listed (${(error as Error).message})`,
    };
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && statOrNull(path)?.isDirectory());
    if (isDir) {
      if (recursive) yield* walkFolder(path, recursive, visited);
    } else if (isDocumentFile(entry.name)) {
      yield { kind: "file", path, explicit: false };
    }
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function unreadable(input: string, error: unknown): InputItem {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? (error as Error).message})`;
  return { kind: "invalid", input, code: "ENTENTE_INPUT_UNREADABLE", reason };
}

function* expandPattern(pattern: string, recursive: boolean, visited: Set<string>): Generator<InputItem> {
  const files = new Set<string>();
  for (const path of expandGlob(pattern)) {
    const info = statOrNull(path);
    if (info?.isDirectory()) {
      for (const item of walkFolder(path, recursive, visited)) {
        if (item.kind !== "file" || !files.has(item.path)) yield item;
        if (item.kind === "file") files.add(item.path);
      }
    } else if (info?.isFile() && isDocumentFile(basename(path)) && !files.has(path)) {
      files.add(path);
      yield { kind: "file", path, explicit: false };
    }
  }
  if (files.size === 0)
    yield {
      kind: "invalid",
      input: pattern,
      code: "ENTENTE_INPUT_UNREADABLE",
      reason: "matches no readable files",
    };
}

function* nonEmptyFolder(dir: string, recursive: boolean, visited: Set<string>): Generator<InputItem> {
  let files = 0;
  for (const item of walkFolder(dir, recursive, visited)) {
    if (item.kind === "file") files++;
    yield item;
  }
  if (files === 0)
    yield {
      kind: "invalid",
      input: dir,
      code: "ENTENTE_INPUT_EMPTY",
      reason: "is a folder with no files of a supported format",
    };
}

export function* expandInputs(inputs: string[], recursive: boolean): Generator<InputItem> {
  for (const input of inputs) {
    if (input === "-") {
      yield { kind: "stdin" };
      continue;
    }
    if (URL_PATTERN.test(input)) {
      yield { kind: "url", url: input };
      continue;
    }
    const visited = new Set<string>();
    try {
      const info = statSync(input);
      if (info.isDirectory()) yield* nonEmptyFolder(input, recursive, visited);
      else yield { kind: "file", path: input, explicit: true };
    } catch (error) {
      if (isGlob(input)) yield* expandPattern(input, recursive, visited);
      else yield unreadable(input, error);
    }
  }
}
