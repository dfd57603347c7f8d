/** Serves the built dashboard (dist/web) with a strict content-security policy. */
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { Context } from "hono";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
};

/**
 * Scripts only from this origin; inline styles are allowed because the chart and graph
 * libraries set style attributes. Document text is never rendered as HTML anyway.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

export function staticFiles(root: string) {
  return async (c: Context) => {
    const path = decodeURIComponent(new URL(c.req.url).pathname);
    const relative = normalize(path === "/" ? "/index.html" : path).replace(/^([/\\])+/, "");
    const file = join(root, relative);
    if (!file.startsWith(root + sep)) return c.notFound();
    const found = await stat(file).catch(() => null);
    // Unknown paths get the app itself: its hash routes decide what to show.
    const target = found?.isFile() ? file : join(root, "index.html");
    const body = await readFile(target).catch(() => null);
    if (!body) {
      return c.text("The dashboard is not built: run `npx vite build` (or `npm run build:web`).", 503);
    }
    const cache = target.includes(`${sep}assets${sep}`) ? "public, max-age=31536000, immutable" : "no-cache";
    return c.body(new Uint8Array(body), 200, {
      "content-type": TYPES[extname(target)] ?? "application/octet-stream",
      "cache-control": cache,
    });
  };
}
