/**
 * The coder: for each sentence, find triggers, drop those that are only the content of a
 * speech act ("urged Mali to hold elections" is one REQUEST), find participants, judge
 * factuality and attribution, apply the manual's re-codings of future cooperation, and
 * score the event from the ontology.
 */
import type { CodedEvent, Doc, Span, TextCue, Token } from "../doc.js";
import { dateForSpan, type SpanDate } from "../time/index.js";
import type { ArgumentScope } from "./arguments.js";
import { findAttribution, speakerOf } from "./attribution.js";
import { clauseEnd, isNominal } from "./clause.js";
import { inheritRecipient, recodeCommitment } from "./commitments.js";
import { sentenceContexts } from "./contexts.js";
import type { ContextCues, FactualityCues } from "./cues.js";
import { assessFactuality, reportsIntention } from "./factuality.js";
import { hasAbstractSubject } from "./inanimate-subject.js";
import { categoryInfo, intensityOf, quadCodeOf } from "./ontology.js";
import { distinctParticipants, findParticipants, toParticipant } from "./participants.js";
import type { PatternIndex } from "./patterns.js";
import { recode } from "./recoding.js";
import { type SentenceEvent, type TriggerFacts, withoutRestatements } from "./restatements.js";
import { isReportingTag, salienceAdjustment } from "./salience.js";
import { buildSentenceView, mentionsBySentence, type SentenceView, tokenRanges } from "./sentence-view.js";
import { isTopicSubject } from "./topic-subject.js";
import { findTriggers, mayHoldTrigger, type TriggerMatch } from "./triggers.js";

export interface CoderKnowledge {
  patterns: PatternIndex;
  factuality: FactualityCues;
  contexts: ContextCues;
}

/**
 * The complement of a speech-act trigger: from just after it to the end of its clause, or to
 * the first verb that has a subject of its own. A nominal governor ("the demand for ...")
 * has a complement only when a preposition, "to" or "that" follows it.
 */
function complementEnd(view: SentenceView, governor: TriggerMatch): number {
  const tokens = view.tokens;
  // A nominal governs "the demand for ...", "demonstrations (on Saturday) to demand ...".
  if (isNominal(tokens[governor.head])) {
    let k = governor.last + 1;
    while (k < tokens.length && k <= governor.last + 3 && (isNominal(tokens[k]) || tokens[k].pos === "ADV"))
      k++;
    const next = tokens[k];
    if (!next || !(next.pos === "ADP" || next.norm === "to" || next.norm === "that"))
      return governor.last + 1;
  }
  const end = Math.min(clauseEnd(tokens, governor.last, true), governor.last + 12);
  for (let k = governor.last + 2; k < end; k++) {
    const before = tokens[k - 1];
    if (
      tokens[k].pos === "VERB" &&
      (isNominal(before) || before.pos === "PRON") &&
      view.mentionAt[k - 1] >= 0
    )
      return k;
    // "asked X to revise Y and (had) reached Z": a finite verb coordinated after "and" is a new predicate.
    if (tokens[k].norm === "and" && startsFinitePredicate(tokens, k + 1)) return k;
  }
  return end;
}

function startsFinitePredicate(tokens: readonly Token[], k: number): boolean {
  let v = k;
  while (tokens[v] && (tokens[v].pos === "AUX" || tokens[v].pos === "ADV")) v++;
  const verb = tokens[v];
  if (verb?.pos !== "VERB") return false;
  return v > k ? tokens[k].pos === "AUX" : verb.norm !== verb.lemma && verb.norm.endsWith("ed");
}

/** Triggers lying in the complement of a speech act (request, refusal, threat, promise, charge). */
function absorbedHeads(view: SentenceView, triggers: TriggerMatch[]): Set<number> {
  const absorbed = new Set<number>();
  for (const governor of triggers) {
    if (!governor.pattern.absorbs || absorbed.has(governor.head)) continue;
    const end = complementEnd(view, governor);
    for (const other of triggers)
      if (other.head > governor.last && other.head < end) absorbed.add(other.head);
  }
  return absorbed;
}

/** A speech act takes from the first event of its complement the recipient it lacks ("offered to
 * mediate between X and Y"); a commitment, the sense of a conflict action ("vowed to expel ..."). */
function recodeCommitments(
  view: SentenceView,
  triggers: TriggerMatch[],
  coded: (SentenceEvent | null)[],
): void {
  triggers.forEach((governor, g) => {
    const event = coded[g];
    if (!event || !governor.pattern.absorbs || isNominal(view.tokens[governor.head])) return;
    const end = complementEnd(view, governor);
    let first = -1;
    triggers.forEach((other, k) => {
      if (
        coded[k] &&
        other.head > governor.last &&
        other.head < end &&
        (first < 0 || other.head < triggers[first].head)
      )
        first = k;
    });
    const content = first >= 0 ? coded[first] : null;
    if (!content) return;
    recodeCommitment(governor, event, content);
    inheritRecipient(event, content);
  });
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

/** A line in capitals ("RUSSO-MALIAN COOPERATION: WITHOUT LIMITS!!") is a title, whatever its punctuation. */
function isShouted(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 8 && letters === letters.toUpperCase();
}

const MONTHS = new Set(["march", "may"]);
const BEFORE_MONTH = new Set([
  "in",
  "since",
  "until",
  "by",
  "from",
  "of",
  "early",
  "late",
  "mid",
  "last",
  "next",
]);

/** "the March 2 vote", "since March": a capitalised month name is no protest march. (Date
 * expressions may hold event words too, "after the coup in May 2021", which stay triggers.) */
function isMonthName(tokens: readonly Token[], k: number, dates: readonly Span[]): boolean {
  const token = tokens[k];
  if (!MONTHS.has(token.norm) || token.text[0] === token.norm[0]) return false;
  if (tokens[k + 1]?.pos === "NUM" || BEFORE_MONTH.has(tokens[k - 1]?.norm ?? "")) return true;
  return dates.some((d) => d.start <= token.start && token.end <= d.end);
}

export function codeDocument(doc: Doc, knowledge: CoderKnowledge): CodedEvent[] {
  const events: CodedEvent[] = [];
  const ranges = tokenRanges(doc);
  const mentions = mentionsBySentence(doc);
  const headings = new Set(doc.paragraphs.filter((p) => p.heading).map((p) => p.index));
  for (let s = 0; s < doc.sentences.length; s++) {
    // Titles and section headings name topics, not events; most other sentences hold no
    // trigger word at all and cost one lookup per token.
    if (headings.has(doc.sentences[s].paragraph) || isShouted(doc.sentenceText(s))) continue;
    if (!mayHoldTrigger(doc.tokens, ranges[s], knowledge.patterns)) continue;
    const view = buildSentenceView(doc, s, ranges[s], mentions[s]);
    const dates = doc.timexes.filter((t) => t.sentence === s);
    const triggers = findTriggers(view, knowledge.patterns).filter(
      (t) => !isMonthName(view.tokens, t.head, dates),
    );
    if (triggers.length === 0) continue;
    const scope: ArgumentScope = {
      view,
      previous: s > 0 ? buildSentenceView(doc, s - 1, ranges[s - 1], mentions[s - 1]) : null,
      reportingVerbs: knowledge.factuality.reportingVerbs,
      triggerHeads: new Set(triggers.map((t) => t.head)),
    };
    for (const event of codeSentence(doc, scope, triggers, knowledge)) {
      const date = dateFields(dateForSpan(doc, view.index, event.trigger));
      events.push({ ...event, id: `${doc.meta.key}-e${events.length + 1}`, ...date });
    }
  }
  return events;
}

/** Below this, a nominal trigger with no participant is a topic word even alone in its sentence. */
const MIN_TOPIC_WORD_CONFIDENCE = 0.3;

/** Categories whose acts an abstract subject can perform ("the explosion killed ...", "the crackdown detained ..."). */
const MATERIAL = new Set(["ASSAULT", "COERCE", "MOBILIZE", "PROTEST"]);

/** Does the trigger's actor come from its subject (and is its category one only actors perform)? */
function actsThroughSubject(trigger: TriggerMatch): boolean {
  const { pattern } = trigger;
  return !MATERIAL.has(pattern.category) && (pattern.actor === null || pattern.actor[0] === "subject");
}

const DEMONSTRATIVES = new Set(["this", "these", "that", "those", "such"]);
const NOUN_MODIFIERS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);

/** "This support", "these meetings": a demonstrative nominal refers back to an event already
 * told. "that" counts only where it cannot be a complementiser ("doubtful that sanctions ..."). */
function isAnaphoric(view: SentenceView, head: number): boolean {
  let k = head - 1;
  while (k >= 0 && head - k <= 3 && NOUN_MODIFIERS.has(view.tokens[k].pos) && view.mentionAt[k] < 0) k--;
  const token = view.tokens[k];
  if (!token || !DEMONSTRATIVES.has(token.norm)) return false;
  if (token.norm !== "that") return true;
  const before = view.tokens[k - 1];
  return !before || before.pos === "ADP" || before.pos === "CCONJ";
}

function codeSentence(
  doc: Doc,
  scope: ArgumentScope,
  triggers: TriggerMatch[],
  knowledge: CoderKnowledge,
): SentenceEvent[] {
  const { view } = scope;
  const slice = (from: number, to: number) => doc.text.slice(from, to);
  const contexts = sentenceContexts(view.tokens, knowledge.contexts);
  const coded = triggers.map((trigger) => codeTrigger(doc, scope, trigger, knowledge, contexts, slice));
  const governors = triggers.filter((_, k) => coded[k] !== null);
  const absorbed = absorbedHeads(view, governors);
  recodeCommitments(view, triggers, coded);
  const kept: SentenceEvent[] = [];
  const topicWords = new Set<SentenceEvent>();
  const facts = new Map<SentenceEvent, TriggerFacts>();
  triggers.forEach((trigger, k) => {
    const event = coded[k];
    if (!event || absorbed.has(trigger.head)) return;
    const nominal = isNominal(view.tokens[trigger.head]);
    if (nominal && isAnaphoric(view, trigger.head)) return;
    if (!nominal && actsThroughSubject(trigger) && hasAbstractSubject(view, trigger.head)) return;
    // A nominal subject naming both sides ("Russian exports to Mali") still reports a relation.
    const dyad = event.actor.length + event.recipient.length >= 2;
    if (nominal && !dyad && isTopicSubject(view, trigger.head, scope.triggerHeads)) return;
    const salience = salienceAdjustment(view, trigger, governors);
    event.confidence = Math.max(0.05, Math.round((event.confidence + salience) * 100) / 100);
    const participantless = event.actor.length === 0 && event.recipient.length === 0;
    // Too little evidence: a nominal naming no one, already ranked low ("a framework for collaboration").
    if (nominal && participantless && event.confidence < MIN_TOPIC_WORD_CONFIDENCE) return;
    kept.push(event);
    facts.set(event, { head: trigger.head, nominal });
    if (nominal && participantless) topicWords.add(event);
  });
  // A nominal with no participant is usually a topic word ("the coup", "cooperation")
  // when the sentence reports another event; alone, it is the sentence's only candidate.
  const news = kept.some((e) => !topicWords.has(e)) ? kept.filter((e) => !topicWords.has(e)) : kept;
  return withoutRestatements(news, facts, view.tokens);
}

function codeTrigger(
  doc: Doc,
  scope: ArgumentScope,
  trigger: TriggerMatch,
  knowledge: CoderKnowledge,
  sentenceCues: string[],
  slice: (from: number, to: number) => string,
): SentenceEvent | null {
  const { pattern } = trigger;
  const tokens = scope.view.tokens;
  const participants = findParticipants(scope, trigger);
  if (pattern.needs.includes("actor") && participants.actor.length === 0) return null;
  if (pattern.needs.includes("recipient") && participants.recipient.length === 0) return null;
  const judged = assessFactuality(tokens, trigger.head, knowledge.factuality);
  const attribution =
    judged.denier !== null
      ? speakerOf(scope, judged.denier, slice)
      : findAttribution(scope, trigger.head, knowledge.factuality, slice);
  const actor = distinctParticipants(participants.actor.map((m) => toParticipant(m, slice)));
  const recipient = distinctParticipants(participants.recipient.map((m) => toParticipant(m, slice))).filter(
    (r) => !actor.some((a) => a.entityId !== null && a.entityId === r.entityId && a.sector === r.sector),
  );
  const announced = judged.cue !== null && reportsIntention(tokens, trigger.head, knowledge.factuality);
  const { category, mode, factuality } = recode(pattern, judged.factuality, {
    tokens,
    head: trigger.head,
    actor,
    recipient,
    recipientVia: participants.recipientVia,
    reportingTag: !isNominal(tokens[trigger.head]) && isReportingTag(scope.view, trigger.head),
    announced,
  });
  const modeContexts = mode === "misinformation" || mode === "cyber" ? [mode] : [];
  const contexts = [...new Set([...pattern.contexts, ...modeContexts, ...sentenceCues])];
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
