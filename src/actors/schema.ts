/**
 * The actor knowledge-base file format (see dictionaries/README.md), as zod schemas.
 * Every dictionary file is validated at load; entries one by one, so that an error names
 * the file and the entry.
 */
import { z } from "zod";

/** PLOVER sector codes (manual, "Sector Codes"). */
export const SECTORS = [
  "COP",
  "GOV",
  "JUD",
  "LEG",
  "MIL",
  "PRM",
  "PTY",
  "REB",
  "SPY",
  "UAF",
  "UNK",
  "AGR",
  "BUS",
  "CRM",
  "CVL",
  "EDU",
  "ELI",
  "JRN",
  "LAB",
  "MED",
  "REF",
  "OPP",
  "PRE",
  "REL",
  "SOC",
] as const;

export const ENTITY_TYPES = ["state", "organization", "person", "armed_group", "location"] as const;

export const KB_FORMAT_VERSION = 1;

/** A bare year reads as a YAML number; accept it as the year it is. */
const isoPartial = z.preprocess(
  (v) => (typeof v === "number" ? String(v) : v),
  z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "dates are ISO 8601 partials: YYYY, YYYY-MM or YYYY-MM-DD"),
);
/** ISO 3166 alpha-3, PLOVER's special codes (UNO, EUR, IGO, NGO, IMG, ISM, MNC), KOS, SUN... */
const actorCode = z.string().regex(/^[A-Z]{3}$/, "codes are three capital letters");
const sector = z.enum(SECTORS);

const role = z.strictObject({
  from: isoPartial.nullable().default(null),
  to: isoPartial.nullable().default(null),
  code: actorCode.optional(),
  sector: sector.nullable(),
  title: z.string().min(1).optional(),
});

const metonym = z.strictObject({
  text: z.string().min(1),
  code: actorCode.optional(),
  sector: sector.nullable(),
});

const membership = z.strictObject({
  org: z.string().min(1),
  from: isoPartial.nullable().default(null),
  to: isoPartial.nullable().default(null),
});

export const entrySchema = z
  .strictObject({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, "ids are letters, digits, '.', '_', ':', '-'"),
    name: z.string().min(1),
    type: z.enum(ENTITY_TYPES),
    code: actorCode.nullable(),
    sector: sector.nullable().default(null),
    aliases: z.array(z.string().min(1)).default([]),
    demonyms: z.array(z.string().min(1)).default([]),
    metonyms: z.array(metonym).default([]),
    roles: z.array(role).default([]),
    memberships: z.array(membership).default([]),
    /** Nouns a later "the <noun>" may use to refer back to this entity (group, company, mission...). */
    refersAs: z.array(z.string().min(1)).default([]),
    wikidata: z
      .string()
      .regex(/^Q\d+$/, "wikidata ids look like Q1234")
      .optional(),
    uncertain: z.boolean().optional(),
    note: z.string().optional(),
  })
  .refine((e) => !e.uncertain || (e.note !== undefined && e.note.length > 0), {
    message: "uncertain entries need a note saying what is uncertain",
  })
  .refine((e) => e.roles.every((r) => !r.from || !r.to || r.from <= r.to), {
    message: "a role ends before it starts",
  });

export type ActorEntry = z.infer<typeof entrySchema>;
export type ActorRole = ActorEntry["roles"][number];
export type Sector = (typeof SECTORS)[number];

/** Nouns that name a sector of a country: "Malian soldiers", "Mali's government". */
export const sectorNounSchema = z.strictObject({
  forms: z.array(z.string().min(1)).min(1),
  sector: sector,
  /** Plural or collective forms name a group; singular ones may name a person. */
  type: z.enum(ENTITY_TYPES).default("organization"),
});

/** Titles before a name or on their own: "President", "Foreign Minister", "Colonel". */
export const titleSchema = z.strictObject({
  id: z.string().min(1),
  forms: z.array(z.string().min(1)).min(1),
  sector: sector,
  /**
   * Whether a titled name with no country word belongs to the document's main country
   * ("President Jane Doe" in a story about Mali): true for domestic offices, false for
   * ambassadors, clerics or academics, whose country the story's country does not tell.
   */
  countryFromContext: z.boolean().default(true),
});

/**
 * Head words that make a capitalised name an organisation ("Popular Front", "Institute of
 * ..."), with the sector the head implies (a university is EDU, a party PTY), or null.
 */
export const organisationHeadSchema = z.strictObject({
  forms: z.array(z.string().min(1)).min(1),
  sector: sector.nullable(),
  /** A state institution ("the Defence Ministry", "the National Assembly"): the main country's when no country is named. */
  domestic: z.boolean().default(false),
});

/** Cues that an unknown capitalised name is a person: speech verbs after it, occupations around it. */
export const personCueSchema = z.strictObject({
  /** Verbs (or short phrases) that follow a speaker's name: "said", "told", "put it". */
  speechVerbs: z.array(z.string().min(1)).default([]),
  /** Words that introduce a speaker's name: "according to". */
  sourcePhrases: z.array(z.string().min(1)).default([]),
});

/**
 * Phrases that stand for a sector of the document's main country ("the junta", "the
 * authorities", "jihadists"); resolved only when the main country is unambiguous.
 */
export const genericSchema = z.strictObject({
  forms: z.array(z.string().min(1)).min(1),
  name: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  sector: sector.nullable(),
  /** A code of its own ("human rights groups" are NGO wherever they work), instead of the main country's. */
  code: actorCode.optional(),
  /** The phrase counts only after a determiner ("the junta", "a new government", "its army"). */
  determiner: z.boolean().default(false),
});

/**
 * "the group", "the company": refer back to the one earlier entity of a matching kind.
 * Forms are written without the determiner, which the matcher requires before them.
 */
export const anaphorSchema = z.strictObject({
  forms: z.array(z.string().min(1)).min(1),
  kind: z.string().min(1),
});

export const fileSchema = z.strictObject({
  version: z.literal(KB_FORMAT_VERSION),
  description: z.string().optional(),
  generatedBy: z.string().optional(),
  entries: z.array(z.unknown()).default([]),
  sectorNouns: z.array(z.unknown()).default([]),
  titles: z.array(z.unknown()).default([]),
  generic: z.array(z.unknown()).default([]),
  anaphors: z.array(z.unknown()).default([]),
  /** Words naming a minister's portfolio: "Planning and Investment Minister", "Minister for Interior". */
  portfolios: z.array(z.string().min(1)).default([]),
  organisationHeads: z.array(z.unknown()).default([]),
  /** Words that make an unknown organisation an armed group: "Liberation Front", "Revolutionary Army". */
  armedNameWords: z.array(z.string().min(1)).default([]),
  personCues: z.array(z.unknown()).default([]),
});

export type SectorNoun = z.infer<typeof sectorNounSchema>;
export type TitleDef = z.infer<typeof titleSchema>;
export type GenericDef = z.infer<typeof genericSchema>;
export type AnaphorDef = z.infer<typeof anaphorSchema>;
export type OrganisationHead = z.infer<typeof organisationHeadSchema>;
export type PersonCue = z.infer<typeof personCueSchema>;
