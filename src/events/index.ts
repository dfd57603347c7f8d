import { defineStage } from "../doc.js";

// Placeholder until the events stage lands.
export const codeEvents = defineStage(
  { name: "events", requires: ["tokens", "mentions", "sentenceDates"], assigns: ["events"] },
  () => {},
);
export function loadEventContext(_options: { root: string; userPatterns: string[] }): object {
  return {};
}
