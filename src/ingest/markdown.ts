/**
 * Markdown to plain text: the words stay, the syntax goes. Each heading, list item and
 * block becomes its own paragraph (blank-line separated); the lines of one paragraph are
 * joined with spaces, as Markdown renders them. YAML front matter becomes metadata.
 */
import { parse as parseYaml } from "yaml";
import { type MetaFields, splitFields } from "./meta.js";

export interface MarkdownText {
  text: string;
  /** The first level-one heading, a natural title. */
  heading: string | null;
  frontMatter: MetaFields | null;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/;
const FENCE = /^\s{0,3}(```|~~~)/;
const ATX_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
const THEMATIC_BREAK = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const TABLE_DIVIDER = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const BLOCKQUOTE = /^\s{0,3}(>\s?)+/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/;
const HARD_BREAK = /( {2,}|\\)$/;

const INLINE_RULES: ReadonlyArray<[RegExp, string]> = [
  [/!\[[^\]]*\]\([^)]*\)/g, ""],
  [/!\[[^\]]*\]\[[^\]]*\]/g, ""],
  [/\[([^\]]+)\]\([^)]*\)/g, "$1"],
  [/\[([^\]]+)\]\[[^\]]*\]/g, "$1"],
  [/<(https?:\/\/[^>\s]+)>/g, "$1"],
  [/<\/?[a-zA-Z][^>]*>/g, ""],
  [/`([^`]+)`/g, "$1"],
  [/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2"],
  [/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, "$1"],
  [/(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])/g, "$1"],
  [/~~(?=\S)(.+?)(?<=\S)~~/g, "$1"],
  [/\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1"],
];

export function stripInline(line: string): string {
  let out = line;
  for (const [pattern, replacement] of INLINE_RULES) out = out.replace(pattern, replacement);
  return out;
}

function readFrontMatter(source: string): { body: string; fields: MetaFields | null } {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { body: source, fields: null };
  try {
    const data: unknown = parseYaml(match[1]);
    if (data === null || typeof data !== "object" || Array.isArray(data))
      return { body: source, fields: null };
    const record = { ...(data as Record<string, unknown>) };
    if (record.published == null && record.date != null) record.published = record.date;
    for (const [name, value] of Object.entries(record))
      if (value instanceof Date) record[name] = value.toISOString().slice(0, 10);
    return { body: source.slice(match[0].length), fields: splitFields(record, ["date"]) };
  } catch {
    return { body: source, fields: null };
  }
}

/** A table row keeps its pipes, as in a plain-text table: "| Mali | 2020 |". */
function tableRowText(line: string): string {
  const cells = line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((cell) => stripInline(cell.trim()));
  return `| ${cells.join(" | ")} |`;
}

export function stripMarkdown(source: string): MarkdownText {
  const { body, fields } = readFrontMatter(source);
  const paragraphs: string[] = [];
  let current: string[] = [];
  let heading: string | null = null;
  let fence: string | null = null;
  const flush = () => {
    if (current.length > 0) paragraphs.push(current.join(" "));
    current = [];
  };
  for (const raw of body.split(/\r\n?|\n/)) {
    const fenceMatch = FENCE.exec(raw);
    if (fence) {
      if (fenceMatch && fenceMatch[1] === fence) {
        fence = null;
        flush();
      } else current.push(raw.trim());
      continue;
    }
    if (fenceMatch) {
      flush();
      fence = fenceMatch[1];
      continue;
    }
    const line = raw.replace(BLOCKQUOTE, "");
    if (
      line.trim() === "" ||
      THEMATIC_BREAK.test(line) ||
      LINK_DEFINITION.test(line) ||
      TABLE_DIVIDER.test(line)
    ) {
      flush();
      continue;
    }
    if (SETEXT_UNDERLINE.test(line) && current.length > 0) {
      if (line.trim().startsWith("=")) heading ??= current.join(" ");
      flush();
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx) {
      flush();
      const text = stripInline(atx[2]);
      if (atx[1].length === 1) heading ??= text;
      paragraphs.push(text);
      continue;
    }
    if (line.trim().startsWith("|")) {
      // Each table row is a paragraph of its own.
      flush();
      paragraphs.push(tableRowText(line));
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) flush();
    const content = item ? line.slice(item[0].length) : line;
    const text = stripInline(content.trim().replace(/\\$/, ""));
    if (text !== "") current.push(text);
    if (HARD_BREAK.test(raw)) flush();
  }
  flush();
  return { text: paragraphs.filter((p) => p !== "").join("\n\n"), heading, frontMatter: fields };
}
