/** Small statistics for the benchmark: medians and percentiles of samples. */

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle)
    ? ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
    : (sorted[Math.floor(middle)] as number);
}

/** A timed series of sequential calls: throughput and latency percentiles. */
export interface Series {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly count: number;
}

/**
 * Calls `run` back to back for about `budgetMs` (at least `minCalls` times) and
 * checks every answer with `check`, which throws on a wrong one.
 */
export async function timeSeries<T>(
  run: () => Promise<T>,
  check: (answer: T) => void,
  budgetMs: number,
  minCalls = 3,
): Promise<Series> {
  const latencies: number[] = [];
  const start = performance.now();
  while (latencies.length < minCalls || performance.now() - start < budgetMs) {
    const t = performance.now();
    const answer = await run();
    latencies.push(performance.now() - t);
    check(answer);
  }
  const elapsed = (performance.now() - start) / 1000;
  return {
    requestsPerSecond: latencies.length / elapsed,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    count: latencies.length,
  };
}

/** Median of several rounds' series, and the median of the per-round ratios a/b. */
export function summarise(rounds: readonly Series[]): Series {
  return {
    requestsPerSecond: median(rounds.map((r) => r.requestsPerSecond)),
    p50Ms: median(rounds.map((r) => r.p50Ms)),
    p99Ms: median(rounds.map((r) => r.p99Ms)),
    count: rounds.reduce((sum, r) => sum + r.count, 0),
  };
}

export function pairedRatio(a: readonly Series[], b: readonly Series[]): number {
  return median(a.map((x, i) => x.requestsPerSecond / (b[i]?.requestsPerSecond ?? Number.NaN)));
}
