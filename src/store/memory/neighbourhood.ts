/**
 * The neighbourhood of some nodes as a drawable subgraph: breadth-first to a
 * depth, at most `fanOut` relationships followed from any node per step and at
 * most `limit` nodes in all, then every allowed relationship among the nodes.
 */
import type { GraphEdge, GraphNode } from "../../domain/graph-types.js";
import type { NeighbourhoodQuery, Subgraph } from "../graph-store.js";
import type { EntenteGraph } from "./topic-reach.js";

export function neighbourhood(
  graph: EntenteGraph,
  query: NeighbourhoodQuery,
  allowedEdge: (edge: GraphEdge) => boolean,
  allowedNode: (node: GraphNode) => boolean,
): Subgraph {
  const included = new Map<string, GraphNode>();
  let truncated = false;
  for (const id of query.ids) {
    if (included.size >= query.limit) {
      truncated = true;
      break;
    }
    if (graph.hasNode(id) && !included.has(id)) included.set(id, graph.getNodeAttributes(id));
  }
  let frontier = [...included.keys()];
  for (let level = 0; level < query.depth && frontier.length > 0 && !truncated; level++) {
    const discovered = new Set<string>();
    for (const id of frontier) {
      const candidates: { other: string; edge: GraphEdge }[] = [];
      graph.forEachEdge(id, (_key, edge) => {
        const other = edge.from === id ? edge.to : edge.from;
        if (other === id || !allowedEdge(edge) || !allowedNode(graph.getNodeAttributes(other)))
          return;
        candidates.push({ other, edge });
      });
      candidates.sort((a, b) => compare(a.other, b.other) || compare(a.edge.id, b.edge.id));
      if (candidates.length > query.fanOut) truncated = true;
      for (const { other } of candidates.slice(0, query.fanOut)) {
        if (!included.has(other)) discovered.add(other);
      }
    }
    const next: string[] = [];
    for (const id of [...discovered].sort()) {
      if (included.size >= query.limit) {
        truncated = true;
        break;
      }
      included.set(id, graph.getNodeAttributes(id));
      next.push(id);
    }
    frontier = next;
  }
  const edges: GraphEdge[] = [];
  for (const id of included.keys()) {
    graph.forEachOutEdge(id, (_key, edge) => {
      if (included.has(edge.to) && allowedEdge(edge)) edges.push(edge);
    });
  }
  edges.sort((a, b) => compare(a.id, b.id));
  return { nodes: [...included.values()], edges, truncated };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
