/**
 * The neighbourhood of some nodes as a drawable subgraph: breadth-first to a
 * depth, at most `fanOut` relationships followed from any node per step and at
 * most `limit` nodes in all (the smallest ids first), then every allowed
 * relationship among the nodes.
 *
 * Each node's either-way list is already ordered by the other node's id, then the
 * relationship's id (adjacency-graph.ts), so a step reads at most `fanOut` allowed
 * relationships, and once a level holds as many candidates as the limit leaves room
 * for, a list is read only while its nodes could still displace one: the cost
 * follows the answer's size, not a hub's degree. Whether some node stayed out is
 * checked where each list stopped, and only until one is found. A hub's
 * relationships among the chosen nodes are found by binary search in its list.
 */
import mnemonist from "mnemonist";
import type { GraphEdge, GraphNode } from "../../domain/graph-types.js";
import type { NeighbourhoodQuery, Subgraph } from "../graph-store.js";
import type { EntenteGraph } from "./topic-reach.js";

const { MaxHeap } = mnemonist;

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
    const chosen = new Smallest(Math.max(query.limit - included.size, 0));
    for (const v of frontier) {
      const [start, end] = graph.eitherWayRange(v);
      let taken = 0;
      for (let k = start; k < end; k++) {
        const edge = graph.eitherWay(k);
        const other = graph.other(edge, v);
        if (chosen.full && other > chosen.largest) {
          // The list goes by the other node's index, so nothing further on can be chosen:
          // all that is left to learn is whether it leaves a node out.
          truncated ||= leavesOut(graph, { node: v, position: k }, included, allowed);
          break;
        }
        if (!allowed(edge, other)) continue;
        if (taken === query.fanOut) {
          resumes.push({ node: v, position: k });
          break;
        }
        taken++;
        if (!included.has(other) && chosen.offer(other)) truncated = true;
      }
    }
    const next = chosen.ascending();
    for (const v of next) {
      included.add(v);
      order.push(v);
    }
    frontier = next;
  }
  if (!truncated) truncated = resumes.some((resume) => leavesOut(graph, resume, included, allowed));

  const members = Int32Array.from(order).sort();
  const edges: GraphEdge[] = [];
  for (const v of order) {
    const [start, end] = graph.outRange(v);
    if (graph.selfLoops === 0 && end - start > HUB_FACTOR * members.length) {
      edges.push(...edgesToMembers(graph, v, members, allowedEdge));
      continue;
    }
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

/** Above this many out-relationships per included node, a node's members are looked up instead. */
const HUB_FACTOR = 8;

/**
 * A hub's relationships to the included nodes, found by binary search in its either-way
 * list (ordered by the other node) rather than by reading all of its out-list. Only valid
 * without self-loops, which the either-way lists leave out.
 */
function edgesToMembers(
  graph: EntenteGraph,
  v: number,
  members: Int32Array,
  allowedEdge: (edge: GraphEdge) => boolean,
): GraphEdge[] {
  const found: GraphEdge[] = [];
  const [start, end] = graph.eitherWayRange(v);
  for (const u of members) {
    let low = start;
    let high = end;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (graph.other(graph.eitherWay(middle), v) < u) low = middle + 1;
      else high = middle;
    }
    for (let k = low; k < end; k++) {
      const edge = graph.eitherWay(k);
      if (graph.other(edge, v) !== u) break;
      if (graph.edgeSource(edge) === v && allowedEdge(graph.edgeAt(edge))) {
        found.push(graph.edgeAt(edge));
      }
    }
  }
  return found;
}

/**
 * The `capacity` smallest distinct node indices offered: what a level may add when
 * the limit binds. A max-heap, so the largest kept is the one to give up.
 */
class Smallest {
  private readonly heap = new MaxHeap<number>((a, b) => a - b);
  private readonly kept = new Set<number>();

  constructor(private readonly capacity: number) {}

  get full(): boolean {
    return this.heap.size === this.capacity;
  }

  /** The largest index kept (−∞ when nothing is kept). */
  get largest(): number {
    return this.heap.peek() ?? Number.NEGATIVE_INFINITY;
  }

  /** Keeps `v` if it is among the smallest; true when that leaves some index out. */
  offer(v: number): boolean {
    if (this.kept.has(v)) return false;
    if (!this.full) {
      this.heap.push(v);
      this.kept.add(v);
      return false;
    }
    if (this.capacity === 0 || v > this.largest) return true;
    this.kept.delete(this.heap.replace(v) as number);
    this.kept.add(v);
    return true;
  }

  ascending(): number[] {
    return [...this.kept].sort((a, b) => a - b);
  }
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
