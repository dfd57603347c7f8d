/**
 * The HTML reader: page metadata from the head, the article body from Mozilla Readability
 * (over linkedom's DOM), its text with paragraph breaks kept. A page with no body text is
 * malformed input.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Doc, DocMeta } from "../doc.js";
import { type DecodedText, decodeBytes } from "./decode.js";
import { type MetaDocument, readHtmlMeta } from "./html-meta.js";
import { blockText, CHROME, type HtmlNode } from "./html-text.js";
import { fillMeta } from "./meta.js";
import { InputError } from "./outcome.js";
import { finishTextDoc } from "./text.js";

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset an HTML page declares for itself in its first bytes, if any. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString(
    "latin1",
  );
  return META_CHARSET.exec(head)?.[1] ?? null;
}

export interface HtmlInput {
  bytes: Uint8Array;
  meta: DocMeta;
  /** The charset from an HTTP Content-Type header, which wins over the page's own. */
  charset?: string | null;
}

/** The page's title as its first paragraph, so headline events are read like body text. */
function withTitle(title: string | null | undefined, body: string): string {
  if (!title) return body;
  const head = body.slice(0, title.length + 200);
  return head.includes(title) ? body : `${title}\n\n${body}`;
}

interface ReadabilityArticle {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  content?: unknown;
}

function articleText(document: unknown): { text: string; article: ReadabilityArticle | null } {
  // The serializer hands back the article element itself, so it is not re-parsed.
  const reader = new Readability(document as never, { serializer: (element: unknown) => element } as never);
  const article = reader.parse() as ReadabilityArticle | null;
  const root = article?.content as HtmlNode | undefined;
  return { text: root ? blockText(root) : "", article };
}

/** Without an article, the page's body minus its chrome (Readability edited the first DOM). */
function wholeBodyText(html: string): string {
  const body = (parseHTML(html).document as unknown as { body: HtmlNode | null }).body;
  return body ? blockText(body, CHROME) : "";
}

export function readHtml(input: HtmlInput): Doc {
  const { meta } = input;
  const decoded: DecodedText = decodeBytes(
    input.bytes,
    meta.source,
    input.charset ?? declaredHtmlCharset(input.bytes),
  );
  meta.encoding = decoded.encoding;
  const { document } = parseHTML(decoded.text);
  fillMeta(meta, readHtmlMeta(document as unknown as MetaDocument));
  const { text, article } = articleText(document);
  fillMeta(meta, {
    title: article?.title,
    author: article?.byline,
    publisher: article?.siteName,
    published: article?.publishedTime,
  });
  const bodyText = text.trim() !== "" ? text : wholeBodyText(decoded.text);
  if (bodyText.trim() === "") {
    throw new InputError(meta.source, "ENTENTE_INPUT_MALFORMED", "is HTML with no body text");
  }
  return finishTextDoc(withTitle(meta.title, bodyText), meta, decoded);
}
