/**
 * Thresholds for `entente eval --check`, read from eval.config.json at the project root: per
 * figure, the goal we aim for and the floor (`min`) or ceiling (`max`) CI enforces today.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { EntenteError } from "../errors.js";

const thresholdSchema = z
  .object({
    goal: z.number(),
    min: z.number().optional(),
    max: z.number().optional(),
    note: z.string().optional(),
  })
  .refine((t) => (t.min === undefined) !== (t.max === undefined), {
    message: "give exactly one of min or max",
  });

const configSchema = z.object({
  $comment: z.string().optional(),
  thresholds: z.record(z.string(), thresholdSchema),
});

export type Threshold = z.infer<typeof thresholdSchema>;
export type Thresholds = Record<string, Threshold>;

export function readThresholds(path: string): Thresholds {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new EntenteError("ENTENTE_INPUT_MALFORMED", `${path}: ${(error as Error).message}`);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EntenteError("ENTENTE_RECORD_INVALID", `${path}: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return parsed.data.thresholds;
}

export interface ThresholdCheck {
  figure: string;
  value: number | null;
  bound: string;
  goal: number;
  ok: boolean;
  /** Whether the goal itself is reached (informational; CI gates on the bound). */
  atGoal: boolean;
}

/**
 * Checks every threshold whose figure the report has (a section left out with --only is not
 * checked). A figure with nothing to count (null) fails a floor above zero.
 */
export function checkThresholds(
  figures: Record<string, number | null>,
  thresholds: Thresholds,
): ThresholdCheck[] {
  const checks: ThresholdCheck[] = [];
  for (const [figure, threshold] of Object.entries(thresholds)) {
    if (!(figure in figures)) continue;
    const value = figures[figure] ?? null;
    if (threshold.max !== undefined) {
      const ok = value === null || value <= threshold.max;
      const atGoal = value !== null && value <= threshold.goal;
      checks.push({ figure, value, bound: `≤ ${threshold.max}`, goal: threshold.goal, ok, atGoal });
    } else {
      const min = threshold.min ?? 0;
      const ok = value === null ? min <= 0 : value >= min;
      const atGoal = value !== null && value >= threshold.goal;
      checks.push({ figure, value, bound: `≥ ${min}`, goal: threshold.goal, ok, atGoal });
    }
  }
  return checks;
}
