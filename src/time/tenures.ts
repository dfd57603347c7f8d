/**
 * Terms in office a document states for named people: "King Hassan Idrissi (1961-1999)",
 * "Omar Bakary, who ruled from 1974 to 1981". A later sentence with no date of its own
 * that names the person and speaks of their time in office ("As king, Hassan Idrissi ...",
 * "Under his rule, ...") happened within that term.
 */
import type { Span, TimeValue } from "../doc.js";
import { compareAtCommon, type PartialDate, parsePartial } from "./calendar.js";

export interface Tenure {
  /** The last two words of the name, as written ("Hassan Idrissi"). */
  name: string;
  value: TimeValue;
}

/** Two to five capitalised words ending right before the match's anchor. */
const NAME = "((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}\\p{Lu}[\\p{L}'’-]+)";

/** "Idrissi (1961-1999": a bracketed range right after a name. */
const BRACKETED = new RegExp(`${NAME}\\s*\\($`, "u");

/** "Bakary, who ruled from 1974 to": a relative clause up to the range. */
const RELATIVE = new RegExp(`${NAME},\\s+who\\b[^,;()]*$`, "u");

/** A title makes a bracketed range a term in office rather than a thing's life span. */
const TITLE =
  /\b(?:President|Prime Minister|Premier|King|Queen|Emperor|Chancellor|General|Colonel|Marshal|Chairman|Secretary-General|Pope|Sultan|Emir|Shah|Governor)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+\s*\($/u;

/** Talk of someone's time in office. */
const IN_OFFICE =
  /\b(?:as (?:the )?(?:\w+ )?(?:president|prime minister|premier|head of state|leader|ruler|king|queen)\b|(?:under|during) (?:his|her) (?:presidency|rule|tenure|term|leadership|government|regime|reign)\b|(?:his|her) (?:presidency|tenure|term in office|reign)\b)/i;

function lastTwoWords(name: string): string | null {
  const words = name.trim().split(/\s+/);
  return words.length >= 2 ? words.slice(-2).join(" ") : null;
}

/** The terms in office stated by a sentence's range expressions (offsets into `text`). */
export function statedTenures(text: string, expressions: readonly (Span & { value: TimeValue })[]): Tenure[] {
  const tenures: Tenure[] = [];
  for (const expression of expressions) {
    if (expression.value.end === null) continue;
    const before = text.slice(0, expression.start);
    const bracketed = TITLE.test(before) ? BRACKETED.exec(before) : null;
    const named = bracketed ?? RELATIVE.exec(before);
    const name = named ? lastTwoWords(named[1]) : null;
    if (name) tenures.push({ name, value: expression.value });
  }
  return tenures;
}

function within(date: PartialDate, value: TimeValue): boolean {
  const start = parsePartial(value.start);
  const end = parsePartial(value.end);
  return (
    start !== null && end !== null && compareAtCommon(date, start) >= 0 && compareAtCommon(date, end) <= 0
  );
}

/**
 * The term that dates an undated sentence naming its holder in office, or null; none when
 * the narrative date already lies within that term.
 */
export function tenureFor(
  text: string,
  tenures: readonly Tenure[],
  inForce: TimeValue | null,
): TimeValue | null {
  if (tenures.length === 0 || !IN_OFFICE.test(text)) return null;
  const tenure = tenures.findLast((candidate) => text.includes(candidate.name));
  if (!tenure) return null;
  const narrative = inForce ? parsePartial(inForce.start) : null;
  return narrative && within(narrative, tenure.value) ? null : tenure.value;
}
