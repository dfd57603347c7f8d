/** The dashboard shell: navigation, skip link, and the page for the current hash route. */
import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { api } from "./api";
import { useApi } from "./hooks";
import { ActorPage } from "./pages/actor";
import { ActorsPage } from "./pages/actors";
import { DocumentPage } from "./pages/document";
import { DocumentsPage } from "./pages/documents";
import { DyadPage } from "./pages/dyad";
import { NetworkPage } from "./pages/network";
import { OverviewPage } from "./pages/overview";
import { SearchPage } from "./pages/search";
import { SourcesPage } from "./pages/sources";
import { TimelinePage } from "./pages/timeline";
import { UploadPage } from "./pages/upload";
import { type Route, useRoute } from "./router";

const NAV: [string, string][] = [
  ["", "Overview"],
  ["timeline", "Timeline"],
  ["network", "Network"],
  ["dyad", "Dyads"],
  ["actors", "Actors"],
  ["documents", "Documents"],
  ["sources", "Sources"],
  ["search", "Search"],
  ["upload", "Upload"],
];

function page(route: Route): { title: string; body: ComponentChildren } {
  const [section = "", id] = route.path;
  const p = route.params;
  switch (section) {
    case "":
      return { title: "Overview", body: <OverviewPage /> };
    case "timeline":
      return { title: "Timeline", body: <TimelinePage params={p} /> };
    case "network":
      return { title: "Network", body: <NetworkPage params={p} /> };
    case "dyad":
      return { title: "Dyad", body: <DyadPage params={p} /> };
    case "actors":
      return { title: "Actors", body: <ActorsPage params={p} /> };
    case "actor":
      return { title: "Actor", body: <ActorPage id={id ?? ""} params={p} /> };
    case "documents":
      return { title: "Documents", body: <DocumentsPage params={p} /> };
    case "document":
      return { title: "Document", body: <DocumentPage id={id ?? ""} params={p} /> };
    case "sources":
      return { title: "Sources", body: <SourcesPage params={p} /> };
    case "search":
      return { title: "Search", body: <SearchPage params={p} /> };
    case "upload":
      return { title: "Upload", body: <UploadPage /> };
    default:
      return { title: "Not found", body: <p>No page here. Try the overview.</p> };
  }
}

/** Actor codes offered by every actor field (a datalist is keyboard- and screen-reader-friendly). */
function ActorCodes() {
  const state = useApi(() => api.actors({ kind: "code", limit: 500 }), []);
  return (
    <datalist id="actor-codes">
      {(state.data?.actors ?? []).map((a) => (
        <option key={a.id} value={a.id}>
          {a.name}
        </option>
      ))}
    </datalist>
  );
}

export function App() {
  const route = useRoute();
  const { title, body } = page(route);
  const main = useRef<HTMLElement>(null);
  const section = route.path[0] ?? "";
  useEffect(() => {
    document.title = `${title} · Entente`;
  }, [title]);
  return (
    <>
      <button type="button" class="skip" onClick={() => main.current?.focus()}>
        Skip to content
      </button>
      <header class="top">
        <a class="brand" href="#/">
          Entente
        </a>
        <nav aria-label="Pages">
          {NAV.map(([path, label]) => {
            const current =
              section === path ||
              (path === "actors" && section === "actor") ||
              (path === "documents" && section === "document");
            return (
              <a key={path} href={`#/${path}`} aria-current={current ? "page" : undefined}>
                {label}
              </a>
            );
          })}
        </nav>
      </header>
      {/* Keyed by the address: following a link opens the page afresh with that link's filters. */}
      <main id="main" ref={main} tabIndex={-1} key={`${route.path.join("/")}?${route.params}`}>
        {body}
      </main>
      <ActorCodes />
    </>
  );
}
