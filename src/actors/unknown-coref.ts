/**
 * Within a document, later uses of a name the knowledge base lacks refer to its first
 * recognised mention: "President Jane Doe ... Doe said", "the Popular Front (PF) ... the PF".
 * Adds `knownName` findings where such a surname, full name or acronym recurs.
 */
import type { Finding } from "./compose.js";
import type { WordToken } from "./normalize.js";
import type { SentenceFindings } from "./resolve.js";

type NamedFinding = Extract<Finding, { kind: "titledName" | "unknownPerson" | "unknownOrg" }>;

const MIN_SURNAME = 3;

function isNamed(f: Finding): f is NamedFinding {
  return f.kind === "titledName" || f.kind === "unknownPerson" || f.kind === "unknownOrg";
}

/** The name's own tokens: the unknown name after a title, the organisation without its "(ACR)". */
export function nameTokens(f: NamedFinding, tokens: WordToken[]): WordToken[] {
  if (f.kind === "unknownOrg") return tokens.slice(f.first, f.end - (f.acronym ? 3 : 0));
  if (f.kind === "unknownPerson") return tokens.slice(f.first, f.end);
  return tokens.slice(f.nameFirst, f.nameEnd);
}

export function nameKey(f: NamedFinding, tokens: WordToken[]): string {
  return nameTokens(f, tokens)
    .map((t) => t.norm)
    .join(" ");
}

interface Forms {
  /** Full names of two words or more, by their first word: [word norms, key]. */
  full: Map<string, [string[], string][]>;
  /** Surnames (norm) and acronyms (as written) → key, or null when two names share it. */
  short: Map<string, string | null>;
  keys: Set<string>;
}

function addShort(forms: Forms, form: string, key: string): void {
  const had = forms.short.get(form);
  forms.short.set(form, had === undefined || had === key ? key : null);
}

function collectForms(all: SentenceFindings[]): Forms {
  const forms: Forms = { full: new Map(), short: new Map(), keys: new Set() };
  for (const s of all) {
    for (const f of s.findings) {
      if (!isNamed(f)) continue;
      const words = nameTokens(f, s.tokens);
      const key = words.map((t) => t.norm).join(" ");
      if (!key) continue;
      forms.keys.add(key);
      if (words.length >= 2) {
        const list = forms.full.get(words[0].norm) ?? [];
        if (!list.some(([, k]) => k === key)) list.push([words.map((t) => t.norm), key]);
        forms.full.set(words[0].norm, list);
      }
      if (f.kind === "unknownOrg") {
        if (f.acronym) addShort(forms, f.acronym, key);
      } else if (words[words.length - 1].norm.length >= MIN_SURNAME) {
        addShort(forms, words[words.length - 1].norm, key);
      }
    }
  }
  return forms;
}

/** The longest full name starting at token `i` that no finding covers, as [length, key]. */
function fullNameAt(
  s: SentenceFindings,
  covered: Uint8Array,
  i: number,
  forms: Forms,
): [number, string] | null {
  let best: [number, string] | null = null;
  for (const [norms, key] of forms.full.get(s.tokens[i].norm) ?? []) {
    if (best && norms.length <= best[0]) continue;
    const fits = norms.every((n, k) => s.tokens[i + k]?.norm === n && !covered[i + k]);
    if (fits) best = [norms.length, key];
  }
  return best;
}

function linkSentence(s: SentenceFindings, forms: Forms): Finding[] {
  const covered = new Uint8Array(s.tokens.length);
  for (const f of s.findings) for (let t = f.first; t < f.end; t++) covered[t] = 1;
  const added: Finding[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i];
    if (covered[i] || !t.capital) continue;
    let match = fullNameAt(s, covered, i, forms);
    if (!match) {
      const key = forms.short.get(t.text) ?? forms.short.get(t.norm);
      // A surname is a surname only when the next word does not continue another name.
      if (key && !(s.tokens[i + 1]?.capital && !covered[i + 1])) match = [1, key];
    }
    if (!match) continue;
    const [length, key] = match;
    added.push({ first: i, end: i + length, via: "coref-unknown", confidence: 0.6, kind: "knownName", key });
    i += length - 1;
  }
  return added;
}

/** Adds the later uses of each unknown name to the findings of every sentence. */
export function linkUnknownNames(all: SentenceFindings[]): void {
  const forms = collectForms(all);
  if (forms.keys.size === 0) return;
  for (const s of all) {
    const added = linkSentence(s, forms);
    if (added.length > 0) s.findings = [...s.findings, ...added].sort((a, b) => a.first - b.first);
  }
}
