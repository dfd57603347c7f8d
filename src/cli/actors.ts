/**
 * `entente actors`: the actor knowledge base from the command line — list entities, show one
 * with its roles over time, add a user entry, import a Phoenix/TABARI dictionary, and list
 * the capitalised names the corpus mentions that resolved to nothing.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import type { Command } from "commander";
import { stringify } from "yaml";
import { z } from "zod";
import { importDocument, importPhoenix, newToKnowledgeBase } from "../actors/import-phoenix.js";
import { type ActorKnowledgeBase, loadActorKnowledgeBase, resolveRoleAtDate } from "../actors/index.js";
import { wholePhraseLexemes } from "../actors/lex.js";
import { type ActorEntry, ENTITY_TYPES, SECTORS } from "../actors/schema.js";
import { defaultUserDictionaryFolder, entryId, saveUserEntry } from "../actors/user-dictionary.js";
import { EntenteError } from "../errors.js";
import { projectRoot } from "../paths.js";
import type { UnresolvedName } from "../store/types.js";
import { action, addDbOption, type DbOptions, positiveInt, withStore } from "./common.js";
import { addOutputOptions, type Column, type OutputOptions, outputFormat, printRows } from "./output.js";

interface DictFlags {
  dict?: string[];
}

interface ListFlags extends DictFlags, DbOptions, OutputOptions {
  type?: string;
  code?: string;
  unresolved?: boolean;
  limit?: number;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

function addDictOption(command: Command): Command {
  return command.option("--dict <folder>", "extra user dictionary folder or file (repeatable)", collect);
}

function loadKb(flags: DictFlags): ActorKnowledgeBase {
  return loadActorKnowledgeBase({ root: projectRoot(), userDictionaries: flags.dict ?? [] });
}

const ENTITY_COLUMNS: Column<ActorEntry>[] = [
  { key: "id", maxWidth: 32 },
  { key: "name", maxWidth: 36 },
  { key: "type" },
  { key: "code" },
  { key: "sector" },
  { key: "roles", value: (e) => e.roles.length, align: "right" },
  { key: "aliases", value: (e) => e.aliases.slice(0, 3).join(", "), maxWidth: 48 },
];

const UNRESOLVED_COLUMNS: Column<UnresolvedName>[] = [
  { key: "count", align: "right" },
  { key: "text", header: "name", maxWidth: 40 },
  {
    key: "example",
    value: (u) => (u.examples[0] ? `${u.examples[0].docKey} #${u.examples[0].sentence}` : ""),
  },
  { key: "sentence", value: (u) => u.examples[0]?.text ?? "", maxWidth: 70 },
];

/** Entities named by `query`: an id, or every entity an alias of exactly that text names. */
export function findEntities(kb: ActorKnowledgeBase, query: string): ActorEntry[] {
  const byId = kb.entities.get(query);
  if (byId) return [byId];
  return [...new Set(wholePhraseLexemes(query, kb.trie).flatMap((l) => ("entity" in l ? [l.entity] : [])))];
}

function describe(entity: ActorEntry, date: string): string {
  const at = resolveRoleAtDate(entity, date);
  const lines = [
    `${entity.name}  (${entity.id}, ${entity.type})`,
    `  code        ${entity.code ?? "-"} ${entity.sector ?? ""}`.trimEnd(),
    `  at ${date}  ${at.code ?? "-"} ${at.sector ?? ""}${at.title ? `  (${at.title})` : ""}`.trimEnd(),
  ];
  if (entity.aliases.length) lines.push(`  aliases     ${entity.aliases.join(", ")}`);
  if (entity.demonyms.length) lines.push(`  demonyms    ${entity.demonyms.join(", ")}`);
  if (entity.metonyms.length)
    lines.push(
      `  metonyms    ${entity.metonyms.map((m) => `${m.text} → ${m.code ?? entity.code} ${m.sector ?? ""}`).join(", ")}`,
    );
  for (const r of entity.roles)
    lines.push(
      `  role        ${r.from ?? "…"} – ${r.to ?? "…"}  ${r.code ?? entity.code ?? "-"} ${r.sector ?? "-"}  ${r.title ?? ""}`.trimEnd(),
    );
  for (const m of entity.memberships) lines.push(`  member of   ${m.org}  ${m.from ?? "…"} – ${m.to ?? "…"}`);
  if (entity.wikidata) lines.push(`  wikidata    ${entity.wikidata}`);
  if (entity.uncertain) lines.push(`  uncertain   yes`);
  if (entity.note) lines.push(`  note        ${entity.note}`);
  return `${lines.join("\n")}\n`;
}

const addFlagsSchema = z.object({
  code: z.string().regex(/^[A-Z]{3}$/, "--code must be three capital letters (MLI, RUS, IGO...)"),
  sector: z.enum(SECTORS).optional(),
  type: z.enum(ENTITY_TYPES),
  alias: z.array(z.string().min(1)).default([]),
  id: z.string().optional(),
  note: z.string().optional(),
  dict: z.array(z.string()).optional(),
});

function usage(error: z.ZodError): EntenteError {
  return new EntenteError("ENTENTE_USAGE", error.issues.map((i) => i.message).join("; "));
}

function registerShow(actors: Command): void {
  const show = actors
    .command("show")
    .description("one entity: aliases, roles over time, memberships")
    .argument("<name>", "an id, a name or an alias")
    .option("--date <iso>", "resolve the role at this date (default: today)")
    .option("--json", "print the entries as JSON")
    .addHelpText("after", '\nExample:\n  entente actors show "Assimi Goïta" --date 2021-03');
  addDictOption(show).action(
    action((name: string, flags: DictFlags & { date?: string; json?: boolean }) => {
      const date = flags.date ?? new Date().toISOString().slice(0, 10);
      if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date))
        throw new EntenteError("ENTENTE_USAGE", "--date must be YYYY, YYYY-MM or YYYY-MM-DD");
      const found = findEntities(loadKb(flags), name);
      if (found.length === 0) {
        process.stderr.write(`entente: no entity named "${name}"\n`);
        return 1;
      }
      if (flags.json) process.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
      else process.stdout.write(found.map((e) => describe(e, date)).join("\n"));
      return 0;
    }),
  );
}

function registerAdd(actors: Command): void {
  const add = actors
    .command("add")
    .description("add an entity to your user dictionary (loaded after the built-in one)")
    .argument("<name>", "the entity's canonical name")
    .requiredOption("--code <code>", "PLOVER actor code: ISO alpha-3, or UNO, EUR, IGO, NGO, IMG, MNC")
    .option("--sector <sector>", "PLOVER sector code (GOV, MIL, REB, PRM, ...)")
    .requiredOption("--type <type>", `one of ${ENTITY_TYPES.join(", ")}`)
    .option("--alias <alias>", "another name (repeatable)", collect)
    .option("--id <id>", "entry id (default: from the name)")
    .option("--note <text>", "a note, e.g. the source of the facts")
    .addHelpText(
      "after",
      '\nExample:\n  entente actors add "Alou Boï Diarra" --code MLI --sector MIL --type person --alias "Alou Boi Diarra"',
    );
  add.option("--dict <folder>", `folder to write to (default: ${defaultUserDictionaryFolder()})`);
  add.action(
    action((name: string, raw: Record<string, unknown>) => {
      const parsed = addFlagsSchema.safeParse({ ...raw, dict: raw.dict ? [raw.dict] : undefined });
      if (!parsed.success) throw usage(parsed.error);
      const flags = parsed.data;
      const file = join(flags.dict?.[0] ?? defaultUserDictionaryFolder(), "user.yaml");
      const entry = saveUserEntry(file, {
        id: flags.id ?? entryId(name),
        name,
        type: flags.type,
        code: flags.code,
        sector: flags.sector ?? null,
        aliases: flags.alias,
        ...(flags.note ? { note: flags.note } : {}),
      });
      process.stderr.write(`added ${entry.id} to ${file}\n`);
      return 0;
    }),
  );
}

function registerImport(actors: Command): void {
  const imp = actors
    .command("import")
    .description("convert a TABARI/PETRARCH/Phoenix actor or agent dictionary to a user dictionary")
    .argument("<file>", "a Phoenix .actors.txt or agents.txt file")
    .option("--out <file>", "YAML file to write (default: the user dictionary folder)")
    .option("--all", "keep entries the knowledge base already knows")
    .addHelpText(
      "after",
      "\nExample:\n  entente actors import Phoenix.Countries.actors.txt --out dictionaries-user/phoenix.yaml",
    );
  addDictOption(imp).action(
    action((file: string, flags: DictFlags & { out?: string; all?: boolean }) => {
      if (!existsSync(file)) throw new EntenteError("ENTENTE_USAGE", `no such file: ${file}`);
      const parsed = importPhoenix(readFileSync(file, "utf8"), basename(file));
      const result = flags.all ? { ...parsed, skipped: 0 } : newToKnowledgeBase(parsed, loadKb(flags));
      const out = flags.out ?? join(defaultUserDictionaryFolder(), `${basename(file, extname(file))}.yaml`);
      writeFileSync(out, stringify(importDocument(result, basename(file)), { lineWidth: 0 }));
      for (const w of parsed.warnings.slice(0, 20)) process.stderr.write(`warning: ${w}\n`);
      if (parsed.warnings.length > 20)
        process.stderr.write(`… and ${parsed.warnings.length - 20} more warnings\n`);
      process.stderr.write(
        `wrote ${result.entries.length} entries and ${result.sectorNouns.length} sector-noun groups to ${out}` +
          ` (${result.skipped} already known)\n`,
      );
      return 0;
    }),
  );
}

function registerList(actors: Command): void {
  const list = actors
    .command("list", { isDefault: true })
    .description("list knowledge-base entities (the default), or --unresolved names from the corpus")
    .option("--type <type>", `only this type (${ENTITY_TYPES.join(", ")})`)
    .option("--code <code>", "only this actor code (MLI, RUS, IGO...)")
    .option("--unresolved", "capitalised names in the corpus that resolved to no entity, most frequent first")
    .option("--limit <n>", "with --unresolved: at most n names", positiveInt("--limit"), 50)
    .addHelpText(
      "after",
      "\nExamples:\n  entente actors --code MLI --type person\n  entente actors --unresolved --db corpus.db",
    );
  addOutputOptions(addDbOption(addDictOption(list))).action(
    action(async (flags: ListFlags) => {
      const format = outputFormat(flags);
      if (flags.unresolved) {
        const names = await withStore(flags, (store) => store.unresolvedNames({ limit: flags.limit }));
        await printRows(names, UNRESOLVED_COLUMNS, format);
        return 0;
      }
      if (flags.type && !(ENTITY_TYPES as readonly string[]).includes(flags.type))
        throw new EntenteError("ENTENTE_USAGE", `--type must be one of ${ENTITY_TYPES.join(", ")}`);
      const rows = [...loadKb(flags).entities.values()].filter(
        (e) => (!flags.type || e.type === flags.type) && (!flags.code || e.code === flags.code.toUpperCase()),
      );
      await printRows(rows, ENTITY_COLUMNS, format);
      return 0;
    }),
  );
}

/** `actors` holds its commands; `list` is the default so that `entente actors --code MLI` lists. */
export function register(program: Command): void {
  const actors = program
    .command("actors")
    .description("the actor knowledge base: list, show, add, import; --unresolved names from the corpus");
  registerList(actors);
  registerShow(actors);
  registerAdd(actors);
  registerImport(actors);
}
