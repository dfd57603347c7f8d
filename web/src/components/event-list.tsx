/**
 * Events as rows, each with its evidence sentence (trigger marked) and a link to that
 * sentence in its document. Text is rendered as text nodes only, never as HTML.
 */
import type { StoredEvent } from "../api";
import { quadColor, quadLabel } from "../quad";
import { evidenceHref, href } from "../router";

function participants(list: StoredEvent["actor"]) {
  if (list.length === 0) return <span class="muted">—</span>;
  return list.map((p, i) => (
    <span key={`${p.name}-${i}`}>
      {i > 0 && ", "}
      {p.code ? (
        <a
          href={href(`actor/${encodeURIComponent(p.entityId ?? p.code)}`)}
          title={[p.code, p.sector].filter(Boolean).join(" ")}
        >
          {p.name}
        </a>
      ) : (
        p.name
      )}
    </span>
  ));
}

/** The evidence sentence with the trigger words marked. */
export function Evidence({ event }: { event: StoredEvent }) {
  const start = event.trigger.start - event.sentenceStart;
  const end = event.trigger.end - event.sentenceStart;
  const inside = start >= 0 && end <= event.text.length && start < end;
  return (
    <q class="evidence">
      {inside ? (
        <>
          {event.text.slice(0, start)}
          <mark class="trigger">{event.text.slice(start, end)}</mark>
          {event.text.slice(end)}
        </>
      ) : (
        event.text
      )}
    </q>
  );
}

export function CategoryBadge({ category, quad }: { category: string; quad: number }) {
  return (
    <span class="badge" style={{ background: quadColor(quad) }} title={quadLabel(quad)}>
      {category}
    </span>
  );
}

export function EventRow({ event }: { event: StoredEvent }) {
  const marked = event.factuality !== "asserted";
  return (
    <li class={`event${marked ? " not-asserted" : ""}`} data-event={event.id}>
      <div class="event-head">
        <span class="date">{event.date ?? "undated"}</span>
        <CategoryBadge category={event.event[0] ?? "?"} quad={event.quadCode} />
        <span class="parties">
          {participants(event.actor)} <span title="to">→</span> {participants(event.recipient)}
        </span>
        {marked && <span class="factuality">{event.factuality}</span>}
      </div>
      <Evidence event={event} />
      <div class="event-foot">
        <a class="evidence-link" href={evidenceHref(event)}>
          Evidence in “{event.docTitle ?? event.docKey}”
        </a>
        {event.publisher && <span class="muted"> · {event.publisher}</span>}
      </div>
    </li>
  );
}

export function EventList({ events, empty = "No events." }: { events: StoredEvent[]; empty?: string }) {
  if (events.length === 0) return <p class="muted">{empty}</p>;
  return (
    <ul class="events">
      {events.map((event) => (
        <EventRow key={`${event.docId}/${event.id}`} event={event} />
      ))}
    </ul>
  );
}
