/**
 * `npm run bench` (full) and `npm run bench -- --quick` (about a minute): for each
 * graph size, a worker process (size-worker.ts) loads the graph and serves Entente
 * and the floor; this process drives both over HTTP with autocannon on loopback, in
 * interleaved rounds, every response body compared with the expected one. Then the
 * worker measures in-process execution and the peer. Results go to
 * bench/results/<date>.json and a markdown table to stdout. Exits non-zero on an
 * error or a wrong answer, never on slow numbers.
 *
 * Options: --quick, --sizes=seed,1e4,1e5,1e6, --rounds=N, --seconds=S (HTTP per
 * variant per round), --connections=N, --no-peer, --out=FILE.
 */
import { fork } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { PACKAGE_ROOT } from "../src/package-paths.js";
import type { SizeReady, SizeResults, WorkerConfig } from "./protocol.js";
import { renderMarkdown } from "./report.js";
import { pairedRatio, type Series, summarise } from "./stats.js";

interface Options {
  readonly quick: boolean;
  readonly sizes: (number | "seed")[];
  readonly rounds: number;
  readonly seconds: number;
  readonly connections: number;
  readonly peer: boolean;
  readonly out?: string;
}

function parseOptions(argv: readonly string[]): Options {
  const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const quick = argv.includes("--quick");
  const sizes = (flag("sizes") ?? (quick ? "seed,1e4" : "seed,1e4,1e5,1e6"))
    .split(",")
    .map((s) => (s === "seed" ? "seed" : Number(s)));
  return {
    quick,
    sizes,
    rounds: Number(flag("rounds") ?? (quick ? 2 : 5)),
    seconds: Number(flag("seconds") ?? (quick ? 0.5 : 3)),
    connections: Number(flag("connections") ?? 10),
    peer: !argv.includes("--no-peer"),
    out: flag("out"),
  };
}

export interface HttpResult {
  readonly name: string;
  readonly entente: Series;
  readonly floor: Series;
  readonly ratioToFloor: number;
}

export interface SizeReport {
  readonly ready: Omit<SizeReady, "workloads" | "ports" | "type">;
  readonly http: HttpResult[];
  readonly results: SizeResults;
}

async function cannon(
  variant: "entente" | "floor",
  port: number,
  workload: SizeReady["workloads"][number],
  seconds: number,
  connections: number,
): Promise<Series & { wrong: number }> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: workload.body,
    connections,
    duration: seconds,
    expectBody: workload.expectedBody[variant],
  });
  const wrong = result.errors + result.timeouts + result.non2xx + (result.mismatches ?? 0);
  return {
    requestsPerSecond: result.requests.total / Math.max(seconds, 1e-9),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    count: result.requests.total,
    wrong,
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

async function runSize(nodes: number | "seed", options: Options): Promise<SizeReport> {
  const label = nodes === "seed" ? "seed" : `10^${Math.round(Math.log10(nodes))}`;
  const config: WorkerConfig = {
    label,
    nodes,
    rounds: options.rounds,
    inProcessMs: options.quick ? 150 : 1000,
    peer: options.peer,
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
  const rounds = new Map(
    ready.workloads.map((w) => [w.name, { entente: [] as Series[], floor: [] as Series[] }]),
  );
  let wrong = 0;
  for (const w of ready.workloads) {
    for (const variant of ["floor", "entente"] as const) {
      // Warm-up, not recorded; its answers are checked all the same.
      const warmUp = options.quick ? 0.3 : 1;
      wrong += (await cannon(variant, ready.ports[variant], w, warmUp, options.connections)).wrong;
      await settle(ready.ports[variant]);
    }
  }
  for (let round = 0; round < options.rounds; round++) {
    for (const w of ready.workloads) {
      const order =
        round % 2 === 0 ? (["floor", "entente"] as const) : (["entente", "floor"] as const);
      for (const variant of order) {
        const measured = await cannon(
          variant,
          ready.ports[variant],
          w,
          options.seconds,
          options.connections,
        );
        wrong += measured.wrong;
        await settle(ready.ports[variant]);
        rounds.get(w.name)?.[variant].push(measured);
      }
    }
  }
  if (wrong > 0) throw new Error(`${label}: ${wrong} HTTP responses were errors or wrong answers`);
  worker.send({ type: "in-process" });
  const results = await next<SizeResults>();
  worker.kill();
  const { workloads: _w, ports: _p, type: _t, ...facts } = ready;
  return {
    ready: facts,
    http: [...rounds].map(([name, r]) => ({
      name,
      entente: summarise(r.entente),
      floor: summarise(r.floor),
      ratioToFloor: pairedRatio(r.entente, r.floor),
    })),
    results,
  };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const started = new Date();
  const sizes: SizeReport[] = [];
  for (const nodes of options.sizes) sizes.push(await runSize(nodes, options));
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const report = {
    date: started.toISOString(),
    machine,
    command:
      process.argv.length > 2
        ? `npm run bench -- ${process.argv.slice(2).join(" ")}`
        : "npm run bench",
    options,
    seconds: (Date.now() - started.getTime()) / 1000,
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
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
