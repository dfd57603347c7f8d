/** Number formatting shared by the text and Markdown reports. */
import type { Ratio } from "./metrics.js";

export function fmtValue(value: number | null): string {
  return value === null ? "n/a" : value.toFixed(3);
}

export function fmtRatio(ratio: Ratio): string {
  return `${fmtValue(ratio.value)} (${ratio.correct}/${ratio.total})`;
}
