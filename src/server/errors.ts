/**
 * The API's one error contract, `{ ok: false, error: { code, message }, status }`, locked by a
 * test. Input problems reuse the pipeline's codes; the HTTP-only ones are listed here.
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { EntenteErrorCode } from "../errors.js";

export const API_ERROR_CODES = {
  ENTENTE_API_NOT_FOUND: "no such resource",
  ENTENTE_API_INVALID_REQUEST: "a parameter or body is missing or malformed",
  ENTENTE_API_FORBIDDEN: "the request came from another origin or host",
  ENTENTE_API_INTERNAL: "the server failed unexpectedly",
} as const;

export type ApiErrorCode = EntenteErrorCode | keyof typeof API_ERROR_CODES;

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export interface ErrorBody {
  ok: false;
  error: { code: ApiErrorCode; message: string };
  status: number;
}

export function errorBody(status: number, code: ApiErrorCode, message: string): ErrorBody {
  return { ok: false, error: { code, message }, status };
}

export function sendError(c: Context, status: ContentfulStatusCode, code: ApiErrorCode, message: string) {
  return c.json(errorBody(status, code, message), status);
}
