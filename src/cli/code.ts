/**
 * `entente code`: a Unix filter. Documents in (files, folders, stdin, JSONL records), PLOVER
 * JSON Lines out (the contract in docs/output-contract.md), no database. Per-input failures
 * and warnings go to stderr, one line each naming the input; exit 1 when any input failed.
 */
import type { Writable } from "node:stream";
import type { Command } from "commander";
import { type AnalyzeOptions, type AnalyzeOutcome, analyzeInputs } from "../analyze.js";
import { EntenteError } from "../errors.js";
import { ploverRecordsOfDoc } from "../export/plover-record.js";
import { writeChunk } from "../export/text-formats.js";
import { action, positiveInt } from "./common.js";
import {
  addFactualityOptions,
  type FactualityFlags,
  factualityFilterFrom,
  keepsEvent,
} from "./event-flags.js";

export interface CodeFlags extends FactualityFlags {
  quiet?: boolean;
  maxSize?: number;
}

export interface CodeIO {
  stdout: Writable;
  stderr: Writable;
  /** The document source; tests replace it to code hand-built documents. */
  analyze: (inputs: string[], options: AnalyzeOptions) => AsyncIterable<AnalyzeOutcome>;
  /** Whether stdin is a terminal: with no inputs, `code` reads stdin only when it is piped. */
  stdinIsTTY: boolean;
}

const defaultIO = (): CodeIO => ({
  stdout: process.stdout,
  stderr: process.stderr,
  analyze: analyzeInputs,
  stdinIsTTY: process.stdin.isTTY === true,
});

export function register(program: Command): void {
  const command = program
    .command("code")
    .description("code documents into PLOVER events, printed as JSON Lines (no database)")
    .argument("[inputs...]", "files, folders, JSONL records with id and text, or - for stdin (the default)")
    .option("-q, --quiet", "do not print per-document warnings")
    .option("--max-size <MB>", "skip inputs larger than this many megabytes", positiveInt("--max-size"), 50)
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  entente code report.txt notes/ > events.jsonl",
        '  echo "Mali expelled the French ambassador on 31 January 2022." | entente code -',
        "  entente code sentences.jsonl --factuality asserted --min-confidence 0.6",
      ].join("\n"),
    );
  addFactualityOptions(command).action(
    action((inputs: string[], flags: CodeFlags) => runCode(inputs, flags)),
  );
}

export async function runCode(inputs: string[], flags: CodeFlags, io: CodeIO = defaultIO()): Promise<number> {
  const filter = factualityFilterFrom(flags);
  if (inputs.length === 0) {
    if (io.stdinIsTTY)
      throw new EntenteError("ENTENTE_USAGE", "give inputs, or pipe text into entente code -");
    inputs = ["-"];
  }
  let failed = 0;
  const report = (source: string, reason: string) => io.stderr.write(`entente: ${source}: ${reason}\n`);
  const options: AnalyzeOptions = { maxBytes: (flags.maxSize ?? 50) * 1024 * 1024 };
  for await (const outcome of io.analyze(inputs, options)) {
    if (!outcome.ok) {
      failed++;
      report(outcome.source, outcome.reason);
      continue;
    }
    const { doc } = outcome;
    if (!flags.quiet) {
      for (const m of doc.messages) if (m.severity === "warning") report(doc.meta.source, m.reason);
    }
    for (const record of ploverRecordsOfDoc(doc)) {
      if (keepsEvent(filter, record)) await writeChunk(io.stdout, `${JSON.stringify(record)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}
