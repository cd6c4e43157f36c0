/**
 * Bytes of JavaScript heap one request allocates, in-process: the heap is collected, the
 * request is run a few times, and the growth of the used heap is divided by their number.
 * Valid only when no collection ran in between (it would free some of what was
 * allocated), so a `gc` performance entry during the run makes it start again with fewer
 * requests; if even one request sees a collection, the answer is undefined. Needs
 * `--expose-gc` (the bench's workers have it). What it catches: a change that makes a
 * request allocate much more, which shows up as pauses on large graphs before it shows in
 * throughput.
 */
import { PerformanceObserver } from "node:perf_hooks";

export async function heapPerRequest(
  run: () => Promise<unknown>,
  requests = 16,
): Promise<number | undefined> {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) return undefined;
  await run(); // compiled and cached paths, as in the timed series
  for (let n = requests; n >= 1; n = Math.floor(n / 2)) {
    let collected = false;
    const observer = new PerformanceObserver(() => {
      collected = true;
    });
    observer.observe({ entryTypes: ["gc"] });
    collect();
    // The entry of the collection just forced is delivered later: wait for it, then reset.
    await new Promise((resolve) => setImmediate(resolve));
    collected = false;
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < n; i++) await run();
    const after = process.memoryUsage().heapUsed;
    await new Promise((resolve) => setImmediate(resolve));
    observer.disconnect();
    if (!collected) return Math.max(0, after - before) / n;
  }
  return undefined;
}
