/** Messages between bench/run-bench.ts and one bench/size-worker.ts process. */
import type { Series } from "./stats.js";

/**
 * What answers over HTTP: Entente on the memory store, the floor, Entente on Neo4j and
 * the Neo4j GraphQL Library over the same database.
 */
export const VARIANTS = ["entente", "floor", "neo4j", "peer"] as const;
export type Variant = (typeof VARIANTS)[number];

/** Throughput ratios reported for every workload both variants answer: a over b. */
export const RATIOS = [
  { name: "ententeToFloor", a: "entente", b: "floor" },
  { name: "neo4jToMemory", a: "neo4j", b: "entente" },
  { name: "neo4jToPeer", a: "neo4j", b: "peer" },
] as const satisfies readonly { name: string; a: Variant; b: Variant }[];
export type RatioName = (typeof RATIOS)[number]["name"];

export interface WorkerConfig {
  readonly label: string;
  readonly nodes: number | "seed";
  /** Interleaved rounds of every comparison. */
  readonly rounds: number;
  /** Time spent per variant per round in-process. */
  readonly inProcessMs: number;
  /** Compare traversals with LadybugDB (synthetic sizes only). */
  readonly peer: boolean;
  /** Neo4j mode: a scratch database (emptied first) to load the graph into. */
  readonly neo4j?: {
    readonly uri: string;
    /** Also serve the Neo4j GraphQL Library over it. */
    readonly peer: boolean;
    /** Workloads left out of Neo4j mode (--neo4j-skip). */
    readonly skip: readonly string[];
  };
}

export interface HttpWorkload {
  readonly name: string;
  /** Shared with the Neo4j GraphQL Library (its own request text), or Entente's own. */
  readonly kind: "entente" | "peer";
  /** Request body and the exact response body every answer of each variant must have. */
  readonly variants: Partial<Record<Variant, { body: string; expectedBody: string }>>;
}

/** Cypher statements one request sent, counted once before the timed runs. */
export interface StatementCount {
  readonly name: string;
  /** Fields with a selection set in the request: Entente's bound is one statement per level. */
  readonly levels: number;
  /** Entente's own count (`extensions.roundTrips`: store calls, each one statement). */
  readonly roundTrips: number;
  /** Statements Entente's Neo4j driver was seen sending. */
  readonly statements: number;
  /** Statements the Neo4j GraphQL Library was seen sending, for the shared workloads. */
  readonly peerStatements?: number;
}

/** An error or a wrong answer: the run goes on without that variant, and fails at the end. */
export interface Problem {
  readonly workload: string;
  readonly variant: Variant;
  readonly problem: string;
}

export interface Neo4jFacts {
  /** Nodes and relationships Neo4j holds after the load (Entente's own count). */
  readonly nodes: number;
  readonly edges: number;
  readonly loadMs: number;
  /** Time to build the Neo4j GraphQL Library's schema. */
  readonly peerSchemaMs?: number;
  /** Whether a statement the peer sent calls APOC (`apoc.`). */
  readonly peerUsedApoc?: boolean;
  readonly statements: readonly StatementCount[];
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
  /** Longest event-loop delay while they build (perf_hooks.monitorEventLoopDelay), in ms. */
  readonly indexStallMs: number;
  readonly rssAfterIndexesMb: number;
  readonly neo4j?: Neo4jFacts;
  /** Errors and wrong answers found before the timed runs (those variants were left out). */
  readonly problems: readonly Problem[];
  readonly ports: Partial<Record<Variant, number>>;
  readonly workloads: readonly HttpWorkload[];
}

export interface InProcessResult {
  readonly name: string;
  readonly entente: Series;
  readonly floor: Series;
  readonly ratioToFloor: number;
  /** Entente again with graphql-js's executor, in the same rounds: the executor's part. */
  readonly graphqlJs: Series;
  readonly graphqlJsRatioToFloor: number;
  /** JavaScript heap one request allocates (bench/heap-per-request.ts), when it could be measured. */
  readonly heapPerRequest: { readonly entente?: number; readonly floor?: number };
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
