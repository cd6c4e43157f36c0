/**
 * What the cost estimate needs to know about the graph being served: how many nodes of
 * each category there are, and the most relationships of each type any one node has,
 * each way. A nested list can never return more than that, whatever its `first` says,
 * so an estimate multiplied by these figures is an upper bound that follows the graph:
 * the seed's few dozen nodes let ordinary nested questions through, while a synthetic
 * graph of a million nodes, whose hubs have thousands of links, still refuses them.
 */
import type { Dataset } from "./graph-types.js";
import {
  NODE_CATEGORIES,
  type NodeCategory,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from "./vocabulary.js";

export interface DegreeBound {
  /** Most relationships of the type any one node has from it. */
  readonly out: number;
  /** Most relationships of the type any one node has to it. */
  readonly in: number;
}

export interface GraphStatistics {
  /** The dataset the figures describe (estimates are remembered per version). */
  readonly version: string;
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly nodesByCategory: Readonly<Record<NodeCategory, number>>;
  readonly edgesByType: Readonly<Record<RelationshipType, number>>;
  readonly maxDegree: Readonly<Record<RelationshipType, DegreeBound>>;
}

export type DegreeDirection = "OUT" | "IN" | "BOTH";

/**
 * The most relationships of `types` one node can have in `direction`: the sum of each
 * type's maximum (BOTH: both ways). A bound, not the exact figure, since the node with
 * the most of one type need not be the one with the most of another.
 */
export function maxRelationships(
  statistics: GraphStatistics,
  types: readonly RelationshipType[],
  direction: DegreeDirection,
): number {
  let total = 0;
  for (const type of new Set(types)) {
    const bound = statistics.maxDegree[type];
    if (direction !== "IN") total += bound.out;
    if (direction !== "OUT") total += bound.in;
  }
  return total;
}

/**
 * For each type, the most relationships of it one node has, given each relationship's
 * node (`nodeOf`) and type: relationships are bucketed by node (a counting sort) and
 * counted a node at a time, in time and memory linear in nodes plus relationships (a
 * table of nodes × types cells would need 176 MB at 10^6 nodes).
 */
function maxPerType(
  nodeOf: Int32Array,
  typeOf: Uint8Array,
  nodeCount: number,
  typeCount: number,
): number[] {
  const start = new Int32Array(nodeCount + 1);
  for (const node of nodeOf) start[node + 1] = (start[node + 1] as number) + 1;
  for (let i = 0; i < nodeCount; i++)
    start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const next = start.slice(0, nodeCount);
  const types = new Uint8Array(nodeOf.length);
  nodeOf.forEach((node, edge) => {
    const at = next[node] as number;
    types[at] = typeOf[edge] as number;
    next[node] = at + 1;
  });
  const max = new Array<number>(typeCount).fill(0);
  const count = new Int32Array(typeCount);
  for (let node = 0; node < nodeCount; node++) {
    const from = start[node] as number;
    const to = start[node + 1] as number;
    for (let i = from; i < to; i++) {
      const type = types[i] as number;
      const now = (count[type] as number) + 1;
      count[type] = now;
      if (now > (max[type] as number)) max[type] = now;
    }
    for (let i = from; i < to; i++) count[types[i] as number] = 0;
  }
  return max;
}

/**
 * A graph whose nodes and relationships are numbered: what the statistics are computed
 * from. The memory store has one already (its adjacency arrays), which spares it the
 * id lookups a Dataset needs (two per relationship: seconds at 10^6 nodes).
 */
export interface NumberedGraph {
  readonly version: string;
  readonly nodeCount: number;
  readonly edgeCount: number;
  categoryOf(node: number): NodeCategory;
  typeOf(edge: number): RelationshipType;
  /** The number of the node the relationship leaves. */
  fromOf(edge: number): number;
  /** The number of the node the relationship reaches. */
  toOf(edge: number): number;
}

/** The statistics of a numbered graph, in time linear in its nodes and relationships. */
export function statisticsOf(graph: NumberedGraph): GraphStatistics {
  const nodesByCategory = Object.fromEntries(NODE_CATEGORIES.map((c) => [c, 0])) as Record<
    NodeCategory,
    number
  >;
  for (let node = 0; node < graph.nodeCount; node++) nodesByCategory[graph.categoryOf(node)] += 1;
  const typeIndex = new Map(RELATIONSHIP_TYPES.map((type, i) => [type, i]));
  const typeCount = RELATIONSHIP_TYPES.length;
  const edgesByType = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0])) as Record<
    RelationshipType,
    number
  >;
  const from = new Int32Array(graph.edgeCount);
  const to = new Int32Array(graph.edgeCount);
  const types = new Uint8Array(graph.edgeCount);
  for (let edge = 0; edge < graph.edgeCount; edge++) {
    const type = graph.typeOf(edge);
    types[edge] = typeIndex.get(type) ?? 0;
    edgesByType[type] += 1;
    from[edge] = graph.fromOf(edge);
    to[edge] = graph.toOf(edge);
  }
  const outMax = maxPerType(from, types, graph.nodeCount, typeCount);
  const inMax = maxPerType(to, types, graph.nodeCount, typeCount);
  const maxDegree = Object.fromEntries(
    RELATIONSHIP_TYPES.map((type, i) => [type, { out: outMax[i] ?? 0, in: inMax[i] ?? 0 }]),
  ) as Record<RelationshipType, DegreeBound>;
  return {
    version: graph.version,
    nodeCount: graph.nodeCount,
    edgeCount: graph.edgeCount,
    nodesByCategory,
    edgesByType,
    maxDegree,
  };
}

/** The statistics of a dataset (whose relationships join its nodes). */
export function computeGraphStatistics(dataset: Dataset): GraphStatistics {
  const index = new Map(dataset.nodes.map((node, i) => [node.id, i]));
  const edge = (i: number) => dataset.edges[i] as Dataset["edges"][number];
  return statisticsOf({
    version: dataset.version,
    nodeCount: dataset.nodes.length,
    edgeCount: dataset.edges.length,
    categoryOf: (i) => (dataset.nodes[i] as Dataset["nodes"][number]).category,
    typeOf: (i) => edge(i).type,
    fromOf: (i) => index.get(edge(i).from) ?? 0,
    toOf: (i) => index.get(edge(i).to) ?? 0,
  });
}
