/** Quad classes: names and colours shared by every chart, badge and legend. */
export const QUADS = [
  { code: 1, label: "Verbal cooperation", short: "verbal coop.", color: "#6baed6" },
  { code: 2, label: "Material cooperation", short: "material coop.", color: "#1f5fa8" },
  { code: 3, label: "Verbal conflict", short: "verbal conflict", color: "#f29e4c" },
  { code: 4, label: "Material conflict", short: "material conflict", color: "#c0392b" },
] as const;

export const quadLabel = (code: number) => QUADS[code - 1]?.label ?? `Quad ${code}`;
export const quadColor = (code: number) => QUADS[code - 1]?.color ?? "#888";

/** Net cooperation in [−1, 1] to a colour: red conflict, grey balanced, blue cooperation. */
export function netColor(net: number): string {
  const t = Math.max(-1, Math.min(1, net));
  const grey = [150, 150, 150];
  const end = t >= 0 ? [31, 95, 168] : [192, 57, 43];
  const mix = grey.map((g, i) => Math.round(g + (end[i] - g) * Math.abs(t)));
  return `rgb(${mix.join(",")})`;
}

export const FACTUALITIES = ["asserted", "negated", "future", "hypothetical", "recommended"] as const;
