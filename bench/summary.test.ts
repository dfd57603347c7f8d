import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { MeasureResult } from "./measure.js";
import type { BenchReport } from "./run-bench.js";
import { formatBenchTables, summarise } from "./summary.js";

function result(overrides: Partial<MeasureResult> = {}): MeasureResult {
  return {
    mode: "ingest",
    seconds: 2,
    cpuSeconds: 1,
    documents: 100,
    failed: 0,
    characters: 2_000_000,
    sentences: 10_000,
    events: 500,
    timings: { read: 100, nlp: 300, actors: 100, store: 500 },
    peakRssBytes: 150_000_000,
    dbBytes: 6_000_000,
    ...overrides,
  };
}

describe("summarise", () => {
  it("should compute rates per wall second and per CPU second, stage shares and DB size per MB", () => {
    const summary = summarise(result(), 2_000_000, [result()]);
    assert.equal(summary.documentsPerSecond, 50);
    assert.equal(summary.sentencesPerSecond, 5_000);
    assert.equal(summary.mbPerSecond, 1);
    assert.equal(summary.mbPerCpuSecond, 2);
    assert.equal(summary.stages.store?.share, 0.5);
    assert.equal(summary.dbPerTextMB, 3);
    assert.equal(summary.peakRssMB, 150);
  });
});

describe("formatBenchTables", () => {
  it("should print each size and mode, the stage table, the growth and the goals", () => {
    const size = (sizeMB: number) => ({
      sizeMB,
      corpus: { documents: 100, bytes: sizeMB * 1_000_000 },
      runs: 1,
      ingest: summarise(result(), sizeMB * 1_000_000, [result()]),
      analyze: summarise(result({ mode: "analyze", dbBytes: null }), sizeMB * 1_000_000, [result()]),
      foundation: summarise(result({ mode: "foundation" }), sizeMB * 1_000_000, [result()]),
    });
    const report: BenchReport = {
      generatedAt: "2026-01-01T00:00:00.000Z",
      seed: 42,
      node: "v20",
      cpu: "test cpu",
      cores: 2,
      loadAverage: [0.5, 0.7],
      workDir: null,
      sizes: [size(1), size(2)],
    };
    const text = formatBenchTables(report);
    assert.match(text, /1 MB\s+ingest/);
    assert.match(text, /2 MB\s+analyze/);
    assert.match(text, /2 MB\s+foundation/);
    assert.match(text, /foundation ingest \(read, clean, segment, store, index\)/);
    assert.match(text, /Time per stage/);
    assert.match(text, /Growth with size/);
    assert.match(text, /actors 10% of pipeline time \(goal < 20%: ok\)/);
  });

  it("should print only the modes that ran (--modes foundation)", () => {
    const size = (sizeMB: number) => ({
      sizeMB,
      corpus: { documents: 100, bytes: sizeMB * 1_000_000 },
      runs: 1,
      foundation: summarise(result({ mode: "foundation" }), sizeMB * 1_000_000, [result()]),
    });
    const report: BenchReport = {
      generatedAt: "2026-01-01T00:00:00.000Z",
      seed: 42,
      node: "v20",
      cpu: "test cpu",
      cores: 2,
      loadAverage: [0.5, 0.7],
      workDir: null,
      sizes: [size(1), size(2)],
    };
    const text = formatBenchTables(report);
    assert.match(text, /2 MB\s+foundation/);
    assert.doesNotMatch(text, /\bingest\s+100\b|analyze|pipeline|full ingest/);
    assert.match(text, /foundation runs:/);
    assert.match(text, /Growth with size \(foundation/);
    assert.match(text, /2.00 MB\/CPU-s, 1.00 MB\/s wall \(goal ≥ 5: BELOW GOAL\)/);
  });
});
