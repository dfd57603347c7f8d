import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { HeapCeiling } from "./heap-ceiling.js";

describe("heap ceiling between documents", () => {
  it("should collect garbage once the heap passes the ceiling and then raise it above the live heap", () => {
    const heap = new HeapCeiling(1, 1024 * 1024 * 1024);
    heap.check();
    assert.equal(heap.collections, 1);
    // The new ceiling is the live heap plus a gigabyte of headroom: nothing to collect now.
    heap.check();
    assert.equal(heap.collections, 1);
  });

  it("should leave the heap alone below the ceiling", () => {
    const heap = new HeapCeiling(Number.MAX_SAFE_INTEGER);
    heap.check();
    assert.equal(heap.collections, 0);
  });
});
