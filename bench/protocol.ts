/** Messages between bench/run-bench.ts and one bench/size-worker.ts process. */
import type { Series } from "./stats.js";

export interface WorkerConfig {
  readonly label: string;
  readonly nodes: number | "seed";
  /** Interleaved rounds of every comparison. */
  readonly rounds: number;
  /** Time spent per variant per round in-process. */
  readonly inProcessMs: number;
  /** Compare traversals with LadybugDB (synthetic sizes only). */
  readonly peer: boolean;
}

export interface SizeReady {
  readonly type: "ready";
  readonly label: string;
  readonly nodes: number;
  readonly edges: number;
  readonly generateMs: number;
  readonly loadMs: number;
  readonly rssDatasetMb: number;
  readonly rssAfterLoadMb: number;
  /** The indexes the store builds in the background after loading (search, timeline dates). */
  readonly indexMs: number;
  readonly rssAfterIndexesMb: number;
  readonly ports: { readonly entente: number; readonly floor: number };
  /** Request body and the exact response body every answer of each variant must have. */
  readonly workloads: readonly {
    name: string;
    body: string;
    expectedBody: { entente: string; floor: string };
  }[];
}

export interface InProcessResult {
  readonly name: string;
  readonly entente: Series;
  readonly floor: Series;
  readonly ratioToFloor: number;
}

export interface PeerResult {
  readonly name: string;
  readonly entente: Series;
  readonly peer: Series;
  /** Entente's throughput over the peer's: above 1, Entente is faster. */
  readonly ratioToPeer: number;
}

export interface SizeResults {
  readonly type: "results";
  readonly inProcess: readonly InProcessResult[];
  readonly peer?: {
    readonly loadMs: number;
    readonly rssWithPeerMb: number;
    readonly comparisons: readonly PeerResult[];
  };
  readonly rssAfterHttpMb: number;
}
