/**
 * One graph size, in a process of its own (so load time and memory are its own):
 * builds the dataset and the memory store, serves Entente and the floor over HTTP
 * for the parent's load generator, then measures in-process execution and the
 * store against the peer. Every answer is checked; a wrong one ends the run.
 * Talks to bench/run-bench.ts over the fork IPC channel.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { isDeepStrictEqual } from "node:util";
import type { Dataset } from "../src/domain/graph-types.js";
import { createApolloServer } from "../src/graphql/create-apollo-server.js";
import { executeQuery } from "../src/graphql/execute-query.js";
import { createRequestContext } from "../src/graphql/request-context.js";
import { DEFAULT_SEED_DIR } from "../src/package-paths.js";
import { readEnvInteger } from "../src/read-env-integer.js";
import { loadSeed } from "../src/seed/load-seed.js";
import {
  createHttpHandler,
  DEFAULT_REQUEST_TIMEOUT_MS,
} from "../src/server/create-http-handler.js";
import { MemoryStore } from "../src/store/memory/memory-store.js";
import { generateDataset } from "../src/synthetic/generate-dataset.js";
import { answerDifference } from "./answer-difference.js";
import { createFloorServer } from "./floor-server.js";
import { heapPerRequest } from "./heap-per-request.js";
import { LadybugPeer } from "./ladybug-peer.js";
import { type Neo4jMode, startNeo4jMode } from "./neo4j-mode.js";
import type {
  HttpWorkload,
  InProcessResult,
  PeerResult,
  SizeReady,
  SizeResults,
  Variant,
  WorkerConfig,
} from "./protocol.js";
import { pairedRatio, type Series, summarise, timeSeries } from "./stats.js";
import {
  graphqlWorkloads,
  NEIGHBOURHOOD_LIMITS,
  peerWorkloads,
  pickParameters,
} from "./workloads.js";

const config = JSON.parse(process.argv[2] ?? "{}") as WorkerConfig;
/** RSS after a full collection, in MiB (2^20 bytes); the results' fields keep their `Mb` names. */
const rssMb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round(process.memoryUsage().rss / 2 ** 20);
};
const send = (message: unknown) =>
  new Promise<void>((resolve, reject) =>
    process.send?.(message, (error: Error | null) => (error ? reject(error) : resolve())),
  );
const nextMessage = () => new Promise<unknown>((resolve) => process.once("message", resolve));

function fail(message: string): never {
  throw new Error(`[${config.label}] ${message}`);
}

async function listen(handler: Parameters<typeof createServer>[1]): Promise<Server> {
  const server = createServer(handler);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

async function main() {
  let t = performance.now();
  const isSeed = config.nodes === "seed";
  const dataset: Dataset = isSeed
    ? await loadSeed({ seedDir: DEFAULT_SEED_DIR })
    : generateDataset({ nodes: config.nodes as number, seed: 20_240_430 });
  const generateMs = performance.now() - t;
  const rssDatasetMb = rssMb();
  t = performance.now();
  const store = new MemoryStore(dataset);
  // As `entente serve` does at start (open-store.ts): the cost estimate's statistics.
  await store.statistics();
  const loadMs = performance.now() - t;
  const rssAfterLoadMb = rssMb();
  t = performance.now();
  // How long the event loop is held at a time while the background indexes build: every
  // request waiting meanwhile waits that long (the histogram's resolution is 10 ms).
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  stalls.enable();
  await store.whenIndexed();
  stalls.disable();
  const indexMs = performance.now() - t;
  const indexStallMs = stalls.count > 0 ? stalls.max / 1e6 : 0;
  const rssAfterIndexesMb = rssMb();
  const info = await store.info();

  const entente = createApolloServer(store, { datasetVersion: dataset.version });
  // In-process only: Entente on graphql-js's executor, beside the one ENTENTE_EXECUTOR chose.
  const onGraphqlJs = createApolloServer(store, {
    datasetVersion: dataset.version,
    executor: "graphql-js",
  });
  const floor = createFloorServer(info);
  await Promise.all([entente.start(), onGraphqlJs.start(), floor.start()]);
  const parameters = pickParameters(dataset, isSeed);
  const workloads = graphqlWorkloads(parameters);
  /** Entente's answers on the memory store, the reference of every other answer. */
  const answers = new Map<string, Record<string, unknown>>();
  const expected = new Map<string, string>();
  for (const w of workloads) {
    const result = await executeQuery(entente, store, w.query, w.variables);
    if (result.errors) fail(`${w.name}: ${JSON.stringify(result.errors)}`);
    answers.set(w.name, (result.data ?? {}) as Record<string, unknown>);
    expected.set(w.name, JSON.stringify(result.data));
    const recorded = await floor.executeOperation(
      { query: w.query, variables: w.variables },
      { contextValue: { ...createRequestContext(store), record: result.data ?? {} } },
    );
    // As JSON: graphql-js builds objects without a prototype, graphql-jit plain ones.
    const difference =
      recorded.body.kind === "single"
        ? answerDifference(result.data, recorded.body.singleResult.data)
        : "an incremental answer";
    if (difference) fail(`${w.name}: the floor does not answer as Entente does, ${difference}`);
  }

  let neo4jMode: Neo4jMode | undefined;
  const shared = config.neo4j?.peer ? peerWorkloads(parameters) : [];
  // The shared workloads' reference answers: Entente's, on the memory store.
  const peerExpected = new Map<string, unknown>();
  if (config.neo4j) {
    for (const w of shared) {
      const result = await executeQuery(entente, store, w.entente.query, w.entente.variables);
      if (result.errors) fail(`${w.name}: ${JSON.stringify(result.errors)}`);
      peerExpected.set(w.name, w.entente.answer(result.data ?? {}));
    }
    neo4jMode = await startNeo4jMode({
      uri: config.neo4j.uri,
      dataset,
      counts: { nodes: info.nodeCount, edges: info.edgeCount },
      workloads,
      expected: answers,
      peer: config.neo4j.peer ? { workloads: shared, expected: peerExpected } : undefined,
      skip: config.neo4j.skip,
      fail,
    });
    const failed = neo4jMode.problems.length;
    console.error(
      `${config.label}: loaded into Neo4j in ${(neo4jMode.facts.loadMs / 1000).toFixed(1)} s; ` +
        (failed ? `${failed} errors or wrong answers (the run will fail)` : "its answers match"),
    );
  }

  const options = {
    maxBodyBytes: 1_000_000,
    accepting: () => true,
    // The deployment's deadline where set (ENTENTE_REQUEST_TIMEOUT_MS), as `entente serve` reads it.
    requestTimeoutMs: readEnvInteger(
      process.env,
      "ENTENTE_REQUEST_TIMEOUT_MS",
      DEFAULT_REQUEST_TIMEOUT_MS,
      1,
    ),
  };
  const servers: Partial<Record<Variant, Server>> = {
    entente: await listen(createHttpHandler(entente, store, options)),
    floor: await listen(createHttpHandler(floor, store, options)),
  };
  if (neo4jMode) {
    servers.neo4j = await listen(createHttpHandler(neo4jMode.entente, neo4jMode.store, options));
    // The same handler as the others (body limit, deadline), so HTTP costs all alike.
    if (neo4jMode.peer)
      servers.peer = await listen(createHttpHandler(neo4jMode.peer, neo4jMode.store, options));
  }
  const ports: Partial<Record<Variant, number>> = {};
  for (const [variant, server] of Object.entries(servers))
    ports[variant as Variant] = (server.address() as AddressInfo).port;
  const problems = [...(neo4jMode?.problems ?? [])];
  const failed = (name: string, variant: Variant) =>
    problems.some((p) => p.workload === name && p.variant === variant);
  /**
   * One request over HTTP, checked with `check` against the answer expected: its body is
   * what every timed response must be. Undefined, with the problem noted, when it is wrong.
   */
  const over = async (
    variant: Variant,
    name: string,
    request: { query: string; variables: Record<string, unknown> },
    check: (data: Record<string, unknown>) => string | undefined,
  ) => {
    if (failed(name, variant)) return undefined;
    const body = JSON.stringify(request);
    const response = await fetch(`http://127.0.0.1:${ports[variant]}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    const text = await response.text();
    const parsed = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown };
    const problem = parsed.errors ? JSON.stringify(parsed.errors) : check(parsed.data ?? {});
    if (!problem) return { body, expectedBody: text };
    // The memory store and the floor are the references: a problem there ends the run.
    if (variant === "entente" || variant === "floor")
      fail(`${name}: the ${variant} HTTP answer differs from Entente's in-process one: ${problem}`);
    problems.push({ workload: name, variant, problem: `over HTTP: ${problem}` });
    return undefined;
  };
  const http: HttpWorkload[] = [];
  for (const w of workloads) {
    const variants: HttpWorkload["variants"] = {};
    const answering: Variant[] = [
      "entente",
      "floor",
      ...(w.onNeo4j && servers.neo4j && !config.neo4j?.skip.includes(w.name)
        ? (["neo4j"] as const)
        : []),
    ];
    const want = answers.get(w.name) ?? {};
    for (const variant of answering) {
      // Entente on Neo4j shares with the memory store what the contract fixes (see canonical).
      const canonical =
        variant === "neo4j" && w.canonical ? w.canonical : (data: Record<string, unknown>) => data;
      const checked = await over(variant, w.name, w, (data) =>
        answerDifference(canonical(want), canonical(data)),
      );
      if (checked) variants[variant] = checked;
    }
    http.push({ name: w.name, kind: "entente", variants });
  }
  if (servers.peer) {
    for (const w of shared) {
      const reference = peerExpected.get(w.name);
      const variants: HttpWorkload["variants"] = {};
      const neo4jChecked = await over("neo4j", w.name, w.entente, (data) =>
        answerDifference(reference, w.entente.answer(data)),
      );
      if (neo4jChecked) variants.neo4j = neo4jChecked;
      const peerChecked = await over("peer", w.name, w.peer, (data) =>
        answerDifference(reference, w.peer.answer(data)),
      );
      if (peerChecked) variants.peer = peerChecked;
      http.push({ name: w.name, kind: "peer", variants });
    }
  }
  const ready: SizeReady = {
    type: "ready",
    label: config.label,
    nodes: info.nodeCount,
    edges: info.edgeCount,
    generateMs,
    loadMs,
    rssDatasetMb,
    rssAfterLoadMb,
    indexMs,
    indexStallMs,
    rssAfterIndexesMb,
    neo4j: neo4jMode?.facts,
    problems,
    ports,
    workloads: http,
  };
  await send(ready);
  await nextMessage(); // the parent's HTTP rounds are done
  const rssAfterHttpMb = rssMb();
  for (const server of Object.values(servers)) server.closeAllConnections();
  // Neo4j's part is over: its server is idle while the memory store is measured in-process.
  await neo4jMode?.close();

  // In-process: Entente (on each executor) and the floor executing the same operations,
  // interleaved, in an order rotated every round.
  const inProcess: InProcessResult[] = [];
  const variants = ["floor", "entente", "graphqlJs"] as const;
  for (const w of workloads) {
    const want = expected.get(w.name);
    const rounds: Record<(typeof variants)[number], Series[]> = {
      entente: [],
      floor: [],
      graphqlJs: [],
    };
    const ask = (variant: (typeof variants)[number]) =>
      variant !== "floor"
        ? executeQuery(variant === "entente" ? entente : onGraphqlJs, store, w.query, w.variables)
        : floor
            .executeOperation(
              { query: w.query, variables: w.variables },
              { contextValue: createRequestContext(store) },
            )
            .then((r) => (r.body.kind === "single" ? r.body.singleResult : {}));
    for (let round = 0; round < config.rounds; round++) {
      const order = variants.map((_, i) => variants[(i + round) % variants.length] ?? "floor");
      for (const variant of order) {
        rounds[variant].push(
          await timeSeries(
            () => ask(variant),
            (result) => {
              if (JSON.stringify(result.data) !== want)
                fail(`${w.name} (${variant}): wrong answer`);
            },
            config.inProcessMs,
          ),
        );
      }
    }
    inProcess.push({
      name: w.name,
      entente: summarise(rounds.entente),
      floor: summarise(rounds.floor),
      ratioToFloor: pairedRatio(rounds.entente, rounds.floor),
      graphqlJs: summarise(rounds.graphqlJs),
      graphqlJsRatioToFloor: pairedRatio(rounds.graphqlJs, rounds.floor),
      heapPerRequest: {
        entente: await heapPerRequest(() => ask("entente")),
        floor: await heapPerRequest(() => ask("floor")),
      },
    });
  }

  let peer: SizeResults["peer"];
  if (!isSeed && config.peer) peer = await comparePeer(dataset, store, parameters);

  const results: SizeResults = { type: "results", inProcess, peer, rssAfterHttpMb };
  await send(results);
  await Promise.all(Object.values(servers).map((s) => new Promise((r) => s.close(r))));
  await Promise.all([entente.stop(), onGraphqlJs.stop(), floor.stop()]);
  process.exit(0);
}

/** The traversals both answer in-process, interleaved, every answer compared. */
async function comparePeer(
  dataset: Dataset,
  store: MemoryStore,
  p: ReturnType<typeof pickParameters>,
): Promise<NonNullable<SizeResults["peer"]>> {
  const t = performance.now();
  const lbug = await LadybugPeer.load(dataset);
  const loadMs = performance.now() - t;
  const rssWithPeerMb = rssMb();
  const unlimited = 1_000_000_000;
  const tasks: {
    name: string;
    entente: () => Promise<unknown>;
    peer: () => Promise<unknown>;
  }[] = [
    ...NEIGHBOURHOOD_LIMITS.map((limit) => ({
      name: `neighbourhood-${limit}`,
      entente: async () => {
        const sub = await store.neighbourhood({
          ids: [p.hubId],
          depth: 2,
          limit,
          fanOut: unlimited,
        });
        return { nodeIds: sub.nodes.map((n) => n.id), edgeCount: sub.edges.length };
      },
      peer: () => lbug.neighbourhood(p.hubId, limit),
    })),
    {
      name: "shortest-path",
      entente: async () =>
        (
          await store.shortestPaths({ from: [p.pathFrom], to: [p.pathTo], maxHops: 6, limit: 5 })
        ).map((path) => path.edges.length),
      peer: () => lbug.shortestPaths(p.pathFrom, p.pathTo, 5),
    },
    {
      name: "topic-involvement",
      entente: async () => {
        // The walk itself, as the peer does it: not the store's cache of filtered lists.
        store.clearCaches();
        const page = await store.listNodes({
          filter: { categories: ["Agreement"], involvesTopic: { topic: p.topic, maxHops: 3 } },
          sort: { field: "NAME", descending: false },
          offset: 0,
          limit: 10,
        });
        return page.totalCount;
      },
      peer: () => lbug.involvingCount(p.topic, 3),
    },
  ];
  const comparisons: PeerResult[] = [];
  for (const task of tasks) {
    const reference = await task.entente();
    const answer = await task.peer();
    if (!isDeepStrictEqual(reference, answer)) {
      fail(
        `${task.name}: peer answers ${JSON.stringify(answer).slice(0, 200)}, Entente ${JSON.stringify(reference).slice(0, 200)}`,
      );
    }
    const rounds: Record<"entente" | "peer", Series[]> = { entente: [], peer: [] };
    for (let round = 0; round < config.rounds; round++) {
      const order =
        round % 2 === 0 ? (["peer", "entente"] as const) : (["entente", "peer"] as const);
      for (const variant of order) {
        rounds[variant].push(
          await timeSeries(
            task[variant],
            (got) => {
              if (!isDeepStrictEqual(got, reference))
                fail(`${task.name} (${variant}): wrong answer`);
            },
            config.inProcessMs,
          ),
        );
      }
    }
    comparisons.push({
      name: task.name,
      entente: summarise(rounds.entente),
      peer: summarise(rounds.peer),
      ratioToPeer: pairedRatio(rounds.entente, rounds.peer),
    });
  }
  await lbug.close();
  return { loadMs, rssWithPeerMb, comparisons };
}

main().catch(async (error: unknown) => {
  await send({ type: "error", message: String((error as Error).stack ?? error) }).catch(() => {});
  process.exit(1);
});
