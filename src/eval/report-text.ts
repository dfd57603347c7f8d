/** The compact terminal report: one block per gold set, with per-category breakdowns. */
import { type Column, formatTable } from "../cli/output.js";
import { fmtRatio, fmtValue } from "./format.js";
import type { PrecisionRecall, Ratio } from "./metrics.js";
import type { EvalReport } from "./report.js";
import type { GsrScore } from "./score-gsr.js";
import type { ThresholdCheck } from "./thresholds.js";

type CategoryRow = PrecisionRecall & { category: string };

const PRF_COLUMNS: Column<CategoryRow>[] = [
  { key: "category" },
  { key: "gold", align: "right" },
  { key: "predicted", align: "right" },
  { key: "matched", align: "right" },
  { key: "precision", value: (r) => fmtValue(r.precision), align: "right" },
  { key: "recall", value: (r) => fmtValue(r.recall), align: "right" },
  { key: "f1", header: "F1", value: (r) => fmtValue(r.f1), align: "right" },
];

function lines(pairs: [string, string][]): string {
  const width = Math.max(...pairs.map(([label]) => label.length));
  return pairs.map(([label, value]) => `  ${label.padEnd(width)}  ${value}\n`).join("");
}

function indent(table: string): string {
  return table.replace(/^/gm, "  ").replace(/ +$/gm, "");
}

export function formatTextReport(report: EvalReport): string {
  let out = `Corpus ${report.corpusDir}: ${report.corpus.documents} documents, ${report.corpus.sentences} sentences`;
  out += report.corpus.failed.length > 0 ? `, ${report.corpus.failed.length} failed\n` : "\n";
  const { events, dates, entities, quantities, gsr } = report;
  if (events) {
    out += `\nEvents (${report.files.events.join(", ")})\n`;
    out += lines([
      ["precision", `${fmtValue(events.precision)} (${events.matched}/${events.predicted})`],
      ["recall", `${fmtValue(events.recall)} (${events.matched}/${events.gold})`],
      ["F1", fmtValue(events.f1)],
      [
        "matches by trigger / by sentence",
        `${events.matchedByTrigger} / ${events.matched - events.matchedByTrigger}`,
      ],
      ["actor code / sector", `${fmtRatio(events.actorCode)} / ${fmtRatio(events.actorSector)}`],
      ["recipient code / sector", `${fmtRatio(events.recipientCode)} / ${fmtRatio(events.recipientSector)}`],
      ["factuality", fmtRatio(events.factuality)],
      ["recommended/hypothetical as asserted", fmtRatio(events.recommendedOrHypotheticalAsAsserted)],
    ]);
    if (events.unlocatedQuotes.length > 0)
      out += `  quotes not found in the stored text: ${events.unlocatedQuotes.join(", ")}\n`;
    if (events.docsWithoutOutput.length > 0)
      out += `  documents not coded: ${events.docsWithoutOutput.join(", ")}\n`;
    const rows = Object.entries(events.perCategory).map(([category, prf]) => ({ category, ...prf }));
    out += indent(formatTable(rows, PRF_COLUMNS));
  }
  if (dates) {
    out += `\nDates (exact start at the gold granularity)\n`;
    out += lines([
      ["on matched events", fmtRatio(dates.onMatched)],
      ["on all gold events with a date", fmtRatio(dates.onAll)],
      ["publication dates used", String(dates.reportedDatesUsed)],
    ]);
  }
  if (entities) {
    out += `\nEntities (${report.files.entities.join(", ")})\n`;
    const rows = [
      ...Object.entries(entities.perType).map(([type, s]) => ({ type, ...s })),
      { type: "all", recall: entities.recall, canonical: entities.canonical },
    ];
    out += indent(
      formatTable(rows, [
        { key: "type" },
        { key: "recall", header: "mention recall", value: (r) => fmtRatio(r.recall), align: "right" },
        {
          key: "canonical",
          header: "canonical accuracy",
          value: (r) => fmtRatio(r.canonical),
          align: "right",
        },
      ]),
    );
    if (entities.unlocatedForms > 0)
      out += `  gold forms not found in the stored text: ${entities.unlocatedForms}\n`;
  }
  if (quantities) {
    out += `\nQuantities (${report.files.quantities.join(", ")})\n`;
    if (!quantities.implemented) out += "  not implemented: the pipeline extracts no quantities yet\n";
    out += lines([
      ["value and unit (recall)", fmtRatio(quantities.recall)],
      ["subject, on those found", fmtRatio(quantities.subject)],
    ]);
  }
  if (gsr) out += formatGsr(report, gsr);
  return out;
}

function formatGsr(report: EvalReport, gsr: GsrScore): string {
  let out = `\nPLOVER gold-standard sentences (${report.files.gsr.join(", ")}; ${gsr.sentences} sentences)\n`;
  out += lines([
    ["category accuracy (top event)", fmtRatio(gsr.category)],
    ["actor code accuracy", fmtRatio(gsr.actorCode)],
    ["recipient code accuracy", fmtRatio(gsr.recipientCode)],
    ["gold spans covered by a mention", fmtRatio(gsr.spanCoverage)],
    ["gold span code accuracy", fmtRatio(gsr.spanCode)],
  ]);
  const rows = Object.entries(gsr.perCategory).map(([category, accuracy]) => ({ category, accuracy }));
  out += indent(
    formatTable(rows, [
      { key: "category" },
      { key: "accuracy", value: (r: { accuracy: Ratio }) => fmtRatio(r.accuracy), align: "right" },
      { key: "ours", header: "our top categories", value: (r) => topConfusions(gsr, r.category) },
    ]),
  );
  return out;
}

/** "AGREE 12, NONE 5, CONSULT 1": a confusion-matrix row, most frequent first. */
export function topConfusions(gsr: GsrScore, category: string): string {
  return Object.entries(gsr.confusion[category] ?? {})
    .sort(([, a], [, b]) => b - a)
    .map(([ours, n]) => `${ours} ${n}`)
    .join(", ");
}

export function formatChecks(checks: ThresholdCheck[]): string {
  return formatTable(checks, [
    { key: "figure" },
    { key: "value", value: (c) => fmtValue(c.value), align: "right" },
    { key: "bound", header: "CI bound" },
    { key: "goal", align: "right" },
    { key: "ok", header: "status", value: (c) => (c.ok ? (c.atGoal ? "goal" : "ok") : "FAIL") },
  ]);
}
