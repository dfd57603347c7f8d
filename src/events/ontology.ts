/**
 * The PLOVER event ontology as typed data: the 16 event categories with their modes, quad
 * class, conflict–cooperation scores and CAMEO equivalents, plus the general contexts and the
 * auxiliary modes. Source: the PLOVER manual (Open Event Data Alliance, draft 2.0), its
 * "PLOVER conflict–cooperation scores" table and mode tables, and the CAMEO-to-PLOVER
 * conversion table of 17 September 2021. Every other module (coder, exports, store, CLI)
 * reads categories, modes and scores from here, never from literals of its own.
 */

export const PLOVER_CATEGORY_NAMES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;

export type PloverCategory = (typeof PLOVER_CATEGORY_NAMES)[number];

/** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadCode = 1 | 2 | 3 | 4;

export const QUAD_CLASS_NAMES: Readonly<Record<QuadCode, string>> = {
  1: "verbal cooperation",
  2: "material cooperation",
  3: "verbal conflict",
  4: "material conflict",
};

export interface ModeInfo {
  /** The mode as PLOVER spells it (lowercase, hyphenated). */
  name: string;
  description: string;
  /** The manual's conflict–cooperation score for this category and mode. */
  intensity: number;
  /** The most specific CAMEO code the conversion table gives for this category and mode. */
  cameo: string;
}

export interface CategoryInfo {
  name: PloverCategory;
  description: string;
  quadCode: QuadCode;
  /** The manual's score for the category when no mode applies. */
  intensity: number;
  /** Whether the manual's "Requires recipient" line says yes. */
  requiresRecipient: boolean;
  /** CAMEO root (two digits) for the category without a mode. */
  cameoRoot: string;
  /** CAMEO code used for the category without a mode (the root's "0" code where one exists). */
  cameo: string;
  modes: readonly ModeInfo[];
}

const mode = (name: string, intensity: number, cameo: string, description: string): ModeInfo => ({
  name,
  description,
  intensity,
  cameo,
});

/** Shared by REQUEST and REJECT, as the manual prescribes. */
const REQUEST_REJECT_MODES = {
  assist: "any form of exchange, relations, or assistance",
  change: "changes in policy, government or institutions that are not concessions",
  yield: "release of prisoners, ending sanctions, easing curfews and boycotts, ceasefires",
  meet: "meetings and negotiations",
};

export const PLOVER_CATEGORIES: Readonly<Record<PloverCategory, CategoryInfo>> = {
  AGREE: {
    name: "AGREE",
    description:
      "Agree to, offer or promise cooperation, including promises to sign agreements; future-tense cooperation.",
    quadCode: 1,
    intensity: 2.5,
    requiresRecipient: false,
    cameoRoot: "03",
    cameo: "030",
    modes: [],
  },
  CONSULT: {
    name: "CONSULT",
    description: "Meetings, talks, negotiations, visits, hosting, phone calls.",
    quadCode: 1,
    intensity: 2.5,
    requiresRecipient: false,
    cameoRoot: "04",
    cameo: "040",
    modes: [
      mode("visit", 4, "042", "actor visits, recipient hosts"),
      mode("third-party", 1, "044", "meeting hosted by a third party"),
      mode("multilateral", 4, "040", "meeting in a multilateral setting (alliance, IGO)"),
      mode("phone", 1.5, "041", "consultation by phone or another remote medium"),
    ],
  },
  SUPPORT: {
    name: "SUPPORT",
    description:
      "Verbal, diplomatic cooperation: praise, endorse, recognise, sign or ratify an agreement, establish ties.",
    quadCode: 1,
    intensity: 5,
    requiresRecipient: false,
    cameoRoot: "05",
    cameo: "050",
    modes: [],
  },
  CONCEDE: {
    name: "CONCEDE",
    description:
      "Verbal concessions: pardons, amnesties, easing restrictions, regret, announced (not yet implemented) ceasefires or withdrawals.",
    quadCode: 1,
    intensity: 4.5,
    requiresRecipient: false,
    cameoRoot: "08",
    cameo: "080",
    modes: [],
  },
  COOPERATE: {
    name: "COOPERATE",
    description:
      "Mutual material cooperation: economic exchange, joint military exercises, judicial or intelligence cooperation.",
    quadCode: 2,
    intensity: 9.5,
    requiresRecipient: true,
    cameoRoot: "06",
    cameo: "060",
    modes: [],
  },
  AID: {
    name: "AID",
    description: "Material aid benefiting the recipient: money, arms, personnel, humanitarian aid, asylum.",
    quadCode: 2,
    intensity: 10,
    requiresRecipient: true,
    cameoRoot: "07",
    cameo: "070",
    modes: [],
  },
  RETREAT: {
    name: "RETREAT",
    description:
      "Concessions with immediate material effect: withdrawals, releases, disarmament, ceasefires, access, resignations.",
    quadCode: 2,
    intensity: 6.5,
    requiresRecipient: false,
    cameoRoot: "08",
    cameo: "084",
    modes: [
      mode("withdraw", 8, "0872", "retreat from territory or withdraw forces from an area"),
      mode("release", 6.5, "0841", "release captives"),
      mode("disarm", 10, "087", "disarm or give up weapons"),
      mode("ceasefire", 7.5, "0871", "implement a ceasefire"),
      mode("access", 6.5, "086", "allow observers, peacekeepers or aid workers access"),
      mode("resign", 4.5, "0831", "official resignation"),
    ],
  },
  REQUEST: {
    name: "REQUEST",
    description: "Requests, demands and orders (verbal).",
    quadCode: 3,
    intensity: 0,
    requiresRecipient: false,
    cameoRoot: "10",
    cameo: "100",
    modes: [
      mode("assist", 0.5, "101", REQUEST_REJECT_MODES.assist),
      mode("change", -1, "104", REQUEST_REJECT_MODES.change),
      mode("yield", -1, "105", REQUEST_REJECT_MODES.yield),
      mode("meet", 0, "106", REQUEST_REJECT_MODES.meet),
    ],
  },
  ACCUSE: {
    name: "ACCUSE",
    description: "Disapprove, condemn, criticise, accuse, allege, sue, investigate.",
    quadCode: 3,
    // The manual's table prints "3" for ACCUSE without a mode; every ACCUSE mode scores
    // between -2 and -3.5 and ACCUSE is verbal conflict, so we read it as a dropped minus sign.
    intensity: -3,
    requiresRecipient: false,
    cameoRoot: "11",
    cameo: "110",
    modes: [
      mode("disapprove", -2, "111", "express disapproval, condemn, complain"),
      mode("investigate", -3.5, "090", "any investigation, judicial or political"),
      mode("allege", -3.5, "112", "accuse formally or informally, sue, indict, charge"),
    ],
  },
  REJECT: {
    name: "REJECT",
    description: "Rejections, refusals, denials, vetoes, cancelled meetings.",
    quadCode: 3,
    intensity: -2,
    requiresRecipient: false,
    cameoRoot: "12",
    cameo: "120",
    modes: [
      mode("assist", -1.5, "121", REQUEST_REJECT_MODES.assist),
      mode("change", -2, "123", REQUEST_REJECT_MODES.change),
      mode("yield", -2, "124", REQUEST_REJECT_MODES.yield),
      mode("meet", -2, "125", REQUEST_REJECT_MODES.meet),
    ],
  },
  THREATEN: {
    name: "THREATEN",
    description: "Threats and coercive warnings; the mode is the content of the threat.",
    quadCode: 3,
    intensity: -3.5,
    requiresRecipient: false,
    cameoRoot: "13",
    cameo: "130",
    modes: [
      mode("restrict", -3, "1312", "restrict movement of people or goods, boycotts, blockades, bans"),
      mode("arrest", -3.5, "132", "arrest, detain, imprison"),
      mode("relations", -3.5, "1313", "suspend relations or talks"),
      mode("expel", -3.5, "136", "expel diplomats, peacekeepers, NGOs"),
      mode("territory", -4, "1382", "occupy or seize territory"),
      mode("violence", -3.5, "138", "threaten violence"),
    ],
  },
  PROTEST: {
    name: "PROTEST",
    description: "Civilian demonstrations and collective protest actions.",
    quadCode: 4,
    intensity: -5,
    requiresRecipient: false,
    cameoRoot: "14",
    cameo: "140",
    modes: [
      mode("demo", -5, "141", "organised, largely peaceful demonstration"),
      mode("riot", -7, "145", "violent riot"),
      mode("strike", -5, "143", "workers abandon workplaces"),
      mode("hunger", -4.5, "142", "hunger strike"),
      mode("boycott", -4.5, "143", "withdrawal of commercial or social relations"),
      mode("obstruct", -4.5, "144", "obstruct passage or access"),
      // The score table has no row for vandalize; the category score applies.
      mode("vandalize", -5, "145", "symbolic damage to property"),
    ],
  },
  SANCTION: {
    name: "SANCTION",
    description: "Reductions in existing relations: sanctions, expulsions, withdrawals, breaks, convictions.",
    quadCode: 4,
    intensity: -6,
    requiresRecipient: true,
    cameoRoot: "16",
    cameo: "160",
    modes: [
      mode("convict", -6, "116", "find guilty or liable in a court of law"),
      mode("expel", -5.5, "166", "expel an entity from a group, organisation or country"),
      mode("withdraw", -6, "161", "withdraw oneself or one's non-military resources"),
      mode("discontinue", -6, "162", "curtail or end exchanges; international sanctions"),
    ],
  },
  MOBILIZE: {
    name: "MOBILIZE",
    description: "Military or police moves short of the use of force.",
    quadCode: 4,
    intensity: -5.5,
    requiresRecipient: false,
    cameoRoot: "15",
    cameo: "150",
    modes: [
      mode("troops", -6.5, "154", "mobilise armed personnel or units"),
      mode("weapons", -6.5, "152", "increase readiness of weapons systems"),
      mode("police", -5.5, "153", "mobilise police or security units"),
      mode("militia", -6, "154", "mobilise a non-state armed entity"),
    ],
  },
  COERCE: {
    name: "COERCE",
    description: "Repression, restrictions on rights, coercive uses of power short of violence.",
    quadCode: 4,
    intensity: -7,
    requiresRecipient: false,
    cameoRoot: "17",
    cameo: "170",
    modes: [
      mode("seize", -7, "171", "search, confiscate property, raid, occupy"),
      mode("restrict", -7, "172", "restrict political freedoms or movement, ban from political life"),
      mode("censor", -6.5, "1721", "censor or restrict access to information"),
      mode("curfew", -6.5, "1723", "impose curfew"),
      mode("martial-law", -7.5, "1724", "impose state of emergency or martial law"),
      mode("arrest", -7, "173", "arrest, detain"),
      mode("deport", -7, "174", "expel or deport individuals"),
      mode("withhold", -7, "172", "withhold public goods or services"),
      mode("misinformation", -6.5, "170", "deception, manipulation, misinformation"),
      mode("cyber", -7, "170", "cyber attacks and crime"),
    ],
  },
  ASSAULT: {
    name: "ASSAULT",
    description: "Deliberate actions that can cause substantial physical harm.",
    quadCode: 4,
    intensity: -9,
    requiresRecipient: false,
    cameoRoot: "19",
    cameo: "190",
    modes: [
      mode("abduct", -8.5, "181", "abduct, kidnap, hijack"),
      mode("beat", -7.5, "182", "physical assault by blows"),
      mode("torture", -8.5, "1822", "torture"),
      mode("sexual", -8.5, "1821", "sexual violence"),
      mode("targeted", -9.5, "186", "targeted killings, assassinations, executions, massacres"),
      mode("destroy", -8.5, "1712", "intentional destruction of property"),
      mode("primitive", -8, "180", "fire, edged weapons, rocks"),
      mode("firearms", -9, "193", "rifles, pistols, light machine guns"),
      mode("explosives", -9, "183", "mines, IEDs, car bombs"),
      mode("suicide-attack", -9.5, "1831", "suicide attacks"),
      mode("aerial", -9.5, "195", "manned aircraft, helicopters"),
      mode("drone", -9.5, "195", "unmanned aerial vehicles"),
      mode("heavy-weapons", -9.5, "194", "artillery, rockets, armour"),
      mode("crowd-control", -7.5, "175", "tear gas, water cannon and other crowd-control tactics"),
      mode("unconventional", -10, "204", "chemical, biological, radiological or nuclear weapons"),
    ],
  },
};

/** The manual's general contexts, usable with any category. */
export const PLOVER_CONTEXTS = [
  "military",
  "intelligence",
  "executive",
  "legislative",
  "election",
  "political_institutions",
  "pro_democracy",
  "pro_autocracy",
  "economic",
  "legal",
  "reparations",
  "human_rights",
  "rights_freedoms",
  "repression",
  "human_security",
  "gender",
  "lgbt",
  "religion_ethnicity",
  "inequality",
  "diplomatic",
  "territory",
  "peacekeeping",
  "health",
  "asylum",
  "migration",
  "disasters",
  "natural_resource",
  "environment",
  "technology",
  "terrorism",
  "cbrn",
  "cyber",
  "misinformation",
  "crime",
  "corruption",
  "illegal_drugs",
  "trafficking",
] as const;

export type PloverContext = (typeof PLOVER_CONTEXTS)[number];

/** PLOVER's auxiliary modes; Entente's factuality values refine them (see doc.ts). */
export const AUXILIARY_MODES = ["historical", "future", "hypothetical", "negation"] as const;

const CATEGORY_SET: ReadonlySet<string> = new Set(PLOVER_CATEGORY_NAMES);
const CONTEXT_SET: ReadonlySet<string> = new Set(PLOVER_CONTEXTS);

export function isPloverCategory(value: string): value is PloverCategory {
  return CATEGORY_SET.has(value);
}

export function isPloverContext(value: string): value is PloverContext {
  return CONTEXT_SET.has(value);
}

export function categoryInfo(category: PloverCategory): CategoryInfo {
  return PLOVER_CATEGORIES[category];
}

/** The mode's entry, or undefined when the category has no such mode. */
export function modeInfo(
  category: PloverCategory,
  modeName: string | null | undefined,
): ModeInfo | undefined {
  if (!modeName) return undefined;
  return PLOVER_CATEGORIES[category].modes.find((m) => m.name === modeName);
}

export function isModeOf(category: PloverCategory, modeName: string): boolean {
  return modeInfo(category, modeName) !== undefined;
}

/** Conflict–cooperation score (−10 … +10): the mode's where the manual gives one, else the category's. */
export function intensityOf(category: PloverCategory, modeName?: string | null): number {
  return modeInfo(category, modeName)?.intensity ?? PLOVER_CATEGORIES[category].intensity;
}

export function quadCodeOf(category: PloverCategory): QuadCode {
  return PLOVER_CATEGORIES[category].quadCode;
}

/** The most specific CAMEO code for a category and mode (e.g. CONSULT/visit → "042"). */
export function cameoCodeOf(category: PloverCategory, modeName?: string | null): string {
  return modeInfo(category, modeName)?.cameo ?? PLOVER_CATEGORIES[category].cameo;
}

/** The two-digit CAMEO root for a category and mode (ASSAULT/abduct → "18", ACCUSE/investigate → "09"). */
export function cameoRootOf(category: PloverCategory, modeName?: string | null): string {
  return cameoCodeOf(category, modeName).slice(0, 2);
}
