import { defineStage } from "../doc.js";

// Placeholder until the ingest work lands: keeps the reader's text as it is.
export const clean = defineStage({ name: "clean", requires: ["text"], assigns: ["paragraphs"] }, () => {});
