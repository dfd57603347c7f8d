/**
 * Document-level resolution of findings into mentions: the main country for generic
 * phrases, earlier antecedents for surnames and "the group", office holders for "the prime
 * minister", and each person's code and sector at the sentence's date. Ambiguity stays
 * explicit: several candidates and no entity id, never a silent guess.
 */
import type { Mention } from "../doc.js";
import type { Finding } from "./compose.js";
import type { ActorKnowledgeBase } from "./kb.js";
import { contextCountries, mainCountry } from "./main-country.js";
import type { WordToken } from "./normalize.js";
import { resolveUnknownName, type UnknownNameContext } from "./resolve-unknown.js";
import { activeAtDate, resolveRoleAtDate, roleCovers } from "./roles.js";
import type { ActorEntry, TitleDef } from "./schema.js";

export interface SentenceFindings {
  sentence: number;
  date: string | null;
  tokens: WordToken[];
  findings: Finding[];
}

const GROUP_LABELS: Record<string, string> = {
  GOV: "government",
  MIL: "armed forces",
  COP: "police",
  REB: "rebels",
  OPP: "opposition",
  BUS: "businesses",
  CVL: "civilians",
  JRN: "media",
  PRM: "paramilitaries",
  LEG: "legislature",
  JUD: "judiciary",
  SPY: "intelligence services",
  ELI: "former officials",
  SOC: "civil society",
  LAB: "labour",
  REL: "religious bodies",
  EDU: "education",
  MED: "health sector",
  REF: "refugees",
  AGR: "farmers",
  CRM: "criminals",
  PTY: "parties",
};

export function groupName(state: ActorEntry, sector: string | null): string {
  if (!sector) return state.name;
  if (sector === "GOV")
    return state.type === "state" ? `Government of ${state.name}` : `${state.name} officials`;
  return `${state.name} ${GROUP_LABELS[sector] ?? sector}`;
}

/** Whether "the <kind>" may refer to this entity: explicit `refersAs`, else inferred from type and code. */
export function refersTo(entity: ActorEntry, kind: string): boolean {
  if (entity.refersAs.includes(kind)) return true;
  switch (kind) {
    case "company":
      return entity.sector === "BUS" || entity.code === "MNC";
    case "group":
      return entity.type === "armed_group" || entity.sector === "PRM";
    case "bloc":
    case "organization":
      return (
        entity.type === "organization" && ["IGO", "EUR", "UNO"].includes(entity.code ?? "") && !entity.sector
      );
    default:
      return false;
  }
}

interface Context extends UnknownNameContext {
  kb: ActorKnowledgeBase;
  /** Entities resolved so far in the document, in order of first mention. */
  seen: Set<ActorEntry>;
  /** The last unnamed official ("a European official"), for "the official". */
  lastOfficial: Resolved | null;
}

type Resolved = Omit<Mention, "start" | "end" | "sentence" | "text" | "via" | "confidence" | "name"> & {
  /** Absent when the text names no specific entity: the mention is then named by its words. */
  name?: string;
  via?: string;
  confidence?: number;
};

/** An entity at a date; a title in the text sets the sector when no dated role covers it. */
function entityMention(
  entity: ActorEntry,
  date: string | null,
  extra: { titleSector?: string | null; via?: string; confidence?: number } = {},
): Resolved {
  const r = resolveRoleAtDate(entity, date);
  const sector = extra.titleSector && !r.role ? extra.titleSector : r.sector;
  return {
    entityId: entity.id,
    name: entity.name,
    type: entity.type,
    code: r.code,
    sector,
    via: extra.via,
    confidence: extra.confidence,
  };
}

/** Whether the person ever held the office a title names ("President Modibo Keïta"). */
function heldOffice(kb: ActorKnowledgeBase, entity: ActorEntry, title: TitleDef): boolean {
  return entity.roles.some((r) =>
    (kb.officeHolders.get(`${r.code ?? entity.code}|${title.id}`) ?? []).some((h) => h.entity === entity),
  );
}

/**
 * Narrows candidates: those who held the office the text's title names, then those named
 * earlier in the document, then those active at the date.
 */
function narrow(candidates: ActorEntry[], ctx: Context, date: string | null, title?: TitleDef): ActorEntry[] {
  let list = [...new Set(candidates)];
  if (title && list.length > 1) {
    const holders = list.filter((e) => heldOffice(ctx.kb, e, title));
    if (holders.length > 0) list = holders;
  }
  const earlier = list.filter((e) => ctx.seen.has(e));
  if (earlier.length > 0) list = earlier;
  if (list.length > 1 && date) {
    const active = list.filter((e) => activeAtDate(e, date));
    if (active.length > 0) list = active;
  }
  return list;
}

function ambiguous(candidates: ActorEntry[], date: string | null): Resolved {
  const roles = candidates.map((e) => resolveRoleAtDate(e, date));
  const same = (k: "code" | "sector") => (roles.every((r) => r[k] === roles[0][k]) ? roles[0][k] : null);
  return {
    entityId: null,
    name: candidates[0].name,
    type: candidates[0].type,
    code: same("code"),
    sector: same("sector"),
    candidates: candidates.map((e) => e.id),
    confidence: 0.3,
  };
}

function resolveOne(f: Finding, ctx: Context, s: SentenceFindings, text: string): Resolved | null {
  const date = s.date;
  switch (f.kind) {
    case "entity":
    case "surname": {
      const list = narrow(f.entities, ctx, date, f.kind === "entity" ? f.title : undefined);
      if (list.length === 1) {
        const titleSector = f.kind === "entity" ? f.titleSector : null;
        const known = ctx.seen.has(list[0]);
        const via = f.kind === "surname" ? (known ? "coref-surname" : "surname") : f.via;
        const confidence = f.kind === "surname" ? (known ? 0.85 : 0.6) : f.confidence;
        return entityMention(list[0], date, { titleSector, via, confidence });
      }
      return ambiguous(list, date);
    }
    case "sector": {
      const named = f.country === "main" ? ctx.here : f.country.entity;
      // "rebels in Darfur": a place stands for its state (state entries' ids are their codes).
      const state =
        named?.type === "location" && named.code ? (ctx.kb.entities.get(named.code) ?? named) : named;
      if (!state) return null;
      return {
        entityId: state.id,
        // One unnamed official is named by the words used ("a European official").
        name: f.type === "person" ? undefined : groupName(state, f.sector),
        type: f.type,
        code: state.code,
        sector: f.sector,
      };
    }
    case "titledName":
    case "unknownPerson":
    case "unknownOrg":
    case "knownName": {
      const r = resolveUnknownName(f, ctx, s.tokens, text);
      return r && { entityId: null, ...r, via: f.via };
    }
    case "office": {
      const state = f.country === "main" ? ctx.here : f.country.entity;
      if (!state) return null;
      const holders = (ctx.kb.officeHolders.get(`${state.code}|${f.title.id}`) ?? []).filter(
        (h) => date && roleCovers(h.role, date),
      );
      const people = [...new Set(holders.map((h) => h.entity))];
      if (!f.former && people.length === 1) {
        return entityMention(people[0], date, {
          titleSector: f.title.sector,
          via: "office-holder",
          confidence: 0.7,
        });
      }
      const sector = f.former ? "ELI" : f.title.sector;
      return {
        entityId: null,
        name: `${f.title.forms[0]} of ${state.name}`,
        type: "person",
        code: state.code,
        sector,
      };
    }
    case "generic": {
      if (f.def.code)
        return { entityId: null, type: f.def.type, code: f.def.code, sector: f.def.sector, confidence: 0.7 };
      const state = f.def.sector === "REB" ? ctx.main : ctx.here;
      const isState = f.def.type === "state";
      return {
        entityId: isState && state ? state.id : null,
        // "the junta" is no entity of its own: named by the phrase used (GUIDELINE convention).
        name: isState && state ? state.name : undefined,
        type: f.def.type,
        code: state?.code ?? null,
        sector: f.def.sector,
        confidence: state ? 0.6 : 0.3,
      };
    }
    case "leaderGovernment": {
      const list = narrow(f.entities, ctx, date);
      const leader = list.length === 1 ? entityMention(list[0], date) : ambiguous(list, date);
      const state = ctx.kb.entities.get(leader.code ?? "");
      if (state?.type !== "state") return null;
      return {
        entityId: state.id,
        name: groupName(state, "GOV"),
        type: "organization",
        code: state.code,
        sector: "GOV",
      };
    }
    case "ethnic": {
      const main = ctx.main !== f.people ? ctx.main : null;
      const state = f.residence ?? main;
      return { entityId: null, type: "organization", code: state?.code ?? null, sector: f.sector };
    }
    case "anaphor": {
      if (f.def.kind === "official")
        return ctx.lastOfficial && { ...ctx.lastOfficial, via: "anaphor:official" };
      const matching = [...ctx.seen].filter((e) => refersTo(e, f.def.kind));
      if (matching.length !== 1) return null;
      return entityMention(matching[0], date, { via: `anaphor:${f.def.kind}`, confidence: 0.7 });
    }
  }
}

export function resolveFindings(kb: ActorKnowledgeBase, all: SentenceFindings[], text: string): Mention[] {
  const local = contextCountries(all, kb);
  const ctx: Context = {
    kb,
    main: mainCountry(all, kb),
    here: null,
    seen: new Set(),
    known: new Map(),
    lastOfficial: null,
  };
  const mentions: Mention[] = [];
  for (const [i, s] of all.entries()) {
    ctx.here = local[i];
    for (const f of s.findings) {
      const r = resolveOne(f, ctx, s, text);
      if (!r) continue;
      const start = s.tokens[f.first].start;
      const end = s.tokens[f.end - 1].end;
      // Built field by field: spreading objects of many shapes is slow on this hot path.
      const mention: Mention = {
        start,
        end,
        sentence: s.sentence,
        text: text.slice(start, end),
        entityId: r.entityId,
        name: r.name ?? text.slice(start, end),
        type: r.type,
        code: r.code,
        sector: r.sector,
        confidence: r.confidence ?? f.confidence,
        via: r.via ?? f.via,
      };
      if (r.candidates) mention.candidates = r.candidates;
      mentions.push(mention);
      if (f.kind === "sector" && f.type === "person") ctx.lastOfficial = { ...r, name: mention.name };
      // An ambiguous mention still makes each candidate a possible antecedent.
      for (const id of r.entityId ? [r.entityId] : (r.candidates ?? [])) {
        const entity = kb.entities.get(id);
        if (entity) ctx.seen.add(entity);
      }
    }
  }
  return mentions;
}
