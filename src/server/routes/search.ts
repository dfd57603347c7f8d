/** Full-text search over sentences, with the hits cut into plain-text parts (never HTML). */
import { createRoute, z } from "@hono/zod-openapi";
import type { ApiApp, ApiDeps } from "../deps.js";
import { errorResponses, okResponse, pageQuery, SearchHitSchema } from "../schemas.js";

// Private-use characters cannot occur in stored text's meaning, so they delimit matches safely.
const OPEN = "\uE000";
const CLOSE = "\uE001";

const searchRoute = createRoute({
  method: "get",
  path: "/api/search",
  summary: 'Sentences matching an FTS5 query (words, "phrases", AND, OR, NOT, prefix*)',
  request: { query: z.object({ q: z.string().min(1).max(300), ...pageQuery }) },
  responses: {
    200: okResponse(
      z.object({
        ok: z.literal(true),
        hits: z.array(SearchHitSchema),
        limit: z.number(),
        offset: z.number(),
      }),
      "Matching sentences, best first",
    ),
    ...errorResponses,
  },
});

export function snippetParts(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  for (const [i, piece] of snippet.split(OPEN).entries()) {
    const [inside, after] = i === 0 ? [null, piece] : piece.split(CLOSE, 2);
    if (inside) parts.push({ text: inside, match: true });
    if (after) parts.push({ text: after, match: false });
  }
  return parts;
}

export function registerSearchRoutes(app: ApiApp, { store }: ApiDeps): void {
  app.openapi(searchRoute, (c) => {
    const { q, limit, offset } = c.req.valid("query");
    const hits = store.search(q, { limit, offset, mark: [OPEN, CLOSE] }).map(({ snippet, ...hit }) => ({
      ...hit,
      parts: snippetParts(snippet),
    }));
    return c.json({ ok: true as const, hits, limit, offset }, 200);
  });
}
