/** Events with filters (actor, recipient, category, quad class, factuality, dates, document, text). */
import { createRoute, z } from "@hono/zod-openapi";
import type { ApiApp, ApiDeps } from "../deps.js";
import {
  EventSchema,
  errorResponses,
  okResponse,
  PageInfo,
  pageInfo,
  pageQuery,
  rangeQuery,
} from "../schemas.js";

const eventsRoute = createRoute({
  method: "get",
  path: "/api/events",
  summary: "Coded events with their evidence sentences, in date order",
  request: {
    query: z.object({
      actor: z
        .string()
        .max(80)
        .optional()
        .openapi({ description: "Code (MLI), code and sector (MLI GOV) or entity id" }),
      recipient: z.string().max(80).optional(),
      category: z.string().max(40).optional().openapi({ example: "ACCUSE" }),
      quad: z.coerce.number().int().min(1).max(4).optional().openapi({ type: "integer" }),
      doc: z.string().max(300).optional().openapi({ description: "Document id or key" }),
      q: z
        .string()
        .max(300)
        .optional()
        .openapi({ description: "Full-text query over the evidence sentence" }),
      ...rangeQuery,
      ...pageQuery,
    }),
  },
  responses: {
    200: okResponse(
      z.object({ ok: z.literal(true), events: z.array(EventSchema), page: PageInfo }),
      "A page of events",
    ),
    ...errorResponses,
  },
});

export function registerEventRoutes(app: ApiApp, { store }: ApiDeps): void {
  app.openapi(eventsRoute, (c) => {
    const { category, quad, limit, offset, ...rest } = c.req.valid("query");
    const filter = { ...rest, type: category, quadCode: quad };
    const events = store.listEvents({ ...filter, limit, offset });
    const total = store.countEvents(filter);
    return c.json({ ok: true as const, events, page: pageInfo({ limit, offset }, total) }, 200);
  });
}
