/** Turns raw run results into rates, stage shares and the printed tables. */
import type { MeasureResult } from "./measure.js";
import type { BenchReport, SizeResult } from "./run-bench.js";

export interface ModeSummary {
  seconds: number;
  cpuSeconds: number;
  /** Every run's wall time, for the spread. */
  runsSeconds: number[];
  documents: number;
  failed: number;
  sentences: number;
  events: number;
  documentsPerSecond: number;
  sentencesPerSecond: number;
  mbPerSecond: number;
  /** Rates per CPU-second: what one core does when the machine is busy with other work. */
  sentencesPerCpuSecond: number;
  mbPerCpuSecond: number;
  /** Milliseconds per stage and its share of the time spent in stages. */
  stages: Record<string, { ms: number; share: number }>;
  peakRssMB: number;
  /** Database bytes per byte of input text (ingest only). */
  dbPerTextMB: number | null;
}

export const MB = 1_000_000;

export function summarise(result: MeasureResult, inputBytes: number, all: MeasureResult[]): ModeSummary {
  const stageTotal = Object.values(result.timings).reduce((sum, ms) => sum + ms, 0);
  const stages: ModeSummary["stages"] = {};
  for (const [name, ms] of Object.entries(result.timings)) {
    stages[name] = { ms: Math.round(ms), share: stageTotal === 0 ? 0 : ms / stageTotal };
  }
  return {
    seconds: result.seconds,
    cpuSeconds: result.cpuSeconds,
    runsSeconds: all.map((r) => r.seconds),
    documents: result.documents,
    failed: result.failed,
    sentences: result.sentences,
    events: result.events,
    documentsPerSecond: result.documents / result.seconds,
    sentencesPerSecond: result.sentences / result.seconds,
    mbPerSecond: inputBytes / MB / result.seconds,
    sentencesPerCpuSecond: result.sentences / result.cpuSeconds,
    mbPerCpuSecond: inputBytes / MB / result.cpuSeconds,
    stages,
    peakRssMB: result.peakRssBytes / MB,
    dbPerTextMB: result.dbBytes === null ? null : result.dbBytes / inputBytes,
  };
}

const STAGE_ORDER = ["read", "clean", "segment", "nlp", "time", "actors", "events", "store"];

function pad(cells: string[][]): string {
  const widths = (cells[0] ?? []).map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length)));
  return cells
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join("  "),
    )
    .join("\n");
}

const n = (value: number, digits = 0) =>
  value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function formatBenchTables(report: BenchReport): string {
  const rows: string[][] = [
    [
      "size",
      "mode",
      "docs",
      "runs",
      "seconds",
      "CPU s",
      "docs/s",
      "sentences/s",
      "MB/s",
      "sentences/CPU-s",
      "MB/CPU-s",
      "peak RSS MB",
      "DB MB/MB text",
    ],
  ];
  for (const size of report.sizes) {
    for (const mode of ["ingest", "analyze", "foundation"] as const) {
      const s = size[mode];
      if (!s) continue;
      rows.push([
        `${size.sizeMB} MB`,
        mode,
        n(s.documents),
        String(size.runs),
        n(s.seconds, 2),
        n(s.cpuSeconds, 2),
        n(s.documentsPerSecond),
        n(s.sentencesPerSecond),
        n(s.mbPerSecond, 2),
        n(s.sentencesPerCpuSecond),
        n(s.mbPerCpuSecond, 2),
        n(s.peakRssMB),
        s.dbPerTextMB === null ? "-" : n(s.dbPerTextMB, 2),
      ]);
    }
  }
  const [loadStart, loadEnd] = report.loadAverage;
  let out = `Node ${report.node} on ${report.cpu} (${report.cores} cores), load average ${n(loadStart, 1)} → ${n(loadEnd, 1)}, seed ${report.seed}\n\n`;
  // Stage times of the full ingest, or of the foundation ingest when it ran alone.
  const staged = (size: SizeResult) => size.ingest ?? size.foundation;
  const stageMode = report.sizes.some((s) => s.ingest) ? "ingest" : "foundation";
  out += `${pad(rows)}\n\nTime per stage (ms, share of stage time), ${stageMode} runs:\n`;
  const present = report.sizes.flatMap((s) => Object.keys(staged(s)?.stages ?? {}));
  const stageNames = [
    ...STAGE_ORDER.filter((name) => present.includes(name)),
    ...[...new Set(present)].filter((x) => !STAGE_ORDER.includes(x)),
  ];
  const stageRows = [["size", ...stageNames]];
  for (const size of report.sizes) {
    stageRows.push([
      `${size.sizeMB} MB`,
      ...stageNames.map((name) => {
        const stage = staged(size)?.stages[name];
        return stage ? `${n(stage.ms)} (${n(stage.share * 100)}%)` : "-";
      }),
    ]);
  }
  out += `${pad(stageRows)}\n`;
  out += formatGrowth(report);
  out += formatGoals(report);
  return out;
}

/** How cost per MB and memory grow from the smallest size to each larger one. */
function formatGrowth(report: BenchReport): string {
  const mode = report.sizes.every((s) => s.ingest) ? "ingest" : "foundation";
  const sizes = report.sizes.flatMap((s) => {
    const summary = s[mode];
    return summary ? [{ sizeMB: s.sizeMB, summary }] : [];
  });
  const [first] = sizes;
  if (sizes.length < 2 || !first) return "";
  const perMB = (seconds: number, size: number) => seconds / size;
  let out = `\nGrowth with size (${mode}; relative to the smallest size):\n`;
  for (const { sizeMB, summary } of sizes) {
    const cost = perMB(summary.seconds, sizeMB) / perMB(first.summary.seconds, first.sizeMB);
    const rss = summary.peakRssMB / first.summary.peakRssMB;
    out += `  ${sizeMB} MB: ${n(perMB(summary.seconds, sizeMB), 3)} s per MB (×${n(cost, 2)}), peak RSS ${n(summary.peakRssMB)} MB (×${n(rss, 2)})\n`;
  }
  return out;
}

/** The goals of issues 3, 5 and 7 (one core), checked on each size per CPU-second, wall time beside. */
function formatGoals(report: BenchReport): string {
  let out = "\nGoals:\n";
  const mark = (ok: boolean) => (ok ? "ok" : "BELOW GOAL");
  for (const size of report.sizes) {
    const parts: string[] = [];
    const f = size.foundation;
    if (f)
      parts.push(
        `foundation ingest (read, clean, segment, store, index) ${n(f.mbPerCpuSecond, 2)} MB/CPU-s, ${n(f.mbPerSecond, 2)} MB/s wall (goal ≥ 5: ${mark(f.mbPerCpuSecond >= 5)}), peak RSS ${n(f.peakRssMB)} MB`,
      );
    const i = size.ingest;
    if (i)
      parts.push(
        `full ingest ${n(i.mbPerCpuSecond, 2)} MB/CPU-s, peak RSS ${n(i.peakRssMB)} MB (goal < 300: ${mark(i.peakRssMB < 300)})`,
      );
    const a = size.analyze;
    if (a) {
      const actors = a.stages.actors?.share ?? 0;
      parts.push(
        `pipeline ${n(a.sentencesPerCpuSecond)} sentences/CPU-s (goal ≥ 2,000: ${mark(a.sentencesPerCpuSecond >= 2000)})`,
        `actors ${n(actors * 100)}% of pipeline time (goal < 20%: ${mark(actors < 0.2)})`,
      );
    }
    out += `  ${size.sizeMB} MB: ${parts.join("; ")}\n`;
  }
  return out;
}
