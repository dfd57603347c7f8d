/**
 * Role at date: a person's (or a short-lived body's) code and sector are those of the role
 * that covers the date. Partial dates compare by padding: a role from "2021-05" starts at
 * the month's first day and a role to "2021-05" ends on its last day.
 */
import type { ActorEntry, ActorRole } from "./schema.js";

export interface RoleAtDate {
  code: string | null;
  sector: string | null;
  title: string | null;
  /** The covering role, when one does; null means the entry's own code and sector apply. */
  role: ActorRole | null;
}

function startKey(iso: string): string {
  return iso.length === 4 ? `${iso}-00-00` : iso.length === 7 ? `${iso}-00` : iso;
}

function endKey(iso: string): string {
  return iso.length === 4 ? `${iso}-99-99` : iso.length === 7 ? `${iso}-99` : iso;
}

/** The day a partial or full ISO date starts on, as a comparable YYYY-MM-DD string. */
function dateKey(iso: string): string {
  return startKey(iso.slice(0, 10));
}

export function roleCovers(role: { from: string | null; to: string | null }, isoDate: string): boolean {
  const day = dateKey(isoDate);
  return (!role.from || startKey(role.from) <= day) && (!role.to || day <= endKey(role.to));
}

/** The covering role that began last (a new office supersedes an older, still open one). */
export function roleAtDate(entity: ActorEntry, isoDate: string): ActorRole | null {
  const day = dateKey(isoDate);
  let best: ActorRole | null = null;
  let bestStart = "";
  for (const r of entity.roles) {
    const start = r.from ? startKey(r.from) : "0000";
    if (start <= day && (!r.to || day <= endKey(r.to)) && (best === null || start > bestStart)) {
      best = r;
      bestStart = start;
    }
  }
  return best;
}

/** True when the entry has dated roles and one of them covers the date. */
export function activeAtDate(entity: ActorEntry, isoDate: string): boolean {
  return roleAtDate(entity, isoDate) !== null;
}

/**
 * The code and sector of `entity` at `isoDate` (null date: the entry's own code and sector).
 * A person past the end of every role is a former official (PLOVER's ELI) unless the entry
 * says otherwise.
 */
export function resolveRoleAtDate(entity: ActorEntry, isoDate: string | null): RoleAtDate {
  const fallback: RoleAtDate = { code: entity.code, sector: entity.sector, title: null, role: null };
  if (!isoDate || entity.roles.length === 0) return fallback;
  const role = roleAtDate(entity, isoDate);
  if (role) return { code: role.code ?? entity.code, sector: role.sector, title: role.title ?? null, role };
  const day = dateKey(isoDate);
  const allEnded = entity.roles.every((r) => r.to && endKey(r.to) < day);
  if (entity.type === "person" && allEnded && entity.sector === null) {
    return { code: entity.code, sector: "ELI", title: null, role: null };
  }
  return fallback;
}
