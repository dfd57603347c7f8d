/** Mounts an Observable Plot figure (an SVG element Plot builds) inside a Preact tree. */
import { useEffect, useRef } from "preact/hooks";

export function PlotFigure({
  build,
  deps,
  label,
}: {
  /** Called with the width available, so charts fill their column. */
  build: (width: number) => SVGSVGElement | HTMLElement;
  deps: unknown[];
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const figure = build(Math.max(200, (ref.current?.clientWidth ?? 900) - 2));
    ref.current?.replaceChildren(figure);
    return () => figure.remove();
  }, deps);
  return <div class="plot" ref={ref} role="img" aria-label={label} />;
}
