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
  const starts = [...new Set(query.ids)].filter((id) => graph.hasNode(id));
  const included = new Map<string, GraphNode>(
    starts.slice(0, query.limit).map((id) => [id, graph.getNodeAttributes(id)]),
  );
  let truncated = starts.length > query.limit;
  /** Nodes beyond some node's fan-out; the result is cut only if one of them stays out. */
  const cut = new Set<string>();
  let frontier = [...included.keys()];
  for (let level = 0; level < query.depth && frontier.length > 0; level++) {
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
      for (const { other } of candidates.slice(query.fanOut)) cut.add(other);
      for (const { other } of candidates.slice(0, query.fanOut)) {
        if (!included.has(other)) discovered.add(other);
      }
    }
    const room = query.limit - included.size;
    const next = [...discovered].sort().slice(0, Math.max(room, 0));
    if (discovered.size > next.length) truncated = true;
    for (const id of next) included.set(id, graph.getNodeAttributes(id));
    frontier = next;
  }
  if (!truncated) truncated = [...cut].some((id) => !included.has(id));
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
