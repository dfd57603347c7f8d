/** Actor page: names and aliases, roles over time, relations (top partners) and events. */
import { api } from "../api";
import { EventList } from "../components/event-list";
import { NetBadge } from "../components/net-badge";
import { Status } from "../components/status";
import { useApi } from "../hooks";
import { href } from "../router";

export function ActorPage({ id, params }: { id: string; params: URLSearchParams }) {
  const factuality = params.get("factuality") ?? undefined;
  const state = useApi(() => api.actor(id, { factuality }), [id, factuality]);
  return (
    <Status state={state}>
      {({ actor, events }) => (
        <>
          <h1>
            {actor.name} <span class="muted">{[actor.code, actor.sector].filter(Boolean).join(" ")}</span>
          </h1>
          <p class="muted">
            {actor.kind === "code" ? "Actor code" : (actor.type ?? "entity")} · {actor.counts.mentions}{" "}
            mentions in {actor.counts.documents} documents · {actor.counts.asActor} events as actor,{" "}
            {actor.counts.asRecipient} as recipient
          </p>
          <div class="columns">
            <section>
              <h2>Relations</h2>
              {actor.partners.length === 0 ? (
                <p class="muted">No partners yet.</p>
              ) : (
                <table class="compact">
                  <thead>
                    <tr>
                      <th scope="col">Partner</th>
                      <th scope="col">Events</th>
                      <th scope="col">Net</th>
                    </tr>
                  </thead>
                  <tbody>
                    {actor.partners.map((p) => (
                      <tr key={p.code}>
                        <td>
                          <a href={href("dyad", { a: actor.code ?? actor.id, b: p.code })}>{p.name}</a>{" "}
                          <span class="muted">{p.code}</span>
                        </td>
                        <td class="num">{p.events}</td>
                        <td>
                          <NetBadge net={p.net} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <section>
              <h2>Names in the texts</h2>
              {actor.aliases.length === 0 ? (
                <p class="muted">No mentions.</p>
              ) : (
                <ul class="tags">
                  {actor.aliases.map((a) => (
                    <li key={a.text}>
                      {a.text} <span class="muted">×{a.mentions}</span>
                    </li>
                  ))}
                </ul>
              )}
              {actor.roles.length > 0 && (
                <>
                  <h2>Roles over time</h2>
                  <table class="compact">
                    <thead>
                      <tr>
                        <th scope="col">Code</th>
                        <th scope="col">Sector</th>
                        <th scope="col">First seen</th>
                        <th scope="col">Last seen</th>
                        <th scope="col">Mentions</th>
                      </tr>
                    </thead>
                    <tbody>
                      {actor.roles.map((r) => (
                        <tr key={`${r.code}-${r.sector}`}>
                          <td>{r.code ?? "—"}</td>
                          <td>{r.sector ?? "—"}</td>
                          <td>{r.first ?? "—"}</td>
                          <td>{r.last ?? "—"}</td>
                          <td class="num">{r.mentions}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </>
              )}
              {actor.members.length > 0 && (
                <>
                  <h2>Entities with this code</h2>
                  <ul class="plain">
                    {actor.members.map((m) => (
                      <li key={m.id}>
                        <a href={href(`actor/${encodeURIComponent(m.id)}`)}>{m.name}</a>{" "}
                        <span class="muted">
                          {m.type}
                          {m.sector ? ` · ${m.sector}` : ""} · {m.mentions} mentions
                        </span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          </div>
          <h2>Latest events</h2>
          <p>
            <a href={href("timeline", { actor: actor.id })}>All of them on the timeline</a>
          </p>
          <EventList events={events} />
        </>
      )}
    </Status>
  );
}
