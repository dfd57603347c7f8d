/** Corpus overview and the per-publisher source comparison. */
import { createRoute, z } from "@hono/zod-openapi";
import type { ApiApp, ApiDeps } from "../deps.js";
import {
  actorCode,
  documented,
  errorResponses,
  okResponse,
  QuadMeasuresSchema,
  rangeQuery,
  SourceSchema,
} from "../schemas.js";

const overviewRoute = createRoute({
  method: "get",
  path: "/api/overview",
  summary: "Corpus counts, most active actors and dyads, sparklines and recent events",
  request: { query: z.object(rangeQuery) },
  responses: {
    200: okResponse(
      z.object({
        ok: z.literal(true),
        overview: documented(
          z.object({
            documents: z.number(),
            events: z.number(),
            eventsByFactuality: z.record(z.string(), z.number()),
            totals: QuadMeasuresSchema,
            categories: z.array(z.string()),
          }),
        ),
      }),
      "The overview",
    ),
    ...errorResponses,
  },
});

const sourcesRoute = createRoute({
  method: "get",
  path: "/api/sources",
  summary: "Events per publisher by quad class; with a and b, only that dyad's events",
  request: { query: z.object({ ...rangeQuery, a: actorCode.optional(), b: actorCode.optional() }) },
  responses: {
    200: okResponse(
      z.object({ ok: z.literal(true), sources: z.array(SourceSchema) }),
      "Per-publisher figures",
    ),
    ...errorResponses,
  },
});

export function registerOverviewRoutes(app: ApiApp, { analysis }: ApiDeps): void {
  app.openapi(overviewRoute, (c) => {
    const filter = c.req.valid("query");
    return c.json(
      { ok: true as const, overview: { ...analysis.overview(filter), categories: analysis.categories() } },
      200,
    );
  });
  app.openapi(sourcesRoute, (c) =>
    c.json({ ok: true as const, sources: analysis.sources(c.req.valid("query")) }, 200),
  );
}
