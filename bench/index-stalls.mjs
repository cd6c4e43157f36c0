#!/usr/bin/env node
/**
 * The memory store's background index build at one size, on its own: how long the event
 * loop is held at a time while the indexes build (perf_hooks.monitorEventLoopDelay, and
 * the longest gap between 1 ms timers, in wall-clock time and in the main thread's CPU
 * time), the build's duration, RSS after it, and the
 * in-process time of a timeline page (the bench's quarter, first 50 and a page deep in it).
 *
 *   npm run build && node --expose-gc --max-old-space-size=12000 bench/index-stalls.mjs --nodes=1e6 [--inline] [--dist=DIR] [--neighbourhood]
 *
 * `--inline` builds the indexes on the main thread (no worker); `--dist` reads the compiled
 * store from another build (to measure an older commit the same way); `--neighbourhood`
 * also times the bench's `neighbourhood-500` request in-process (GraphQL on the default
 * executor, from the bench's hub: the 20th best connected node), 30 runs to warm up, then
 * 300, without the full bench's floor and rounds.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { pathToFileURL } from "node:url";

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, "").split("=");
    return [key, value ?? "true"];
  }),
);
const nodes = Number(args.nodes ?? "1e5");
const dist = resolve(args.dist ?? new URL("../dist", import.meta.url).pathname);
const load = (path) => import(pathToFileURL(`${dist}/src/${path}`).href);
const { generateDataset } = await load("synthetic/generate-dataset.js");
const { MemoryStore } = await load("store/memory/memory-store.js");
const rssMb = () => Math.round(process.memoryUsage().rss / 1e6);

let t = performance.now();
const dataset = generateDataset({ nodes, seed: 20_240_430 });
const generateMs = performance.now() - t;
t = performance.now();
const store = new MemoryStore(dataset, args.inline ? { indexWorker: false } : {});
await store.statistics();
const loadMs = performance.now() - t;
const rssAfterLoadMb = rssMb();

// On Linux, the main thread's own CPU time (schedstat: ns on a core, ns waiting for one):
// on a busy machine a gap between timers is mostly waiting for a core, which no change
// to the code shortens; the CPU time within a gap is the work done in one piece.
const schedstat = `/proc/self/task/${process.pid}/schedstat`;
const cpuNs = () => {
  try {
    return Number(readFileSync(schedstat, "utf8").split(" ")[0]);
  } catch {
    return Number.NaN;
  }
};
const delays = monitorEventLoopDelay({ resolution: 10 });
let longestGap = 0;
let longestCpu = 0;
let last = performance.now();
let lastCpu = cpuNs();
const ticker = setInterval(() => {
  const now = performance.now();
  const cpu = cpuNs();
  longestGap = Math.max(longestGap, now - last);
  longestCpu = Math.max(longestCpu, (cpu - lastCpu) / 1e6);
  last = now;
  lastCpu = cpu;
}, 1);
t = performance.now();
delays.enable();
await store.whenIndexed();
delays.disable();
clearInterval(ticker);
const indexMs = performance.now() - t;
globalThis.gc?.();
const rssAfterIndexesMb = rssMb();

/** Median and worst of `runs` calls, in ms. */
async function time(run, runs = 200) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(runs / 2)], max: times[runs - 1] };
}
const quarter = { from: "2020-01-01", to: "2020-03-31" };
const first = await store.timeline({
  range: quarter,
  includeStatements: true,
  offset: 0,
  limit: 50,
});
const page = (offset) => () =>
  store.timeline({ range: quarter, includeStatements: true, offset, limit: 50 });
const deep = Math.floor(first.totalCount / 2);
await time(page(0), 20);
const timelineFirst = await time(page(0));
const timelineDeep = await time(page(deep));
const year = await time(() =>
  store.timeline({
    range: { from: "2015-01-01", to: "2024-12-31" },
    includeStatements: true,
    offset: 0,
    limit: 50,
  }),
);

/** The bench's hub: the 20th best connected node. */
function hub() {
  const degree = new Map();
  for (const edge of dataset.edges) {
    degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
    degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
  }
  const ranked = [...degree].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return ranked[Math.min(19, ranked.length - 1)][0];
}

/**
 * The bench's neighbourhood-500 workload (bench/workloads.ts), p50 and p99 of 300 runs.
 * The hub's degree table (a million entries) is let go and collected before the runs,
 * so that a major collection it would bring on does not land among them.
 */
async function neighbourhood500() {
  const { createApolloServer } = await load("graphql/create-apollo-server.js");
  const { executeQuery } = await load("graphql/execute-query.js");
  const hubId = hub();
  globalThis.gc?.();
  const server = createApolloServer(store, { datasetVersion: dataset.version });
  await server.start();
  const query = `query Around($id: String!, $limit: Int!) {
  neighbourhood(ids: [$id], depth: 2, limit: $limit) { truncated nodes { __typename id name } edges { id type } }
}`;
  const ask = async () => {
    const result = await executeQuery(server, store, query, { id: hubId, limit: 500 });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
  };
  await time(ask, 30);
  const times = [];
  for (let i = 0; i < 300; i++) {
    const start = performance.now();
    await ask();
    times.push(performance.now() - start);
  }
  await server.stop();
  times.sort((a, b) => a - b);
  return { hubId, p50: times[150], p99: times[Math.floor(300 * 0.99)] };
}
const around = args.neighbourhood ? await neighbourhood500() : undefined;

const f = (ms) => ms.toFixed(ms < 10 ? 2 : 0);
console.log(
  JSON.stringify({
    nodes,
    worker: !args.inline,
    dist,
    generateMs: Math.round(generateMs),
    loadMs: Math.round(loadMs),
    rssAfterLoadMb,
    indexMs: Math.round(indexMs),
    longestStallMs: f(delays.max / 1e6),
    longestTimerGapMs: f(longestGap),
    longestTimerGapCpuMs: f(longestCpu),
    rssAfterIndexesMb,
    timelineQuarterCount: first.totalCount,
    timelineFirstPage: { p50: f(timelineFirst.p50), max: f(timelineFirst.max) },
    timelinePageAt: deep,
    timelineDeepPage: { p50: f(timelineDeep.p50), max: f(timelineDeep.max) },
    timelineTenYearsFirstPage: { p50: f(year.p50), max: f(year.max) },
    ...(around && {
      neighbourhood500: { hub: around.hubId, p50: f(around.p50), p99: f(around.p99) },
    }),
  }),
);
