/** Small counting types shared by every scorer. `value` is null when nothing was counted. */

export interface Ratio {
  correct: number;
  total: number;
  value: number | null;
}

export function ratio(correct: number, total: number): Ratio {
  return { correct, total, value: total === 0 ? null : correct / total };
}

/** Counts outcomes one by one, then freezes into a Ratio. */
export class Tally {
  correct = 0;
  total = 0;

  add(ok: boolean): void {
    this.total++;
    if (ok) this.correct++;
  }

  ratio(): Ratio {
    return ratio(this.correct, this.total);
  }
}

export interface PrecisionRecall {
  gold: number;
  predicted: number;
  matched: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function precisionRecall(gold: number, predicted: number, matched: number): PrecisionRecall {
  const precision = predicted === 0 ? null : matched / predicted;
  const recall = gold === 0 ? null : matched / gold;
  // Producing nothing against a non-empty gold set is an F1 of 0, not "undefined".
  const f1 =
    recall === null
      ? null
      : precision === null || precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, matched, precision, recall, f1 };
}

/** Set equality of code lists (order and duplicates ignored). */
export function sameSet(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((value) => right.has(value));
}
