/**
 * The state a document is mostly about, and per sentence the state that "the government" or
 * "the country" most likely means: counted from country words and the states of named people.
 */
import type { Finding } from "./compose.js";
import type { ActorKnowledgeBase } from "./kb.js";
import type { SentenceFindings } from "./resolve.js";
import type { ActorEntry } from "./schema.js";

/** The state a finding belongs to: its country word, or a named person's own state code. */
function stateOf(f: Finding, kb: ActorKnowledgeBase): ActorEntry | null {
  if (
    f.kind === "sector" ||
    f.kind === "titledName" ||
    f.kind === "office" ||
    f.kind === "unknownPerson" ||
    f.kind === "unknownOrg"
  ) {
    // An intergovernmental body before a title ("UN envoy") names no state.
    return f.country && f.country !== "main" && f.country.entity.type === "state" ? f.country.entity : null;
  }
  if (f.kind === "ethnic") return f.residence;
  // People count for their state; organisations do not (a story about Wagner in Mali is Mali's).
  if (f.kind === "entity" && f.entities.length === 1 && f.entities[0].type === "person") {
    const state = kb.entities.get(f.entities[0].code ?? "");
    return state?.type === "state" ? state : null;
  }
  return null;
}

function countStates(s: SentenceFindings, kb: ActorKnowledgeBase, into: Map<ActorEntry, number>): void {
  for (const f of s.findings) {
    const state = stateOf(f, kb);
    if (state) into.set(state, (into.get(state) ?? 0) + 1);
  }
}

function leader(counts: Map<ActorEntry, number>, ratio: number): ActorEntry | null {
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return null;
  const [top, second] = ranked;
  return !second || top[1] >= ratio * second[1] ? top[0] : null;
}

/**
 * The state the document is mostly about (counting country words and the states of named
 * people), or null when the runner-up is within 25%.
 */
export function mainCountry(all: SentenceFindings[], kb: ActorKnowledgeBase): ActorEntry | null {
  const counts = new Map<ActorEntry, number>();
  for (const s of all) countStates(s, kb, counts);
  return leader(counts, 1.25);
}

/**
 * Per sentence, the state "the government" or "the country" most likely means: the
 * document's main country, else the state that leads in this and the three sentences before.
 */
export function contextCountries(all: SentenceFindings[], kb: ActorKnowledgeBase): (ActorEntry | null)[] {
  const main = mainCountry(all, kb);
  if (main) return all.map(() => main);
  return all.map((_, i) => {
    const counts = new Map<ActorEntry, number>();
    for (let k = Math.max(0, i - 3); k <= i; k++) countStates(all[k], kb, counts);
    return leader(counts, 1.01);
  });
}
