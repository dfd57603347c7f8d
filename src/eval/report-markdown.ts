/**
 * The readable report (eval-report.md): the figures, then the misses grouped by category,
 * each with the sentence, what we produced and what the gold says. Developers read this
 * list to find classes of errors; it is capped per group (the JSON report has every miss).
 */
import { fmtRatio, fmtValue } from "./format.js";
import type { EvalReport } from "./report.js";
import { topConfusions } from "./report-text.js";
import type { ThresholdCheck } from "./thresholds.js";

const PER_GROUP = 12;

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s+/g, " ");
}

function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |\n`;
  return `${line(headers)}${line(headers.map(() => "---"))}${rows.map(line).join("")}\n`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
}

/** Renders groups of items as headed lists, at most PER_GROUP items each. */
function groupedList<T>(
  title: string,
  items: readonly T[],
  key: (item: T) => string,
  render: (item: T) => string,
) {
  if (items.length === 0) return "";
  let out = `### ${title} (${items.length})\n\n`;
  for (const [name, group] of groupBy(items, key)) {
    out += `#### ${name} (${group.length})\n\n`;
    out += group.slice(0, PER_GROUP).map(render).join("");
    if (group.length > PER_GROUP) out += `- … ${group.length - PER_GROUP} more in eval-report.json\n`;
    out += "\n";
  }
  return out;
}

export function formatMarkdownReport(report: EvalReport, checks: ThresholdCheck[]): string {
  let out = `# Evaluation report\n\n${report.generatedAt} · gold ${report.goldDir} · corpus ${report.corpusDir} · ${report.corpus.documents} documents · ${(report.durationMs / 1000).toFixed(1)} s\n\n`;
  if (checks.length > 0) {
    out += "## Figures against eval.config.json\n\n";
    out += table(
      ["figure", "value", "CI bound", "goal", "status"],
      checks.map((c) => [
        c.figure,
        fmtValue(c.value),
        c.bound,
        String(c.goal),
        c.ok ? (c.atGoal ? "goal" : "ok") : "FAIL",
      ]),
    );
  }
  out += eventsSection(report) + datesSection(report) + entitiesSection(report) + quantitiesSection(report);
  out += gsrSection(report);
  return out;
}

function eventsSection(report: EvalReport): string {
  const events = report.events;
  if (!events) return "";
  let out = `## Events\n\nprecision ${fmtValue(events.precision)} (${events.matched}/${events.predicted}) · recall ${fmtValue(events.recall)} (${events.matched}/${events.gold}) · F1 ${fmtValue(events.f1)} (${events.matchedByTrigger} matches by trigger, ${events.matched - events.matchedByTrigger} by sentence only) · actor code ${fmtRatio(events.actorCode)} · recipient code ${fmtRatio(events.recipientCode)} · actor sector ${fmtRatio(events.actorSector)} · recipient sector ${fmtRatio(events.recipientSector)} · factuality ${fmtRatio(events.factuality)} · recommended/hypothetical shown as asserted ${fmtRatio(events.recommendedOrHypotheticalAsAsserted)}\n\n`;
  out += table(
    ["category", "gold", "predicted", "matched", "P", "R", "F1"],
    Object.entries(events.perCategory).map(([name, s]) => [
      name,
      String(s.gold),
      String(s.predicted),
      String(s.matched),
      fmtValue(s.precision),
      fmtValue(s.recall),
      fmtValue(s.f1),
    ]),
  );
  // Near misses first: a gold event where we coded something else is the most actionable.
  const misses = [...events.falseNegatives].sort(
    (a, b) => Number(b.ours.length > 0) - Number(a.ours.length > 0),
  );
  out += groupedList(
    "Missed gold events (false negatives), by gold category",
    misses,
    (m) => m.category,
    (m) =>
      `- ${m.doc}: ${m.sentence}\n  - gold: ${m.gold}\n  - ours: ${m.ours.length > 0 ? m.ours.join("; ") : "nothing here"}\n`,
  );
  out += groupedList(
    "Events we produced that gold does not have (false positives), by our category",
    events.falsePositives,
    (m) => m.category,
    (m) =>
      `- ${m.doc}: ${m.sentence}\n  - ours: ${m.ours}\n  - gold in this sentence: ${m.gold.length > 0 ? m.gold.join("; ") : "none"}\n`,
  );
  out += groupedList(
    "Matched events with a wrong actor, recipient or factuality",
    events.attributeMisses,
    (m) => m.field,
    (m) => `- ${m.doc}: ${m.sentence}\n  - gold: ${m.gold}\n  - ours: ${m.ours}\n`,
  );
  return out;
}

function datesSection(report: EvalReport): string {
  const dates = report.dates;
  if (!dates) return "";
  let out = `## Dates\n\non matched events ${fmtRatio(dates.onMatched)} · on all gold events with a date ${fmtRatio(dates.onAll)} · publication dates used ${dates.reportedDatesUsed}\n\n`;
  out += groupedList(
    "Wrong or missing dates, by where our date came from",
    dates.misses,
    (m) => m.from,
    (m) => `- ${m.doc}: ${m.sentence}\n  - gold: ${m.gold}\n  - ours: ${m.ours ?? "no date"}\n`,
  );
  return out;
}

function entitiesSection(report: EvalReport): string {
  const entities = report.entities;
  if (!entities) return "";
  let out = "## Entities\n\n";
  out += table(
    ["type", "mention recall", "canonical accuracy"],
    [
      ...Object.entries(entities.perType).map(([type, s]) => [
        type,
        fmtRatio(s.recall),
        fmtRatio(s.canonical),
      ]),
      ["all", fmtRatio(entities.recall), fmtRatio(entities.canonical)],
    ],
  );
  out += groupedList(
    "Gold surface forms not covered or coded wrongly, by type",
    entities.misses,
    (m) => m.type,
    (m) => `- ${m.doc}: «${m.form}» → gold ${m.gold}; ours ${m.ours ?? "no mention"}\n  - ${m.context}\n`,
  );
  return out;
}

function quantitiesSection(report: EvalReport): string {
  const quantities = report.quantities;
  if (!quantities) return "";
  const status = quantities.implemented
    ? ""
    : "**Not implemented**: the pipeline extracts no quantities yet. ";
  return `## Quantities\n\n${status}value and unit ${fmtRatio(quantities.recall)} · subject ${fmtRatio(quantities.subject)}\n\n`;
}

function gsrSection(report: EvalReport): string {
  const gsr = report.gsr;
  if (!gsr) return "";
  let out = `## PLOVER gold-standard sentences\n\ncategory accuracy ${fmtRatio(gsr.category)} · actor code ${fmtRatio(gsr.actorCode)} · recipient code ${fmtRatio(gsr.recipientCode)} · gold spans covered ${fmtRatio(gsr.spanCoverage)} · gold span code accuracy ${fmtRatio(gsr.spanCode)}\n\n`;
  out += table(
    ["gold category", "accuracy", "our top categories"],
    Object.entries(gsr.perCategory).map(([name, accuracy]) => [
      name,
      fmtRatio(accuracy),
      topConfusions(gsr, name),
    ]),
  );
  const misses = [...gsr.misses].sort(
    (a, b) => Number(b.wrong.includes("category")) - Number(a.wrong.includes("category")),
  );
  out += groupedList(
    "Sentences with a wrong top event (wrong category first), by gold category",
    misses,
    (m) => m.category,
    (m) => `- ${m.id} (${m.wrong.join(", ")}): ${m.text}\n  - gold: ${m.gold}\n  - ours: ${m.ours}\n`,
  );
  out += groupedList(
    "Gold actor/recipient spans with a missing or wrong code, by gold code",
    gsr.spanMisses,
    (m) => m.gold,
    (m) => `- ${m.id} ${m.role} «${m.span}»: ours ${m.ours}\n`,
  );
  return out;
}
