import { netColor } from "../quad";

/** Net cooperation (+1) to conflict (−1) as a coloured badge with its signed value. */
export function NetBadge({ net }: { net: number }) {
  return (
    <span class="net" style={{ background: netColor(net) }}>
      {net > 0 ? "+" : ""}
      {net.toFixed(2)}
    </span>
  );
}
