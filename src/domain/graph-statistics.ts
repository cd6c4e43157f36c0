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

/** The statistics of a dataset (whose relationships join its nodes), in linear time. */
export function computeGraphStatistics(dataset: Dataset): GraphStatistics {
  const index = new Map<string, number>();
  const nodesByCategory = Object.fromEntries(NODE_CATEGORIES.map((c) => [c, 0])) as Record<
    NodeCategory,
    number
  >;
  for (const node of dataset.nodes) {
    index.set(node.id, index.size);
    nodesByCategory[node.category] += 1;
  }
  const typeIndex = new Map(RELATIONSHIP_TYPES.map((type, i) => [type, i]));
  const typeCount = RELATIONSHIP_TYPES.length;
  const edgesByType = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0])) as Record<
    RelationshipType,
    number
  >;
  const from = new Int32Array(dataset.edges.length);
  const to = new Int32Array(dataset.edges.length);
  const typeOf = new Uint8Array(dataset.edges.length);
  dataset.edges.forEach((edge, i) => {
    typeOf[i] = typeIndex.get(edge.type) ?? 0;
    edgesByType[edge.type] += 1;
    from[i] = index.get(edge.from) ?? 0;
    to[i] = index.get(edge.to) ?? 0;
  });
  const outMax = maxPerType(from, typeOf, index.size, typeCount);
  const inMax = maxPerType(to, typeOf, index.size, typeCount);
  const maxDegree = Object.fromEntries(
    RELATIONSHIP_TYPES.map((type, i) => [type, { out: outMax[i] ?? 0, in: inMax[i] ?? 0 }]),
  ) as Record<RelationshipType, DegreeBound>;
  return {
    version: dataset.version,
    nodeCount: dataset.nodes.length,
    edgeCount: dataset.edges.length,
    nodesByCategory,
    edgesByType,
    maxDegree,
  };
}
