/** The markdown tables `npm run bench` prints (bench/README.md says how to read them). */
import type { Variant } from "./protocol.js";
import type { Neo4jRun, SizeReport } from "./run-bench.js";
import type { Series } from "./stats.js";

interface Report {
  readonly date: string;
  readonly machine: string;
  readonly command: string;
  readonly executor: string;
  readonly options: {
    readonly rounds: number;
    readonly seconds: number;
    readonly connections: number;
  };
  readonly neo4j?: Neo4jRun;
  readonly sizes: readonly SizeReport[];
}

const num = (value: number | undefined) =>
  value !== undefined && Number.isFinite(value)
    ? value >= 100
      ? value.toFixed(0)
      : value.toPrecision(3)
    : "–";
const ms = (value: number) =>
  Number.isFinite(value) ? (value >= 10 ? value.toFixed(0) : value.toFixed(2)) : "–";
const seconds = (milliseconds: number | undefined) =>
  milliseconds === undefined ? "–" : `${(milliseconds / 1000).toFixed(1)} s`;
const kilobytes = (bytes: number | undefined) =>
  bytes === undefined ? "–" : `${num(bytes / 1024)} KB`;
const latency = (s: Series | undefined) => (s ? `${ms(s.p50Ms)} / ${ms(s.p99Ms)}` : "–");
const ratio = (value: number | undefined) =>
  value !== undefined && Number.isFinite(value) ? `${value.toFixed(2)}×` : "–";
type HttpRow = SizeReport["http"][number];

/** Throughput, or why there is none: the variant failed before the timed runs, or during them. */
function rps(size: SizeReport, h: HttpRow, variant: Variant): string {
  if (size.ready.problems.some((p) => p.workload === h.name && p.variant === variant))
    return "failed";
  const wrong = h.wrong[variant];
  const shed = h.shed[variant];
  return `${num(h.series[variant]?.requestsPerSecond)}${wrong ? ` (${wrong} failed)` : ""}${shed ? ` (${shed} shed)` : ""}`;
}

export function renderMarkdown(report: Report): string {
  const lines: string[] = [
    `Measured ${report.date.slice(0, 10)} on ${report.machine} with \`${report.command}\`: ` +
      `${report.options.rounds} interleaved rounds, HTTP ${report.options.seconds} s per variant per round ` +
      `with ${report.options.connections} connections (autocannon, loopback); medians of the rounds, ` +
      "ratios are medians of per-round ratios. Latencies are p50 / p99 in ms. " +
      `Entente's operations run on ${report.executor === "jit" ? "graphql-jit" : "graphql-js"}; the floor's on graphql-js.`,
    "",
    "| graph | nodes / relationships | generate | load into memory store | RSS after load | background indexes (RSS after; longest event-loop stall) | RSS after HTTP runs | LadybugDB load (RSS with it) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const size of report.sizes) {
    const r = size.ready;
    const peer = size.results.peer;
    lines.push(
      `| ${r.label} | ${r.nodes.toLocaleString("en")} / ${r.edges.toLocaleString("en")} | ${(r.generateMs / 1000).toFixed(1)} s | ` +
        `${(r.loadMs / 1000).toFixed(2)} s | ${r.rssAfterLoadMb} MiB (dataset alone ${r.rssDatasetMb} MiB) | ` +
        `${(r.indexMs / 1000).toFixed(2)} s (${r.rssAfterIndexesMb} MiB; ${ms(r.indexStallMs ?? Number.NaN)} ms) | ` +
        `${size.results.rssAfterHttpMb} MiB | ${peer ? `${(peer.loadMs / 1000).toFixed(1)} s (${peer.rssWithPeerMb} MiB)` : "–"} |`,
    );
  }
  lines.push(
    "",
    "Entente on the memory store against the floor (Apollo Server returning precomputed answers):",
    "",
    "| graph | workload | HTTP req/s Entente | HTTP req/s floor | × floor | HTTP p50 / p99 | in-process req/s | in-process × floor | in-process p50 / p99 | in-process × floor on graphql-js | heap allocated per request, Entente / floor |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const size of report.sizes) {
    for (const h of size.http.filter((x) => x.kind === "entente")) {
      const p = size.results.inProcess.find((x) => x.name === h.name);
      lines.push(
        `| ${size.ready.label} | ${h.name} | ${rps(size, h, "entente")} | ${rps(size, h, "floor")} | ` +
          `${ratio(h.ratios.ententeToFloor)} | ${latency(h.series.entente)} | ${p ? num(p.entente.requestsPerSecond) : "–"} | ` +
          `${p ? ratio(p.ratioToFloor) : "–"} | ${p ? latency(p.entente) : "–"} | ${p ? ratio(p.graphqlJsRatioToFloor) : "–"} | ` +
          `${p ? `${kilobytes(p.heapPerRequest.entente)} / ${kilobytes(p.heapPerRequest.floor)}` : "–"} |`,
      );
    }
  }
  lines.push(...renderNeo4j(report));
  const peers = report.sizes.filter((s) => s.results.peer);
  if (peers.length > 0) {
    lines.push(
      "",
      "LadybugDB: the memory store and LadybugDB answering the same traversals in-process (neighbourhoods at depth 2 without fan-out limit; all shortest paths up to 6 steps, at most 5; count of agreements involving a topic within 3 steps). × peer above 1 means Entente is faster.",
      "",
      "| graph | traversal | Entente calls/s | LadybugDB calls/s | × peer | Entente p50 / p99 | LadybugDB p50 / p99 |",
      "| --- | --- | --- | --- | --- | --- | --- |",
    );
    for (const size of peers) {
      for (const c of size.results.peer?.comparisons ?? []) {
        lines.push(
          `| ${size.ready.label} | ${c.name} | ${num(c.entente.requestsPerSecond)} | ${num(c.peer.requestsPerSecond)} | ` +
            `${ratio(c.ratioToPeer)} | ${latency(c.entente)} | ${latency(c.peer)} |`,
        );
      }
    }
  }
  return lines.join("\n");
}

/** Neo4j mode's tables: the load, Entente on Neo4j against the memory store, and the peer. */
function renderNeo4j(report: Report): string[] {
  const sizes = report.sizes.filter((s) => s.ready.neo4j);
  if (sizes.length === 0) return [];
  const server = report.neo4j;
  const lines = [
    "",
    `Neo4j mode: Neo4j Community 5.26 in-process (tools/neo4j)${server?.startMs !== undefined ? `, heap ${server.heap}, page cache ${server.pageCache}, started in ${seconds(server.startMs)}` : `, given server ${server?.uri ?? ""}`}. ` +
      "Statements: Cypher statements one request sent, Entente's (its own round-trip count / seen on the driver) against its selection levels, and the Neo4j GraphQL Library's.",
    "",
    "| graph | nodes / relationships in Neo4j | load into Neo4j (Entente's loader) | peer schema built in | peer's statements call APOC |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const size of sizes) {
    const n = size.ready.neo4j;
    if (!n) continue;
    lines.push(
      `| ${size.ready.label} | ${n.nodes.toLocaleString("en")} / ${n.edges.toLocaleString("en")} | ${seconds(n.loadMs)} | ` +
        `${seconds(n.peerSchemaMs)} | ${n.peerUsedApoc === undefined ? "–" : n.peerUsedApoc ? "yes" : "no"} |`,
    );
  }
  const statementsOf = (size: SizeReport, name: string) => {
    const count = size.ready.neo4j?.statements.find((s) => s.name === name);
    if (!count) return { entente: "–", peer: "–" };
    const over =
      count.roundTrips > count.levels || count.statements > count.levels ? " (over)" : "";
    return {
      entente: `${count.roundTrips} / ${count.statements} of ${count.levels} levels${over}`,
      peer: count.peerStatements === undefined ? "–" : String(count.peerStatements),
    };
  };
  lines.push(
    "",
    "Entente on Neo4j against Entente on the memory store (the same requests, answers equal):",
    "",
    "| graph | workload | HTTP req/s memory | HTTP req/s Neo4j | Neo4j × memory | Neo4j p50 / p99 | Entente's statements |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const size of sizes) {
    const onNeo4j = (h: HttpRow) =>
      h.series.neo4j || size.ready.problems.some((p) => p.workload === h.name);
    for (const h of size.http.filter((x) => x.kind === "entente" && onNeo4j(x))) {
      lines.push(
        `| ${size.ready.label} | ${h.name} | ${rps(size, h, "entente")} | ${rps(size, h, "neo4j")} | ` +
          `${ratio(h.ratios.neo4jToMemory)} | ${latency(h.series.neo4j)} | ${statementsOf(size, h.name).entente} |`,
      );
    }
  }
  const withPeer = sizes.filter((s) => s.http.some((h) => h.kind === "peer"));
  if (withPeer.length === 0) return lines;
  lines.push(
    "",
    "Entente on Neo4j against the Neo4j GraphQL Library over the same database (the same data in each answer). × peer above 1 means Entente is faster.",
    "",
    "| graph | workload | Entente req/s | Neo4j GraphQL Library req/s | × peer | Entente p50 / p99 | peer p50 / p99 | Entente's statements | peer's statements |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const size of withPeer) {
    for (const h of size.http.filter((x) => x.kind === "peer")) {
      const counts = statementsOf(size, h.name);
      lines.push(
        `| ${size.ready.label} | ${h.name} | ${rps(size, h, "neo4j")} | ${rps(size, h, "peer")} | ` +
          `${ratio(h.ratios.neo4jToPeer)} | ${latency(h.series.neo4j)} | ${latency(h.series.peer)} | ` +
          `${counts.entente} | ${counts.peer} |`,
      );
    }
  }
  return lines;
}
