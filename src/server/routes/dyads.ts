/** Dyad series with their events, and the cooperation–conflict network for a date range. */
import { createRoute, z } from "@hono/zod-openapi";
import type { ApiApp, ApiDeps } from "../deps.js";
import {
  actorCode,
  DyadMonthSchema,
  EventSchema,
  errorResponses,
  NetworkSchema,
  okResponse,
  PageInfo,
  pageInfo,
  pageQuery,
  QuadMeasuresSchema,
  rangeQuery,
} from "../schemas.js";

const dyadRoute = createRoute({
  method: "get",
  path: "/api/dyads",
  summary: "Monthly counts and summed intensity by quad class for two actors, and their events",
  request: {
    query: z.object({
      a: actorCode,
      b: actorCode,
      directed: z
        .enum(["true", "false"])
        .optional()
        .transform((v) => v === "true")
        .openapi({ description: "Only events from a to b; default both directions", type: "string" }),
      ...rangeQuery,
      ...pageQuery,
    }),
  },
  responses: {
    200: okResponse(
      z.object({
        ok: z.literal(true),
        a: z.object({ code: z.string(), name: z.string() }),
        b: z.object({ code: z.string(), name: z.string() }),
        directed: z.boolean(),
        months: z.array(DyadMonthSchema),
        totals: QuadMeasuresSchema,
        events: z.array(EventSchema),
        page: PageInfo,
      }),
      "The dyad's series and a page of its events, newest first",
    ),
    ...errorResponses,
  },
});

const networkRoute = createRoute({
  method: "get",
  path: "/api/network",
  summary: "Actors as nodes and undirected weighted edges for a date range",
  request: {
    query: z.object({
      ...rangeQuery,
      maxEdges: z.coerce.number().int().min(1).max(2000).default(150).openapi({ type: "integer" }),
      minEvents: z.coerce.number().int().min(1).default(1).openapi({ type: "integer" }),
    }),
  },
  responses: {
    200: okResponse(z.object({ ok: z.literal(true), network: NetworkSchema }), "The network"),
    ...errorResponses,
  },
});

export function registerDyadRoutes(app: ApiApp, { analysis }: ApiDeps): void {
  app.openapi(dyadRoute, (c) => {
    const { limit, offset, ...query } = c.req.valid("query");
    const series = analysis.dyadSeries(query);
    const page = analysis.dyadEvents(query, { limit, offset });
    return c.json(
      {
        ok: true as const,
        a: { code: series.a, name: analysis.codeName(series.a) },
        b: { code: series.b, name: analysis.codeName(series.b) },
        directed: series.directed,
        months: series.months,
        totals: series.totals,
        events: page.events,
        page: pageInfo({ limit, offset }, page.total),
      },
      200,
    );
  });
  app.openapi(networkRoute, (c) =>
    c.json({ ok: true as const, network: analysis.network(c.req.valid("query")) }, 200),
  );
}
