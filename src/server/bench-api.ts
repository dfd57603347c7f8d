/**
 * API latency benchmark (not a test): builds a store of synthetic events (1,000,000 by
 * default, cached under bench-output/), serves it on 127.0.0.1, and measures p50/p95 of the
 * dyad and network endpoints over HTTP. Goal: p95 under 100 ms.
 *
 *   node dist/src/server/bench-api.js [--events 1000000] [--requests 200] [--db file]
 */
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { projectRoot } from "../paths.js";
import { SqliteStore } from "../store/sqlite/index.js";
import { fillSyntheticEvents } from "../store/sqlite/synthetic-events.js";
import { startServer } from "./index.js";

const Flags = z.object({
  events: z.coerce.number().int().min(1000).default(1_000_000),
  requests: z.coerce.number().int().min(10).default(200),
  db: z.string().optional(),
});

function syntheticStore(path: string, events: number): void {
  if (existsSync(path)) {
    process.stderr.write(`using the cached store ${path}\n`);
    return;
  }
  const partial = `${path}.partial`;
  rmSync(partial, { force: true });
  const store = new SqliteStore(partial);
  const started = performance.now();
  fillSyntheticEvents(store.db, {
    events,
    onProgress: (n) => process.stderr.write(`\rgenerating: ${n.toLocaleString("en")} events`),
  });
  store.db.exec("ANALYZE");
  store.db.pragma("wal_checkpoint(TRUNCATE)");
  store.close();
  renameSync(partial, path);
  process.stderr.write(
    `\ngenerated ${events.toLocaleString("en")} events in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A small deterministic generator, so that every run asks the same questions. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function ranges(random: () => number): { from?: string; to?: string } {
  const r = random();
  if (r < 0.3) return {};
  const years = r < 0.65 ? 1 : 3;
  const start = 2010 + Math.floor(random() * (16 - years));
  const month = 1 + Math.floor(random() * 12);
  const from = `${start}-${String(month).padStart(2, "0")}`;
  const to = `${start + years}-${String(month).padStart(2, "0")}`;
  return { from, to };
}

async function measure(base: string, paths: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const path of paths) {
    const started = performance.now();
    const response = await fetch(new URL(path, base));
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { events: { type: "string" }, requests: { type: "string" }, db: { type: "string" } },
  });
  const flags = Flags.parse(values);
  const dir = join(projectRoot(), "bench-output");
  mkdirSync(dir, { recursive: true });
  const dbPath = flags.db ?? join(dir, `api-bench-${flags.events}-v3.db`);
  syntheticStore(dbPath, flags.events);
  const server = await startServer({ dbPath, port: 0 });
  try {
    const random = lcg(7);
    const pairs = (await (await fetch(new URL("api/network?maxEdges=60", server.url))).json()) as {
      network: { edges: { source: string; target: string }[] };
    };
    const dyads = pairs.network.edges.map((e) => [e.source, e.target]);
    const query = (params: Record<string, string | undefined>) =>
      new URLSearchParams(
        Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined),
      ).toString();
    const scenarios: [string, string[]][] = [
      [
        "GET /api/dyads (series + 50 events)",
        Array.from({ length: flags.requests }, () => {
          const [a, b] = dyads[Math.floor(random() * dyads.length)];
          return `api/dyads?${query({ a, b, ...ranges(random), limit: "50" })}`;
        }),
      ],
      [
        "GET /api/network (150 edges)",
        Array.from({ length: flags.requests }, () => `api/network?${query(ranges(random))}`),
      ],
      [
        "GET /api/network (whole period)",
        Array.from({ length: Math.ceil(flags.requests / 4) }, () => "api/network"),
      ],
    ];
    await measure(
      server.url,
      scenarios.flatMap(([, paths]) => paths.slice(0, 5)),
    );
    process.stdout.write(`API latency over HTTP, ${flags.events.toLocaleString("en")} events (${dbPath})\n`);
    process.stdout.write(
      `${"endpoint".padEnd(38)} ${"n".padStart(5)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"max ms".padStart(8)}\n`,
    );
    for (const [name, paths] of scenarios) {
      const times = await measure(server.url, paths);
      const cells = [percentile(times, 50), percentile(times, 95), times.at(-1) ?? 0].map((t) =>
        t.toFixed(1).padStart(8),
      );
      process.stdout.write(`${name.padEnd(38)} ${String(times.length).padStart(5)} ${cells.join(" ")}\n`);
    }
  } finally {
    await server.close();
  }
}

await main();
