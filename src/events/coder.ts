/**
 * The coder: for each sentence, find triggers, drop those that are only the content of a
 * speech act ("urged Mali to hold elections" is one REQUEST), find participants, judge
 * factuality and attribution, apply the manual's re-codings of future cooperation, and
 * score the event from the ontology.
 */
import type { CodedEvent, Doc, Factuality, TextCue } from "../doc.js";
import { dateForSpan, type SpanDate } from "../time/index.js";
import type { ArgumentScope } from "./arguments.js";
import { findAttribution, speakerOf } from "./attribution.js";
import { clauseEnd } from "./clause.js";
import { sentenceContexts } from "./contexts.js";
import type { ContextCues, FactualityCues } from "./cues.js";
import { assessFactuality } from "./factuality.js";
import { categoryInfo, intensityOf, type PloverCategory, quadCodeOf } from "./ontology.js";
import { distinctParticipants, findParticipants, toParticipant } from "./participants.js";
import type { PatternIndex } from "./patterns.js";
import { buildSentenceView, mentionsBySentence, type SentenceView, tokenRanges } from "./sentence-view.js";
import { findTriggers, type TriggerMatch } from "./triggers.js";

export interface CoderKnowledge {
  patterns: PatternIndex;
  factuality: FactualityCues;
  contexts: ContextCues;
}

/** Cooperation announced for later is an AGREE; a retreat announced for later is a CONCEDE. */
const FUTURE_RECODING: Partial<Record<PloverCategory, PloverCategory>> = {
  CONSULT: "AGREE",
  SUPPORT: "AGREE",
  COOPERATE: "AGREE",
  AID: "AGREE",
  RETREAT: "CONCEDE",
};

/** Triggers lying in the complement of a speech act (request, refusal, threat, promise, charge). */
function absorbedHeads(view: SentenceView, triggers: TriggerMatch[]): Set<number> {
  const absorbed = new Set<number>();
  for (const governor of triggers) {
    if (!governor.pattern.absorbs) continue;
    const end = Math.min(clauseEnd(view.tokens, governor.last, true), governor.last + 12);
    for (const other of triggers)
      if (other.head > governor.last && other.head < end) absorbed.add(other.head);
  }
  return absorbed;
}

function cueText(doc: Doc, view: SentenceView, trigger: TriggerMatch): TextCue {
  const head = view.tokens[trigger.head];
  return { start: head.start, end: head.end, text: doc.text.slice(head.start, head.end) };
}

function confidenceOf(
  base: number,
  actorVia: string | null,
  recipientVia: string | null,
  needsRecipient: boolean,
): number {
  let confidence = base;
  if (actorVia === null) confidence -= 0.25;
  else if (actorVia === "pronoun") confidence -= 0.1;
  if (needsRecipient && recipientVia === null) confidence -= 0.1;
  return Math.max(0.05, Math.round(confidence * 100) / 100);
}

function dateFields(date: SpanDate): Pick<CodedEvent, "date" | "enddate" | "datePrecision" | "dateReported"> {
  const value = date.value;
  if (!value) return { date: null, enddate: null, datePrecision: null, dateReported: false };
  return {
    date: value.start,
    enddate: value.end,
    datePrecision: value.granularity,
    dateReported: date.reported,
  };
}

export function codeDocument(doc: Doc, knowledge: CoderKnowledge): CodedEvent[] {
  const events: CodedEvent[] = [];
  const ranges = tokenRanges(doc);
  const mentions = mentionsBySentence(doc);
  const slice = (from: number, to: number) => doc.text.slice(from, to);
  let previous: SentenceView | null = null;
  for (let s = 0; s < doc.sentences.length; s++) {
    const view = buildSentenceView(doc, s, ranges[s], mentions[s]);
    const triggers = findTriggers(view, knowledge.patterns);
    if (triggers.length > 0) {
      const scope: ArgumentScope = { view, previous };
      const absorbed = absorbedHeads(view, triggers);
      const contexts = sentenceContexts(view.tokens, knowledge.contexts);
      for (const trigger of triggers) {
        if (absorbed.has(trigger.head)) continue;
        const event = codeTrigger(doc, scope, trigger, knowledge, contexts, slice);
        if (!event) continue;
        const date = dateFields(dateForSpan(doc, view.index, event.trigger));
        events.push({ ...event, id: `${doc.meta.key}-e${events.length + 1}`, ...date });
      }
    }
    previous = view;
  }
  return events;
}

function codeTrigger(
  doc: Doc,
  scope: ArgumentScope,
  trigger: TriggerMatch,
  knowledge: CoderKnowledge,
  sentenceCues: string[],
  slice: (from: number, to: number) => string,
): Omit<CodedEvent, "id" | "date" | "enddate" | "datePrecision" | "dateReported"> | null {
  const { pattern } = trigger;
  const tokens = scope.view.tokens;
  const participants = findParticipants(scope, trigger);
  if (pattern.needs.includes("actor") && participants.actor.length === 0) return null;
  if (pattern.needs.includes("recipient") && participants.recipient.length === 0) return null;
  const judged = assessFactuality(tokens, trigger.head, knowledge.factuality);
  let factuality: Factuality = judged.factuality;
  let category = pattern.category;
  let mode = pattern.mode;
  const recoded = factuality === "future" ? FUTURE_RECODING[category] : undefined;
  if (recoded) {
    category = recoded;
    mode = null;
    factuality = "asserted";
  }
  const attribution =
    judged.denier !== null
      ? speakerOf(scope, judged.denier, slice)
      : findAttribution(scope, trigger.head, knowledge.factuality, slice);
  const modeContexts = mode === "misinformation" || mode === "cyber" ? [mode] : [];
  const contexts = [...new Set([...pattern.contexts, ...modeContexts, ...sentenceCues])];
  const actor = distinctParticipants(participants.actor.map((m) => toParticipant(m, slice)));
  const recipient = distinctParticipants(participants.recipient.map((m) => toParticipant(m, slice))).filter(
    (r) => !actor.some((a) => a.entityId !== null && a.entityId === r.entityId),
  );
  return {
    sentence: scope.view.index,
    event: [category],
    mode: mode ? [mode] : [],
    context: contexts,
    actor,
    recipient,
    factuality,
    factualityCue: judged.cue,
    attribution,
    intensity: intensityOf(category, mode),
    quadCode: quadCodeOf(category),
    confidence: confidenceOf(
      pattern.confidence,
      participants.actorVia,
      participants.recipientVia,
      categoryInfo(category).requiresRecipient,
    ),
    trigger: cueText(doc, scope.view, trigger),
    pattern: pattern.id,
  };
}
