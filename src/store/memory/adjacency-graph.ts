/**
 * The memory store's graph: the dataset's own node and relationship objects,
 * indexed by compressed adjacency arrays (CSR) instead of a graphology multigraph.
 *
 * Why not graphology here: a graphology multigraph keeps, per node, an object keyed
 * by neighbour id and a linked-list record per relationship. At 10^6 nodes and
 * 5·10^6 relationships that was 70–76 s and 6.2 GB to load (40% in attachMulti,
 * 25% in addEdge, 20% in GC), and every walk paid for hash lookups per step. Here
 * every node gets an integer index (in id order), every relationship its position
 * in the dataset, and each node's out-, in- and either-way relationships are
 * slices of three Int32Arrays: built in O(nodes + relationships) with no objects
 * per relationship. graphology is still what exports build (src/export/).
 *
 * The either-way list of a node is ordered by the other node's id, then the
 * relationship's id, and leaves out self-loops: the order the neighbourhood and
 * path walks need, so they stop after `fanOut` relationships instead of sorting.
 * Out- and in-lists keep the dataset's order.
 */

import type { GraphEdge, GraphNode } from "../../domain/graph-types.js";
import { invariant } from "../../domain/invariant.js";
import { IdTable } from "./id-table.js";
import { TimeSlice } from "./time-slice.js";

export type EdgeVisitor = (key: string, edge: GraphEdge) => void;
export type EdgePredicate = (key: string, edge: GraphEdge) => boolean;

export class AdjacencyGraph {
  /**
   * Node id → index; indices follow id order (UTF-16 code units, as `<` compares). A
   * hash table of positions rather than a Map: 8 MB instead of 29 MB at 10^6 nodes.
   */
  private readonly nodeIds: IdTable;
  /** The dataset's own array when it comes sorted by id (it is never written), else a sorted copy. */
  private readonly nodeList: readonly GraphNode[];
  private readonly edgeList: readonly GraphEdge[];
  /** For each relationship, the index of its other end as seen from each end. */
  private readonly edgeFrom: Int32Array;
  private readonly edgeTo: Int32Array;
  private readonly outStart: Int32Array;
  private readonly outEdges: Int32Array;
  private readonly inStart: Int32Array;
  private readonly inEdges: Int32Array;
  private readonly bothStart: Int32Array;
  private readonly bothEdges: Int32Array;
  /** Relationships from a node to itself, which the either-way lists leave out. */
  readonly selfLoops: number;
  /**
   * The relationships whose id edgesById cannot find from its ends (see isPlainId), and
   * self-loops, which the either-way lists leave out: their positions and a table of their
   * ids, made in the background (indexOtherIds) as that means reading every relationship.
   */
  private others: { readonly positions: Int32Array; readonly ids: IdTable } | undefined;
  /** The longest node id: no longer prefix of a relationship id can name its start. */
  private readonly longestNodeId: number;

  constructor(nodes: readonly GraphNode[], edges: readonly GraphEdge[]) {
    this.nodeList = isSortedById(nodes) ? nodes : [...nodes].sort((a, b) => compare(a.id, b.id));
    const n = this.nodeList.length;
    // Sorted, so a repeated id sits beside itself.
    let longest = n > 0 ? (this.nodeList[0] as GraphNode).id.length : 0;
    for (let i = 1; i < n; i++) {
      const id = (this.nodeList[i] as GraphNode).id;
      invariant(id !== (this.nodeList[i - 1] as GraphNode).id, `duplicate node id "${id}"`);
      longest = Math.max(longest, id.length);
    }
    this.longestNodeId = longest;
    this.nodeIds = IdTable.of(n, (i) => (this.nodeList[i] as GraphNode).id);
    this.edgeList = edges;
    const m = edges.length;
    this.edgeFrom = new Int32Array(m);
    this.edgeTo = new Int32Array(m);
    const outCount = new Int32Array(n + 1);
    const inCount = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) {
      const edge = edges[e] as GraphEdge;
      const from = this.nodeIds.find(edge.from);
      const to = this.nodeIds.find(edge.to);
      invariant(
        from !== undefined && to !== undefined,
        `relationship "${edge.id}" links an unknown node`,
      );
      this.edgeFrom[e] = from;
      this.edgeTo[e] = to;
      (outCount[from + 1] as number)++;
      (inCount[to + 1] as number)++;
    }
    this.outStart = prefixSums(outCount);
    this.inStart = prefixSums(inCount);
    this.outEdges = new Int32Array(m);
    this.inEdges = new Int32Array(m);
    const outAt = this.outStart.slice(0, n);
    const inAt = this.inStart.slice(0, n);
    for (let e = 0; e < m; e++) {
      this.outEdges[(outAt[this.edgeFrom[e] as number] as number)++] = e;
      this.inEdges[(inAt[this.edgeTo[e] as number] as number)++] = e;
    }
    // Either way, by the other node's index: visiting nodes in index order and appending
    // each of their relationships to the other end's list leaves every list sorted.
    const bothCount = new Int32Array(n + 1);
    let selfLoops = 0;
    for (let e = 0; e < m; e++) {
      const from = this.edgeFrom[e] as number;
      const to = this.edgeTo[e] as number;
      if (from === to) {
        selfLoops++;
        continue;
      }
      (bothCount[from + 1] as number)++;
      (bothCount[to + 1] as number)++;
    }
    this.selfLoops = selfLoops;
    this.bothStart = prefixSums(bothCount);
    this.bothEdges = new Int32Array(this.bothStart[n] as number);
    const bothAt = this.bothStart.slice(0, n);
    for (let v = 0; v < n; v++) {
      for (let k = this.outStart[v] as number; k < (this.outStart[v + 1] as number); k++) {
        const e = this.outEdges[k] as number;
        const to = this.edgeTo[e] as number;
        if (to !== v) this.bothEdges[(bothAt[to] as number)++] = e;
      }
      for (let k = this.inStart[v] as number; k < (this.inStart[v + 1] as number); k++) {
        const e = this.inEdges[k] as number;
        const from = this.edgeFrom[e] as number;
        if (from !== v) this.bothEdges[(bothAt[from] as number)++] = e;
      }
    }
    this.orderParallelEdges();
  }

  /** Within a node's either-way list, relationships to the same node go by relationship id. */
  private orderParallelEdges(): void {
    const n = this.nodeList.length;
    for (let v = 0; v < n; v++) {
      const end = this.bothStart[v + 1] as number;
      let k = this.bothStart[v] as number;
      while (k < end) {
        const other = this.other(this.bothEdges[k] as number, v);
        let run = k + 1;
        while (run < end && this.other(this.bothEdges[run] as number, v) === other) run++;
        if (run - k > 1) {
          const sorted = [...this.bothEdges.subarray(k, run)].sort((a, b) =>
            compare((this.edgeList[a] as GraphEdge).id, (this.edgeList[b] as GraphEdge).id),
          );
          this.bothEdges.set(sorted, k);
        }
        k = run;
      }
    }
  }

  get order(): number {
    return this.nodeList.length;
  }

  get size(): number {
    return this.edgeList.length;
  }

  hasNode(id: string): boolean {
    return this.nodeIds.find(id) !== undefined;
  }

  /** The node's index, or undefined for an unknown id. */
  index(id: string): number | undefined {
    return this.nodeIds.find(id);
  }

  nodeAt(index: number): GraphNode {
    return this.nodeList[index] as GraphNode;
  }

  edgeAt(edge: number): GraphEdge {
    return this.edgeList[edge] as GraphEdge;
  }

  /** The index of relationship `edge`'s end that is not `node`. */
  other(edge: number, node: number): number {
    const from = this.edgeFrom[edge] as number;
    return from === node ? (this.edgeTo[edge] as number) : from;
  }

  edgeSource(edge: number): number {
    return this.edgeFrom[edge] as number;
  }

  edgeTarget(edge: number): number {
    return this.edgeTo[edge] as number;
  }

  /** Start and end of `node`'s either-way list in `bothEdges` (see eitherWay). */
  eitherWayRange(node: number): [number, number] {
    return [this.bothStart[node] as number, this.bothStart[node + 1] as number];
  }

  /** The relationship at position `position` of the either-way lists. */
  eitherWay(position: number): number {
    return this.bothEdges[position] as number;
  }

  outRange(node: number): [number, number] {
    return [this.outStart[node] as number, this.outStart[node + 1] as number];
  }

  outAt(position: number): number {
    return this.outEdges[position] as number;
  }

  getNodeAttributes(id: string): GraphNode {
    const index = this.nodeIds.find(id);
    invariant(index !== undefined, `unknown node "${id}"`);
    return this.nodeList[index] as GraphNode;
  }

  /**
   * The relationships with these ids (undefined for an unknown one). A relationship's id
   * names its ends (`from/TYPE/to`, or `from/TYPE/to#key`: GraphEdge.id), so it is found
   * by a binary search for its other end in its start's either-way list (ordered by the
   * other end): no table of five million ids (32 MB at 10^6 nodes) is kept.
   * Ids of another form and self-loops are in a small table of their own.
   */
  edgesById(ids: readonly string[]): (GraphEdge | undefined)[] {
    const others = this.others;
    const found = ids.map((id) => {
      const other = others?.ids.find(id);
      const e = other === undefined ? this.findEdge(id) : others?.positions[other];
      return e === undefined ? undefined : this.edgeList[e];
    });
    if (others || !found.includes(undefined)) return found;
    // Until the other ids are indexed, those not found are looked for in every relationship.
    const wanted = new Map<string, GraphEdge | undefined>();
    ids.forEach((id, k) => {
      if (found[k] === undefined) wanted.set(id, undefined);
    });
    for (const edge of this.edgeList) {
      if (wanted.has(edge.id) && wanted.get(edge.id) === undefined) wanted.set(edge.id, edge);
    }
    return found.map((edge, k) => edge ?? wanted.get(ids[k] as string));
  }

  /**
   * Finds the relationships edgesById cannot find from their ends, yielding every few
   * milliseconds so that the caller can pause there (runPausing): a pass over every
   * relationship, kept off the load.
   */
  *indexOtherIds(): Generator<void> {
    if (this.others) return;
    const slice = new TimeSlice();
    const positions: number[] = [];
    for (let e = 0; e < this.edgeList.length; e++) {
      if (slice.due()) yield;
      const edge = this.edgeList[e] as GraphEdge;
      if (edge.from === edge.to || !isPlainId(edge)) positions.push(e);
    }
    const ids = IdTable.of(
      positions.length,
      (k) => (this.edgeList[positions[k] as number] as GraphEdge).id,
    );
    this.others = { positions: Int32Array.from(positions), ids };
  }

  /**
   * The position of the relationship with this id. A node id may hold "/" or "#", so
   * every split is tried, but only of prefixes no longer than the longest node id: the
   * work is bounded by the data's ids, whatever the length of `id`.
   */
  private findEdge(id: string): number | undefined {
    const limit = Math.min(id.length, this.longestNodeId + 1);
    for (
      let slash = id.indexOf("/");
      slash >= 0 && slash < limit;
      slash = id.indexOf("/", slash + 1)
    ) {
      const from = this.nodeIds.find(id.slice(0, slash));
      if (from === undefined) continue;
      // The type holds no "/" (isPlainId); the other end follows it, perhaps with a key.
      const typeEnd = id.indexOf("/", slash + 1);
      if (typeEnd < 0) return undefined;
      const toStart = typeEnd + 1;
      const toLimit = Math.min(id.length, toStart + this.longestNodeId);
      for (let end = toStart; end <= toLimit; end++) {
        if (end < id.length && id.charCodeAt(end) !== HASH) continue;
        const to = this.nodeIds.find(id.slice(toStart, end));
        const e = to === undefined ? undefined : this.findBetween(from, to, id);
        if (e !== undefined) return e;
      }
    }
    return undefined;
  }

  /** The relationship with this id among those between `from` and `to` (either way). */
  private findBetween(from: number, to: number, id: string): number | undefined {
    const list = this.bothEdges;
    let low = this.bothStart[from] as number;
    let high = this.bothStart[from + 1] as number;
    // The first relationship whose other end is not below `to`…
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.other(list[mid] as number, from) < to) low = mid + 1;
      else high = mid;
    }
    // …then the few relationships between the two, either way (parallel ones are rare).
    const end = this.bothStart[from + 1] as number;
    for (let k = low; k < end; k++) {
      const e = list[k] as number;
      if (this.other(e, from) !== to) break;
      if (this.edgeFrom[e] === from && (this.edgeList[e] as GraphEdge).id === id) return e;
    }
    return undefined;
  }

  forEachNode(visit: (id: string, node: GraphNode) => void): void {
    for (const node of this.nodeList) visit(node.id, node);
  }

  /** Every relationship, in dataset order. */
  forEachEdge(visit: EdgeVisitor): void {
    for (const edge of this.edgeList) visit(edge.id, edge);
  }

  forEachOutEdge(id: string, visit: EdgeVisitor): void {
    this.someOutEdge(id, (key, edge) => {
      visit(key, edge);
      return false;
    });
  }

  forEachInEdge(id: string, visit: EdgeVisitor): void {
    this.someInEdge(id, (key, edge) => {
      visit(key, edge);
      return false;
    });
  }

  someOutEdge(id: string, test: EdgePredicate): boolean {
    const v = this.nodeIds.find(id);
    if (v === undefined) return false;
    return this.some(
      this.outEdges,
      this.outStart[v] as number,
      this.outStart[v + 1] as number,
      test,
    );
  }

  someInEdge(id: string, test: EdgePredicate): boolean {
    const v = this.nodeIds.find(id);
    if (v === undefined) return false;
    return this.some(this.inEdges, this.inStart[v] as number, this.inStart[v + 1] as number, test);
  }

  /** Number of relationships out of (or into) the node with index `node`. */
  outDegree(node: number): number {
    return (this.outStart[node + 1] as number) - (this.outStart[node] as number);
  }

  inDegree(node: number): number {
    return (this.inStart[node + 1] as number) - (this.inStart[node] as number);
  }

  private some(list: Int32Array, start: number, end: number, test: EdgePredicate): boolean {
    for (let k = start; k < end; k++) {
      const edge = this.edgeList[list[k] as number] as GraphEdge;
      if (test(edge.id, edge)) return true;
    }
    return false;
  }
}

function prefixSums(counts: Int32Array): Int32Array {
  for (let i = 1; i < counts.length; i++) {
    counts[i] = (counts[i] as number) + (counts[i - 1] as number);
  }
  return counts;
}

function isSortedById(nodes: readonly GraphNode[]): boolean {
  for (let i = 1; i < nodes.length; i++) {
    if (!((nodes[i - 1] as GraphNode).id < (nodes[i] as GraphNode).id)) return false;
  }
  return true;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const SLASH = 0x2f;
const HASH = 0x23;

/**
 * Whether a relationship's id is `from/TYPE/to` or `from/TYPE/to#key` for its own ends and
 * type (as the seed and the generator make them), with no "/" in the type: such an id is
 * found from its ends. Compared in place, with no string made per relationship.
 */
function isPlainId(edge: GraphEdge): boolean {
  const { id, from, type, to } = edge;
  const typeAt = from.length + 1;
  const toAt = typeAt + type.length + 1;
  return (
    id.startsWith(from) &&
    id.charCodeAt(from.length) === SLASH &&
    id.startsWith(type, typeAt) &&
    id.charCodeAt(toAt - 1) === SLASH &&
    !type.includes("/") &&
    id.startsWith(to, toAt) &&
    (id.length === toAt + to.length || id.charCodeAt(toAt + to.length) === HASH)
  );
}
