/**
 * Does one client's expensive traffic slow everyone else down? Against a freshly
 * started `entente serve` on 127.0.0.1, a "cheap" client (a worker thread, one
 * connection, one request at a time) measures its latency alone, then while a "heavy"
 * client (autocannon, many connections) sends the most expensive queries the limits
 * allow. Unloaded and loaded rounds alternate, so drift on a noisy machine hits both;
 * the check is the median loaded p99 against the median unloaded p99.
 *
 *   npm run build && node scripts/load-isolation.mjs [--rounds 3] [--seconds 8]
 *       [--heavy-connections 16] [--max-ratio 3] [--json]
 *
 * Exit 1 when the ratio exceeds --max-ratio, a heavy query is refused for its cost,
 * or a cheap query fails.
 */
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { loadAutocannon } from "./load-autocannon.mjs";
import { percentile, startServerProcess } from "./serve-child.mjs";

const autocannon = loadAutocannon();

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "3" },
    seconds: { type: "string", default: "8" },
    "heavy-connections": { type: "string", default: "16" },
    "max-ratio": { type: "string", default: "3" },
    json: { type: "boolean", default: false },
  },
});
const rounds = Number(values.rounds);
const seconds = Number(values.seconds);
const heavyConnections = Number(values["heavy-connections"]);
const maxRatio = Number(values["max-ratio"]);
if (!(rounds >= 1 && rounds <= 20 && seconds >= 1 && seconds <= 120 && heavyConnections <= 256)) {
  throw new Error("rounds 1–20, seconds 1–120, heavy connections at most 256");
}

/** Cheap lookups a researcher's page makes all the time. */
const CHEAP = [
  '{ node(id: "g7") { name } }',
  '{ search(text: "japans safety institute", first: 3) { score node { id name } } }',
  '{ node(id: "eu-ai-office") { name ... on Actor { partOf { name } } } }',
];

/**
 * The most expensive queries the default limits allow (cost just under 100 000, or the
 * ceilings of their arguments): the widest neighbourhood, a full GEXF export, 50 paths
 * of up to 6 hops with their evidence, and every agreement involving a topic with the
 * parties of each.
 */
const HEAVY = [
  `{ neighbourhood(ids: ["european-union", "japan", "g7", "oecd"], depth: 4, limit: 1550, fanOut: 1000) {
      nodes { id name aliases category } edges { id type status role from { id } to { id } } truncated } }`,
  `{ subgraph(around: ["european-union", "japan"], depth: 4, limit: 5000, fanOut: 1000, format: gexf) {
      content mimeType } }`,
  `{ paths(from: "japan-aisi", to: "oecd", maxHops: 6, first: 50) {
      length summary nodes { id name } steps { traversal relationship { type status evidence {
        quote start end source { ... on Source { title url } } } } } } }`,
  `{ agreements(first: 100, filter: { involvesTopic: "digital", maxHops: 4 }) {
      totalCount edges { node { name parties(first: 100) { id name } } why { summary } } } }`,
  `{ relationships(first: 100) { edges { node { id type from { id name ... on Actor {
      links(first: 100) { direction node { id name } relationship { id status } } } } to { id name } } } } }`,
];

const CHEAP_CLIENT = `
const { parentPort, workerData } = require("node:worker_threads");
const http = require("node:http");
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const url = new URL(workerData.url);
function once(query) {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query });
    const started = process.hrtime.bigint();
    const request = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", agent,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => { text += chunk; });
      response.on("end", () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const ok = response.statusCode === 200 && !JSON.parse(text).errors;
        resolve({ ms, ok });
      });
    });
    request.on("error", reject);
    request.end(body);
  });
}
(async () => {
  const until = Date.now() + workerData.seconds * 1000;
  const latencies = [];
  let failures = 0;
  for (let i = 0; Date.now() < until; i++) {
    const { ms, ok } = await once(workerData.queries[i % workerData.queries.length]);
    latencies.push(ms);
    if (!ok) failures++;
  }
  agent.destroy();
  parentPort.postMessage({ latencies, failures });
})();
`;

/** @param {string} url @returns {Promise<{ latencies: number[], failures: number }>} */
function cheapClient(url) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CHEAP_CLIENT, {
      eval: true,
      workerData: { url, seconds, queries: CHEAP },
    });
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}

/** @param {string} url @param {number} durationS */
function heavyClient(url, durationS) {
  let refused = 0;
  let answered = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections: heavyConnections,
        duration: durationS,
        timeout: 15,
        requests: HEAVY.map((query) => ({
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query }),
          onResponse: (status, body) => {
            answered++;
            if (status !== 200 || JSON.parse(body).errors) refused++;
          },
        })),
      },
      (error, result) => (error ? reject(error) : resolve({ result, refused, answered })),
    );
  });
}

const server = await startServerProcess();
/** Other processes competing for the CPU distort the loaded rounds most: say how busy the machine was. */
const machine = () => `${cpus().length} cores, load average ${loadavg()[0]?.toFixed(2)}`;
const machineBefore = machine();
let exitCode = 1;
try {
  // Every heavy query must be allowed by the limits (no cost refusal).
  for (const query of HEAVY) {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(`a heavy query was refused: ${JSON.stringify(body.errors)}`);
  }
  // Warm-up of both paths, not counted.
  await Promise.all([cheapClient(server.url), heavyClient(server.url, 2)]);

  const results = [];
  for (let round = 0; round < rounds; round++) {
    const alone = await cheapClient(server.url);
    const [loaded, heavy] = await Promise.all([
      cheapClient(server.url),
      heavyClient(server.url, seconds),
    ]);
    results.push({
      round: round + 1,
      unloaded: {
        requests: alone.latencies.length,
        p50: percentile(alone.latencies, 50),
        p99: percentile(alone.latencies, 99),
        failures: alone.failures,
      },
      loaded: {
        requests: loaded.latencies.length,
        p50: percentile(loaded.latencies, 50),
        p99: percentile(loaded.latencies, 99),
        failures: loaded.failures,
      },
      heavy: {
        requests: heavy.answered,
        perSecond: Math.round(heavy.result.requests.average),
        refused: heavy.refused,
        p99: heavy.result.latency.p99,
      },
    });
  }
  const median = (numbers) => percentile(numbers, 50);
  const unloadedP99 = median(results.map((r) => r.unloaded.p99));
  const loadedP99 = median(results.map((r) => r.loaded.p99));
  const ratio = loadedP99 / unloadedP99;
  const failures = results.reduce((sum, r) => sum + r.unloaded.failures + r.loaded.failures, 0);
  const passed = ratio <= maxRatio && failures === 0;
  const round2 = (n) => Math.round(n * 100) / 100;
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ machineBefore, machineAfter: machine(), rounds: results, unloadedP99, loadedP99, ratio, maxRatio, passed }, null, 2)}\n`,
    );
  } else {
    for (const r of results) {
      process.stdout.write(
        `round ${r.round}: cheap alone p50 ${round2(r.unloaded.p50)} ms p99 ${round2(r.unloaded.p99)} ms (${r.unloaded.requests} req); ` +
          `under load p50 ${round2(r.loaded.p50)} ms p99 ${round2(r.loaded.p99)} ms (${r.loaded.requests} req); ` +
          `heavy ${r.heavy.requests} req (${r.heavy.perSecond}/s, p99 ${r.heavy.p99} ms, ${r.heavy.refused} refused or busy)\n`,
      );
    }
    process.stdout.write(`machine: ${machineBefore} before, ${machine()} after\n`);
    process.stdout.write(
      `cheap p99: ${round2(unloadedP99)} ms alone, ${round2(loadedP99)} ms under heavy load: ${round2(ratio)}× (limit ${maxRatio}×) ${passed ? "PASS" : "FAIL"}\n`,
    );
  }
  exitCode = passed ? 0 : 1;
} finally {
  await server.stop();
}
process.exit(exitCode);
