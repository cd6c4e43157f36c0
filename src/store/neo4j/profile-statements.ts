/**
 * PROFILE db hits of the adapter's hot statements, so that the benchmark can print what
 * each workload costs the database beside how long it takes: db hits count the records
 * Neo4j reads, independent of the machine, and grow with the graph when a statement
 * reads more than it needs.
 *
 * Each workload is a store call (the same query types the store takes), turned into the
 * statement and parameters the adapter would send, with the adapter's own builders (for
 * lists and links, the statement written for the call's shape).
 */
import type { Driver } from "neo4j-driver";
import type {
  ListQuery,
  NeighbourhoodQuery,
  NeighbourQuery,
  PathQuery,
  SearchQuery,
  TimelineQuery,
} from "../graph-store.js";
import { NEIGHBOURHOOD, SHORTEST_PATHS, TIMELINE } from "./cypher-exploration-statements.js";
import {
  getNodesParams,
  neighbourhoodParams,
  searchParams,
  shortestPathsParams,
  timelineParams,
} from "./cypher-params.js";
import type { CypherStatement } from "./cypher-statement.js";
import { GET_NODES, SEARCH } from "./cypher-statements.js";
import { assertParameters } from "./neo4j-store.js";
import { allOperators, planOf, totalDbHits } from "./query-plan.js";
import { listNodesCall, neighboursCall } from "./shaped-statements.js";

/** One store call of each hot kind. */
export interface HotQueries {
  readonly lookup: readonly string[];
  readonly listPage: ListQuery;
  readonly involvesTopic: ListQuery;
  readonly neighbours: { readonly ids: readonly string[]; readonly query: NeighbourQuery };
  readonly search: SearchQuery;
  readonly neighbourhood: NeighbourhoodQuery;
  readonly shortestPath: PathQuery;
  readonly timeline: TimelineQuery;
}

export type HotWorkload = keyof HotQueries;

/** A statement with the parameters the adapter sends for one call. */
export interface StatementCall {
  readonly statement: CypherStatement;
  readonly parameters: Record<string, unknown>;
}

export interface StatementProfile {
  readonly workload: HotWorkload;
  readonly statement: string;
  readonly dbHits: number;
  /** Rows of the statement's result. */
  readonly rows: number;
}

/** What the benchmark's workloads ask (bench/workloads.ts picks these from each dataset). */
export interface HotParameters {
  readonly lookupId: string;
  readonly topic: string;
  readonly searchText: string;
  readonly hubId: string;
  readonly pathFrom: string;
  readonly pathTo: string;
  readonly timeline: { readonly from: string; readonly to: string };
}

/** The store calls behind the benchmark's GraphQL workloads, with the API's defaults. */
export function hotQueries(p: HotParameters): HotQueries {
  return {
    lookup: [p.lookupId],
    listPage: {
      filter: { categories: ["Actor"] },
      sort: { field: "NAME", descending: false },
      offset: 0,
      limit: 100,
    },
    involvesTopic: {
      filter: { categories: ["Agreement"], involvesTopic: { topic: p.topic, maxHops: 3 } },
      sort: { field: "NAME", descending: false },
      offset: 0,
      limit: 10,
    },
    neighbours: { ids: [p.lookupId], query: { direction: "BOTH", limit: 50 } },
    search: { text: p.searchText, limit: 10 },
    neighbourhood: { ids: [p.hubId], depth: 2, limit: 500, fanOut: 100 },
    shortestPath: { from: [p.pathFrom], to: [p.pathTo], maxHops: 6, limit: 5 },
    timeline: { range: p.timeline, includeStatements: true, offset: 0, limit: 50 },
  };
}

/** The statement and parameters the adapter sends for each hot call. */
export function hotStatementCalls(queries: HotQueries): Record<HotWorkload, StatementCall> {
  const search = searchParams(queries.search);
  if (!search) throw new Error("the search workload's text folds to nothing");
  return {
    lookup: { statement: GET_NODES, parameters: getNodesParams(queries.lookup) },
    listPage: listNodesCall(queries.listPage),
    involvesTopic: listNodesCall(queries.involvesTopic),
    neighbours: neighboursCall(queries.neighbours.ids, queries.neighbours.query),
    search: { statement: SEARCH, parameters: search },
    neighbourhood: {
      statement: NEIGHBOURHOOD,
      parameters: neighbourhoodParams(queries.neighbourhood),
    },
    shortestPath: {
      statement: SHORTEST_PATHS,
      parameters: shortestPathsParams(queries.shortestPath),
    },
    timeline: { statement: TIMELINE, parameters: timelineParams(queries.timeline) },
  };
}

/** PROFILEs one call: its db hits and result rows. */
export async function profileCall(
  driver: Driver,
  call: StatementCall,
  database?: string,
): Promise<{ dbHits: number; rows: number }> {
  assertParameters(call.statement, call.parameters);
  const plan = await planOf(driver, "PROFILE", call.statement.text, call.parameters, database);
  const produced = allOperators(plan).find((step) => step.operator === "ProduceResults");
  return { dbHits: totalDbHits(plan), rows: produced?.rows ?? 0 };
}

/** PROFILE db hits of each hot workload's statement, in the order of `HotQueries`. */
export async function profileHotStatements(
  driver: Driver,
  queries: HotQueries,
  database?: string,
): Promise<StatementProfile[]> {
  const profiles: StatementProfile[] = [];
  for (const [workload, call] of Object.entries(hotStatementCalls(queries)) as [
    HotWorkload,
    StatementCall,
  ][]) {
    const { dbHits, rows } = await profileCall(driver, call, database);
    profiles.push({ workload, statement: call.statement.name, dbHits, rows });
  }
  return profiles;
}
