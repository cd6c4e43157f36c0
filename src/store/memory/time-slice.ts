/** Pauses in the loops that prepare the memory store's index inputs (build-off-thread.ts). */

/**
 * When a loop that prepares an index's input should stop for a pause: `due()` is true
 * once about `ms` of work have passed since the loop last resumed (the clock is read
 * every 256 calls). Counting items instead would give slices of very different lengths
 * from one graph or one machine to another.
 */
export class TimeSlice {
  private calls = 0;
  private start = performance.now();
  private resumed = false;

  constructor(private readonly ms = SLICE_MS) {}

  due(): boolean {
    if (this.resumed) {
      this.resumed = false;
      this.start = performance.now();
    }
    if ((++this.calls & 255) !== 0) return false;
    if (performance.now() - this.start < this.ms) return false;
    this.resumed = true;
    return true;
  }
}

/**
 * Runs a loop written as a generator (yielding where it may pause) to its end at once,
 * for callers with nothing to pause for; runPausing (build-off-thread.ts) pauses instead.
 */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Work between two pauses while an index's input is prepared, in ms. */
const SLICE_MS = 8;
