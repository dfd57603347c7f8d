/**
 * One sentence seen by the coder: its tokens, and its actor mentions mapped onto token
 * positions, so that argument and cue rules can walk left and right by token index.
 */
import type { Doc, Mention, Token } from "../doc.js";

export interface MentionSlot {
  mention: Mention;
  /** First token index (within the sentence) covered by the mention. */
  first: number;
  /** Last token index covered by the mention. */
  last: number;
}

export interface SentenceView {
  index: number;
  tokens: Token[];
  mentions: MentionSlot[];
  /** For each token, the mention slot covering it, or -1. */
  mentionAt: Int32Array;
  /** The sentence before this one, built on demand (pronouns whose antecedent is further back). */
  before?: () => SentenceView | null;
}

/** Token ranges per sentence, computed once per document. */
export function tokenRanges(doc: Doc): Array<[number, number]> {
  const ranges: Array<[number, number]> = doc.sentences.map(() => [0, 0]);
  let i = 0;
  for (let s = 0; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s].index;
    while (i < doc.tokens.length && doc.tokens[i].sentence < sentence) i++;
    const from = i;
    while (i < doc.tokens.length && doc.tokens[i].sentence === sentence) i++;
    ranges[s] = [from, i];
  }
  return ranges;
}

/** Mentions usable as event participants: resolved ones, or any that is not a bare place. */
function isParticipant(mention: Mention): boolean {
  return mention.code !== null || mention.type !== "location";
}

export function buildSentenceView(
  doc: Doc,
  s: number,
  range: [number, number],
  mentions: Mention[],
): SentenceView {
  const tokens = doc.tokens.slice(range[0], range[1]);
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  const slots: MentionSlot[] = [];
  let t = 0;
  for (const mention of mentions) {
    if (!isParticipant(mention)) continue;
    while (t < tokens.length && tokens[t].end <= mention.start) t++;
    let last = t;
    while (last + 1 < tokens.length && tokens[last + 1].start < mention.end) last++;
    if (t >= tokens.length || tokens[t].start >= mention.end) continue;
    // A mention may end inside "Mali's"; the possessive marker stays outside it.
    if (last > t && tokens[last].norm === "'s") last--;
    const slot = slots.length;
    slots.push({ mention, first: t, last });
    for (let k = t; k <= last; k++) if (mentionAt[k] === -1) mentionAt[k] = slot;
  }
  return { index: s, tokens, mentions: slots, mentionAt, before: () => sentenceBefore(doc, s, range[0]) };
}

/** The view of sentence s - 1, whose tokens end where sentence s's begin. */
function sentenceBefore(doc: Doc, s: number, from: number): SentenceView | null {
  if (s === 0) return null;
  const index = doc.sentences[s - 1].index;
  let start = from;
  while (start > 0 && doc.tokens[start - 1].sentence === index) start--;
  const mentions = doc.mentions.filter((m) => m.sentence === index).sort((a, b) => a.start - b.start);
  return buildSentenceView(doc, s - 1, [start, from], mentions);
}

/** Mentions of each sentence, in text order. */
export function mentionsBySentence(doc: Doc): Mention[][] {
  const lists: Mention[][] = doc.sentences.map(() => []);
  const position = new Map<number, number>(doc.sentences.map((s, k) => [s.index, k]));
  for (const mention of doc.mentions) {
    const k = position.get(mention.sentence);
    if (k !== undefined) lists[k].push(mention);
  }
  for (const list of lists) list.sort((a, b) => a.start - b.start);
  return lists;
}
