import { defineStage } from "../doc.js";

// Placeholder until the time stage lands.
export const dateSentences = defineStage(
  { name: "time", requires: ["sentences"], assigns: ["timexes", "sentenceDates"] },
  () => {},
);
