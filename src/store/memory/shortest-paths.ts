/**
 * All shortest paths between two node sets, walking relationships either way:
 * one breadth-first search from every start at once that keeps, for each node,
 * every predecessor at the previous level; paths are then read back from the
 * targets. Linear in the part of the graph within the found distance.
 */
import type { GraphEdge, GraphNode } from "../../domain/graph-types.js";
import type { PathQuery, PathResult } from "../graph-store.js";
import type { EntenteGraph } from "./topic-reach.js";

interface Step {
  readonly edge: number;
  readonly previous: number;
}

export function shortestPaths(
  graph: EntenteGraph,
  query: PathQuery,
  allowed: (edge: GraphEdge, other: GraphNode) => boolean,
  visible: (node: GraphNode) => boolean,
): PathResult[] {
  const known = (ids: readonly string[]) =>
    ids
      .map((id) => graph.index(id))
      .filter((v): v is number => v !== undefined && visible(graph.nodeAt(v)));
  const sources = [...new Set(known(query.from))].sort((a, b) => a - b);
  const targets = new Set(known(query.to));
  const direct = sources.filter((v) => targets.has(v));
  if (direct.length > 0) {
    return direct.slice(0, query.limit).map((v) => ({ nodeIds: [graph.nodeAt(v).id], edges: [] }));
  }
  const distance = new Map<number, number>(sources.map((v) => [v, 0]));
  const steps = new Map<number, Step[]>();
  let frontier = sources;
  const found: number[] = [];
  for (let level = 0; level < query.maxHops && frontier.length > 0 && found.length === 0; level++) {
    const next: number[] = [];
    for (const v of frontier) {
      const [start, end] = graph.eitherWayRange(v);
      for (let k = start; k < end; k++) {
        const edge = graph.eitherWay(k);
        const other = graph.other(edge, v);
        const seen = distance.get(other);
        if (seen !== undefined && seen !== level + 1) continue;
        if (!allowed(graph.edgeAt(edge), graph.nodeAt(other))) continue;
        if (seen === undefined) {
          distance.set(other, level + 1);
          steps.set(other, [{ edge, previous: v }]);
          next.push(other);
          if (targets.has(other)) found.push(other);
        } else {
          steps.get(other)?.push({ edge, previous: v });
        }
      }
    }
    frontier = next.sort((a, b) => a - b);
  }
  const paths: PathResult[] = [];
  for (const target of found.sort((a, b) => a - b)) {
    collect(graph, target, [target], [], steps, query.limit, paths);
    if (paths.length >= query.limit) break;
  }
  return paths;
}

/** Walks predecessors back to a start, in a fixed order, until `limit` paths are read. */
function collect(
  graph: EntenteGraph,
  at: number,
  nodes: number[],
  edges: number[],
  steps: ReadonlyMap<number, Step[]>,
  limit: number,
  paths: PathResult[],
): void {
  const back = steps.get(at);
  if (!back) {
    paths.push({
      nodeIds: nodes.map((v) => graph.nodeAt(v).id).reverse(),
      edges: edges.map((e) => graph.edgeAt(e)).reverse(),
    });
    return;
  }
  const ordered = [...back].sort(
    (a, b) => a.previous - b.previous || compare(graph.edgeAt(a.edge).id, graph.edgeAt(b.edge).id),
  );
  for (const step of ordered) {
    if (paths.length >= limit) return;
    nodes.push(step.previous);
    edges.push(step.edge);
    collect(graph, step.previous, nodes, edges, steps, limit, paths);
    nodes.pop();
    edges.pop();
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
