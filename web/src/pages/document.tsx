/**
 * Document reader: the stored text with actors, dates and event triggers highlighted, and
 * the coded events beside it; choosing an event scrolls to its sentence. The text is shown
 * as text (Preact escapes it): markup inside a document is never interpreted.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import { api, type StoredDocument } from "../api";
import { CategoryBadge } from "../components/event-list";
import { Status } from "../components/status";
import { bySentence, segments } from "../highlight";
import { useApi } from "../hooks";
import { href, replaceParams } from "../router";

function Reader({ doc, active }: { doc: StoredDocument; active: number | null }) {
  const groups = useMemo(() => bySentence(segments(doc)), [doc]);
  return (
    <div class="reader" lang={doc.meta.language ?? undefined}>
      {groups.map((g) => {
        const parts = g.segments.map((s) => {
          const text = doc.text.slice(s.start, s.end);
          if (s.layers.length === 0) return text;
          return (
            <span key={s.start} class={s.layers.map((l) => `hl-${l}`).join(" ")} title={s.note}>
              {text}
            </span>
          );
        });
        if (g.sentence === null) return <span key={`gap-${g.segments[0].start}`}>{parts}</span>;
        return (
          <span
            key={`s-${g.sentence}`}
            id={`s-${g.sentence}`}
            class={`sentence${active === g.sentence ? " active" : ""}`}
            data-sentence={g.sentence}
          >
            {parts}
          </span>
        );
      })}
    </div>
  );
}

function EventsBeside({
  doc,
  active,
  onChoose,
}: {
  doc: StoredDocument;
  active: string | null;
  onChoose: (sentence: number, id: string) => void;
}) {
  if (doc.events.length === 0) return <p class="muted">No events were coded in this document.</p>;
  return (
    <ol class="doc-events">
      {doc.events.map((e) => (
        <li
          key={e.id}
          class={`${e.id === active ? "active" : ""}${e.factuality !== "asserted" ? " not-asserted" : ""}`}
        >
          <button
            type="button"
            class="event-button"
            onClick={() => onChoose(e.sentence, e.id)}
            aria-pressed={e.id === active}
          >
            <CategoryBadge category={e.event[0] ?? "?"} quad={e.quadCode} />{" "}
            {e.actor.map((p) => p.name).join(", ") || "—"} →{" "}
            {e.recipient.map((p) => p.name).join(", ") || "—"}
            <span class="muted">
              {" "}
              · {e.date ?? "undated"}
              {e.factuality !== "asserted" ? ` · ${e.factuality}` : ""} · “{e.trigger.text}”
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}

export function DocumentPage({ id, params }: { id: string; params: URLSearchParams }) {
  const state = useApi(() => api.document(id), [id]);
  const initialSentence = params.get("sentence");
  const [active, setActive] = useState<{ sentence: number | null; event: string | null }>({
    sentence: initialSentence === null ? null : Number(initialSentence),
    event: params.get("event"),
  });
  useEffect(() => {
    if (!state.data || active.sentence === null) return;
    const element = document.getElementById(`s-${active.sentence}`);
    element?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [state.data, active.sentence]);
  const choose = (sentence: number, event: string) => {
    setActive({ sentence, event });
    replaceParams(`document/${encodeURIComponent(id)}`, { sentence, event });
  };
  return (
    <Status state={state}>
      {({ document: doc }) => (
        <>
          <h1>{doc.meta.title ?? doc.meta.key}</h1>
          <p class="muted">
            {[doc.meta.publisher, doc.meta.published, doc.meta.author].filter(Boolean).join(" · ")}
            {doc.meta.url && (
              <>
                {" · "}
                <a href={doc.meta.url} rel="noreferrer noopener" target="_blank">
                  original
                </a>
              </>
            )}
            {" · "}
            {doc.sentences.length} sentences · {doc.events.length} events · version {doc.version}
          </p>
          <div class="legend">
            <span>
              <span class="hl-actor">actor</span>
            </span>
            <span>
              <span class="hl-date">date</span>
            </span>
            <span>
              <span class="hl-trigger">event trigger</span>
            </span>
          </div>
          <div class="document-layout">
            <article aria-label="Document text">
              <Reader doc={doc} active={active.sentence} />
            </article>
            <aside aria-label="Coded events">
              <h2>Coded events</h2>
              <EventsBeside doc={doc} active={active.event} onChoose={choose} />
              {doc.messages.length > 0 && (
                <details>
                  <summary>{doc.messages.length} diagnostics</summary>
                  <ul class="plain">
                    {doc.messages.map((m, i) => (
                      <li key={`${m.rule}-${i}`}>
                        <strong>{m.severity}</strong> {m.stage}: {m.reason}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              <p>
                <a href={href("documents")}>All documents</a>
              </p>
            </aside>
          </div>
        </>
      )}
    </Status>
  );
}
