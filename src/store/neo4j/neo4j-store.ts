/**
 * The production store: the same interface as the embedded one, answered by
 * Neo4j with one Cypher statement per call (so one per GraphQL level). Reads run
 * in `executeRead`, which the driver retries on transient errors.
 */
import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from "neo4j-driver";
import { foldText } from "../../domain/fold-text.js";
import type { GraphEdge, GraphNode } from "../../domain/graph-types.js";
import { isProspective, STATUSES } from "../../domain/vocabulary.js";
import type {
  DatasetInfo,
  EdgeListQuery,
  EdgePage,
  GraphStore,
  ListQuery,
  Neighbour,
  NeighbourQuery,
  NodeFilter,
  NodePage,
  SearchHit,
  SearchQuery,
} from "../graph-store.js";
import type { CypherStatement } from "./cypher-statement.js";
import {
  GET_EDGES,
  GET_NODES,
  INFO,
  LIST_EDGES,
  LIST_NODES,
  NEIGHBOURS,
  SEARCH,
} from "./cypher-statements.js";
import { mapDriverError } from "./map-driver-error.js";
import type { Neo4jConfig } from "./neo4j-config.js";
import { propsToEdge, propsToNode, propsToPath, toNeo4jDate, toNumber } from "./record-mapping.js";

type Props = Record<string, unknown>;

export function createDriver(config: Neo4jConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    connectionTimeout: config.connectionTimeoutMs,
    connectionAcquisitionTimeout: config.connectionTimeoutMs,
    maxTransactionRetryTime: config.maxRetryTimeMs,
    userAgent: "entente",
  });
}

/** A text reference as Cypher compares it: the raw text for ids, the folded text for names. */
function reference(texts: readonly string[]) {
  return { refs: [...texts], folded: texts.map(foldText) };
}

/** A NodeFilter as the `$filter`/`$far` parameter map the statements read. */
export function filterParam(filter: NodeFilter | undefined) {
  return {
    categories: filter?.categories ? [...filter.categories] : null,
    kinds: filter?.kinds ? [...filter.kinds] : null,
    statuses: filter?.statuses ? [...filter.statuses] : null,
    hasDate: filter?.date !== undefined,
    dateFrom: filter?.date?.from ? toNeo4jDate(filter.date.from) : null,
    dateTo: filter?.date?.to ? toNeo4jDate(filter.date.to) : null,
    relatedTo: (filter?.relatedTo ?? []).map((related) => ({
      types: [...related.types],
      direction: related.direction,
      ...reference(related.nodes),
    })),
    coversTopic: filter?.coversTopic === undefined ? null : reference([filter.coversTopic]),
    involvesTopic:
      filter?.involvesTopic === undefined
        ? null
        : {
            ...reference([filter.involvesTopic.topic]),
            maxHops: neo4j.int(filter.involvesTopic.maxHops),
          },
  };
}

export class Neo4jStore implements GraphStore {
  constructor(
    private readonly driver: Driver,
    private readonly config: Pick<Neo4jConfig, "database" | "transactionTimeoutMs">,
  ) {}

  /** Runs one read statement; the parameters must be exactly those the statement declares. */
  private async read(statement: CypherStatement, parameters: Props): Promise<RecordShape[]> {
    assertParameters(statement, parameters);
    const session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      return await session.executeRead(
        async (tx: ManagedTransaction) => {
          const result = await tx.run(statement.text, parameters);
          return result.records.map((record) => record.toObject());
        },
        {
          timeout: this.config.transactionTimeoutMs,
          metadata: { app: "entente", statement: statement.name },
        },
      );
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  async getNodes(ids: readonly string[]): Promise<(GraphNode | undefined)[]> {
    const records = await this.read(GET_NODES, { ids: [...new Set(ids)] });
    const byId = new Map(
      records.map((record) => {
        const node = propsToNode(record.node as Props);
        return [node.id, node] as const;
      }),
    );
    return ids.map((id) => byId.get(id));
  }

  async getEdges(ids: readonly string[]): Promise<(GraphEdge | undefined)[]> {
    const rows = [...new Set(ids)].flatMap((id) => {
      const parsed = parseEdgeId(id);
      return parsed ? [{ id, ...parsed }] : [];
    });
    const records = await this.read(GET_EDGES, { rows });
    const byId = new Map(
      records.map((record) => {
        const edge = propsToEdge(record.edge as Props);
        return [edge.id, edge] as const;
      }),
    );
    return ids.map((id) => byId.get(id));
  }

  async listNodes(query: ListQuery): Promise<NodePage> {
    const [record] = await this.read(LIST_NODES, {
      filter: filterParam(query.filter),
      sort: { field: query.sort.field, descending: query.sort.descending },
      offset: neo4j.int(query.offset),
      limit: neo4j.int(query.limit),
    });
    const page = (record?.page ?? []) as Props[];
    return {
      totalCount: record ? toNumber(record.total) : 0,
      items: page.map((item) => withWhy(propsToNode(item.node as Props), item.why as Props | null)),
    };
  }

  async listEdges(query: EdgeListQuery): Promise<EdgePage> {
    const filter = query.filter;
    const [record] = await this.read(LIST_EDGES, {
      filter: {
        types: filter.types ? [...filter.types] : null,
        statuses: filter.statuses ? [...filter.statuses] : null,
        hasDate: filter.date !== undefined,
        dateFrom: filter.date?.from ? toNeo4jDate(filter.date.from) : null,
        dateTo: filter.date?.to ? toNeo4jDate(filter.date.to) : null,
        prospective: filter.prospective ?? null,
        inferred: filter.inferred ?? null,
      },
      prospectiveStatuses: STATUSES.filter(isProspective),
      offset: neo4j.int(query.offset),
      limit: neo4j.int(query.limit),
    });
    return {
      totalCount: record ? toNumber(record.total) : 0,
      items: ((record?.page ?? []) as Props[]).map(propsToEdge),
    };
  }

  async neighbours(ids: readonly string[], query: NeighbourQuery): Promise<Neighbour[][]> {
    const records = await this.read(NEIGHBOURS, {
      ids: [...new Set(ids)],
      types: query.types ? [...query.types] : null,
      direction: query.direction,
      edgeStatuses: query.edgeStatuses ? [...query.edgeStatuses] : null,
      far: filterParam(query.far),
      limit: neo4j.int(query.limit),
    });
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

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const text = foldText(query.text);
    if (text === "") return [];
    const records = await this.read(SEARCH, {
      text,
      tokens: text.split(" "),
      categories: query.categories ? [...query.categories] : null,
      kinds: query.kinds ? [...query.kinds] : null,
      limit: neo4j.int(query.limit),
    });
    return records.map((record) => ({
      node: propsToNode(record.node as Props),
      score: toNumber(record.score),
      matched: String(record.matched),
    }));
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

  async close(): Promise<void> {
    await this.driver.close();
  }
}

function withWhy(node: GraphNode, why: Props | null | undefined) {
  const path = propsToPath(why);
  return path ? { node, why: path } : { node };
}

/** `from/TYPE/to#key` → its ends, so a lookup by id can use the node id index. */
function parseEdgeId(id: string): { from: string; to: string } | undefined {
  const [from, , ...rest] = id.split("/");
  const to = rest.join("/").split("#")[0];
  return from && to ? { from, to } : undefined;
}

/** Guards the promise the lint test relies on: the adapter passes exactly the declared parameters. */
export function assertParameters(statement: CypherStatement, parameters: Props): void {
  const given = Object.keys(parameters).sort().join(",");
  const declared = [...statement.parameters].sort().join(",");
  if (given !== declared) {
    throw new Error(`statement ${statement.name} declares (${declared}) but was given (${given})`);
  }
}
