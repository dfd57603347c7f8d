/** Documents: the list, and one document with its text and every analysis layer. */
import { createRoute, z } from "@hono/zod-openapi";
import type { ApiApp, ApiDeps } from "../deps.js";
import { ApiError } from "../errors.js";
import {
  DocumentSummarySchema,
  documented,
  errorResponses,
  okResponse,
  PageInfo,
  pageInfo,
  pageQuery,
} from "../schemas.js";

const listRoute = createRoute({
  method: "get",
  path: "/api/documents",
  summary: "Stored documents in publication order",
  request: {
    query: z.object({
      ...pageQuery,
      allVersions: z
        .enum(["true", "false"])
        .optional()
        .transform((v) => v === "true")
        .openapi({ type: "string", description: "Include superseded versions" }),
    }),
  },
  responses: {
    200: okResponse(
      z.object({ ok: z.literal(true), documents: z.array(DocumentSummarySchema), page: PageInfo }),
      "A page of documents",
    ),
    ...errorResponses,
  },
});

const oneRoute = createRoute({
  method: "get",
  path: "/api/documents/{id}",
  summary: "One document: text, sentences, mentions, dates, events and diagnostics (offsets into text)",
  request: { params: z.object({ id: z.string().min(1).max(300).openapi({ example: "12" }) }) },
  responses: {
    200: okResponse(
      z.object({
        ok: z.literal(true),
        document: documented(
          z
            .object({
              id: z.number(),
              version: z.number(),
              meta: z.record(z.string(), z.unknown()),
              text: z.string(),
              sentences: z.array(z.object({ index: z.number(), start: z.number(), end: z.number() })),
              mentions: z.array(z.record(z.string(), z.unknown())),
              timexes: z.array(z.record(z.string(), z.unknown())),
              sentenceDates: z.array(z.record(z.string(), z.unknown())),
              events: z.array(z.record(z.string(), z.unknown())),
              messages: z.array(z.record(z.string(), z.unknown())),
            })
            .openapi("Document"),
        ),
      }),
      "The document",
    ),
    ...errorResponses,
  },
});

export function registerDocumentRoutes(app: ApiApp, { store, analysis }: ApiDeps): void {
  app.openapi(listRoute, (c) => {
    const { limit, offset, allVersions } = c.req.valid("query");
    const documents = store.listDocuments({ limit, offset, allVersions });
    const total = analysis.countDocuments({ allVersions });
    return c.json({ ok: true as const, documents, page: pageInfo({ limit, offset }, total) }, 200);
  });
  app.openapi(oneRoute, (c) => {
    const { id } = c.req.valid("param");
    const document = store.getDocument(/^\d+$/.test(id) ? Number(id) : id);
    if (!document) throw new ApiError(404, "ENTENTE_API_NOT_FOUND", `no document ${id}`);
    return c.json({ ok: true as const, document }, 200);
  });
}
