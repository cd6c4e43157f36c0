/** Counts for overview charts: nodes by group, and the most connected nodes. */
import type { GraphEdge, GraphNode } from "../../domain/graph-types.js";
import type { GroupBy, GroupCount } from "../graph-store.js";
import type { EntenteGraph } from "./topic-reach.js";

/** Keys a node counts under for `groupBy` (a node covering two topics counts under both). */
export function groupKeys(graph: EntenteGraph, node: GraphNode, groupBy: GroupBy): string[] {
  switch (groupBy) {
    case "CATEGORY":
      return [node.category];
    case "KIND":
      return [node.kind];
    case "STATUS":
      return [node.status ?? "NONE"];
    case "YEAR":
      return [node.date ? node.date.earliest.slice(0, 4) : "NONE"];
    case "TOPIC": {
      const topics = new Set<string>();
      graph.forEachOutEdge(node.id, (_key, edge: GraphEdge) => {
        if (edge.type === "COVERS") topics.add(edge.to);
      });
      return topics.size > 0 ? [...topics] : ["NONE"];
    }
  }
}

export function sortCounts(counts: ReadonlyMap<string, number>): GroupCount[] {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
