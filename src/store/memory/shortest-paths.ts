/**
 * All shortest paths between two node sets, walking relationships either way.
 *
 * A level-synchronous bidirectional breadth-first search: one search from the
 * sources and one from the targets, each advancing a whole level at a time and
 * keeping, for every node it reaches, its distance and every step back to the
 * previous level (parallel relationships separately). Each round advances the
 * side whose frontier has fewer relationships to read; the first level on which
 * the two sides meet is finished, and the nodes where they meet lie on the
 * shortest paths, with the two depths adding up to the shortest distance (at most
 * `maxHops`). Why: a one-sided search reads the whole ball of that distance d
 * around the sources, about b^d nodes for a branching factor b, and on skewed
 * graphs, where hubs are a step or two from everything, that is most of the graph
 * within a few steps; two balls of about half the radius, 2·b^(d/2), touch roughly
 * the square root of it (at 10^5 generated nodes, a few milliseconds instead of
 * hundreds for paths of 4–5 steps).
 *
 * Paths are then read back from the targets in the order a one-sided search gives
 * them: targets by node index, and at each node its predecessors (the nodes one
 * step nearer the sources) by node index, then relationship id. On the sources'
 * side those are the forward search's steps; on the targets' side the backward
 * search's steps are turned round, walking from the meeting nodes to the targets,
 * so that only nodes on shortest paths are kept.
 */
import type { GraphEdge, GraphNode } from "../../domain/graph-types.js";
import type { PathQuery, PathResult } from "../graph-store.js";
import type { EntenteGraph } from "./topic-reach.js";

interface Step {
  readonly edge: number;
  readonly previous: number;
}

/**
 * For each node reached, its number of steps from the start nodes (0 for those), in
 * arrays over every node that are kept between searches: a node's entry counts only when
 * its stamp is this search's. Why: the search reads every relationship of its frontier
 * and asks of each far node whether it was reached, thousands of times a query on skewed
 * graphs; a Map made per query was most of that time. The arrays are made once per graph
 * (5 bytes a node for each side) and need no clearing: each search takes a new stamp.
 * A search runs from start to end without yielding, so no two use them at once.
 */
class Distances {
  private readonly stamps: Uint32Array;
  private readonly steps: Uint8Array;
  private stamp = 0;

  constructor(order: number) {
    this.stamps = new Uint32Array(order);
    this.steps = new Uint8Array(order);
  }

  /** Forgets every node reached by the previous search. */
  clear(): void {
    this.stamp += 1;
    if (this.stamp === 2 ** 32) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  get(node: number): number | undefined {
    return this.stamps[node] === this.stamp ? this.steps[node] : undefined;
  }

  has(node: number): boolean {
    return this.stamps[node] === this.stamp;
  }

  set(node: number, steps: number): void {
    this.stamps[node] = this.stamp;
    this.steps[node] = steps;
  }
}

/** Each graph's two sides' distances, made at its first path search. */
const distancesOf = new WeakMap<EntenteGraph, readonly [Distances, Distances]>();

function distancePair(graph: EntenteGraph): readonly [Distances, Distances] {
  let pair = distancesOf.get(graph);
  if (!pair) {
    pair = [new Distances(graph.order), new Distances(graph.order)];
    distancesOf.set(graph, pair);
  }
  for (const side of pair) side.clear();
  return pair;
}

/** One side of the bidirectional search. */
interface Search {
  /** For each node reached, its number of steps from the start nodes (0 for those). */
  readonly distance: Distances;
  /** For each node reached after the start, every step to a node one level nearer the start. */
  readonly steps: Map<number, Step[]>;
  /** The nodes at `depth`, and the length of their either-way lists together. */
  frontier: number[];
  cost: number;
  depth: number;
}

/** Whether a step may be taken; undefined when every step may (no type or time filter). */
type Allowed = ((edge: GraphEdge, other: GraphNode) => boolean) | undefined;

export function shortestPaths(
  graph: EntenteGraph,
  query: PathQuery,
  allowed: Allowed,
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
  const [forwardDistances, backwardDistances] = distancePair(graph);
  const forward = startSearch(graph, sources, forwardDistances);
  const backward = startSearch(graph, [...targets], backwardDistances);
  let meeting: number[] = [];
  while (
    meeting.length === 0 &&
    forward.depth + backward.depth < query.maxHops &&
    forward.frontier.length > 0 &&
    backward.frontier.length > 0
  ) {
    meeting =
      forward.cost <= backward.cost
        ? advance(graph, forward, backward, allowed)
        : advance(graph, backward, forward, allowed);
  }
  if (meeting.length === 0) return [];
  const steps = forward.steps;
  const ends = turnRound(backward, meeting, steps).sort((a, b) => a - b);
  const paths: PathResult[] = [];
  for (const target of ends) {
    collect(graph, target, [target], [], steps, query.limit, paths);
    if (paths.length >= query.limit) break;
  }
  return paths;
}

function startSearch(graph: EntenteGraph, starts: readonly number[], distance: Distances): Search {
  for (const v of starts) distance.set(v, 0);
  return {
    distance,
    steps: new Map(),
    frontier: [...starts],
    cost: degreeSum(graph, starts),
    depth: 0,
  };
}

/** How many relationships expanding `nodes` reads. */
function degreeSum(graph: EntenteGraph, nodes: readonly number[]): number {
  let sum = 0;
  for (const v of nodes) {
    const [start, end] = graph.eitherWayRange(v);
    sum += end - start;
  }
  return sum;
}

/**
 * Moves `search` one whole level on, recording every allowed step into the new level,
 * and returns the new nodes that `other` has already reached, where the two searches
 * meet. `allowed` sees the node stepped into, in both directions: it is a test of the
 * relationship and one of the node together, and every node on a path passes the
 * node test (the ends are visible, the others are stepped into), so the backward
 * search admits the same paths as the forward one.
 */
function advance(graph: EntenteGraph, search: Search, other: Search, allowed: Allowed): number[] {
  const level = search.depth + 1;
  const next: number[] = [];
  const meeting: number[] = [];
  for (const v of search.frontier) {
    const [start, end] = graph.eitherWayRange(v);
    for (let k = start; k < end; k++) {
      const edge = graph.eitherWay(k);
      const u = graph.other(edge, v);
      const seen = search.distance.get(u);
      if (seen !== undefined && seen !== level) continue;
      if (allowed && !allowed(graph.edgeAt(edge), graph.nodeAt(u))) continue;
      if (seen === undefined) {
        search.distance.set(u, level);
        search.steps.set(u, [{ edge, previous: v }]);
        next.push(u);
        if (other.distance.has(u)) meeting.push(u);
      } else {
        search.steps.get(u)?.push({ edge, previous: v });
      }
    }
  }
  search.frontier = next;
  search.cost = degreeSum(graph, next);
  search.depth = level;
  return meeting;
}

/**
 * Adds to `steps` the predecessors of the nodes on the targets' side of the shortest
 * paths: from the meeting nodes, level by level towards the targets, each node that
 * a node on a shortest path steps back to gets that node as a predecessor. Returns
 * the targets reached, the ends of the shortest paths. The nodes added are not the
 * forward search's (the searches met only at `meeting`), so its steps are kept as
 * they are.
 */
function turnRound(
  backward: Search,
  meeting: readonly number[],
  steps: Map<number, Step[]>,
): number[] {
  let layer = meeting;
  for (let depth = backward.depth; depth > 0; depth--) {
    const next: number[] = [];
    for (const v of layer) {
      for (const { edge, previous: nearer } of backward.steps.get(v) ?? []) {
        const known = steps.get(nearer);
        if (known) {
          known.push({ edge, previous: v });
        } else {
          steps.set(nearer, [{ edge, previous: v }]);
          next.push(nearer);
        }
      }
    }
    layer = next;
  }
  return [...layer];
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
