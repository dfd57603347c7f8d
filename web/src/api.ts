/** Typed calls to the JSON API; every dashboard view is drawn from one of these endpoints. */

import type { CodedEvent, Message } from "../../src/doc";
import type {
  ActorDetail,
  ActorListItem,
  DyadMonth,
  Network,
  Overview,
  QuadMeasures,
  SourceComparison,
} from "../../src/store/analysis-types";
import type { DocumentSummary, StoredDocument, StoredEvent } from "../../src/store/types";

export type {
  ActorDetail,
  ActorListItem,
  CodedEvent,
  DocumentSummary,
  Network,
  Overview,
  StoredDocument,
  StoredEvent,
};

export interface PageInfo {
  limit: number;
  offset: number;
  total: number;
  next: number | null;
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Params = Record<string, string | number | boolean | undefined | null>;

export function query(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`api/${path}`, init);
  const body = await response.json().catch(() => null);
  if (body?.ok !== true) {
    const error = body?.error ?? { code: "HTTP", message: response.statusText };
    throw new ApiFailure(response.status, error.code, error.message);
  }
  return body as T;
}

export interface RangeParams extends Params {
  from?: string;
  to?: string;
  factuality?: string;
}

export const api = {
  overview: (p: RangeParams = {}) =>
    call<{ overview: Overview & { categories: string[] } }>(`overview${query(p)}`),
  documents: (p: Params) => call<{ documents: DocumentSummary[]; page: PageInfo }>(`documents${query(p)}`),
  document: (id: string) => call<{ document: StoredDocument }>(`documents/${encodeURIComponent(id)}`),
  events: (p: Params) => call<{ events: StoredEvent[]; page: PageInfo }>(`events${query(p)}`),
  actors: (p: Params) => call<{ actors: ActorListItem[]; page: PageInfo }>(`actors${query(p)}`),
  actor: (id: string, p: RangeParams = {}) =>
    call<{ actor: ActorDetail; events: StoredEvent[] }>(`actors/${encodeURIComponent(id)}${query(p)}`),
  dyad: (p: Params) =>
    call<{
      a: { code: string; name: string };
      b: { code: string; name: string };
      months: DyadMonth[];
      totals: QuadMeasures;
      events: StoredEvent[];
      page: PageInfo;
    }>(`dyads${query(p)}`),
  network: (p: RangeParams & { maxEdges?: number }) => call<{ network: Network }>(`network${query(p)}`),
  sources: (p: Params) => call<{ sources: SourceComparison[] }>(`sources${query(p)}`),
  search: (p: Params) =>
    call<{
      hits: {
        docId: number;
        key: string;
        title: string | null;
        sentence: number;
        parts: { text: string; match: boolean }[];
      }[];
    }>(`search${query(p)}`),
  upload: (body: FormData) =>
    call<{
      documents: {
        id: number;
        key: string;
        status: string;
        title: string | null;
        sentences: number;
        mentions: number;
        events: CodedEvent[];
        messages: Message[];
      }[];
      failures: { source: string; code: string; reason: string }[];
    }>("documents", { method: "POST", body }),
};
