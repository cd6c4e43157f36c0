/**
 * `npm run bench` (full) and `npm run bench -- --quick` (a few minutes): for each graph
 * size, a worker process (size-worker.ts) loads the graph and serves Entente and the
 * floor, and in Neo4j mode also Entente on Neo4j and the Neo4j GraphQL Library over the
 * same database; this process drives them over HTTP with autocannon on loopback, in
 * interleaved rounds, every response body compared with the expected one. Then the
 * worker measures in-process execution and LadybugDB. Results go to
 * bench/results/<date>.json and markdown tables to stdout. Exits non-zero on an error
 * or a wrong answer, never on slow numbers. See bench/README.md.
 *
 * Options: --quick, --sizes=seed,1e4,1e5,1e6, --rounds=N, --seconds=S (HTTP per
 * variant per round), --connections=N, --no-peer (neither peer), --out=FILE;
 * Neo4j mode: --neo4j-sizes=seed,1e4,1e5 (the sizes also run on Neo4j), --no-neo4j,
 * --neo4j-uri=bolt://… (a scratch server to use instead of starting one: it is emptied),
 * --neo4j-heap=4g, --neo4j-page-cache=2g.
 */
import { fork } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import type { Driver } from "neo4j-driver";
import { EXECUTOR_SETTING, executorFromEnv } from "../src/graphql/executor-setting.js";
import { PACKAGE_ROOT } from "../src/package-paths.js";
import { readNeo4jConfig } from "../src/store/neo4j/neo4j-config.js";
import { createDriver } from "../src/store/neo4j/neo4j-store.js";
import { launchNeo4j, type Neo4jServer, neo4jPrerequisiteMissing } from "./launch-neo4j.js";
import {
  type HttpWorkload,
  RATIOS,
  type RatioName,
  type SizeReady,
  type SizeResults,
  type Variant,
  type WorkerConfig,
} from "./protocol.js";
import { renderMarkdown } from "./report.js";
import { isShedBody } from "./shed-answer.js";
import { pairedRatio, type Series, summarise } from "./stats.js";
import { waitForIdleNeo4j } from "./wait-for-idle-neo4j.js";

type Size = number | "seed";

interface Options {
  readonly quick: boolean;
  readonly sizes: Size[];
  readonly rounds: number;
  readonly seconds: number;
  readonly connections: number;
  readonly peer: boolean;
  /** The sizes that also run in Neo4j mode (a subset of `sizes`). */
  readonly neo4jSizes: Size[];
  readonly neo4jUri?: string;
  /** Workloads left out of Neo4j mode. */
  readonly neo4jSkip: string[];
  readonly neo4jHeap: string;
  readonly neo4jPageCache: string;
  readonly out?: string;
}

function parseOptions(argv: readonly string[]): Options {
  const flag = (name: string) =>
    argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const sizeList = (text: string) =>
    text.split(",").map((s): Size => (s === "seed" ? "seed" : Number(s)));
  const quick = argv.includes("--quick");
  const sizes = sizeList(flag("sizes") ?? (quick ? "seed,1e4" : "seed,1e4,1e5,1e6"));
  const wanted = sizeList(flag("neo4j-sizes") ?? "seed,1e4,1e5");
  const neo4jSizes = argv.includes("--no-neo4j") ? [] : sizes.filter((s) => wanted.includes(s));
  const large = neo4jSizes.some((s) => s !== "seed" && s >= 1e5);
  return {
    quick,
    sizes,
    rounds: Number(flag("rounds") ?? (quick ? 2 : 5)),
    seconds: Number(flag("seconds") ?? (quick ? 0.5 : 3)),
    connections: Number(flag("connections") ?? 10),
    peer: !argv.includes("--no-peer"),
    neo4jSizes,
    neo4jUri: flag("neo4j-uri"),
    neo4jSkip: flag("neo4j-skip")?.split(",") ?? [],
    // Sized when Entente's loader wrote a dataset in one transaction (10^5 nodes needed a
    // 4 GB heap); the staged loader needs far less, but the sizes are kept so that runs stay
    // comparable with the earlier ones. The page cache holds the whole 10^5 store.
    neo4jHeap: flag("neo4j-heap") ?? (large ? "8g" : "2g"),
    neo4jPageCache: flag("neo4j-page-cache") ?? (large ? "2g" : "512m"),
    out: flag("out"),
  };
}

export interface HttpResult {
  readonly name: string;
  readonly kind: HttpWorkload["kind"];
  readonly series: Partial<Record<Variant, Series>>;
  /** Medians of the per-round throughput ratios (RATIOS), where both variants answered. */
  readonly ratios: Partial<Record<RatioName, number>>;
  /** Responses that were errors or wrong answers, by variant (the run fails if any). */
  readonly wrong: Partial<Record<Variant, number>>;
  /** Responses that were the server shedding load (503: deadline passed, or busy), by variant. */
  readonly shed: Partial<Record<Variant, number>>;
}

/** The Neo4j server of a run: started here (timed), or given with --neo4j-uri. */
export interface Neo4jRun {
  readonly uri: string;
  readonly startMs?: number;
  readonly heap?: string;
  readonly pageCache?: string;
}

export interface SizeReport {
  readonly ready: Omit<SizeReady, "workloads" | "ports" | "type">;
  readonly http: HttpResult[];
  readonly results: SizeResults;
}

async function cannon(
  port: number,
  request: { body: string; expectedBody: string },
  seconds: number,
  connections: number,
  idle: () => Promise<void>,
): Promise<Series & { wrong: number; shed: number }> {
  let shed = 0;
  const common = {
    url: `http://127.0.0.1:${port}/graphql`,
    method: "POST" as const,
    headers: { "content-type": "application/json" },
    body: request.body,
    connections,
    // The end of a run is checked at every sample: every 100 ms rather than every second,
    // so that a run of half a second lasts half a second.
    sampleInt: 100,
    // Longer than the server's deadline, which answers first (with an error) if it passes.
    timeout: 60,
    // Every answer is the expected one, or load shed (counted apart), or wrong.
    verifyBody: (raw: string | Buffer | undefined) => {
      const body = typeof raw === "string" ? raw : (raw?.toString("utf8") ?? "");
      if (body === request.expectedBody) return true;
      if (!isShedBody(body)) return false;
      shed += 1;
      return true;
    },
  };
  let result = await autocannon({ ...common, duration: seconds });
  // A run ends with requests in flight, which are not counted: when requests take longer
  // than the run, that leaves too few to measure. Then every connection sends one
  // request and every answer is awaited (the abandoned ones are left to finish first).
  if (result.requests.total < connections) {
    await idle();
    shed = 0;
    result = await autocannon({ ...common, amount: connections });
  }
  // Shed answers are 503s: not wrong, and not served either.
  const wrong = result.errors + result.timeouts + result.non2xx - shed + (result.mismatches ?? 0);
  return {
    requestsPerSecond: (result.requests.total - shed) / Math.max(result.duration, 1e-9),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    count: result.requests.total - shed,
    wrong,
    shed,
  };
}

/**
 * Waits until the worker answers /healthz promptly: requests still in flight when a
 * run ends are finished by the server, and must not slow the next variant's run.
 */
async function settle(port: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  let prompt = 0;
  while (prompt < 2 && Date.now() < deadline) {
    const t = performance.now();
    await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.text());
    prompt = performance.now() - t < 5 ? prompt + 1 : 0;
  }
}

/** The variants of a workload in the order of one round: rotated every round. */
function roundOrder(variants: readonly Variant[], round: number): Variant[] {
  const shift = round % variants.length;
  return [...variants.slice(shift), ...variants.slice(0, shift)];
}

async function runSize(
  nodes: Size,
  options: Options,
  neo4jUri: string | undefined,
  neo4jIdle: () => Promise<void>,
): Promise<SizeReport> {
  const label = nodes === "seed" ? "seed" : `10^${Math.round(Math.log10(nodes))}`;
  const config: WorkerConfig = {
    label,
    nodes,
    rounds: options.rounds,
    inProcessMs: options.quick ? 150 : 1000,
    peer: options.peer,
    neo4j: neo4jUri ? { uri: neo4jUri, peer: options.peer, skip: options.neo4jSkip } : undefined,
  };
  const here = dirname(fileURLToPath(import.meta.url));
  const worker = fork(join(here, "size-worker.js"), [JSON.stringify(config)], {
    execArgv: ["--expose-gc", "--max-old-space-size=16000"],
    // As deployed (the Dockerfile sets it): graphql-js then skips its development checks.
    env: { ...process.env, NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<never>((_, reject) =>
    worker.once("exit", (code) => reject(new Error(`${label}: worker exited with ${code}`))),
  );
  const next = <T>() =>
    Promise.race([
      new Promise<T>((resolve, reject) =>
        worker.once("message", (message: { type: string; message?: string }) =>
          message.type === "error" ? reject(new Error(message.message)) : resolve(message as T),
        ),
      ),
      exited,
    ]);
  const ready = await next<SizeReady>();
  console.error(
    `${label}: ${ready.nodes} nodes, ${ready.edges} relationships; loaded in ${(ready.loadMs / 1000).toFixed(1)} s`,
  );
  const variantsOf = (w: HttpWorkload) => Object.keys(w.variants) as Variant[];
  const rounds = new Map(
    ready.workloads.map((w) => [w.name, new Map(variantsOf(w).map((v) => [v, [] as Series[]]))]),
  );
  const wrong = new Map<string, number>();
  const shed = new Map<string, number>();
  const run = async (w: HttpWorkload, variant: Variant, seconds: number) => {
    const port = ready.ports[variant];
    const request = w.variants[variant];
    if (port === undefined || !request) throw new Error(`${label}: no ${variant} for ${w.name}`);
    const measured = await cannon(port, request, seconds, options.connections, neo4jIdle);
    if (measured.wrong > 0) {
      console.error(`${label}: ${w.name} (${variant}): ${measured.wrong} errors or wrong answers`);
      const key = `${w.name} ${variant}`;
      wrong.set(key, (wrong.get(key) ?? 0) + measured.wrong);
    }
    if (measured.shed > 0) {
      console.error(`${label}: ${w.name} (${variant}): ${measured.shed} answers shed (503)`);
      const key = `${w.name} ${variant}`;
      shed.set(key, (shed.get(key) ?? 0) + measured.shed);
    }
    await settle(port);
    await neo4jIdle();
    return measured;
  };
  const httpStart = performance.now();
  // Warm-up, not recorded; its answers are checked all the same. The quick run has none:
  // every request was asked once already (answers checked, Neo4j's plans compiled).
  for (const w of options.quick ? [] : ready.workloads) {
    for (const variant of variantsOf(w)) await run(w, variant, 1);
  }
  for (let round = 0; round < options.rounds; round++) {
    for (const w of ready.workloads) {
      for (const variant of roundOrder(variantsOf(w), round)) {
        const measured = await run(w, variant, options.seconds);
        rounds.get(w.name)?.get(variant)?.push(measured);
      }
    }
  }
  console.error(
    `${label}: HTTP rounds done in ${((performance.now() - httpStart) / 1000).toFixed(0)} s`,
  );
  worker.send({ type: "in-process" });
  const results = await next<SizeResults>();
  worker.kill();
  const { workloads, ports: _p, type: _t, ...facts } = ready;
  return {
    ready: facts,
    http: workloads.map((w) => {
      const measured = rounds.get(w.name) ?? new Map<Variant, Series[]>();
      const series: HttpResult["series"] = {};
      for (const [variant, list] of measured) series[variant] = summarise(list);
      const ratios: HttpResult["ratios"] = {};
      for (const ratio of RATIOS) {
        const a = measured.get(ratio.a);
        const b = measured.get(ratio.b);
        if (a && b) ratios[ratio.name] = pairedRatio(a, b);
      }
      const byVariant = (counts: Map<string, number>) => {
        const of: Partial<Record<Variant, number>> = {};
        for (const variant of variantsOf(w)) {
          const count = counts.get(`${w.name} ${variant}`);
          if (count) of[variant] = count;
        }
        return of;
      };
      return {
        name: w.name,
        kind: w.kind,
        series,
        ratios,
        wrong: byVariant(wrong),
        shed: byVariant(shed),
      };
    }),
    results,
  };
}

/**
 * Runs the sizes in order; Neo4j mode's sizes share one server, started before the first
 * of them (unless one is given) and stopped after the last, so that it neither runs beside
 * the memory-only sizes nor costs its start-up once per size.
 */
async function runSizes(options: Options): Promise<{ sizes: SizeReport[]; neo4j?: Neo4jRun }> {
  const sizes: SizeReport[] = [];
  let server: Neo4jServer | undefined;
  let neo4j: Neo4jRun | undefined;
  /** Watches the server for statements still running after a timed run. */
  let watcher: Driver | undefined;
  const idle = async () => {
    if (watcher) await waitForIdleNeo4j(watcher);
  };
  const last = options.sizes.findLastIndex((s) => options.neo4jSizes.includes(s));
  try {
    for (const [index, nodes] of options.sizes.entries()) {
      let uri: string | undefined;
      if (options.neo4jSizes.includes(nodes)) {
        if (!neo4j) {
          const t = performance.now();
          if (!options.neo4jUri) {
            console.error(
              `bench: starting Neo4j (heap ${options.neo4jHeap}, page cache ${options.neo4jPageCache})`,
            );
            server = await launchNeo4j({
              heap: options.neo4jHeap,
              pageCache: options.neo4jPageCache,
            });
          }
          neo4j = {
            uri: options.neo4jUri ?? server?.uris[0] ?? "",
            startMs: options.neo4jUri ? undefined : performance.now() - t,
            heap: options.neo4jUri ? undefined : options.neo4jHeap,
            pageCache: options.neo4jUri ? undefined : options.neo4jPageCache,
          };
        }
        uri = neo4j.uri;
        const config = readNeo4jConfig({ ...process.env, NEO4J_URI: uri });
        if (config) watcher ??= createDriver(config);
      }
      sizes.push(await runSize(nodes, options, uri, idle));
      if (index === last) {
        await watcher?.close();
        watcher = undefined;
        await server?.stop();
        server = undefined;
      }
    }
  } finally {
    await watcher?.close();
    await server?.stop();
  }
  return { sizes, neo4j };
}

/**
 * Without Java or Maven, Neo4j mode is skipped with a notice naming what to install, as
 * the tests do; under CI=true that is an error, so CI never passes without it.
 */
async function withoutUnavailableNeo4j(options: Options): Promise<Options> {
  if (options.neo4jSizes.length === 0 || options.neo4jUri) return options;
  const missing = await neo4jPrerequisiteMissing();
  if (!missing) return options;
  const reason = `bench: Neo4j mode needs ${missing}`;
  if (process.env.CI) throw new Error(`${reason} (CI=true: it may not be skipped)`);
  console.error(`${reason}; it is skipped (--no-neo4j says so quietly)`);
  return { ...options, neo4jSizes: [] };
}

async function main() {
  const options = await withoutUnavailableNeo4j(parseOptions(process.argv.slice(2)));
  const started = new Date();
  const { sizes, neo4j } = await runSizes(options);
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const report = {
    date: started.toISOString(),
    machine,
    command:
      (process.env[EXECUTOR_SETTING]
        ? `${EXECUTOR_SETTING}=${process.env[EXECUTOR_SETTING]} `
        : "") +
      (process.argv.length > 2
        ? `npm run bench -- ${process.argv.slice(2).join(" ")}`
        : "npm run bench"),
    // What executes Entente's operations (the workers inherit the setting); the floor is graphql-js.
    executor: executorFromEnv(),
    options,
    seconds: (Date.now() - started.getTime()) / 1000,
    neo4j,
    sizes,
  };
  const file =
    options.out ??
    join(
      PACKAGE_ROOT,
      "bench",
      "results",
      `${started.toISOString().slice(0, 10)}${options.quick ? "-quick" : ""}.json`,
    );
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(renderMarkdown(report));
  console.log(`\n(${report.seconds.toFixed(0)} s; results in ${file})`);
  const failures = sizes.flatMap((size) => [
    ...size.ready.problems.map(
      (p) => `${size.ready.label} ${p.workload} (${p.variant}): ${p.problem.slice(0, 600)}`,
    ),
    ...size.http.flatMap((h) =>
      Object.entries(h.wrong).map(
        ([variant, count]) =>
          `${size.ready.label} ${h.name} (${variant}): ${count} HTTP responses were errors or wrong answers`,
      ),
    ),
  ]);
  if (failures.length > 0) {
    console.error(`\nbench: FAILED, errors or wrong answers:\n${failures.join("\n")}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
