/**
 * The actor knowledge base as the matcher uses it: one token trie over every alias,
 * demonym, metonym, surname, title, sector noun and generic phrase, built once at load,
 * plus the indexes coreference needs (office holders by country and title).
 */
import type { DictionaryData } from "./load.js";
import { buildNameLexicon, type NameLexicon } from "./name-lexicon.js";
import { isCaseSensitiveToken, tokenizeWords } from "./normalize.js";
import type { ActorEntry, ActorRole, AnaphorDef, GenericDef, SectorNoun, TitleDef } from "./schema.js";

export interface LexemeBase {
  /** Folded tokens that must match exactly (acronyms), or null for case-insensitive. */
  exact: string[] | null;
  /** The first matched token must be capitalised (proper names). */
  capital: boolean;
}

export type Lexeme = LexemeBase &
  (
    | { kind: "entity"; entity: ActorEntry }
    | { kind: "surname"; entity: ActorEntry }
    | { kind: "demonym"; entity: ActorEntry; plural: boolean }
    | { kind: "metonym"; entity: ActorEntry; code: string | null; sector: string | null }
    | { kind: "sectorNoun"; def: SectorNoun }
    | { kind: "title"; def: TitleDef }
    | { kind: "generic"; def: GenericDef }
    | { kind: "anaphor"; def: AnaphorDef }
  );

export interface TrieNode {
  next: Map<string, TrieNode>;
  items: Lexeme[] | null;
}

export interface OfficeHolder {
  entity: ActorEntry;
  role: ActorRole;
}

export interface ActorKnowledgeBase {
  entities: Map<string, ActorEntry>;
  trie: TrieNode;
  /** `${code}|${title id}` → the people who held that office, with the role's dates. */
  officeHolders: Map<string, OfficeHolder[]>;
  /** Word lists for names the knowledge base does not hold. */
  names: NameLexicon;
  files: string[];
}

const PARTICLES = new Set([
  "le",
  "la",
  "de",
  "du",
  "van",
  "von",
  "al",
  "el",
  "ag",
  "ould",
  "ben",
  "bin",
  "abu",
]);

function newNode(): TrieNode {
  return { next: new Map(), items: null };
}

function insert(root: TrieNode, phrase: string, make: (base: LexemeBase) => Lexeme): void {
  const tokens = tokenizeWords(phrase);
  if (tokens.length === 0) return;
  let node = root;
  for (const t of tokens) {
    let child = node.next.get(t.norm);
    if (!child) {
      child = newNode();
      node.next.set(t.norm, child);
    }
    node = child;
  }
  const exact = tokens.some((t) => isCaseSensitiveToken(t.text)) ? tokens.map((t) => t.folded) : null;
  const lexeme = make({ exact, capital: tokens[0].capital });
  node.items ??= [];
  // "Goïta" and "Goita" fold to one key: keep one reading per entity and kind.
  if (!node.items.some((l) => sameReading(l, lexeme))) node.items.push(lexeme);
}

function sameReading(a: Lexeme, b: Lexeme): boolean {
  if (a.kind !== b.kind || (a.exact === null) !== (b.exact === null)) return false;
  if ("entity" in a && "entity" in b) return a.entity === b.entity;
  return "def" in a && "def" in b && a.def === b.def;
}

/** Surname forms of a person's names: the last word, with a particle before it ("Le Drian"). */
export function surnameForms(entity: ActorEntry): string[] {
  const forms = new Set<string>();
  for (const full of [entity.name, ...entity.aliases]) {
    const name = full.replace(/\s*\(.*\)\s*$/, "");
    const words = tokenizeWords(name).filter((t) => t.norm !== "'s");
    if (words.length < 2 || words.some((w) => isCaseSensitiveToken(w.text))) continue;
    const last = words[words.length - 1];
    const before = words[words.length - 2];
    const surname =
      words.length >= 3 && PARTICLES.has(before.norm)
        ? name.slice(before.start - words[0].start, last.end - words[0].start)
        : last.text;
    if (surname.replace(/\W/g, "").length >= 3) forms.add(surname);
  }
  return [...forms];
}

/** "Malians" is the plural of "Malian"; "Swiss" and "Russian" are not plurals. */
function pluralDemonyms(entity: ActorEntry): Set<string> {
  const lower = new Set(entity.demonyms.map((d) => d.toLowerCase()));
  return new Set(
    entity.demonyms.filter((d) => {
      const l = d.toLowerCase();
      return l.endsWith("s") && lower.has(l.slice(0, -1));
    }),
  );
}

/** The title id a role's free-text title names ("President of the Transition" → president). */
function titleIdOf(title: string, titleTrie: TrieNode): string | null {
  const tokens = tokenizeWords(title);
  let best: { length: number; id: string } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    let node: TrieNode | undefined = titleTrie;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j].norm);
      const id = node?.items?.[0]?.kind === "title" ? node.items[0].def.id : null;
      if (id && (!best || j - i + 1 > best.length)) best = { length: j - i + 1, id };
    }
  }
  return best?.id ?? null;
}

function indexOfficeHolders(data: DictionaryData): Map<string, OfficeHolder[]> {
  const titleTrie = newNode();
  for (const def of data.titles)
    for (const f of def.forms) insert(titleTrie, f, (b) => ({ ...b, kind: "title", def }));
  const holders = new Map<string, OfficeHolder[]>();
  for (const entity of data.entries.values()) {
    if (entity.type !== "person") continue;
    for (const role of entity.roles) {
      const id = role.title ? titleIdOf(role.title, titleTrie) : null;
      const code = role.code ?? entity.code;
      if (!id || !code) continue;
      const key = `${code}|${id}`;
      const list = holders.get(key) ?? [];
      list.push({ entity, role });
      holders.set(key, list);
    }
  }
  return holders;
}

export function buildKnowledgeBase(data: DictionaryData): ActorKnowledgeBase {
  const trie = newNode();
  for (const entity of data.entries.values()) {
    for (const alias of new Set([entity.name, ...entity.aliases])) {
      insert(trie, alias, (b) => ({ ...b, kind: "entity", entity }));
    }
    const plurals = pluralDemonyms(entity);
    for (const d of entity.demonyms) {
      insert(trie, d, (b) => ({ ...b, kind: "demonym", entity, plural: plurals.has(d) }));
    }
    for (const m of entity.metonyms) {
      const code = m.code ?? entity.code;
      insert(trie, m.text, (b) => ({ ...b, kind: "metonym", entity, code, sector: m.sector }));
    }
    if (entity.type === "person") {
      for (const s of surnameForms(entity)) insert(trie, s, (b) => ({ ...b, kind: "surname", entity }));
    }
  }
  for (const def of data.sectorNouns) {
    for (const f of def.forms) insert(trie, f, (b) => ({ ...b, capital: false, kind: "sectorNoun", def }));
  }
  for (const def of data.titles) {
    for (const f of def.forms) insert(trie, f, (b) => ({ ...b, capital: false, kind: "title", def }));
  }
  for (const def of data.generic) {
    for (const f of def.forms) insert(trie, f, (b) => ({ ...b, capital: false, kind: "generic", def }));
  }
  for (const def of data.anaphors) {
    for (const f of def.forms) insert(trie, f, (b) => ({ ...b, capital: false, kind: "anaphor", def }));
  }
  return {
    entities: data.entries,
    trie,
    officeHolders: indexOfficeHolders(data),
    names: buildNameLexicon(data),
    files: data.files,
  };
}
