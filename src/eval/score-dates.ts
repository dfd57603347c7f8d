/**
 * Date accuracy over gold events with a date: exact `start` at the gold granularity. Two
 * figures: on matched events (the event's own date) and on every dated gold event (the
 * matched event's date, else the date we gave the sentence holding the quote).
 */
import type { Granularity, Span } from "../doc.js";
import type { GoldEvent } from "./gold.js";
import { type Ratio, Tally } from "./metrics.js";
import type { EventMatch, EventsResult } from "./score-events.js";
import { type ScoredDoc, sameDateAtGoldGranularity, sentenceIndexOf, sentenceTextAt } from "./scored-doc.js";

export interface DateMiss {
  doc: string;
  gold: string;
  ours: string | null;
  /** Where our date came from: the matched event, the sentence, or nowhere. */
  from: "event" | "sentence" | "none";
  sentence: string;
}

export interface DatesScore {
  onMatched: Ratio;
  onAll: Ratio;
  /** How many of the dates compared in `onAll` were only the publication date. */
  reportedDatesUsed: number;
  misses: DateMiss[];
}

interface Assigned {
  date: string | null;
  granularity: Granularity | null;
  reported: boolean;
  from: DateMiss["from"];
  sentence: string;
}

function assignedDate(doc: ScoredDoc, match: EventMatch | undefined, quote: Span | undefined): Assigned {
  if (match) {
    const { event } = match;
    return {
      date: event.date,
      granularity: event.datePrecision,
      reported: event.dateReported,
      from: "event",
      sentence: sentenceTextAt(doc, event.sentence),
    };
  }
  const index = quote ? sentenceIndexOf(doc, quote) : -1;
  const value = doc.sentenceDates.find((d) => d.sentence === index);
  return {
    date: value?.value?.start ?? null,
    granularity: value?.value?.granularity ?? null,
    reported: value?.source === "reported",
    from: value?.value ? "sentence" : "none",
    sentence: index >= 0 ? sentenceTextAt(doc, index) : "",
  };
}

export function scoreDates(
  goldEvents: readonly GoldEvent[],
  docs: readonly ScoredDoc[],
  events: Pick<EventsResult, "matches" | "located">,
): DatesScore {
  const byKey = new Map(docs.map((doc) => [doc.key, doc]));
  const matchOf = new Map(events.matches.map((m) => [m.gold, m]));
  const onMatched = new Tally();
  const onAll = new Tally();
  const misses: DateMiss[] = [];
  let reportedDatesUsed = 0;
  for (const gold of goldEvents) {
    const goldStart = gold.date?.start;
    if (!goldStart) continue;
    const doc = byKey.get(gold.doc);
    const match = matchOf.get(gold);
    if (!doc) {
      onAll.add(false);
      continue;
    }
    const ours = assignedDate(doc, match, events.located.get(gold.id)?.[0]);
    const ok = sameDateAtGoldGranularity(ours.date, ours.granularity, goldStart);
    onAll.add(ok);
    if (match) onMatched.add(ok);
    if (ours.reported) reportedDatesUsed++;
    if (!ok) {
      const text = gold.date?.text ? ` (${gold.date.text})` : "";
      misses.push({
        doc: gold.doc,
        gold: `${goldStart}${text} for ${gold.event} «${gold.quote}»`,
        ours: ours.date,
        from: ours.from,
        sentence: ours.sentence,
      });
    }
  }
  return { onMatched: onMatched.ratio(), onAll: onAll.ratio(), reportedDatesUsed, misses };
}
