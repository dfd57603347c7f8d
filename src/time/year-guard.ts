/**
 * Whether a four-digit number is a year: the guard that keeps quantities ("2,000 troops",
 * "2000 soldiers"), labels ("Resolution 2085") and codes ("Su-2025") out of the time line.
 */
import {
  COUNT_NOUNS,
  LABEL_WORDS,
  monthNumber,
  NAME_HEADS,
  QUANTITY_LEADS,
  YEAR_LEAD_WORDS,
} from "./lexicon.js";

function previousWord(text: string, index: number): string {
  // Only a word right before the number (a bracket in between breaks the link).
  const match = /([\p{L}.]+)\s*$/u.exec(text.slice(Math.max(0, index - 40), index));
  return match ? match[1] : "";
}

function nextWord(text: string, index: number): string {
  const match = /^[\s-]*([\p{L}]+)/u.exec(text.slice(index, index + 40));
  return match ? match[1].toLowerCase() : "";
}

/**
 * A four-digit number is a year unless it is a quantity ("2000 troops"), a label
 * ("Resolution 2085", "Agenda 2063") or part of a code ("Su-2025").
 */
export function looksLikeYear(text: string, start: number, end: number): boolean {
  if (COUNT_NOUNS.has(nextWord(text, end))) return false;
  const before = text.slice(Math.max(0, start - 6), start);
  if (/\p{L}-$/u.test(before) && !/(?:mid|pre|post|end|early|late)-$/i.test(before)) return false;
  // "+223 2021 4455": a number right before makes this one part of a figure.
  if (/\d[\s,]*$/.test(text.slice(Math.max(0, start - 3), start))) return false;
  const previous = previousWord(text, start);
  if (previous === "") return true;
  const lower = previous.toLowerCase();
  if (LABEL_WORDS.has(lower) || QUANTITY_LEADS.has(lower)) return false;
  if (YEAR_LEAD_WORDS.has(lower) || monthNumber(previous) !== undefined) return true;
  // A capitalised word right before the number names it, unless the whole line is in capitals.
  return !/^[A-Z][a-z]/.test(previous);
}

/** A day and month followed by a name head ("the March 23 Movement") name something. */
export function namesSomething(text: string, end: number): boolean {
  const next = /^\s+([A-Z][\p{L}]*)/u.exec(text.slice(end, end + 30));
  return next !== null && NAME_HEADS.has(next[1].toLowerCase());
}
