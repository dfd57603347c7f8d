/** What every route module receives: the store, its aggregate reads, and the pipeline. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { StageContext } from "../doc.js";
import type { AnalysisQueries } from "../store/analysis-types.js";
import type { Store } from "../store/types.js";

export interface UploadLimits {
  /** Largest upload accepted, in bytes. */
  maxBytes: number;
}

export interface ApiDeps {
  store: Store;
  analysis: AnalysisQueries;
  /** The stage context, loaded on first use (uploads only), so the server starts fast. */
  ctx: () => Promise<StageContext>;
  upload: UploadLimits;
}

export type ApiApp = OpenAPIHono;
