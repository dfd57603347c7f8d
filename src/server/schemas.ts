/**
 * Zod schemas for every route's parameters and answers; the OpenAPI document is generated
 * from them, and the same schemas validate what clients send.
 */
import { z } from "@hono/zod-openapi";

export const FACTUALITIES = ["asserted", "negated", "future", "hypothetical", "recommended"] as const;

const isoPartial = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD")
  .openapi({ example: "2021-06" });

/** `asserted` by default; a comma-separated list, or `all`. */
export const factualityParam = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (!value) return ["asserted" as const];
    if (value === "all") return [...FACTUALITIES];
    const list = value.split(",").map((v) => v.trim());
    const bad = list.filter((v) => !(FACTUALITIES as readonly string[]).includes(v));
    if (bad.length) {
      ctx.addIssue({ code: "custom", message: `unknown factuality: ${bad.join(", ")}` });
      return z.NEVER;
    }
    return list as (typeof FACTUALITIES)[number][];
  })
  .openapi({
    description: "Comma-separated factualities, or `all`; default `asserted`.",
    example: "asserted,hypothetical",
    type: "string",
  });

export const rangeQuery = {
  from: isoPartial.optional(),
  to: isoPartial.optional(),
  factuality: factualityParam,
};

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(2000).default(50).openapi({ type: "integer", example: 50 }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ type: "integer", example: 0 }),
};

export const actorCode = z
  .string()
  .regex(/^[A-Za-z0-9_-]{2,40}$/, "an actor code such as MLI")
  .openapi({ example: "MLI" });

export const PageInfo = z
  .object({
    limit: z.number().int(),
    offset: z.number().int(),
    total: z.number().int(),
    next: z.number().int().nullable().openapi({ description: "Offset of the next page, or null" }),
  })
  .openapi("PageInfo");

export function pageInfo(page: { limit: number; offset: number }, total: number) {
  const next = page.offset + page.limit < total ? page.offset + page.limit : null;
  return { limit: page.limit, offset: page.offset, total, next };
}

export const ErrorSchema = z
  .object({
    ok: z.literal(false),
    error: z.object({ code: z.string(), message: z.string() }),
    status: z.number().int(),
  })
  .openapi("Error");

const Participant = z.object({
  entityId: z.string().nullable(),
  code: z.string().nullable(),
  sector: z.string().nullable(),
  name: z.string(),
  span: z.object({ start: z.number(), end: z.number() }).nullable(),
});

const Cue = z.object({ start: z.number(), end: z.number(), text: z.string() });

export const EventSchema = z
  .object({
    id: z.string(),
    sentence: z.number().int(),
    event: z.array(z.string()),
    mode: z.array(z.string()),
    context: z.array(z.string()),
    actor: z.array(Participant),
    recipient: z.array(Participant),
    date: z.string().nullable(),
    enddate: z.string().nullable(),
    datePrecision: z.string().nullable(),
    dateReported: z.boolean(),
    factuality: z.enum(FACTUALITIES),
    factualityCue: Cue.nullable(),
    attribution: z.string().nullable(),
    intensity: z.number(),
    quadCode: z.number().int(),
    confidence: z.number(),
    trigger: Cue,
    pattern: z.string(),
    docId: z.number().int(),
    docKey: z.string(),
    docTitle: z.string().nullable(),
    publisher: z.string().nullable(),
    published: z.string().nullable(),
    text: z.string().openapi({ description: "The evidence sentence" }),
    sentenceStart: z.number().int(),
    sentenceEnd: z.number().int(),
  })
  .openapi("Event");

export const QuadMeasuresSchema = z.object({
  events: z.number().int(),
  byQuad: z.array(z.number()).length(4),
  intensityByQuad: z.array(z.number()).length(4),
  net: z.number(),
});

/** Documented loosely: these answers carry nested layers described in the README. */
export const looseObject = (name: string, description: string) =>
  z.record(z.string(), z.unknown()).openapi(name, { description });

export function okResponse<T extends z.ZodType>(schema: T, description: string) {
  return { content: { "application/json": { schema } }, description };
}

export const errorResponses = {
  400: okResponse(ErrorSchema, "Invalid parameters"),
  404: okResponse(ErrorSchema, "Not found"),
};

/** A schema kept for the OpenAPI document while the handler's type comes from the store. */
export function documented(schema: z.ZodType): z.ZodType<unknown> {
  return schema as z.ZodType<unknown>;
}

export const DyadMonthSchema = z.object({
  month: z.string(),
  quadCode: z.number().int(),
  events: z.number().int(),
  intensity: z.number(),
});

export const NetworkSchema = z
  .object({
    nodes: z.array(z.object({ code: z.string(), name: z.string(), events: z.number(), degree: z.number() })),
    edges: z.array(QuadMeasuresSchema.extend({ source: z.string(), target: z.string() })),
    extent: z.object({ first: z.string().nullable(), last: z.string().nullable() }),
  })
  .openapi("Network");

export const ActorListItemSchema = z
  .object({
    id: z.string(),
    kind: z.enum(["entity", "code"]),
    name: z.string(),
    code: z.string().nullable(),
    type: z.string().nullable(),
    events: z.number(),
  })
  .openapi("ActorListItem");

const PartnerSchema = QuadMeasuresSchema.extend({ code: z.string(), name: z.string() });

export const ActorDetailSchema = z
  .object({
    id: z.string(),
    kind: z.enum(["entity", "code"]),
    name: z.string(),
    type: z.string().nullable(),
    code: z.string().nullable(),
    sector: z.string().nullable(),
    aliases: z.array(z.object({ text: z.string(), mentions: z.number() })),
    roles: z.array(
      z.object({
        code: z.string().nullable(),
        sector: z.string().nullable(),
        first: z.string().nullable(),
        last: z.string().nullable(),
        mentions: z.number(),
      }),
    ),
    members: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        type: z.string(),
        sector: z.string().nullable(),
        mentions: z.number(),
      }),
    ),
    counts: z.object({
      mentions: z.number(),
      documents: z.number(),
      asActor: z.number(),
      asRecipient: z.number(),
    }),
    partners: z.array(PartnerSchema),
  })
  .openapi("ActorDetail");

export const SourceSchema = QuadMeasuresSchema.extend({
  publisher: z.string(),
  documents: z.number(),
  meanIntensity: z.number(),
}).openapi("SourceComparison");

export const DocumentSummarySchema = z
  .object({
    id: z.number().int(),
    key: z.string(),
    source: z.string(),
    format: z.string(),
    version: z.number().int(),
    current: z.boolean(),
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    published: z.string().nullable(),
    stance: z.string().nullable(),
    chars: z.number().int(),
    sentences: z.number().int(),
    events: z.number().int(),
    ingestedAt: z.string(),
  })
  .openapi("DocumentSummary");

export const SearchHitSchema = z
  .object({
    docId: z.number().int(),
    key: z.string(),
    title: z.string().nullable(),
    sentence: z.number().int(),
    start: z.number().int(),
    end: z.number().int(),
    parts: z
      .array(z.object({ text: z.string(), match: z.boolean() }))
      .openapi({ description: "The sentence cut into plain-text parts; `match` parts are the query's hits" }),
    rank: z.number(),
  })
  .openapi("SearchHit");
