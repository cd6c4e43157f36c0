/**
 * Hostile load: one client that tries to run the server out of memory, sending a bounded
 * number of requests (100 000 by default) to a freshly started `entente serve` on
 * 127.0.0.1 (the only address it talks to), every one unique: filters with new free text
 * in 15 aliased lists, new query texts, new variables, new persisted queries, and now and
 * then a body-sized value of "Did you mean" text, variables nested 4 200 deep or a 90 kB
 * operation name. It reports the server's resident memory before, during and after the
 * load, and after the load stops, and /healthz's slowest answer meanwhile.
 *
 *   npm run build && node scripts/hostile-load.mjs [--requests 100000] [--connections 8]
 *       [--max-growth-mb 150] [--settle 30] [--max-seconds 900] [--json]
 *
 * It fails (exit 1) on any 5xx, socket error or timeout, when memory grows by more than
 * --max-growth-mb over the warmed-up server, or when it is still growing once the load
 * has stopped (more than 5 MB over --settle seconds).
 */
import { createHash } from "node:crypto";
import { parseArgs } from "node:util";
import { loadAutocannon } from "./load-autocannon.mjs";
import { exampleQueries, residentMb, startServerProcess } from "./serve-child.mjs";

const autocannon = loadAutocannon();

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "100000" },
    connections: { type: "string", default: "8" },
    "max-growth-mb": { type: "string", default: "150" },
    settle: { type: "string", default: "30" },
    "max-seconds": { type: "string", default: "900" },
    json: { type: "boolean", default: false },
  },
});
const requests = Number(values.requests);
const connections = Number(values.connections);
const maxGrowthMb = Number(values["max-growth-mb"]);
const settleS = Number(values.settle);
const maxSeconds = Number(values["max-seconds"]);
for (const [name, value] of Object.entries({ requests, connections, settleS, maxSeconds })) {
  if (!Number.isFinite(value) || value <= 0 || value > 10_000_000) {
    throw new Error(`${name} must be a positive number within bounds, got ${value}`);
  }
}
/** Memory still growing after the load by more than this is a failure. */
const SETTLE_TOLERANCE_MB = 5;

/** 190 characters no request has sent before: a counter spelled in CJK after a fixed stem. */
function uniqueText(n) {
  const digits = String(n).padStart(10, "0");
  const spelled = [...digits].map((digit) => String.fromCodePoint(0x4e00 + Number(digit)));
  return `${"議".repeat(180)}${spelled.join("")}`;
}

const FIELDS = ["participant", "topic", "place", "convenedUnder"];
const SUGGESTIONS = "Did you mean ".repeat(7_600);
const DEEP = `${"[".repeat(4_200)}"x"${"]".repeat(4_200)}`;

/** The n-th request's body: mostly cache attacks, one in a hundred a large hostile value. */
function hostileBody(n) {
  switch (n % 100) {
    case 0:
      return JSON.stringify({
        query: "query($a: ID!) { node(id: $a) { id } }",
        variables: { a: { x: `${SUGGESTIONS}${n}` } },
      });
    case 1:
      return `{"query":"query($a: ID!) { node(id: $a) { id } }","variables":{"a":${DEEP},"n":${n}}}`;
    case 2:
      return JSON.stringify({ query: "{ __typename }", operationName: `${SUGGESTIONS}${n}` });
    case 3:
      return JSON.stringify({ query: `mutation M${n} { x }` });
  }
  switch (n % 4) {
    case 0: {
      // The filter cache: 15 lists, each filtered by new text.
      const lists = Array.from({ length: 15 }, (_, i) => {
        const text = uniqueText(n * 15 + i);
        const filter = FIELDS.map((field) => `${field}: ${JSON.stringify(text)}`).join(", ");
        return `e${i}: events(filter: { ${filter} }, first: 0) { totalCount }`;
      });
      return JSON.stringify({ query: `{ ${lists.join(" ")} }` });
    }
    case 1:
      // The document store and the cost cache: a query text never sent before.
      return JSON.stringify({
        query: `query Q${n}($t: String!, $n: Int) { search(text: $t, first: $n) { score } }`,
        variables: { t: uniqueText(n).slice(0, 20), n: 5 },
      });
    case 2:
      // The cost cache: one document, variables never sent before.
      return JSON.stringify({
        query:
          "query($p: String, $f: Int) { agreements(filter: { party: $p }, first: $f) { totalCount } }",
        variables: { p: uniqueText(n), f: n % 100 },
      });
    default: {
      // The persisted-query cache: a new query registered under its hash.
      const query = `query P${n} { node(id: ${JSON.stringify(uniqueText(n))}) { id } }`;
      const sha256Hash = createHash("sha256").update(query).digest("hex");
      return JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    }
  }
}

const statuses = new Map();
let sent = 0;

function load(url) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        amount: requests,
        duration: maxSeconds,
        timeout: 20,
        requests: [
          {
            method: "POST",
            headers: { "content-type": "application/json" },
            setupRequest: (request) => ({ ...request, body: hostileBody(sent++) }),
            onResponse: (status) => statuses.set(status, (statuses.get(status) ?? 0) + 1),
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("error", reject);
  });
}

/** Resident memory, and /healthz's answer time, every second until `stop` is called. */
function sampler(server) {
  const rss = [];
  let slowestHealthMs = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      rss.push(residentMb(server.pid));
      const started = performance.now();
      const health = await fetch(`${server.url.replace(/\/graphql$/, "")}/healthz`, {
        signal: AbortSignal.timeout(20_000),
      });
      await health.text();
      slowestHealthMs = Math.max(slowestHealthMs, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { rss, slowestHealthMs };
    },
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const server = await startServerProcess();
const startedAt = new Date().toISOString();
let exitCode = 1;
try {
  // Warm-up: the example queries, so that what is measured is growth, not start-up.
  for (let round = 0; round < 20; round++) {
    for (const query of exampleQueries()) {
      await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      }).then((response) => response.text());
    }
  }
  await sleep(2_000);
  const before = residentMb(server.pid);
  const during = sampler(server);
  const result = await load(server.url);
  const { rss, slowestHealthMs } = await during.stop();
  const atEnd = residentMb(server.pid);
  const afterStop = [];
  for (let second = 0; second < settleS; second++) {
    await sleep(1_000);
    afterStop.push(residentMb(server.pid));
  }
  const settled = afterStop.at(-1) ?? atEnd;

  const serverErrors = [...statuses].filter(([status]) => status >= 500);
  const failures = result.errors + result.timeouts + serverErrors.reduce((n, [, c]) => n + c, 0);
  const peak = Math.max(before, atEnd, ...rss, ...afterStop);
  const growth = peak - before;
  const stillGrowing = settled - atEnd > SETTLE_TOLERANCE_MB;
  const passed = failures === 0 && growth <= maxGrowthMb && !stillGrowing;
  const report = {
    command: `node scripts/hostile-load.mjs --requests ${requests} --connections ${connections}`,
    startedAt,
    node: process.version,
    requests: result.requests.total,
    seconds: result.duration,
    requestsPerSecond: Math.round(result.requests.average),
    statuses: Object.fromEntries([...statuses].sort(([a], [b]) => a - b)),
    failures: {
      socket: result.errors,
      timeouts: result.timeouts,
      serverErrors: serverErrors.length,
    },
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    slowestHealthzMs: Math.round(slowestHealthMs),
    memoryMb: {
      beforeLoad: Math.round(before),
      peak: Math.round(peak),
      atEndOfLoad: Math.round(atEnd),
      afterSettling: Math.round(settled),
      growth: Math.round(growth),
      bound: maxGrowthMb,
    },
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ ...report, passed }, null, 2)}\n`);
  } else {
    process.stdout.write(
      [
        `hostile load: ${report.requests} unique requests in ${report.seconds} s (${report.requestsPerSecond}/s), ${connections} connections`,
        `answers: ${Object.entries(report.statuses)
          .map(([status, count]) => `${count} × ${status}`)
          .join(", ")}; socket errors ${result.errors}, timeouts ${result.timeouts}`,
        `latency: p50 ${report.latencyMs.p50} ms, p99 ${report.latencyMs.p99} ms, max ${report.latencyMs.max} ms; slowest /healthz meanwhile ${report.slowestHealthzMs} ms`,
        `memory (RSS): ${report.memoryMb.beforeLoad} MB before, peak ${report.memoryMb.peak} MB, ${report.memoryMb.atEndOfLoad} MB at the end of the load, ${report.memoryMb.afterSettling} MB ${settleS} s later; growth ${report.memoryMb.growth} MB (bound ${maxGrowthMb} MB)`,
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
