/** Hash routes (`#/dyad?a=MLI&b=FRA`): every view has a shareable address and works offline. */
import { useEffect, useState } from "preact/hooks";

export interface Route {
  path: string[];
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const [path, search = ""] = hash.replace(/^#\/?/, "").split("?", 2);
  return {
    path: path.split("/").filter(Boolean).map(decodeURIComponent),
    params: new URLSearchParams(search),
  };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(location.hash));
    addEventListener("hashchange", update);
    return () => removeEventListener("hashchange", update);
  }, []);
  return route;
}

/** A link target: `href("dyad", { a: "MLI", b: "FRA" })` → `#/dyad?a=MLI&b=FRA`. */
export function href(path: string, params: Record<string, string | number | undefined | null> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return `#/${path}${text ? `?${text}` : ""}`;
}

/** Replaces the current address's parameters without adding a history entry per keystroke. */
export function replaceParams(
  path: string,
  params: Record<string, string | number | undefined | null>,
): void {
  history.replaceState(null, "", href(path, params));
}

export function evidenceHref(event: { docId: number; sentence: number; id: string }): string {
  return href(`document/${event.docId}`, { sentence: event.sentence, event: event.id });
}
