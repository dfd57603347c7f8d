/**
 * A small glob matcher for the inputs Node 20 cannot expand itself: `*`, `?`, `[abc]`,
 * `{a,b}` within a path segment and `**` across folders. Like a shell, wildcards do not
 * match names starting with a dot.
 */
import { type Dirent, readdirSync } from "node:fs";
import { join } from "node:path";

const GLOB_CHARS = /[*?[{]/;

export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

function segmentRegExp(segment: string): RegExp {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "[") {
      const close = segment.indexOf("]", i + 2);
      if (close === -1) source += "\\[";
      else {
        const body = segment
          .slice(i + 1, close)
          .replace(/^!/, "^")
          .replace(/\\/g, "\\\\");
        source += `[${body}]`;
        i = close;
      }
    } else if (c === "{") {
      const close = segment.indexOf("}", i);
      if (close === -1) source += "\\{";
      else {
        const options = segment
          .slice(i + 1, close)
          .split(",")
          .map(escapeRegExp);
        source += `(?:${options.join("|")})`;
        i = close;
      }
    } else source += escapeRegExp(c);
  }
  return new RegExp(`^${source}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

type Segment = { kind: "any-depth" } | { kind: "name"; pattern: RegExp } | { kind: "literal"; name: string };

function parse(pattern: string): { base: string; segments: Segment[] } {
  const parts = pattern.split("/");
  const firstGlob = parts.findIndex(isGlob);
  const baseParts = parts.slice(0, firstGlob);
  const base = baseParts.length === 0 ? "." : baseParts.join("/") || "/";
  const segments = parts
    .slice(firstGlob)
    .filter((part) => part !== "")
    .map((part): Segment => {
      if (part === "**") return { kind: "any-depth" };
      return isGlob(part) ? { kind: "name", pattern: segmentRegExp(part) } : { kind: "literal", name: part };
    });
  return { base, segments };
}

function entries(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch {
    return [];
  }
}

function joinPath(dir: string, name: string): string {
  return dir === "." ? name : join(dir, name);
}

function* match(dir: string, segments: Segment[], index: number): Generator<string> {
  const segment = segments[index];
  const last = index === segments.length - 1;
  if (segment.kind === "any-depth") {
    if (last) {
      yield* match(dir, [...segments, { kind: "name", pattern: /^[^.]/ }], index);
      return;
    }
    yield* match(dir, segments, index + 1);
    for (const entry of entries(dir)) {
      if (entry.isDirectory() && !entry.name.startsWith("."))
        yield* match(joinPath(dir, entry.name), segments, index);
    }
    return;
  }
  for (const entry of entries(dir)) {
    const matches =
      segment.kind === "literal"
        ? entry.name === segment.name
        : !entry.name.startsWith(".") && segment.pattern.test(entry.name);
    if (!matches) continue;
    const path = joinPath(dir, entry.name);
    if (last) yield path;
    else if (entry.isDirectory() || entry.isSymbolicLink()) yield* match(path, segments, index + 1);
  }
}

/** The paths (files or folders) matching `pattern`, in sorted order within each folder. */
export function* expandGlob(pattern: string): Generator<string> {
  const { base, segments } = parse(pattern);
  if (segments.length === 0) return;
  const seen = new Set<string>();
  for (const path of match(base, segments, 0)) {
    if (seen.has(path)) continue;
    seen.add(path);
    yield path;
  }
}
