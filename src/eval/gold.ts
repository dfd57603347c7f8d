/**
 * The gold formats of ../shared/gold (see its GUIDELINE.md), validated at load: a malformed
 * line is reported with its file and line number instead of corrupting a figure.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { EntenteError } from "../errors.js";

const goldActor = z.object({
  code: z.string().nullable(),
  sector: z.string().nullable().optional(),
  name: z.string().nullable().optional(),
});

const goldDate = z.object({
  start: z.string().nullable(),
  end: z.string().nullable().optional(),
  text: z.string().nullable().optional(),
});

export const goldEventSchema = z.object({
  id: z.string(),
  doc: z.string(),
  quote: z.string().min(1),
  event: z.string(),
  mode: z.string().nullable().optional(),
  context: z.array(z.string()).default([]),
  actor: z.array(goldActor),
  recipient: z.array(goldActor),
  date: goldDate.nullable(),
  factuality: z.enum(["asserted", "negated", "future", "hypothetical", "recommended"]),
  attribution: z.string().nullable().optional(),
  notes: z.string().optional(),
});
export type GoldEvent = z.infer<typeof goldEventSchema>;
export type GoldActor = z.infer<typeof goldActor>;

export const goldEntitySchema = z.object({
  doc: z.string(),
  name: z.string(),
  code: z.string().nullable(),
  sector: z.string().nullable().optional(),
  type: z.string(),
  mentions: z.array(z.string()),
});
export type GoldEntity = z.infer<typeof goldEntitySchema>;

export const goldQuantitySchema = z.object({
  doc: z.string(),
  quote: z.string().min(1),
  subject: z.string(),
  value: z.number(),
  qualifier: z.string().nullable().optional(),
  unit: z.string(),
  date: goldDate.nullable().optional(),
  attribution: z.string().nullable().optional(),
});
export type GoldQuantity = z.infer<typeof goldQuantitySchema>;

const gsrParticipant = z.object({
  code: z.string(),
  sector: z.string().nullable().optional(),
  text: z.string(),
});

export const gsrRecordSchema = z.object({
  id: z.string(),
  text: z.string().min(1),
  event: z.string(),
  actor: z.array(gsrParticipant),
  recipient: z.array(gsrParticipant),
  event_text: z.string().optional(),
  comment: z.string().optional(),
});
export type GsrRecord = z.infer<typeof gsrRecordSchema>;
export type GsrParticipant = z.infer<typeof gsrParticipant>;

/** Reads a JSON Lines gold file; blank lines are skipped, anything invalid throws with file:line. */
export function readGoldFile<T>(path: string, schema: z.ZodType<T>): T[] {
  const records: T[] = [];
  const lines = readFileSync(path, "utf8").split("\n");
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      throw new EntenteError("ENTENTE_INPUT_MALFORMED", `${path}:${index + 1}: ${(error as Error).message}`);
    }
    const result = schema.safeParse(parsed);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue?.path.join(".") || "record";
      throw new EntenteError("ENTENTE_RECORD_INVALID", `${path}:${index + 1}: ${where}: ${issue?.message}`);
    }
    records.push(result.data);
  });
  return records;
}
