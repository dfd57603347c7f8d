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
  /** Full names as token-norm lists → key. */
  full: Map<string, string>;
  /** Surnames (norm) and acronyms (as written) → key, or null when two names share it. */
  short: Map<string, string | null>;
}

function addShort(forms: Forms, form: string, key: string): void {
  const had = forms.short.get(form);
  forms.short.set(form, had === undefined || had === key ? key : null);
}

function collectForms(all: SentenceFindings[]): Forms {
  const forms: Forms = { full: new Map(), short: new Map() };
  for (const s of all) {
    for (const f of s.findings) {
      if (!isNamed(f)) continue;
      const words = nameTokens(f, s.tokens);
      const key = words.map((t) => t.norm).join(" ");
      if (!key) continue;
      forms.full.set(key, key);
      if (f.kind === "unknownOrg") {
        if (f.acronym) addShort(forms, f.acronym, key);
      } else if (words[words.length - 1].norm.length >= MIN_SURNAME) {
        addShort(forms, words[words.length - 1].norm, key);
      }
    }
  }
  return forms;
}

function linkSentence(s: SentenceFindings, forms: Forms, longest: number): Finding[] {
  const covered = new Uint8Array(s.tokens.length);
  for (const f of s.findings) for (let t = f.first; t < f.end; t++) covered[t] = 1;
  const added: Finding[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i];
    if (covered[i] || !t.capital) continue;
    let matched = 0;
    let key: string | null | undefined;
    for (let n = Math.min(longest, s.tokens.length - i); n >= 2 && !matched; n--) {
      const phrase = s.tokens.slice(i, i + n);
      if (phrase.some((_, k) => covered[i + k])) continue;
      key = forms.full.get(phrase.map((w) => w.norm).join(" "));
      if (key) matched = n;
    }
    if (!matched) {
      key = forms.short.get(t.text) ?? forms.short.get(t.norm);
      // A surname is a surname only when the next word does not continue another name.
      if (key && !(s.tokens[i + 1]?.capital && !covered[i + 1])) matched = 1;
    }
    if (!matched || !key) continue;
    added.push({ first: i, end: i + matched, via: "coref-unknown", confidence: 0.6, kind: "knownName", key });
    i += matched - 1;
  }
  return added;
}

/** Adds the later uses of each unknown name to the findings of every sentence. */
export function linkUnknownNames(all: SentenceFindings[]): void {
  const forms = collectForms(all);
  if (forms.full.size === 0) return;
  const longest = Math.max(...[...forms.full.keys()].map((k) => k.split(" ").length));
  for (const s of all) {
    const added = linkSentence(s, forms, longest);
    if (added.length > 0) s.findings = [...s.findings, ...added].sort((a, b) => a.first - b.first);
  }
}
