/** `POST /api/documents`: upload a file (multipart) or a text (JSON) and get back what was coded. */
import { createRoute, z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import type { ApiApp, ApiDeps } from "../deps.js";
import { ApiError, errorBody } from "../errors.js";
import { documented, ErrorSchema, okResponse } from "../schemas.js";
import { ingestUpload, isSupportedUpload, UPLOAD_EXTENSIONS, type UploadInput } from "../upload.js";

const isoPartial = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD");

const metaFields = {
  title: z.string().max(500).optional(),
  publisher: z.string().max(200).optional(),
  published: isoPartial.optional(),
  url: z.string().url().max(2000).optional(),
};

const FORMAT_EXTENSION = { text: ".txt", markdown: ".md", html: ".html" } as const;

export const JsonUpload = z
  .object({
    text: z.string().min(1),
    format: z.enum(["text", "markdown", "html"]).default("text"),
    name: z.string().max(200).optional().openapi({ description: "A file stem used as the document key" }),
    ...metaFields,
  })
  .openapi("TextUpload");

export const FormUpload = z
  .object({
    file: z.instanceof(File).openapi({ type: "string", format: "binary" }),
    ...metaFields,
  })
  .openapi("FileUpload");

const uploadRoute = createRoute({
  method: "post",
  path: "/api/documents",
  summary: `Ingest a document through the pipeline (${UPLOAD_EXTENSIONS.join(" ")})`,
  request: {
    body: {
      content: { "application/json": { schema: JsonUpload }, "multipart/form-data": { schema: FormUpload } },
    },
  },
  responses: {
    201: okResponse(
      z.object({
        ok: z.literal(true),
        documents: documented(
          z
            .array(z.record(z.string(), z.unknown()))
            .openapi({ description: "Stored documents with their coded events" }),
        ),
        failures: z.array(z.object({ source: z.string(), code: z.string(), reason: z.string() })),
      }),
      "What was extracted",
    ),
    400: okResponse(ErrorSchema, "Invalid body"),
    413: okResponse(ErrorSchema, "Over the size limit"),
    415: okResponse(ErrorSchema, "Unsupported type"),
    422: okResponse(ErrorSchema, "No document could be read or analysed"),
  },
});

async function uploadInput(request: Request, maxBytes: number): Promise<UploadInput> {
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("application/json")) {
    const parsed = JsonUpload.safeParse(await request.json().catch(() => null));
    if (!parsed.success)
      throw new ApiError(400, "ENTENTE_API_INVALID_REQUEST", parsed.error.issues[0].message);
    const { text, format, name, ...meta } = parsed.data;
    return {
      name: `${name ?? "pasted"}${FORMAT_EXTENSION[format]}`,
      bytes: new TextEncoder().encode(text),
      meta,
    };
  }
  if (type.startsWith("multipart/form-data")) {
    const parsed = FormUpload.safeParse(Object.fromEntries((await request.formData()).entries()));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ApiError(
        400,
        "ENTENTE_API_INVALID_REQUEST",
        `${issue.path.join(".") || "body"}: ${issue.message}`,
      );
    }
    const { file, ...meta } = parsed.data;
    if (file.size > maxBytes)
      throw new ApiError(413, "ENTENTE_INPUT_TOO_LARGE", `the file is over ${maxBytes} bytes`);
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), meta };
  }
  throw new ApiError(
    415,
    "ENTENTE_INPUT_UNSUPPORTED",
    "send multipart/form-data with a file, or JSON with a text",
  );
}

export function registerUploadRoutes(app: ApiApp, deps: ApiDeps): void {
  const { maxBytes } = deps.upload;
  app.post(
    "/api/documents",
    bodyLimit({
      // Multipart framing adds a little to the file itself.
      maxSize: maxBytes + 64 * 1024,
      onError: (c) =>
        c.json(errorBody(413, "ENTENTE_INPUT_TOO_LARGE", `uploads are limited to ${maxBytes} bytes`), 413),
    }),
  );
  // Documented from the route's schemas; the handler parses JSON or multipart itself with them.
  app.openAPIRegistry.registerPath(uploadRoute);
  app.post("/api/documents", async (c) => {
    const input = await uploadInput(c.req.raw, maxBytes);
    if (!isSupportedUpload(input.name)) {
      throw new ApiError(415, "ENTENTE_INPUT_UNSUPPORTED", `supported files: ${UPLOAD_EXTENSIONS.join(" ")}`);
    }
    const result = await ingestUpload(input, { store: deps.store, ctx: await deps.ctx(), maxBytes });
    if (result.documents.length === 0) {
      const first = result.failures[0];
      const message = first ? `${first.source}: ${first.reason}` : "no document found";
      throw new ApiError(422, first?.code ?? "ENTENTE_INPUT_EMPTY", message);
    }
    return c.json({ ok: true as const, ...result }, 201);
  });
}
