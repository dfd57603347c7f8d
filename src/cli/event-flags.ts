/**
 * Event filter flags shared by `entente events`, `entente export` and (factuality and
 * confidence only) `entente code`: declared once, validated with zod at the CLI edge.
 */
import type { Command } from "commander";
import { z } from "zod";
import type { Factuality } from "../doc.js";
import { EntenteError } from "../errors.js";
import { isPloverCategory } from "../events/ontology.js";
import type { EventFilter } from "../store/types.js";

export const FACTUALITY_VALUES = [
  "asserted",
  "negated",
  "future",
  "hypothetical",
  "recommended",
] as const satisfies readonly Factuality[];

const isoPartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD");

const factualityList = z
  .string()
  .transform((value) => value.split(",").map((v) => v.trim().toLowerCase()))
  .pipe(z.array(z.enum(FACTUALITY_VALUES)).min(1));

const eventType = z
  .string()
  .transform((value) => value.trim().toUpperCase())
  .refine(isPloverCategory, "must be a PLOVER category such as ASSAULT or CONSULT");

const confidence = z.coerce.number().min(0).max(1);

/** Parses one flag value with a schema, turning a failure into a usage error naming the flag. */
function parseFlag<T>(flag: string, schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const reason = parsed.error.issues[0]?.message ?? "is invalid";
  throw new EntenteError("ENTENTE_USAGE", `${flag} ${reason}, got "${String(value)}"`);
}

export interface FactualityFlags {
  factuality?: string;
  minConfidence?: string;
}

export interface EventFilterFlags extends FactualityFlags {
  actor?: string;
  recipient?: string;
  type?: string;
  from?: string;
  to?: string;
  doc?: string;
}

export function addFactualityOptions(command: Command): Command {
  return command
    .option("--factuality <list>", `keep only these, comma-separated (${FACTUALITY_VALUES.join(", ")})`)
    .option("--min-confidence <p>", "keep only events with confidence of at least p (0 to 1)");
}

export function addEventFilterOptions(command: Command): Command {
  return addFactualityOptions(
    command
      .option("--actor <code>", 'an actor code ("MLI"), code and sector ("MLI GOV") or entity id')
      .option("--recipient <code>", "a recipient, as for --actor")
      .option("--type <category>", "a PLOVER category (primary event), e.g. ASSAULT")
      .option("--from <date>", "events dated on or after this ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
      .option("--to <date>", "events dated on or before this ISO date (a partial date includes its period)")
      .option("--doc <key>", "events of one document (key or numeric id)"),
  );
}

export interface FactualityFilter {
  factuality?: Factuality[];
  minConfidence?: number;
}

export function factualityFilterFrom(flags: FactualityFlags): FactualityFilter {
  return {
    factuality:
      flags.factuality === undefined
        ? undefined
        : parseFlag("--factuality", factualityList, flags.factuality),
    minConfidence:
      flags.minConfidence === undefined
        ? undefined
        : parseFlag("--min-confidence", confidence, flags.minConfidence),
  };
}

export function keepsEvent(filter: FactualityFilter, event: { factuality: Factuality; confidence: number }) {
  if (filter.factuality && !filter.factuality.includes(event.factuality)) return false;
  return filter.minConfidence === undefined || event.confidence >= filter.minConfidence;
}

/** The store filter the flags ask for; `minConfidence` is applied by the caller (the store has none). */
export function eventFilterFrom(flags: EventFilterFlags): EventFilter & FactualityFilter {
  const { factuality, minConfidence } = factualityFilterFrom(flags);
  return {
    actor: flags.actor,
    recipient: flags.recipient,
    type: flags.type === undefined ? undefined : parseFlag("--type", eventType, flags.type),
    from: flags.from === undefined ? undefined : parseFlag("--from", isoPartialDate, flags.from),
    to: flags.to === undefined ? undefined : parseFlag("--to", isoPartialDate, flags.to),
    doc: flags.doc,
    factuality,
    minConfidence,
  };
}
