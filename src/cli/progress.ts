/**
 * Progress for long ingests: a bar with documents, MB/s and ETA on a TTY; nothing while
 * running when piped (the caller prints one summary line at the end).
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import cliProgress from "cli-progress";

/** Bytes of the local files among the inputs (folders walked), to estimate the ETA. */
export function localInputBytes(inputs: string[]): number {
  let total = 0;
  const visit = (path: string, depth: number): void => {
    let info: ReturnType<typeof statSync>;
    try {
      info = statSync(path);
    } catch {
      return;
    }
    if (info.isFile()) total += info.size;
    else if (info.isDirectory() && depth < 32) {
      for (const name of readdirSync(path)) if (!name.startsWith(".")) visit(join(path, name), depth + 1);
    }
  };
  for (const input of inputs) if (input !== "-" && !/^https?:\/\//i.test(input)) visit(input, 0);
  return total;
}

export interface Progress {
  tick(bytes: number): void;
  stop(): void;
}

export function startProgress(totalBytes: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || totalBytes === 0) return { tick() {}, stop() {} };
  const started = Date.now();
  let docs = 0;
  let done = 0;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: " {bar} {percentage}% | {docs} documents | {rate} MB/s | ETA {eta_formatted}",
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(totalBytes, 0, { docs: 0, rate: "0.0" });
  return {
    tick(bytes: number) {
      docs++;
      done = Math.min(totalBytes, done + bytes);
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      bar.update(done, { docs, rate: (done / 1e6 / seconds).toFixed(1) });
    },
    stop() {
      bar.stop();
    },
  };
}
