#!/usr/bin/env node
/** The `entente` command: a thin layer over the library, one file per command. */
import { CommanderError } from "commander";
import { exitQuietlyOnClosedPipe } from "./output.js";
import { buildProgram } from "./program.js";

async function main(): Promise<void> {
  exitQuietlyOnClosedPipe();
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    throw error;
  }
}

await main();
