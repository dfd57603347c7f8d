import assert from "node:assert/strict";
import { test } from "node:test";
import {
  cameoRootOf,
  categoryInfo,
  intensityOf,
  isPloverContext,
  PLOVER_CATEGORIES,
  PLOVER_CATEGORY_NAMES,
  PLOVER_CONTEXTS,
  quadCodeOf,
} from "./ontology.js";

test("should define the 16 PLOVER categories, each keyed by its own name", () => {
  assert.equal(PLOVER_CATEGORY_NAMES.length, 16);
  for (const name of PLOVER_CATEGORY_NAMES) assert.equal(PLOVER_CATEGORIES[name].name, name);
});

test("should keep every score within the manual's -10..+10 scale and signed by quad class", () => {
  for (const name of PLOVER_CATEGORY_NAMES) {
    const info = categoryInfo(name);
    const scores = [info.intensity, ...info.modes.map((m) => m.intensity)];
    for (const score of scores) assert.ok(score >= -10 && score <= 10, `${name} ${score}`);
    if (info.quadCode === 4) for (const score of scores) assert.ok(score < 0, `${name} ${score}`);
    if (info.quadCode <= 2) for (const score of scores) assert.ok(score > 0, `${name} ${score}`);
  }
});

test("should give each mode a unique name within its category and a CAMEO code", () => {
  for (const name of PLOVER_CATEGORY_NAMES) {
    const modes = categoryInfo(name).modes.map((m) => m.name);
    assert.equal(new Set(modes).size, modes.length, name);
    for (const m of categoryInfo(name).modes) assert.match(m.cameo, /^\d{3,4}$/);
    assert.match(categoryInfo(name).cameoRoot, /^\d{2}$/);
  }
});

test("should score a mode where the manual gives one and fall back to the category", () => {
  assert.equal(intensityOf("CONSULT", "visit"), 4);
  assert.equal(intensityOf("CONSULT", "nonexistent"), 2.5);
  assert.equal(intensityOf("ASSAULT"), -9);
  assert.equal(intensityOf("RETREAT", "disarm"), 10);
});

test("should map categories to quad classes and CAMEO roots", () => {
  assert.equal(quadCodeOf("AGREE"), 1);
  assert.equal(quadCodeOf("AID"), 2);
  assert.equal(quadCodeOf("THREATEN"), 3);
  assert.equal(quadCodeOf("COERCE"), 4);
  assert.equal(cameoRootOf("ASSAULT", "abduct"), "18");
  assert.equal(cameoRootOf("ASSAULT", "firearms"), "19");
  assert.equal(cameoRootOf("ACCUSE", "investigate"), "09");
  assert.equal(cameoRootOf("SANCTION"), "16");
});

test("should list the manual's general contexts without duplicates", () => {
  assert.equal(new Set(PLOVER_CONTEXTS).size, PLOVER_CONTEXTS.length);
  assert.ok(isPloverContext("natural_resource"));
  assert.ok(!isPloverContext("sports"));
});
