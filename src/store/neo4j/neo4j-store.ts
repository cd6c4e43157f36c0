/**
 * The production store: the same interface as the embedded one, answered by
 * Neo4j with one Cypher statement per call (so one per GraphQL level). Each read is an
 * auto-commit transaction, retried on transient errors (see auto-commit-read.ts). A request's view
 * (`forRequest`) bounds each transaction by the time its deadline leaves, and a
 * circuit breaker makes calls fail fast while the database is unreachable.
 */
import neo4j, { type Driver, type RecordShape } from "neo4j-driver";
import { type Deadline, DeadlineExceededError } from "../../domain/deadline.js";
import { EntenteError } from "../../domain/errors.js";
import type { DegreeBound, GraphStatistics } from "../../domain/graph-statistics.js";
import type { GraphEdge, GraphNode, NodeHead } from "../../domain/graph-types.js";
import {
  NODE_CATEGORIES,
  type NodeCategory,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from "../../domain/vocabulary.js";
import type {
  AggregateQuery,
  DatasetInfo,
  DegreeQuery,
  EdgeListQuery,
  EdgePage,
  FoundPath,
  GraphStore,
  GroupCount,
  HeadPage,
  ListQuery,
  Neighbour,
  NeighbourhoodQuery,
  NeighbourPage,
  NeighbourPageQuery,
  NeighbourQuery,
  NodeDegree,
  NodeFilter,
  NodePage,
  NodeSummary,
  NodeWithNeighbourHeads,
  PathQuery,
  SearchHit,
  SearchQuery,
  Subgraph,
  TimelinePage,
  TimelineQuery,
} from "../graph-store.js";
import type { RequestScope } from "../request-scope.js";
import { autoCommitRead } from "./auto-commit-read.js";
import { CircuitBreaker } from "./circuit-breaker.js";
import {
  AGGREGATE,
  NEIGHBOURHOOD,
  RESOLVE,
  SHORTEST_PATHS,
  TIMELINE,
  TOP_BY_DEGREE,
} from "./cypher-exploration-statements.js";
import {
  aggregateParams,
  filterParam,
  getEdgesParams,
  getNodesParams,
  listEdgesParams,
  neighbourhoodParams,
  resolveParams,
  searchParams,
  shortestPathsParams,
  sourceStatementPagesParams,
  timelineParams,
  topByDegreeParams,
} from "./cypher-params.js";
import { type CypherStatement, runParameters } from "./cypher-statement.js";
import {
  GET_EDGES,
  GET_NODES,
  INFO,
  LIST_EDGES,
  listSummaryStatement,
  SEARCH,
  SOURCE_STATEMENT_PAGES,
  STATISTICS,
} from "./cypher-statements.js";
import { isConnectionFailure, isTransactionTimeout, mapDriverError } from "./map-driver-error.js";
import { DEFAULT_MAX_RETRY_TIME_MS, type Neo4jConfig } from "./neo4j-config.js";
import {
  idsByIndex,
  propsToEdge,
  propsToFoundPath,
  propsToGroupCount,
  propsToNode,
  propsToNodeDegree,
  propsToNodeHead,
  propsToPath,
  propsToSubgraph,
  propsToTimelineEntry,
  readDate,
  toNumber,
} from "./record-mapping.js";
import { listNodesCall, neighbourPagesCall, neighboursCall } from "./shaped-statements.js";

type Props = Record<string, unknown>;

export function createDriver(config: Neo4jConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    connectionTimeout: config.connectionTimeoutMs,
    connectionAcquisitionTimeout: config.connectionTimeoutMs,
    maxTransactionRetryTime: config.maxRetryTimeMs,
    userAgent: "entente",
    // Integers arrive as JavaScript numbers rather than Integer objects: every integer the
    // store reads (offsets, counts, ordinals) is far below 2^53, and decoding thousands of
    // them as objects was a sixth of a large neighbourhood's time on the driver's side.
    disableLosslessIntegers: true,
  });
}

export type Neo4jStoreConfig = Pick<Neo4jConfig, "database" | "transactionTimeoutMs"> &
  Partial<Pick<Neo4jConfig, "failFastMs" | "maxRetryTimeMs">>;

export class Neo4jStore implements GraphStore {
  private readonly deadline: Deadline | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly config: Neo4jStoreConfig,
    scope: RequestScope = {},
    /** Shared by the store and every request's view of it. */
    readonly breaker: CircuitBreaker = new CircuitBreaker(config.failFastMs ?? 1_000),
    /** The statistics once read, shared the same way (see statistics()). */
    private readonly statisticsMemo: { value?: Promise<GraphStatistics> } = {},
  ) {
    this.deadline = scope.deadline;
  }

  /** The same database, with each transaction bounded by the request's deadline. */
  forRequest(scope: RequestScope): GraphStore {
    return new Neo4jStore(this.driver, this.config, scope, this.breaker, this.statisticsMemo);
  }

  /** The server-side transaction timeout: the configured one, or less when the deadline is nearer. */
  transactionTimeoutMs(): number {
    const configured = this.config.transactionTimeoutMs;
    if (!this.deadline) return configured;
    return Math.max(1, Math.min(configured, this.deadline.remainingMs()));
  }

  /**
   * Runs one read statement; the parameters must be exactly those the statement declares.
   * The breaker learns from every outcome, even one that comes after the request's
   * deadline has already answered the client.
   */
  private read(statement: CypherStatement, parameters: Props): Promise<RecordShape[]> {
    assertParameters(statement, parameters);
    this.deadline?.check();
    this.breaker.admit();
    const deadline = this.deadline;
    // When the request's deadline is nearer than the configured timeout, the timeout asked
    // of Neo4j is what the deadline leaves: if Neo4j then ends the transaction, the
    // deadline is what ran out, and the client should hear that, not that the store failed.
    const timeoutIsDeadline =
      deadline !== undefined && deadline.remainingMs() < this.config.transactionTimeoutMs;
    const outcome = autoCommitRead(this.driver, {
      text: statement.text,
      parameters: runParameters(parameters),
      database: this.config.database,
      timeoutMs: () => this.transactionTimeoutMs(),
      metadata: { app: "entente", statement: statement.name },
      // No retry may start after the request's deadline: nobody would wait for its answer.
      retryBudgetMs: Math.min(
        this.config.maxRetryTimeMs ?? DEFAULT_MAX_RETRY_TIME_MS,
        this.deadline?.remainingMs() ?? Number.POSITIVE_INFINITY,
      ),
    }).then(
      (records) => {
        this.breaker.succeeded();
        return records;
      },
      (error: unknown) => {
        if (deadline && timeoutIsDeadline && isTransactionTimeout(error)) {
          this.breaker.succeeded();
          throw new DeadlineExceededError(deadline.timeoutMs);
        }
        const mapped = mapDriverError(error);
        if (isConnectionFailure(error) && mapped instanceof EntenteError) {
          this.breaker.failed(mapped);
        } else {
          // The database answered, with an error of its own: it is reachable.
          this.breaker.succeeded();
        }
        throw mapped;
      },
    );
    // Past the deadline the transaction may still run until the server's timeout (set to
    // what the deadline left) ends it; the answer does not wait for that.
    return this.deadline ? this.deadline.race(outcome) : outcome;
  }

  async getNodes(ids: readonly string[]): Promise<(GraphNode | undefined)[]> {
    const records = await this.read(GET_NODES, getNodesParams(ids));
    const byId = new Map(
      records.map((record) => {
        const node = propsToNode(record.node as Props);
        return [node.id, node] as const;
      }),
    );
    return ids.map((id) => byId.get(id));
  }

  async getEdges(ids: readonly string[]): Promise<(GraphEdge | undefined)[]> {
    const records = await this.read(GET_EDGES, getEdgesParams(ids));
    const byId = new Map(
      records.map((record) => {
        const edge = propsToEdge(record.edge as Props);
        return [edge.id, edge] as const;
      }),
    );
    return ids.map((id) => byId.get(id));
  }

  async listNodes(query: ListQuery): Promise<NodePage> {
    const call = listNodesCall(query);
    const [record] = await this.read(call.statement, call.parameters);
    const page = (record?.page ?? []) as Props[];
    return {
      totalCount: record ? toNumber(record.total) : 0,
      items: page.map((item) => withWhy(propsToNode(item.node as Props), item.why as Props | null)),
    };
  }

  async listNodeHeads(query: ListQuery): Promise<HeadPage> {
    const call = listNodesCall(query, true);
    const [record] = await this.read(call.statement, call.parameters);
    const page = (record?.page ?? []) as Props[];
    return {
      totalCount: record ? toNumber(record.total) : 0,
      items: page.map((item) => propsToNodeHead(item.node as Props)),
    };
  }

  async listSummary(filter: NodeFilter): Promise<NodeSummary> {
    const [record] = await this.read(listSummaryStatement(filter.where), {
      filter: filterParam(filter),
    });
    const min = record?.dateMin ? readDate(record.dateMin as Props) : undefined;
    const max = record?.dateMax ? readDate(record.dateMax as Props) : undefined;
    return {
      totalCount: record ? toNumber(record.total) : 0,
      dates: { ...(min ? { min } : {}), ...(max ? { max } : {}) },
    };
  }

  async listEdges(query: EdgeListQuery): Promise<EdgePage> {
    const [record] = await this.read(LIST_EDGES, listEdgesParams(query));
    return {
      totalCount: record ? toNumber(record.total) : 0,
      items: ((record?.page ?? []) as Props[]).map(propsToEdge),
    };
  }

  async sourceStatementPages(
    sourceIds: readonly string[],
    query: EdgeListQuery,
  ): Promise<EdgePage[]> {
    const records = await this.read(
      SOURCE_STATEMENT_PAGES,
      sourceStatementPagesParams(sourceIds, query),
    );
    const byId = new Map<string, EdgePage>();
    for (const record of records) {
      byId.set(String(record.id), {
        totalCount: toNumber(record.total),
        items: ((record.page ?? []) as Props[]).map(propsToEdge),
      });
    }
    return sourceIds.map((id) => byId.get(id) ?? { items: [], totalCount: 0 });
  }

  async neighbours(ids: readonly string[], query: NeighbourQuery): Promise<Neighbour[][]> {
    const call = neighboursCall(ids, query);
    const records = await this.read(call.statement, call.parameters);
    const byId = new Map<string, Neighbour[]>();
    for (const record of records) {
      const links = (record.links ?? []) as Props[];
      byId.set(
        String(record.id),
        links.map((link) => ({
          edge: propsToEdge(link.edge as Props),
          node: withWhy(propsToNode(link.node as Props), link.why as Props | null),
        })),
      );
    }
    return ids.map((id) => byId.get(id) ?? []);
  }

  async neighbourHeads(ids: readonly string[], query: NeighbourQuery): Promise<NodeHead[][]> {
    const call = neighboursCall(ids, query, "heads");
    const records = await this.read(call.statement, call.parameters);
    const byId = new Map<string, NodeHead[]>();
    for (const record of records) {
      byId.set(String(record.id), ((record.heads ?? []) as Props[]).map(propsToNodeHead));
    }
    return ids.map((id) => byId.get(id) ?? []);
  }

  async nodesWithNeighbourHeads(
    ids: readonly string[],
    query: NeighbourQuery,
  ): Promise<NodeWithNeighbourHeads[]> {
    const call = neighboursCall(ids, query, "originsAndHeads");
    const records = await this.read(call.statement, call.parameters);
    const byId = new Map<string, NodeWithNeighbourHeads>();
    for (const record of records) {
      byId.set(String(record.id), {
        node: record.node ? propsToNode(record.node as Props) : undefined,
        heads: ((record.heads ?? []) as Props[]).map(propsToNodeHead),
      });
    }
    return ids.map((id) => byId.get(id) ?? { node: undefined, heads: [] });
  }

  async neighbourPages(
    ids: readonly string[],
    query: NeighbourPageQuery,
  ): Promise<NeighbourPage[]> {
    const call = neighbourPagesCall(ids, query);
    const records = await this.read(call.statement, call.parameters);
    const span = (min: unknown, max: unknown) => {
      const low = min ? readDate(min as Props) : undefined;
      const high = max ? readDate(max as Props) : undefined;
      return { ...(low ? { min: low } : {}), ...(high ? { max: high } : {}) };
    };
    const byId = new Map<string, NeighbourPage>();
    for (const record of records) {
      byId.set(String(record.id), {
        items: ((record.links ?? []) as Props[]).map((link) => ({
          edge: propsToEdge(link.edge as Props),
          node: withWhy(propsToNode(link.node as Props), link.why as Props | null),
        })),
        totalCount: toNumber(record.total),
        nodeCount: toNumber(record.nodeCount),
        nodeDates: span(record.nodeMin, record.nodeMax),
        edgeDates: span(record.edgeMin, record.edgeMax),
      });
    }
    return ids.map(
      (id) =>
        byId.get(id) ?? {
          items: [],
          totalCount: 0,
          nodeCount: 0,
          nodeDates: {},
          edgeDates: {},
        },
    );
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const parameters = searchParams(query);
    if (!parameters) return [];
    const records = await this.read(SEARCH, parameters);
    return records.map((record) => ({
      node: propsToNode(record.node as Props),
      score: toNumber(record.score),
      matched: String(record.matched),
    }));
  }

  async resolve(references: readonly string[]): Promise<string[][]> {
    const records = await this.read(RESOLVE, resolveParams(references));
    return idsByIndex(records, references.length);
  }

  /**
   * SHORTEST_PATHS: one ALL SHORTEST search per (from, to) pair, bounded by the
   * literal MAX_PATH_HOPS (a `maxHops` above it is treated as MAX_PATH_HOPS; the
   * API never asks for more), then the smallest length over all pairs, in the
   * memory store's order.
   */
  async shortestPaths(query: PathQuery): Promise<FoundPath[]> {
    const records = await this.read(SHORTEST_PATHS, shortestPathsParams(query));
    return records.map((record) => propsToFoundPath(record as Props));
  }

  /**
   * NEIGHBOURHOOD: one statement, the breadth-first walk unrolled to the literal
   * MAX_NEIGHBOURHOOD_DEPTH levels (a deeper `depth` stops there; the API caps it),
   * with the memory store's fan-out, limit and truncation rules level by level.
   */
  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph> {
    const [record] = await this.read(NEIGHBOURHOOD, neighbourhoodParams(query));
    return propsToSubgraph(record);
  }

  async timeline(query: TimelineQuery): Promise<TimelinePage> {
    const [record] = await this.read(TIMELINE, timelineParams(query));
    return {
      totalCount: record ? toNumber(record.total) : 0,
      items: ((record?.page ?? []) as Props[]).map(propsToTimelineEntry),
    };
  }

  async aggregate(query: AggregateQuery): Promise<GroupCount[]> {
    const records = await this.read(AGGREGATE, aggregateParams(query));
    return records.map(propsToGroupCount);
  }

  async topByDegree(query: DegreeQuery): Promise<NodeDegree[]> {
    const records = await this.read(TOP_BY_DEGREE, topByDegreeParams(query));
    return records.map(propsToNodeDegree);
  }

  async info(): Promise<DatasetInfo> {
    const [record] = await this.read(INFO, {});
    return {
      version:
        record?.version === null || record?.version === undefined ? "none" : String(record.version),
      nodeCount: record ? toNumber(record.nodeCount) : 0,
      edgeCount: record ? toNumber(record.edgeCount) : 0,
    };
  }

  /**
   * Read once (the statement reads every node) and remembered until forgetStatistics():
   * the server asks for them before it reports ready, and again after each load, so no
   * request pays for the read. A failed read is not remembered.
   */
  statistics(): Promise<GraphStatistics> {
    const memo = this.statisticsMemo;
    memo.value ??= this.read(STATISTICS, {}).then(
      ([record]) => propsToStatistics(record),
      (error: unknown) => {
        memo.value = undefined;
        throw error;
      },
    );
    return memo.value;
  }

  /** After a load: the next statistics() reads the new dataset's. */
  forgetStatistics(): void {
    this.statisticsMemo.value = undefined;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** The STATISTICS record as GraphStatistics (counts arrive as Neo4j integers). */
function propsToStatistics(record: RecordShape | undefined): GraphStatistics {
  const counts = (record?.nodesByCategory ?? {}) as Record<string, unknown>;
  const edges = (record?.edgesByType ?? {}) as Record<string, unknown>;
  const degrees = (record?.maxDegree ?? {}) as Record<string, { out?: unknown; in?: unknown }>;
  return {
    version:
      record?.version === null || record?.version === undefined ? "none" : String(record.version),
    nodeCount: toNumber(record?.nodeCount ?? 0),
    edgeCount: toNumber(record?.edgeCount ?? 0),
    nodesByCategory: Object.fromEntries(
      NODE_CATEGORIES.map((category) => [category, toNumber(counts[category] ?? 0)]),
    ) as Record<NodeCategory, number>,
    edgesByType: Object.fromEntries(
      RELATIONSHIP_TYPES.map((type) => [type, toNumber(edges[type] ?? 0)]),
    ) as Record<RelationshipType, number>,
    maxDegree: Object.fromEntries(
      RELATIONSHIP_TYPES.map((type) => [
        type,
        { out: toNumber(degrees[type]?.out ?? 0), in: toNumber(degrees[type]?.in ?? 0) },
      ]),
    ) as Record<RelationshipType, DegreeBound>,
  };
}

function withWhy(node: GraphNode, why: Props | null | undefined) {
  const path = propsToPath(why);
  return path ? { node, why: path } : { node };
}

/** Guards the promise the lint test relies on: the adapter passes exactly the declared parameters. */
export function assertParameters(statement: CypherStatement, parameters: Props): void {
  const given = Object.keys(parameters).sort().join(",");
  const declared = [...statement.parameters].sort().join(",");
  if (given !== declared) {
    throw new Error(`statement ${statement.name} declares (${declared}) but was given (${given})`);
  }
}
