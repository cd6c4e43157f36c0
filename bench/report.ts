/** The markdown tables `npm run bench` prints and the README's Performance section shows. */
import type { SizeReport } from "./run-bench.js";
import type { Series } from "./stats.js";

interface Report {
  readonly date: string;
  readonly machine: string;
  readonly command: string;
  readonly options: {
    readonly rounds: number;
    readonly seconds: number;
    readonly connections: number;
  };
  readonly sizes: readonly SizeReport[];
}

const num = (value: number) =>
  Number.isFinite(value) ? (value >= 100 ? value.toFixed(0) : value.toPrecision(3)) : "–";
const ms = (value: number) =>
  Number.isFinite(value) ? (value >= 10 ? value.toFixed(0) : value.toFixed(2)) : "–";
const latency = (s: Series) => `${ms(s.p50Ms)} / ${ms(s.p99Ms)}`;
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : "–");

export function renderMarkdown(report: Report): string {
  const lines: string[] = [
    `Measured ${report.date.slice(0, 10)} on ${report.machine} with \`${report.command}\`: ` +
      `${report.options.rounds} interleaved rounds, HTTP ${report.options.seconds} s per variant per round ` +
      `with ${report.options.connections} connections (autocannon, loopback); medians of the rounds, ` +
      "ratios are medians of per-round ratios. Latencies are p50 / p99 in ms.",
    "",
    "| graph | nodes / relationships | generate | load into memory store | RSS after load | background indexes (RSS after) | RSS after HTTP runs | LadybugDB load (RSS with it) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const size of report.sizes) {
    const r = size.ready;
    const peer = size.results.peer;
    lines.push(
      `| ${r.label} | ${r.nodes.toLocaleString("en")} / ${r.edges.toLocaleString("en")} | ${(r.generateMs / 1000).toFixed(1)} s | ` +
        `${(r.loadMs / 1000).toFixed(2)} s | ${r.rssAfterLoadMb} MB (dataset alone ${r.rssDatasetMb} MB) | ` +
        `${(r.indexMs / 1000).toFixed(2)} s (${r.rssAfterIndexesMb} MB) | ` +
        `${size.results.rssAfterHttpMb} MB | ${peer ? `${(peer.loadMs / 1000).toFixed(1)} s (${peer.rssWithPeerMb} MB)` : "–"} |`,
    );
  }
  lines.push(
    "",
    "| graph | workload | HTTP req/s Entente | HTTP req/s floor | × floor | HTTP p50 / p99 | in-process req/s | in-process × floor | in-process p50 / p99 |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const size of report.sizes) {
    for (const h of size.http) {
      const p = size.results.inProcess.find((x) => x.name === h.name);
      lines.push(
        `| ${size.ready.label} | ${h.name} | ${num(h.entente.requestsPerSecond)} | ${num(h.floor.requestsPerSecond)} | ` +
          `${ratio(h.ratioToFloor)} | ${latency(h.entente)} | ${p ? num(p.entente.requestsPerSecond) : "–"} | ` +
          `${p ? ratio(p.ratioToFloor) : "–"} | ${p ? latency(p.entente) : "–"} |`,
      );
    }
  }
  const peers = report.sizes.filter((s) => s.results.peer);
  if (peers.length > 0) {
    lines.push(
      "",
      "Peer: the memory store and LadybugDB answering the same traversals in-process (neighbourhoods at depth 2 without fan-out limit; all shortest paths up to 6 steps, at most 5; count of agreements involving a topic within 3 steps). × peer above 1 means Entente is faster.",
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
