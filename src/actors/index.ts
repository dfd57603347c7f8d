import { defineStage } from "../doc.js";

// Placeholder until the actors stage lands.
export const findActors = defineStage(
  { name: "actors", requires: ["sentences", "sentenceDates"], assigns: ["mentions"] },
  () => {},
);
export function loadActorContext(_options: { root: string; userDictionaries: string[] }): object {
  return {};
}
