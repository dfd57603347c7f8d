/** Makes sure dist/web holds a dashboard built from the current web/ sources. */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../paths.js";

export function webRoot(): string {
  return join(projectRoot(), "dist", "web");
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the dashboard with Vite when dist/web is missing or older than web/ (or vite.config.ts). */
export async function ensureWebBuild(): Promise<string> {
  const root = projectRoot();
  const built = join(webRoot(), "index.html");
  const sources = join(root, "web");
  const stale =
    !existsSync(built) ||
    (existsSync(sources) &&
      Math.max(newestSource(sources), statSync(join(root, "vite.config.ts")).mtimeMs) >
        statSync(built).mtimeMs);
  if (stale) {
    const { build } = await import("vite");
    await build({ configFile: join(root, "vite.config.ts"), logLevel: "warn" });
  }
  return webRoot();
}
