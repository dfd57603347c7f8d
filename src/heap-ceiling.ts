/**
 * Memory that stays flat over a long stream of documents (ingest, `entente code`, eval, bench).
 */
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * Keeps a long run's memory flat. Each document leaves megabytes of garbage (tokens,
 * mentions, rows) that outlive a young-generation collection, and V8 lets the old
 * generation grow to several times its live size before a full collection: a 20 MB full
 * ingest peaked at 350 MB RSS with under 100 MB alive. Between documents (when only the next
 * one is held) a full collection runs once the heap passes its ceiling; a few per run, about
 * 0.1 s each. A single huge document is never limited: the ceiling is only checked between
 * documents. `gc` comes from V8's --expose-gc, set at run time for the contexts made after it.
 */
export class HeapCeiling {
  /** Full collections run so far. */
  collections = 0;
  private ceiling: number;
  private collect?: () => void;

  /**
   * @param floor heap bytes that garbage may fill before a collection (default 128 MB)
   * @param headroom room for garbage above what the last collection left alive (default 64 MB)
   */
  constructor(
    private readonly floor = 128 * 1024 * 1024,
    private readonly headroom = 64 * 1024 * 1024,
  ) {
    this.ceiling = floor;
  }

  check(): void {
    if (getHeapStatistics().used_heap_size <= this.ceiling) return;
    if (!this.collect) {
      setFlagsFromString("--expose-gc");
      this.collect = runInNewContext("gc") as () => void;
    }
    this.collect();
    this.collections++;
    this.ceiling = Math.max(this.floor, getHeapStatistics().used_heap_size + this.headroom);
  }
}
