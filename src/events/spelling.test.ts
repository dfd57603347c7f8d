import assert from "node:assert/strict";
import { test } from "node:test";
import { spellingVariants, withSpellingVariants } from "./spelling.js";

test("should add the American spelling of British words", () => {
  for (const [british, american] of [
    ["dialogue", "dialog"],
    ["defence", "defense"],
    ["programme", "program"],
    ["organised", "organized"],
    ["normalisation", "normalization"],
    ["travelled", "traveled"],
    ["centre", "center"],
    ["labour", "labor"],
    ["manoeuvres", "maneuvers"],
    ["enquiry", "inquiry"],
  ]) {
    assert.deepEqual(spellingVariants(british), [british, american]);
  }
});

test("should leave American and short words alone", () => {
  for (const word of ["dialog", "defense", "four", "our", "hour", "sanctions"]) {
    assert.deepEqual(spellingVariants(word), [word]);
  }
  assert.deepEqual(withSpellingVariants(["talks", "dialogue", "dialog"]), ["talks", "dialogue", "dialog"]);
});
