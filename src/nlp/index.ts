import { defineStage } from "../doc.js";

// Placeholder until the NLP layer lands.
export const tagTokens = defineStage({ name: "nlp", requires: ["sentences"], assigns: ["tokens"] }, () => {});
export function loadNlpContext(): object {
  return {};
}
