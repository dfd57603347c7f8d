/**
 * Table-driven argument tests: each case names the trigger of one event and the actor and
 * recipient codes it must get. Shared by the argument test files.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { CodedEvent } from "../doc.js";
import { type Actor, codeSentences } from "./coder-fixture.js";

export interface ArgumentCase {
  rule: string;
  text: string;
  /** The trigger word of the event under test. */
  trigger: string;
  actor?: string[];
  recipient?: string[];
}

const codes = (list: CodedEvent["actor"]) => list.map((p) => p.code || "?");

/** One test per case, named after its rule. */
export function testArgumentCases(cases: readonly ArgumentCase[], actors: Actor[]): void {
  for (const c of cases) {
    test(`should code ${c.rule}`, () => {
      const doc = codeSentences(c.text, actors);
      const event = doc.events.find((e) => e.trigger.text === c.trigger);
      const seen = doc.events.map((e) => `${e.event[0]}«${e.trigger.text}»`).join(" ");
      assert.ok(event, `no event on «${c.trigger}» in: ${seen}`);
      if (c.actor) assert.deepEqual(codes(event.actor), c.actor, "actor");
      if (c.recipient) assert.deepEqual(codes(event.recipient), c.recipient, "recipient");
    });
  }
}
