/** Makes sure dist/web holds a built dashboard (the e2e tests and `serve` need it). */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../paths.js";

export function webRoot(): string {
  return join(projectRoot(), "dist", "web");
}

/** Builds the dashboard with Vite when dist/web/index.html is missing. */
export async function ensureWebBuild(): Promise<string> {
  const root = webRoot();
  if (!existsSync(join(root, "index.html"))) {
    const { build } = await import("vite");
    await build({ configFile: join(projectRoot(), "vite.config.ts"), logLevel: "warn" });
  }
  return root;
}
