/**
 * The text of an HTML element with its block structure kept: each block element (p, h1,
 * li, blockquote, ...) becomes a paragraph separated by a blank line, <br> a line break,
 * and inline markup disappears. Scripts, styles, forms and media are skipped.
 */

/** The minimal DOM node surface we walk (linkedom's nodes satisfy it). */
export interface HtmlNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<HtmlNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "canvas",
  "iframe",
  "object",
  "embed",
  "video",
  "audio",
  "picture",
  "img",
  "button",
  "select",
  "input",
  "textarea",
  "form",
  "head",
]);

/** Page chrome skipped when no article was found and the whole body is read instead. */
export const CHROME = new Set(["nav", "header", "footer", "aside", "menu", "dialog"]);

const BLOCKS = new Set([
  "address",
  "article",
  "blockquote",
  "body",
  "caption",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "thead",
  "tr",
  "ul",
]);

const CELLS = new Set(["td", "th"]);
const INLINE_SPACE = /[ \t\r\n\f\v]+/g;

class BlockWriter {
  private readonly paragraphs: string[] = [];
  private parts: string[] = [];

  text(value: string): void {
    this.parts.push(value);
  }

  lineBreak(): void {
    this.parts.push("\n");
  }

  endBlock(): void {
    if (this.parts.length === 0) return;
    const lines = this.parts
      .join("")
      .split("\n")
      .map((line) => line.replace(INLINE_SPACE, " ").trim())
      .filter((line) => line !== "");
    if (lines.length > 0) this.paragraphs.push(lines.join("\n"));
    this.parts = [];
  }

  result(): string {
    this.endBlock();
    return this.paragraphs.join("\n\n");
  }
}

function walk(node: HtmlNode, out: BlockWriter, skip: ReadonlySet<string>): void {
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.nodeType === TEXT_NODE) {
      out.text(child.textContent ?? "");
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const name = child.nodeName.toLowerCase();
    if (SKIPPED.has(name) || skip.has(name)) continue;
    if (name === "br") {
      out.lineBreak();
    } else if (BLOCKS.has(name)) {
      out.endBlock();
      walk(child, out, skip);
      out.endBlock();
    } else if (CELLS.has(name)) {
      out.text(" ");
      walk(child, out, skip);
      out.text(" ");
    } else {
      walk(child, out, skip);
    }
  }
}

/** The text of `root`, one paragraph per block; `skip` names extra elements to leave out. */
export function blockText(root: HtmlNode, skip: ReadonlySet<string> = new Set()): string {
  const out = new BlockWriter();
  walk(root, out, skip);
  return out.result();
}
