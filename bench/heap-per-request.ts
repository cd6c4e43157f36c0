/**
 * Bytes of JavaScript heap one request allocates, in-process: the heap is collected, the
 * request is run a few times, and the growth of the used heap is divided by their number.
 * Valid only when no collection ran in between (it would free some of what was allocated):
 * the used heap is read after each request, and a reading below the one before shows a
 * collection, which makes the measurement start again with fewer requests; if even one
 * request sees a collection, the answer is undefined. Needs `--expose-gc` (the bench's
 * workers have it). What it catches: a change that makes a request allocate much more,
 * which shows up as pauses on large graphs before it shows in throughput.
 *
 * (A `gc` PerformanceObserver was tried first: its entries arrive turns later, the forced
 * collection's among them, so it could not tell which run a collection fell in.)
 */
export async function heapPerRequest(
  run: () => Promise<unknown>,
  requests = 16,
): Promise<number | undefined> {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) return undefined;
  await run(); // compiled and cached paths, as in the timed series
  for (let n = requests; n >= 1; n = Math.floor(n / 2)) {
    collect();
    const before = process.memoryUsage().heapUsed;
    let previous = before;
    let collected = false;
    for (let i = 0; i < n && !collected; i++) {
      await run();
      const now = process.memoryUsage().heapUsed;
      collected = now < previous;
      previous = now;
    }
    if (!collected) return (previous - before) / n;
  }
  return undefined;
}
