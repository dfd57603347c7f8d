/**
 * The HTTP application: JSON API under /api (OpenAPI at /api/openapi.json) and the dashboard.
 * `createApp` builds it over a store, testable in-process with `app.request()`.
 */
import { join } from "node:path";
import { OpenAPIHono } from "@hono/zod-openapi";
import type BetterSqlite3 from "better-sqlite3";
import type { Context, Next } from "hono";
import { HTTPException } from "hono/http-exception";
import type { StageContext } from "../doc.js";
import { EntenteError } from "../errors.js";
import { projectRoot } from "../paths.js";
import type { AnalysisQueries } from "../store/analysis-types.js";
import { createAnalysisQueries } from "../store/sqlite/analysis.js";
import type { Store } from "../store/types.js";
import type { ApiDeps } from "./deps.js";
import { ApiError, errorBody, sendError } from "./errors.js";
import { registerActorRoutes } from "./routes/actors.js";
import { registerDocumentRoutes } from "./routes/documents.js";
import { registerDyadRoutes } from "./routes/dyads.js";
import { registerEventRoutes } from "./routes/events.js";
import { registerOverviewRoutes } from "./routes/overview.js";
import { registerSearchRoutes } from "./routes/search.js";
import { registerUploadRoutes } from "./routes/upload.js";
import { CONTENT_SECURITY_POLICY, staticFiles } from "./static.js";

export interface AppOptions {
  store: Store;
  /** The aggregate reads; default: the store's own, or SQLite queries over its connection. */
  analysis?: AnalysisQueries;
  /** The pipeline's knowledge for uploads; default: loaded on the first upload. */
  ctx?: StageContext;
  /** Largest upload in bytes; default 10 MB. */
  maxUploadBytes?: number;
  /** Folder of the built dashboard; default dist/web in the package. */
  webRoot?: string;
}

function analysisOf(store: Store): AnalysisQueries {
  const own = (store as Store & { analysis?: AnalysisQueries }).analysis;
  if (own) return own;
  const db = (store as Store & { db?: BetterSqlite3.Database }).db;
  if (!db) throw new Error("createApp: the store offers no analysis queries; pass `analysis`");
  return createAnalysisQueries(db);
}

const LOCAL_HOSTS = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i;

/**
 * Against DNS rebinding and cross-site uploads: the Host must be a loopback name (or the
 * listed, or any with "*"), and a request carrying an Origin must come from itself.
 */
export function sameOriginGuard(allowedHosts: string[] = []) {
  return async (c: Context, next: Next) => {
    const host = c.req.header("host") ?? "";
    if (!LOCAL_HOSTS.test(host) && !allowedHosts.includes("*") && !allowedHosts.includes(host)) {
      return sendError(c, 403, "ENTENTE_API_FORBIDDEN", `host ${host} is not served`);
    }
    const origin = c.req.header("origin");
    if (origin && origin !== "null" && new URL(origin).host !== host) {
      return sendError(c, 403, "ENTENTE_API_FORBIDDEN", `requests from ${origin} are not accepted`);
    }
    if (origin === "null" && c.req.method !== "GET") {
      return sendError(c, 403, "ENTENTE_API_FORBIDDEN", "requests from an opaque origin are not accepted");
    }
    await next();
  };
}

export function createApp(options: AppOptions & { allowedHosts?: string[] }): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
        return sendError(c, 400, "ENTENTE_API_INVALID_REQUEST", `${where}${issue.message}`);
      }
    },
  });
  let ctx = options.ctx;
  const deps: ApiDeps = {
    store: options.store,
    analysis: options.analysis ?? analysisOf(options.store),
    ctx: async () => {
      // Loaded on first use: reading the store needs no NLP model or pipeline.
      ctx ??= (await import("../context.js")).defaultStageContext();
      return ctx;
    },
    upload: { maxBytes: options.maxUploadBytes ?? 10 * 1024 * 1024 },
  };
  app.use("*", sameOriginGuard(options.allowedHosts));
  app.use("*", async (c, next) => {
    await next();
    c.header("x-content-type-options", "nosniff");
    c.header("referrer-policy", "no-referrer");
    if (!c.req.path.startsWith("/api/")) c.header("content-security-policy", CONTENT_SECURITY_POLICY);
  });
  registerOverviewRoutes(app, deps);
  registerDocumentRoutes(app, deps);
  registerUploadRoutes(app, deps);
  registerEventRoutes(app, deps);
  registerActorRoutes(app, deps);
  registerDyadRoutes(app, deps);
  registerSearchRoutes(app, deps);
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Entente API",
      version: "1",
      description:
        "PLOVER-coded political events with their evidence. Every answer is `{ ok: true, ... }` or " +
        "`{ ok: false, error: { code, message }, status }`. Lists take `limit` and `offset` and return `page`.",
    },
  });
  app.all("/api/*", (c) =>
    sendError(c, 404, "ENTENTE_API_NOT_FOUND", `no endpoint ${c.req.method} ${c.req.path}`),
  );
  app.get("*", staticFiles(options.webRoot ?? join(projectRoot(), "dist", "web")));
  app.notFound((c) => sendError(c, 404, "ENTENTE_API_NOT_FOUND", `nothing at ${c.req.path}`));
  app.onError((error, c) => {
    if (error instanceof ApiError) return sendError(c, error.status, error.code, error.message);
    if (error instanceof HTTPException) {
      const status = error.status;
      return c.json(errorBody(status, "ENTENTE_API_INVALID_REQUEST", error.message), status);
    }
    if (error instanceof EntenteError) {
      // A broken dictionary or pattern file: the server's own data, not the client's request.
      return sendError(c, 500, error.code, error.message);
    }
    if (error instanceof Error && /fts5|no such column/i.test(error.message)) {
      return sendError(c, 400, "ENTENTE_API_INVALID_REQUEST", `invalid query: ${error.message}`);
    }
    process.stderr.write(
      `entente serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return sendError(c, 500, "ENTENTE_API_INTERNAL", "the server failed; see its log");
  });
  return app;
}
