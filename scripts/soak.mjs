/**
 * Soak test: runs the example queries of docs/examples in a loop against a freshly started
 * `entente serve` on 127.0.0.1 (the only address it talks to), for a bounded time and
 * a bounded number of requests, and reports requests served, errors, p50/p99 latency
 * and the server's resident memory after warm-up and at the end.
 *
 *   npm run build && node scripts/soak.mjs [--duration 180] [--connections 8]
 *       [--max-requests 2000000] [--max-growth-mb 40] [--json]
 *
 * It fails (exit 1) on any error — a non-2xx status, a GraphQL error in a body, a
 * timeout or a socket error — or when memory grows by more than --max-growth-mb
 * between the end of warm-up and the end of the run.
 */
import { parseArgs } from "node:util";
import { loadAutocannon } from "./load-autocannon.mjs";
import { exampleQueries, residentMb, startServerProcess } from "./serve-child.mjs";

const autocannon = loadAutocannon();

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "180" },
    warmup: { type: "string", default: "10" },
    connections: { type: "string", default: "8" },
    "max-requests": { type: "string", default: "2000000" },
    "max-growth-mb": { type: "string", default: "40" },
    json: { type: "boolean", default: false },
  },
});
const durationS = Number(values.duration);
const warmupS = Number(values.warmup);
const connections = Number(values.connections);
const maxRequests = Number(values["max-requests"]);
const maxGrowthMb = Number(values["max-growth-mb"]);
for (const [name, value] of Object.entries({ durationS, warmupS, connections, maxRequests })) {
  if (!Number.isFinite(value) || value <= 0 || value > 10_000_000) {
    throw new Error(`${name} must be a positive number within bounds, got ${value}`);
  }
}

const queries = exampleQueries();
if (queries.length === 0) throw new Error("no example queries in docs/examples");

/** A problem found in a response body (GraphQL errors), by query index. */
const bodyErrors = [];

/**
 * @param {string} url
 * @param {number} seconds
 * @param {number} amountCap
 */
function run(url, seconds, amountCap) {
  return new Promise((resolve, reject) => {
    let answered = 0;
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        timeout: 10,
        requests: queries.map((query, index) => ({
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query }),
          onResponse: (status, body) => {
            answered++;
            if (answered >= amountCap) instance.stop();
            if (status !== 200) return;
            try {
              const parsed = JSON.parse(body);
              if (parsed.errors || !parsed.data)
                bodyErrors.push({ index, body: body.slice(0, 300) });
            } catch {
              bodyErrors.push({ index, body: body.slice(0, 300) });
            }
          },
        })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

const server = await startServerProcess();
const startedAt = new Date().toISOString();
let exitCode = 1;
try {
  await run(server.url, warmupS, maxRequests);
  bodyErrors.length = 0;
  const memoryBefore = residentMb(server.pid);
  const samples = [];
  const sampler = setInterval(() => samples.push(residentMb(server.pid)), 5_000);
  const result = await run(server.url, durationS, maxRequests);
  clearInterval(sampler);
  const memoryAfter = residentMb(server.pid);

  const errors =
    result.errors + result.timeouts + result.non2xx + result.mismatches + bodyErrors.length;
  const growth = memoryAfter - memoryBefore;
  const report = {
    command: `node scripts/soak.mjs --duration ${durationS} --connections ${connections}`,
    startedAt,
    node: process.version,
    queries: queries.length,
    connections,
    durationS: result.duration,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    errors,
    errorDetail: {
      socket: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      graphqlErrors: bodyErrors.length,
    },
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    memoryMb: {
      afterWarmup: Math.round(memoryBefore),
      atEnd: Math.round(memoryAfter),
      peak: Math.round(Math.max(memoryBefore, memoryAfter, ...samples)),
      growth: Math.round(growth),
      bound: maxGrowthMb,
    },
    firstBodyErrors: bodyErrors.slice(0, 3),
  };
  const passed = errors === 0 && growth <= maxGrowthMb;
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ ...report, passed }, null, 2)}\n`);
  } else {
    process.stdout.write(
      [
        `soak: ${report.requests} requests in ${report.durationS} s (${report.requestsPerSecond}/s), ${connections} connections, ${queries.length} example queries`,
        `errors: ${errors} (socket ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL ${bodyErrors.length})`,
        `latency: p50 ${report.latencyMs.p50} ms, p99 ${report.latencyMs.p99} ms, max ${report.latencyMs.max} ms`,
        `memory (RSS): ${report.memoryMb.afterWarmup} MB after warm-up, ${report.memoryMb.atEnd} MB at the end, peak ${report.memoryMb.peak} MB; growth ${report.memoryMb.growth} MB (bound ${maxGrowthMb} MB)`,
        passed ? "PASS" : "FAIL",
        "",
      ].join("\n"),
    );
  }
  exitCode = passed ? 0 : 1;
} finally {
  const code = await server.stop();
  if (code !== 0) {
    process.stderr.write(`the server exited with ${code}:\n${server.output()}\n`);
    exitCode = 1;
  }
}
process.exit(exitCode);
