import { defineStage } from "../doc.js";

// Placeholder until the ingest work lands.
export const segment = defineStage(
  { name: "segment", requires: ["paragraphs"], assigns: ["sentences"] },
  () => {},
);
