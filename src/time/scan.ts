/**
 * Finds the temporal expressions of one sentence: a cheap prefilter, then the rule table
 * (leftmost-longest wins), then the modifiers around each core, then chrono for day-level
 * casual phrases the rules leave. Resolution to values happens later, in document order.
 */
import type { PartialDate } from "./calendar.js";
import { chronoCores, hasChronoCue } from "./chrono-adapter.js";
import { applyModifiers, type Core } from "./modifiers.js";
import { RULES } from "./rules.js";

/** A sentence with none of these cannot hold a date: most sentences stop here. */
const DATE_CUE =
  /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)|\b(?:days?|weeks?|months?|years?|decades?|century|centuries|period|recent|today|yesterday|tomorrow|tonight|weekend)\b/i;

export function mayHoldDate(text: string): boolean {
  return DATE_CUE.test(text);
}

function ruleCores(text: string): Core[] {
  const cores: Core[] = [];
  // Rules share cues: each is tested once per sentence.
  const cueFound = new Map<RegExp, boolean>();
  for (const rule of RULES) {
    let found = cueFound.get(rule.cue);
    if (found === undefined) {
      found = rule.cue.test(text);
      cueFound.set(rule.cue, found);
    }
    if (!found) continue;
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(text); match; match = rule.pattern.exec(text)) {
      const resolve = rule.build(match, text);
      if (!resolve) {
        rule.pattern.lastIndex = match.index + 1;
        continue;
      }
      const start = match.index + (match[0].length - match[0].trimStart().length);
      cores.push({
        start,
        end: match.index + match[0].length,
        kind: rule.kind,
        rule: rule.id,
        shape: rule.shape,
        resolve,
      });
    }
  }
  return cores;
}

const RULE_ORDER = new Map(RULES.map((rule, index) => [rule.id, index]));

/** Leftmost first; at one start the longest; at equal length the earlier rule. */
function leftmostLongest(cores: Core[]): Core[] {
  if (cores.length < 2) return cores;
  const order = RULE_ORDER;
  const sorted = [...cores].sort(
    (a, b) => a.start - b.start || b.end - a.end || (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0),
  );
  const kept: Core[] = [];
  for (const core of sorted) {
    const last = kept[kept.length - 1];
    if (last && core.start < last.end) continue;
    kept.push(core);
  }
  return kept;
}

/** The expressions in `text` (offsets relative to it), not yet resolved. */
export function scanSentence(text: string, publication: PartialDate | null): Core[] {
  if (!mayHoldDate(text)) return [];
  const cores = leftmostLongest(ruleCores(text));
  const modified: Core[] = [];
  for (const core of cores) {
    const floor = modified.length > 0 ? modified[modified.length - 1].end : 0;
    modified.push(applyModifiers(text, core, floor));
  }
  if (!hasChronoCue(text)) return modified;
  const extra = chronoCores(text, publication, modified);
  return extra.length === 0 ? modified : [...modified, ...extra].sort((a, b) => a.start - b.start);
}
