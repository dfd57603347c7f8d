/**
 * A small hand-built analysed document (our own sentences) with two coded events: one
 * asserted, one recommended and attributed. Tests of the exports and of the event commands
 * use it so they do not depend on the coder's current behaviour.
 */
import { createHash } from "node:crypto";
import { Doc } from "../doc.js";

export const SAMPLE_TEXT =
  'Norway signed a fishing accord with Iceland on 3 March 2024. Officials said Denmark "should" expel the envoy, reportedly.';

export function sampleDoc(key = "nordic-brief"): Doc {
  const doc = new Doc({
    text: SAMPLE_TEXT,
    meta: {
      source: `${key}.txt`,
      key,
      format: "text",
      title: "Nordic brief",
      publisher: "Example Wire",
      published: "2024-03-05",
    },
  });
  // Distinct per key, so a test store keeps two copies filed under different keys.
  doc.contentHash = createHash("sha256").update(`${key}\n${SAMPLE_TEXT}`).digest("hex");
  doc.paragraphs = [{ start: 0, end: 121, index: 0, heading: false }];
  doc.sentences = [
    { start: 0, end: 60, index: 0, paragraph: 0 },
    { start: 61, end: 121, index: 1, paragraph: 0 },
  ];
  doc.events = [
    {
      id: `${key}-e1`,
      sentence: 0,
      event: ["SUPPORT"],
      mode: [],
      context: ["economic", "natural_resource"],
      actor: [{ entityId: "Q20", code: "NOR", sector: "GOV", name: "Norway", span: { start: 0, end: 6 } }],
      recipient: [
        { entityId: "Q189", code: "ISL", sector: "GOV", name: "Iceland", span: { start: 36, end: 43 } },
      ],
      date: "2024-03-03",
      enddate: null,
      datePrecision: "day",
      dateReported: false,
      factuality: "asserted",
      factualityCue: null,
      attribution: null,
      intensity: 5,
      quadCode: 1,
      confidence: 0.87654,
      trigger: { start: 7, end: 13, text: "signed" },
      pattern: "support.sign-agreement",
    },
    {
      id: `${key}-e2`,
      sentence: 1,
      event: ["SANCTION"],
      mode: ["expel"],
      context: ["diplomatic"],
      actor: [
        { entityId: "dnk", code: "DNK", sector: "GOV", name: "Denmark", span: { start: 76, end: 83 } },
        { entityId: null, code: null, sector: null, name: "unnamed partner", span: null },
      ],
      recipient: [],
      date: "2024-03",
      enddate: null,
      datePrecision: "month",
      dateReported: true,
      factuality: "recommended",
      factualityCue: { start: 84, end: 92, text: '"should"' },
      attribution: "Officials",
      intensity: -5.5,
      quadCode: 4,
      confidence: 0.5,
      trigger: { start: 93, end: 98, text: "expel" },
      pattern: "sanction.expel",
    },
  ];
  return doc;
}
