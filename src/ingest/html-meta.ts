/**
 * Article metadata from an HTML page's head: Open Graph and article:* tags, common name=
 * tags, the canonical link, and JSON-LD (NewsArticle/Article, also inside @graph).
 */
import type { MetaFields } from "./meta.js";

/** The minimal DOM surface we read (linkedom's document satisfies it). */
export interface MetaDocument {
  querySelector(
    selector: string,
  ): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): Iterable<{ textContent: string | null }>;
  documentElement: { getAttribute(name: string): string | null } | null;
}

const ARTICLE_TYPES = new Set([
  "NewsArticle",
  "Article",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "OpinionNewsArticle",
  "BackgroundNewsArticle",
  "BlogPosting",
  "Report",
  "ScholarlyArticle",
]);

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typesOf(node: JsonObject): string[] {
  const type = node["@type"];
  if (typeof type === "string") return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === "string") : [];
}

/** Every object in a JSON-LD value, flattening arrays and @graph. */
function flattenJsonLd(value: unknown, out: JsonObject[]): void {
  if (Array.isArray(value)) for (const item of value) flattenJsonLd(item, out);
  else if (isObject(value)) {
    out.push(value);
    if (value["@graph"]) flattenJsonLd(value["@graph"], out);
  }
}

function findArticle(document: MetaDocument): JsonObject | null {
  const nodes: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      flattenJsonLd(JSON.parse(script.textContent ?? ""), nodes);
    } catch {
      // A broken JSON-LD block is common in the wild; the other meta sources remain.
    }
  }
  return nodes.find((node) => typesOf(node).some((t) => ARTICLE_TYPES.has(t))) ?? null;
}

function nameOf(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(", ") : null;
  }
  if (isObject(value)) return nameOf(value.name);
  return null;
}

function urlOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (isObject(value)) return urlOf(value["@id"] ?? value.url);
  return null;
}

function content(document: MetaDocument, selector: string): string | null {
  const value = document.querySelector(selector)?.getAttribute("content")?.trim();
  return value ? value : null;
}

function first(...values: Array<string | null | undefined>): string | undefined {
  for (const value of values) if (value?.trim()) return value.trim();
  return undefined;
}

const URL_LIKE = /^https?:\/\//i;

export function readHtmlMeta(document: MetaDocument): MetaFields {
  const article = findArticle(document);
  const ld = (field: string): string | null =>
    article && typeof article[field] === "string" ? (article[field] as string) : null;
  const metaAuthor = first(
    content(document, 'meta[name="author"]'),
    content(document, 'meta[property="article:author"]'),
  );
  const locale = content(document, 'meta[property="og:locale"]');
  const language = first(
    document.documentElement?.getAttribute("lang"),
    content(document, 'meta[http-equiv="content-language"]'),
    ld("inLanguage"),
    locale,
  );
  const description = first(
    content(document, 'meta[property="og:description"]'),
    content(document, 'meta[name="description"]'),
  );
  return {
    title: first(
      content(document, 'meta[property="og:title"]'),
      ld("headline"),
      content(document, 'meta[name="twitter:title"]'),
      document.querySelector("title")?.textContent,
    ),
    url: first(
      document.querySelector('link[rel="canonical"]')?.getAttribute("href"),
      content(document, 'meta[property="og:url"]'),
      article ? urlOf(article.url ?? article.mainEntityOfPage) : null,
    ),
    published: first(
      content(document, 'meta[property="article:published_time"]'),
      ld("datePublished"),
      content(document, 'meta[name="pubdate"]'),
      content(document, 'meta[name="date"]'),
      content(document, 'meta[name="dc.date"]'),
      content(document, 'meta[name="DC.date.issued"]'),
      content(document, 'meta[itemprop="datePublished"]'),
      document.querySelector("time[datetime]")?.getAttribute("datetime"),
    ),
    publisher: first(
      content(document, 'meta[property="og:site_name"]'),
      article ? nameOf(article.publisher) : null,
      content(document, 'meta[name="application-name"]'),
    ),
    author: first(
      metaAuthor && !URL_LIKE.test(metaAuthor) ? metaAuthor : null,
      article ? nameOf(article.author) : null,
    ),
    language: language?.split(/[-_]/)[0].toLowerCase(),
    extra: description ? { description } : undefined,
  };
}
