/** A temporary database filled with the fixture corpus, served on 127.0.0.1 for tests. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../store/index.js";
import { type RunningServer, startServer } from "./index.js";
import { buildFixtureDoc } from "./test-corpus.js";
import { FIXTURE_DOCS } from "./test-corpus-data.js";

export interface FixtureServer extends RunningServer {
  dbPath: string;
  stop(): Promise<void>;
}

export async function startFixtureServer(options: { maxUploadBytes?: number } = {}): Promise<FixtureServer> {
  const dir = mkdtempSync(join(tmpdir(), "entente-api-"));
  const dbPath = join(dir, "test.db");
  const store = openStore(dbPath);
  for (const fixture of FIXTURE_DOCS) store.saveDocument(buildFixtureDoc(fixture));
  store.close();
  const server = await startServer({ dbPath, port: 0, host: "127.0.0.1", ...options });
  return {
    ...server,
    dbPath,
    stop: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
