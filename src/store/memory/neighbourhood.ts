/**
 * The neighbourhood of some nodes as a drawable subgraph: breadth-first to a
 * depth, at most `fanOut` relationships followed from any node per step and at
 * most `limit` nodes in all, then every allowed relationship among the nodes.
 *
 * Each node's either-way list is already ordered by the other node's id, then the
 * relationship's id (adjacency-graph.ts), so a step reads at most `fanOut` allowed
 * relationships and stops: the cost does not grow with a hub's degree. Whether a
 * node beyond some fan-out stayed out is checked at the end, from where each list
 * stopped, and only until one is found.
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
  const starts: number[] = [];
  for (const id of new Set(query.ids)) {
    const index = graph.index(id);
    if (index !== undefined) starts.push(index);
  }
  const order = starts.slice(0, query.limit);
  const included = new Set<number>(order);
  let truncated = starts.length > query.limit;
  /** Where a node's list was left after `fanOut` relationships: the rest is "cut". */
  const resumes: { node: number; position: number }[] = [];
  const allowed = (edge: number, other: number) =>
    allowedEdge(graph.edgeAt(edge)) && allowedNode(graph.nodeAt(other));

  let frontier = order;
  for (let level = 0; level < query.depth && frontier.length > 0; level++) {
    const discovered = new Set<number>();
    for (const v of frontier) {
      const [start, end] = graph.eitherWayRange(v);
      let taken = 0;
      for (let k = start; k < end; k++) {
        const edge = graph.eitherWay(k);
        const other = graph.other(edge, v);
        if (!allowed(edge, other)) continue;
        if (taken === query.fanOut) {
          resumes.push({ node: v, position: k });
          break;
        }
        taken++;
        if (!included.has(other)) discovered.add(other);
      }
    }
    const room = query.limit - included.size;
    const next = [...discovered].sort((a, b) => a - b).slice(0, Math.max(room, 0));
    if (discovered.size > next.length) truncated = true;
    for (const v of next) {
      included.add(v);
      order.push(v);
    }
    frontier = next;
  }
  if (!truncated) truncated = resumes.some((resume) => leavesOut(graph, resume, included, allowed));

  const edges: GraphEdge[] = [];
  for (const v of order) {
    const [start, end] = graph.outRange(v);
    for (let k = start; k < end; k++) {
      const edge = graph.outAt(k);
      if (included.has(graph.edgeTarget(edge)) && allowedEdge(graph.edgeAt(edge))) {
        edges.push(graph.edgeAt(edge));
      }
    }
  }
  edges.sort((a, b) => compare(a.id, b.id));
  return { nodes: order.map((v) => graph.nodeAt(v)), edges, truncated };
}

/** Whether an allowed relationship past the fan-out leads to a node that is not included. */
function leavesOut(
  graph: EntenteGraph,
  resume: { node: number; position: number },
  included: ReadonlySet<number>,
  allowed: (edge: number, other: number) => boolean,
): boolean {
  const [, end] = graph.eitherWayRange(resume.node);
  for (let k = resume.position; k < end; k++) {
    const edge = graph.eitherWay(k);
    const other = graph.other(edge, resume.node);
    if (!included.has(other) && allowed(edge, other)) return true;
  }
  return false;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
