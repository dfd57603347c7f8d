/** Assembling DocMeta from several sources in order of trust, and normalising dates. */
import type { DocMeta } from "../doc.js";

/** The metadata fields with their own column; anything else goes to `extra`. */
export const NAMED_FIELDS = [
  "title",
  "url",
  "published",
  "publisher",
  "author",
  "language",
  "stance",
  "kind",
] as const;

export type NamedField = (typeof NAMED_FIELDS)[number];
export type MetaFields = Partial<Pick<DocMeta, NamedField | "extra">>;

const NAMED = new Set<string>(NAMED_FIELDS);

/**
 * Fills the fields of `meta` that are still empty from `from` (earlier calls win), and
 * merges `extra` the same way. A null or blank value never overrides anything.
 */
export function fillMeta(meta: DocMeta, from: MetaFields | null | undefined): DocMeta {
  if (!from) return meta;
  for (const field of NAMED_FIELDS) {
    const value = from[field];
    if (typeof value === "string" && value.trim() !== "" && (meta[field] == null || meta[field] === "")) {
      meta[field] = value.trim();
    }
  }
  if (from.extra && Object.keys(from.extra).length > 0) meta.extra = { ...from.extra, ...meta.extra };
  return meta;
}

/** Splits a loose record (JSON record, sidecar line) into named fields and `extra`. */
export function splitFields(record: Record<string, unknown>, skip: readonly string[]): MetaFields {
  const fields: MetaFields = {};
  const extra: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(record)) {
    if (skip.includes(name)) continue;
    if (NAMED.has(name)) {
      if (typeof value === "string") fields[name as NamedField] = value;
      else if (typeof value === "number") fields[name as NamedField] = String(value);
      else if (value != null) extra[name] = value;
    } else {
      extra[name] = value;
    }
  }
  if (Object.keys(extra).length > 0) fields.extra = extra;
  return fields;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i");
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, "i");
const ISO_IN_TEXT = /\b(\d{4})-(\d{2})-(\d{2})\b/;

function isoDay(year: string, month: number, day: string): string | null {
  const d = Number(day);
  if (month < 1 || month > 12 || d < 1 || d > 31) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The first full calendar date written in `text` ("3 March 2024", "March 3, 2024", "2024-03-03"). */
export function findDateInText(text: string): string | null {
  const iso = ISO_IN_TEXT.exec(text);
  if (iso) return isoDay(iso[1], Number(iso[2]), iso[3]);
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return isoDay(mdy[3], monthNumber(mdy[1]), mdy[2]);
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return isoDay(dmy[3], monthNumber(dmy[2]), dmy[1]);
  return null;
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, "");
  return MONTHS[lower.slice(0, 4)] ?? MONTHS[lower.slice(0, 3)] ?? 0;
}

/**
 * An ISO 8601 (partial) date for a publication date as found in the wild, or null when it
 * cannot be read. ISO values are kept as given; others are read as calendar dates.
 */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (ISO_DATE.test(trimmed)) return trimmed.replace(" ", "T");
  const written = findDateInText(trimmed);
  if (written) return written;
  const parsed = Date.parse(trimmed);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
}

/**
 * Keeps `published` only when it reads as a date (normalised to ISO 8601); an unreadable
 * value moves to `extra.publishedText`. Returns a note for the Doc when that happens.
 */
export function settlePublished(meta: DocMeta): string | null {
  if (meta.published == null) return null;
  const iso = normalizeDate(meta.published);
  if (iso) {
    meta.published = iso;
    return null;
  }
  meta.extra = { ...meta.extra, publishedText: meta.published };
  const note = `publication date "${meta.published}" is not a date; kept in extra.publishedText`;
  meta.published = null;
  return note;
}
