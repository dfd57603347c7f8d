/**
 * Aggregate reads for the dashboard and the API: dyad series, networks, actor profiles,
 * corpus overview and source comparison. Implementations read maintained aggregates so that
 * each call stays fast on a store of a million events.
 */
import type { Factuality } from "../doc.js";
import type { StoredEvent } from "./types.js";

export type QuadCode = 1 | 2 | 3 | 4;

/** Counts and summed intensities per quad class (1 verbal coop … 4 material conflict). */
export interface QuadMeasures {
  events: number;
  /** Events per quad class, index 0 = quad 1. */
  byQuad: [number, number, number, number];
  /** Summed PLOVER intensity per quad class, index 0 = quad 1. */
  intensityByQuad: [number, number, number, number];
  /** (cooperation − conflict) / events, from −1 (all conflict) to 1 (all cooperation). */
  net: number;
}

export interface AnalysisFilter {
  /** Inclusive ISO partial bounds (YYYY, YYYY-MM or YYYY-MM-DD; compared at month level). */
  from?: string;
  to?: string;
  /** Default: asserted only. */
  factuality?: Factuality[];
}

export interface DyadQuery extends AnalysisFilter {
  a: string;
  b: string;
  /** Only events with `a` as actor and `b` as recipient; default both directions. */
  directed?: boolean;
}

export interface DyadMonth {
  month: string;
  quadCode: QuadCode;
  events: number;
  intensity: number;
}

export interface DyadSeries {
  a: string;
  b: string;
  directed: boolean;
  /** One row per month and quad class that has events (long format, ready to plot). */
  months: DyadMonth[];
  /** Totals over the range, including events dated only to a year. */
  totals: QuadMeasures;
}

export interface NetworkQuery extends AnalysisFilter {
  /** Keep the heaviest edges only (default 150). */
  maxEdges?: number;
  /** Drop edges with fewer events (default 1). */
  minEvents?: number;
}

export interface NetworkNode {
  code: string;
  name: string;
  events: number;
  degree: number;
}

/** An undirected edge: `source` sorts before `target`. */
export interface NetworkEdge extends QuadMeasures {
  source: string;
  target: string;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** First and last month holding any dyad, for the time slider. */
  extent: { first: string | null; last: string | null };
}

export interface ActorAlias {
  text: string;
  mentions: number;
}

/** A code and sector the actor held, as observed in dated mentions. */
export interface ActorRole {
  code: string | null;
  sector: string | null;
  first: string | null;
  last: string | null;
  mentions: number;
}

export interface ActorPartner extends QuadMeasures {
  code: string;
  name: string;
}

export interface ActorDetail {
  id: string;
  /** An entity of the knowledge base, or a bare actor code such as "MLI". */
  kind: "entity" | "code";
  name: string;
  type: string | null;
  code: string | null;
  sector: string | null;
  aliases: ActorAlias[];
  roles: ActorRole[];
  /** For a code: the entities that carry it, most mentioned first. */
  members: { id: string; name: string; type: string; sector: string | null; mentions: number }[];
  counts: { mentions: number; documents: number; asActor: number; asRecipient: number };
  partners: ActorPartner[];
}

export interface ActorListItem {
  id: string;
  kind: "entity" | "code";
  name: string;
  code: string | null;
  type: string | null;
  /** For a code: dyadic events (one per partner); for an entity: event participations. */
  events: number;
}

export interface ActorListOptions extends AnalysisFilter {
  /** Case-insensitive substring of the id or name. */
  q?: string;
  kind?: "entity" | "code";
}

export interface DyadSummary extends QuadMeasures {
  a: string;
  b: string;
  aName: string;
  bName: string;
}

export interface Overview {
  documents: number;
  events: number;
  /** Events per factuality (every factuality, not only the filter's). */
  eventsByFactuality: Record<string, number>;
  totals: QuadMeasures;
  firstMonth: string | null;
  lastMonth: string | null;
  topActors: ActorListItem[];
  topDyads: DyadSummary[];
  /** Monthly net cooperation per top dyad, for sparklines. */
  sparklines: { a: string; b: string; months: { month: string; net: number; events: number }[] }[];
  /** The latest dated events, newest first. */
  recentEvents: StoredEvent[];
}

export interface SourceComparison extends QuadMeasures {
  publisher: string;
  documents: number;
  meanIntensity: number;
}

export interface Page {
  limit: number;
  offset: number;
}

export interface AnalysisQueries {
  dyadSeries(query: DyadQuery): DyadSeries;
  /** The dyad's events, newest first, with their evidence sentences. */
  dyadEvents(query: DyadQuery, page: Page): { events: StoredEvent[]; total: number };
  network(query: NetworkQuery): Network;
  actor(id: string, filter?: AnalysisFilter): ActorDetail | null;
  actors(options?: ActorListOptions): ActorListItem[];
  overview(filter?: AnalysisFilter): Overview;
  /** Per publisher; with `a` and `b`, only that dyad's events. */
  sources(query?: AnalysisFilter & { a?: string; b?: string }): SourceComparison[];
  /** Current documents (or every version). */
  countDocuments(options?: { allVersions?: boolean }): number;
  /** PLOVER categories present in the store, for filter menus. */
  categories(): string[];
  /** Display name of an actor code ("MLI" → "Mali"). */
  codeName(code: string): string;
}
