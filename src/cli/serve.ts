import type { Command } from "commander";
import { z } from "zod";
import { EntenteError } from "../errors.js";
import { defaultDbPath } from "../paths.js";
import { type ServerOptions, startServer } from "../server/index.js";
import { action, addDbOption, type DbOptions } from "./common.js";

const ServeFlags = z.object({
  db: z.string().optional(),
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1).max(255),
});

export function register(program: Command): void {
  const command = program
    .command("serve")
    .description("serve the dashboard and the JSON API (OpenAPI at /api/openapi.json) over the store")
    .option("--port <number>", "port to listen on (0: any free port)", "8080")
    .option("--host <address>", "address to bind; the default keeps it on this machine", "127.0.0.1")
    .addHelpText("after", "\nExample:\n  entente serve --db sahel.db --port 8080");
  addDbOption(command).action(action(runServe));
}

export async function runServe(flags: DbOptions & { port: string; host: string }): Promise<number> {
  const parsed = ServeFlags.safeParse(flags);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EntenteError("ENTENTE_USAGE", `--${issue.path.join(".")}: ${issue.message}`);
  }
  return serveUntilStopped({ ...parsed.data, dbPath: parsed.data.db ?? defaultDbPath() });
}

/** Serves the store until Ctrl-C or SIGTERM; `entente start` calls it after ingesting the sample. */
export async function serveUntilStopped(options: ServerOptions): Promise<number> {
  const server = await startServer(options);
  process.stdout.write(`entente: serving ${server.url} (API: ${server.url}api/openapi.json); Ctrl-C stops\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      server.close().then(resolve);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return 0;
}
