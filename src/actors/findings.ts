/**
 * What the composition rules find in a sentence, before the document-level resolution
 * (main country, antecedents, office holders, role at date) turns findings into mentions.
 */
import type { EntityType } from "../doc.js";
import type { ActorEntry, AnaphorDef, GenericDef, TitleDef } from "./schema.js";

/** A country word in front of a title or sector noun: a state, its demonym, or "the country". */
export type CountryRef = { entity: ActorEntry } | "main";

export type Finding = { first: number; end: number; via: string; confidence: number } & (
  | { kind: "entity"; entities: ActorEntry[]; titleSector: string | null; title?: TitleDef }
  | { kind: "surname"; entities: ActorEntry[] }
  | { kind: "sector"; country: CountryRef; sector: string | null; type: EntityType }
  | {
      kind: "titledName";
      country: CountryRef | null;
      title: TitleDef;
      sector: string;
      name: string;
      /** The name's own tokens, after the title. */
      nameFirst: number;
      nameEnd: number;
    }
  | { kind: "office"; country: CountryRef; title: TitleDef; former: boolean }
  | { kind: "generic"; def: GenericDef }
  | { kind: "anaphor"; def: AnaphorDef }
  /** A name the knowledge base lacks, recognised as a person by a cue ("Jane Doe said"). */
  | { kind: "unknownPerson"; country: CountryRef | null; sector: string | null }
  /** A name the knowledge base lacks, recognised as an organisation by its head ("... Front"). */
  | {
      kind: "unknownOrg";
      name: string;
      country: CountryRef | null;
      sector: string | null;
      type: EntityType;
      acronym: string | null;
    }
  /** "the Bush administration", "Assad's government": the government a leader heads. */
  | { kind: "leaderGovernment"; entities: ActorEntry[] }
  /** "ethnic Albanians": a people coded by where it lives (`residence`), not by `people`'s state. */
  | { kind: "ethnic"; people: ActorEntry; residence: ActorEntry | null; sector: string }
  /** A later use of an unknown person's or organisation's name (its surname, its acronym). */
  | { kind: "knownName"; key: string }
);

export function sector(
  first: number,
  end: number,
  via: string,
  country: CountryRef,
  s: string | null,
  type: EntityType,
): Finding {
  return {
    first,
    end,
    via,
    confidence: via === "name" ? 0.95 : 0.85,
    kind: "sector",
    country,
    sector: s,
    type,
  };
}
