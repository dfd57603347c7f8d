/**
 * Codes for names the knowledge base lacks. A country word attached to the name gives its
 * code; otherwise an earlier mention of the same name in the document; otherwise, for a
 * domestic office ("President Jane Doe"), the document's main country when it is clear;
 * otherwise the code stays null. Each resolved name is remembered for later uses.
 */
import type { EntityType } from "../doc.js";
import type { CountryRef, Finding } from "./compose.js";
import type { WordToken } from "./normalize.js";
import type { ActorEntry } from "./schema.js";
import { nameKey } from "./unknown-coref.js";

export interface UnknownNameRecord {
  name: string;
  type: EntityType;
  code: string | null;
  sector: string | null;
}

export interface UnknownNameContext {
  /** The document's main country, only when unambiguous. */
  main: ActorEntry | null;
  /** The state generic phrases in the current sentence stand for. */
  here: ActorEntry | null;
  /** Name key → what its first mention established. */
  known: Map<string, UnknownNameRecord>;
}

type UnknownFinding = Extract<Finding, { kind: "titledName" | "unknownPerson" | "unknownOrg" | "knownName" }>;

function stateOf(country: CountryRef | null, ctx: UnknownNameContext): ActorEntry | null {
  if (!country) return null;
  return country === "main" ? ctx.here : country.entity;
}

function remember(ctx: UnknownNameContext, key: string, record: UnknownNameRecord): UnknownNameRecord {
  const earlier = ctx.known.get(key);
  // A later mention with a country word completes an earlier one without.
  if (!earlier || (earlier.code === null && record.code !== null)) ctx.known.set(key, record);
  return record;
}

export function resolveUnknownName(
  f: UnknownFinding,
  ctx: UnknownNameContext,
  tokens: WordToken[],
  text: string,
): UnknownNameRecord | null {
  if (f.kind === "knownName") return ctx.known.get(f.key) ?? null;
  const key = nameKey(f, tokens);
  const earlier = ctx.known.get(key);
  const own = stateOf(f.country, ctx);
  switch (f.kind) {
    case "titledName": {
      const fromContext = f.title.countryFromContext ? (ctx.main?.code ?? null) : null;
      const code = own?.code ?? earlier?.code ?? fromContext;
      const name = text.slice(tokens[f.nameFirst].start, tokens[f.nameEnd - 1].end);
      return remember(ctx, key, { name, type: "person", code, sector: f.sector });
    }
    case "unknownPerson": {
      const code = own?.code ?? earlier?.code ?? null;
      const sector = f.sector ?? earlier?.sector ?? null;
      const name = text.slice(tokens[f.first].start, tokens[f.end - 1].end);
      return remember(ctx, key, { name, type: "person", code, sector });
    }
    case "unknownOrg": {
      const last = tokens[f.end - (f.acronym ? 4 : 1)];
      const name = text.slice(tokens[f.first].start, last.end);
      const code = own?.code ?? earlier?.code ?? null;
      return remember(ctx, key, { name, type: f.type, code, sector: f.sector });
    }
  }
}
