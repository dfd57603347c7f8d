import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { projectRoot } from "../paths.js";
import { checkThresholds, readThresholds } from "./thresholds.js";

describe("checkThresholds", () => {
  const thresholds = {
    "events.f1": { goal: 0.65, min: 0.3 },
    "events.recommendedOrHypotheticalAsAsserted": { goal: 0.1, max: 0.5 },
    "gsr.category": { goal: 0.8, min: 0.2 },
  };

  it("should fail a figure under its floor or over its ceiling", () => {
    const checks = checkThresholds(
      { "events.f1": 0.25, "events.recommendedOrHypotheticalAsAsserted": 0.6 },
      thresholds,
    );
    assert.deepEqual(
      checks.map((c) => [c.figure, c.ok]),
      [
        ["events.f1", false],
        ["events.recommendedOrHypotheticalAsAsserted", false],
      ],
    );
  });

  it("should pass figures within bounds and skip figures the report leaves out", () => {
    const checks = checkThresholds(
      { "events.f1": 0.4, "events.recommendedOrHypotheticalAsAsserted": 0.05 },
      thresholds,
    );
    assert.ok(checks.every((c) => c.ok));
    assert.equal(checks.length, 2);
    assert.equal(checks[1]?.atGoal, true);
  });

  it("should fail a floor above zero when there was nothing to count", () => {
    assert.equal(checkThresholds({ "events.f1": null }, thresholds)[0]?.ok, false);
  });
});

describe("eval.config.json", () => {
  it("should be valid and name each goal of the issues", () => {
    const path = join(projectRoot(), "eval.config.json");
    assert.ok(existsSync(path));
    const thresholds = readThresholds(path);
    assert.equal(thresholds["events.f1"]?.goal, 0.65);
    assert.equal(thresholds["gsr.category"]?.goal, 0.8);
  });
});
