/**
 * All shortest paths between two node sets, walking relationships either way:
 * one breadth-first search from every start at once that keeps, for each node,
 * every predecessor at the previous level; paths are then read back from the
 * targets. Linear in the part of the graph within the found distance.
 */
import type { GraphEdge } from "../../domain/graph-types.js";
import type { PathQuery, PathResult } from "../graph-store.js";
import type { EntenteGraph } from "./topic-reach.js";

interface Step {
  readonly edge: GraphEdge;
  readonly previous: string;
}

export function shortestPaths(
  graph: EntenteGraph,
  query: PathQuery,
  allowed: (edge: GraphEdge, other: string) => boolean,
  visible: (id: string) => boolean,
): PathResult[] {
  const sources = [...new Set(query.from)].filter((id) => graph.hasNode(id) && visible(id)).sort();
  const targets = new Set(query.to.filter((id) => graph.hasNode(id) && visible(id)));
  const direct = sources.filter((id) => targets.has(id));
  if (direct.length > 0) {
    return direct.slice(0, query.limit).map((id) => ({ nodeIds: [id], edges: [] }));
  }
  const distance = new Map<string, number>(sources.map((id) => [id, 0]));
  const steps = new Map<string, Step[]>();
  let frontier = sources;
  const found: string[] = [];
  for (let level = 0; level < query.maxHops && frontier.length > 0 && found.length === 0; level++) {
    const next: string[] = [];
    for (const id of frontier) {
      graph.forEachEdge(id, (_key, edge) => {
        const other = edge.from === id ? edge.to : edge.from;
        if (other === id || !allowed(edge, other)) return;
        const seen = distance.get(other);
        if (seen === undefined) {
          distance.set(other, level + 1);
          steps.set(other, [{ edge, previous: id }]);
          next.push(other);
          if (targets.has(other)) found.push(other);
        } else if (seen === level + 1) {
          steps.get(other)?.push({ edge, previous: id });
        }
      });
    }
    frontier = next.sort();
  }
  const paths: PathResult[] = [];
  for (const target of found.sort()) {
    collect(target, [target], [], steps, query.limit, paths);
    if (paths.length >= query.limit) break;
  }
  return paths;
}

/** Walks predecessors back to a start, in a fixed order, until `limit` paths are read. */
function collect(
  at: string,
  nodeIds: string[],
  edges: GraphEdge[],
  steps: ReadonlyMap<string, Step[]>,
  limit: number,
  paths: PathResult[],
): void {
  const back = steps.get(at);
  if (!back) {
    paths.push({ nodeIds: [...nodeIds].reverse(), edges: [...edges].reverse() });
    return;
  }
  const ordered = [...back].sort(
    (a, b) => compare(a.previous, b.previous) || compare(a.edge.id, b.edge.id),
  );
  for (const step of ordered) {
    if (paths.length >= limit) return;
    nodeIds.push(step.previous);
    edges.push(step.edge);
    collect(step.previous, nodeIds, edges, steps, limit, paths);
    nodeIds.pop();
    edges.pop();
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
