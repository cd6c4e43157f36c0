/**
 * GraphStatistics counted the plain way (a tally per node and type), for the contract
 * suite to check the stores' own computations against.
 */
import type { GraphStatistics } from "../../src/domain/graph-statistics.js";
import type { Dataset } from "../../src/domain/graph-types.js";
import { NODE_CATEGORIES, RELATIONSHIP_TYPES } from "../../src/domain/vocabulary.js";

export function naiveStatistics(dataset: Dataset): GraphStatistics {
  const tally = new Map<string, number>();
  const bump = (key: string) => {
    const count = (tally.get(key) ?? 0) + 1;
    tally.set(key, count);
    return count;
  };
  const most = new Map<string, number>();
  for (const edge of dataset.edges) {
    for (const [end, id] of [
      ["out", edge.from],
      ["in", edge.to],
    ] as const) {
      const count = bump(`${end} ${edge.type} ${id}`);
      if (count > (most.get(`${end} ${edge.type}`) ?? 0)) most.set(`${end} ${edge.type}`, count);
    }
  }
  const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;
  return {
    version: dataset.version,
    nodeCount: dataset.nodes.length,
    edgeCount: dataset.edges.length,
    nodesByCategory: Object.fromEntries(
      NODE_CATEGORIES.map((category) => [
        category,
        count(dataset.nodes, (node) => node.category === category),
      ]),
    ) as GraphStatistics["nodesByCategory"],
    edgesByType: Object.fromEntries(
      RELATIONSHIP_TYPES.map((type) => [type, count(dataset.edges, (edge) => edge.type === type)]),
    ) as GraphStatistics["edgesByType"],
    maxDegree: Object.fromEntries(
      RELATIONSHIP_TYPES.map((type) => [
        type,
        { out: most.get(`out ${type}`) ?? 0, in: most.get(`in ${type}`) ?? 0 },
      ]),
    ) as GraphStatistics["maxDegree"],
  };
}
