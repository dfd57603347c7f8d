/** Actors: codes and entities with event counts, and one actor's profile with its events. */
import { createRoute, z } from "@hono/zod-openapi";
import type { EventFilter, Store, StoredEvent } from "../../store/types.js";
import type { ApiApp, ApiDeps } from "../deps.js";
import { ApiError } from "../errors.js";
import {
  ActorDetailSchema,
  ActorListItemSchema,
  EventSchema,
  errorResponses,
  okResponse,
  PageInfo,
  pageInfo,
  pageQuery,
  rangeQuery,
} from "../schemas.js";

const listRoute = createRoute({
  method: "get",
  path: "/api/actors",
  summary: "Actor codes and knowledge-base entities, most active first",
  request: {
    query: z.object({
      q: z.string().max(100).optional(),
      kind: z.enum(["entity", "code"]).optional(),
      ...rangeQuery,
      ...pageQuery,
    }),
  },
  responses: {
    200: okResponse(
      z.object({ ok: z.literal(true), actors: z.array(ActorListItemSchema), page: PageInfo }),
      "A page of actors",
    ),
    ...errorResponses,
  },
});

const oneRoute = createRoute({
  method: "get",
  path: "/api/actors/{id}",
  summary:
    "An entity (by id) or an actor code: aliases, roles over time, counts, top partners, latest events",
  request: {
    params: z.object({ id: z.string().min(1).max(200).openapi({ example: "MLI" }) }),
    query: z.object(rangeQuery),
  },
  responses: {
    200: okResponse(
      z.object({ ok: z.literal(true), actor: ActorDetailSchema, events: z.array(EventSchema) }),
      "The actor",
    ),
    ...errorResponses,
  },
});

/** The latest events where the actor is on either side, newest first. */
function latestEvents(store: Store, id: string, filter: EventFilter, limit = 30): StoredEvent[] {
  const byId = new Map<string, StoredEvent>();
  for (const role of ["actor", "recipient"] as const) {
    const total = store.countEvents({ ...filter, [role]: id });
    for (const event of store.listEvents({
      ...filter,
      [role]: id,
      limit,
      offset: Math.max(0, total - limit),
    })) {
      byId.set(`${event.docId}/${event.id}`, event);
    }
  }
  return [...byId.values()].sort((x, y) => (y.date ?? "").localeCompare(x.date ?? "")).slice(0, limit);
}

export function registerActorRoutes(app: ApiApp, { store, analysis }: ApiDeps): void {
  app.openapi(listRoute, (c) => {
    const { limit, offset, ...options } = c.req.valid("query");
    const all = analysis.actors(options);
    return c.json(
      {
        ok: true as const,
        actors: all.slice(offset, offset + limit),
        page: pageInfo({ limit, offset }, all.length),
      },
      200,
    );
  });
  app.openapi(oneRoute, (c) => {
    const { id } = c.req.valid("param");
    const filter = c.req.valid("query");
    const actor = analysis.actor(id, filter);
    if (!actor) throw new ApiError(404, "ENTENTE_API_NOT_FOUND", `no actor ${id}`);
    return c.json({ ok: true as const, actor, events: latestEvents(store, actor.id, filter) }, 200);
  });
}
