/**
 * The memory store's traversals checked against graphology's own algorithms on
 * generated graphs: shortest paths against graphology-shortest-path, neighbourhoods
 * against graphology-traversal's breadth-first search, degrees against graphology's
 * degree counts. Relationships are walked either way, so the reference graph is
 * the dataset made undirected.
 */
import { MultiDirectedGraph, UndirectedGraph } from "graphology";
import { bidirectional, singleSourceLength } from "graphology-shortest-path";
import { bfsFromNode } from "graphology-traversal";
import { beforeAll, describe, expect, it } from "vitest";
import { shownAsOf as visibleOn } from "../../src/domain/as-of.js";
import type { Dataset, GraphEdge, GraphNode } from "../../src/domain/graph-types.js";
import type { NodeCategory } from "../../src/domain/vocabulary.js";
import { MemoryStore } from "../../src/store/memory/memory-store.js";
import { generateDataset } from "../../src/synthetic/generate-dataset.js";
import { randomInt, seededRandom } from "../../src/synthetic/random.js";
import { pathProblems } from "../support/path-problems.js";

/** The dataset as a simple undirected graph (parallel and opposite relationships merged). */
function undirected(dataset: Dataset, keepNode = (_node: GraphNode) => true) {
  const graph = new UndirectedGraph();
  const kept = new Set<string>();
  for (const node of dataset.nodes) {
    if (!keepNode(node)) continue;
    graph.addNode(node.id);
    kept.add(node.id);
  }
  return {
    graph,
    withEdges(keepEdge = (_edge: GraphEdge) => true) {
      for (const edge of dataset.edges) {
        if (kept.has(edge.from) && kept.has(edge.to) && keepEdge(edge)) {
          graph.mergeEdge(edge.from, edge.to);
        }
      }
      return graph;
    },
  };
}

/** Nodes within `depth` undirected steps of `start`, with their distance, by graphology-traversal. */
function ball(graph: UndirectedGraph, starts: readonly string[], depth: number) {
  const distance = new Map<string, number>();
  for (const start of starts) {
    bfsFromNode(graph, start, (key, _attributes, d) => {
      distance.set(key, Math.min(d, distance.get(key) ?? d));
      return d >= depth;
    });
  }
  return distance;
}

/** How many shortest paths (counting parallel relationships separately) lead from `from` to `to`. */
function countShortestPaths(
  dataset: Dataset,
  distance: Readonly<Record<string, number>>,
  to: string,
): number {
  const target = distance[to];
  if (target === undefined) return 0;
  const byLevel: GraphEdge[][] = Array.from({ length: target }, () => []);
  for (const edge of dataset.edges) {
    const a = distance[edge.from];
    const b = distance[edge.to];
    if (a === undefined || b === undefined || Math.abs(a - b) !== 1) continue;
    byLevel[Math.min(a, b)]?.push(edge);
  }
  const count = new Map<string, number>(
    Object.entries(distance)
      .filter(([, d]) => d === 0)
      .map(([id]) => [id, 1]),
  );
  for (const edges of byLevel) {
    for (const edge of edges) {
      const [near, far] =
        (distance[edge.from] ?? 0) < (distance[edge.to] ?? 0)
          ? [edge.from, edge.to]
          : [edge.to, edge.from];
      count.set(far, (count.get(far) ?? 0) + (count.get(near) ?? 0));
    }
  }
  return count.get(to) ?? 0;
}

const GRAPHS = [
  { nodes: 1_000, seed: 101 },
  { nodes: 10_000, seed: 202 },
];
/** Plenty, so that no limit is hit unless a test means it to be. */
const NO_LIMIT = 1_000_000;
const MAX_PATHS = 1_000;

describe.each(GRAPHS)("memory store traversals on $nodes generated nodes", (options) => {
  let dataset: Dataset;
  let store: MemoryStore;
  let graph: UndirectedGraph;
  let edgesById: Map<string, GraphEdge>;
  /** Ids of the nodes that have relationships (sources have none). */
  let linked: string[];
  let sources: string[];

  beforeAll(() => {
    dataset = generateDataset(options);
    store = new MemoryStore(dataset);
    graph = undirected(dataset).withEdges();
    edgesById = new Map(dataset.edges.map((edge) => [edge.id, edge]));
    linked = dataset.nodes.filter((node) => graph.degree(node.id) > 0).map((node) => node.id);
    sources = dataset.nodes.filter((n) => n.category === "Source").map((node) => node.id);
  });

  /** A node id drawn deterministically from a list. */
  const draw = (random: () => number, from: () => readonly string[]): string => {
    const ids = from();
    return ids[randomInt(random, ids.length)] ?? "";
  };

  it("finds shortest paths as long as graphology's BFS distance, all of them up to the limit", async () => {
    const random = seededRandom(options.seed + 1);
    const pairs = Array.from({ length: 25 }, () => [
      draw(random, () => linked),
      draw(random, () => linked),
    ]);
    // A source has no relationships, so nothing reaches it; and a node reaches itself in no steps.
    pairs.push([draw(random, () => linked), draw(random, () => sources)]);
    pairs.push([pairs[0]?.[0] ?? "", pairs[0]?.[0] ?? ""]);
    const lengths = new Set<number>();
    for (const [from = "", to = ""] of pairs) {
      const expected = bidirectional(graph, from, to);
      const distance = expected === null ? undefined : expected.length - 1;
      const paths = await store.shortestPaths({
        from: [from],
        to: [to],
        maxHops: distance ?? 20,
        limit: MAX_PATHS,
      });
      if (distance === undefined) {
        expect(paths, `${from} to ${to}`).toEqual([]);
        continue;
      }
      lengths.add(distance);
      expect(paths.length, `${from} to ${to}`).toBeGreaterThan(0);
      const problems = paths.flatMap((path) =>
        pathProblems(path, { from: [from], to: [to], length: distance, edges: edgesById }),
      );
      expect(problems, `${from} to ${to}`).toEqual([]);
      const distinct = new Set(paths.map((path) => path.edges.map((edge) => edge.id).join(" ")));
      expect(distinct.size, `${from} to ${to}: repeated paths`).toBe(paths.length);
      const all = countShortestPaths(dataset, singleSourceLength(graph, from), to);
      expect(paths.length, `${from} to ${to}: ${all} shortest paths`).toBe(
        Math.min(all, MAX_PATHS),
      );
      // A lower limit gives the first of the same paths, in the same order.
      const first = await store.shortestPaths({ from: [from], to: [to], maxHops: 20, limit: 2 });
      expect(first, `${from} to ${to}, first 2`).toEqual(paths.slice(0, 2));

      // One hop short of the distance there is no path at all.
      if (distance > 0) {
        const tooShort = await store.shortestPaths({
          from: [from],
          to: [to],
          maxHops: distance - 1,
          limit: MAX_PATHS,
        });
        expect(tooShort, `${from} to ${to} in ${distance - 1} hops`).toEqual([]);
      }
    }
    // The pairs are far enough apart to exercise paths of several lengths.
    expect(lengths.size).toBeGreaterThanOrEqual(3);
  });

  it("finds paths between node sets as long as the nearest pair, and honours the path limit", async () => {
    const random = seededRandom(options.seed + 2);
    for (let round = 0; round < 8; round++) {
      const from = Array.from({ length: 3 }, () => draw(random, () => linked));
      const to = Array.from({ length: 3 }, () => draw(random, () => linked)).filter(
        (id) => !from.includes(id),
      );
      const distances = from.map((id) => singleSourceLength(graph, id));
      const nearest = Math.min(...to.flatMap((t) => distances.map((d) => d[t] ?? Infinity)));
      const paths = await store.shortestPaths({ from, to, maxHops: 20, limit: 3 });
      expect(paths.length, `${from} to ${to}`).toBeGreaterThan(0);
      expect(paths.length).toBeLessThanOrEqual(3);
      const problems = paths.flatMap((path) =>
        pathProblems(path, { from, to, length: nearest, edges: edgesById }),
      );
      expect(problems, `${from} to ${to}`).toEqual([]);
    }
  });

  it("agrees with graphology on shortest paths among what is visible on a day (asOf)", async () => {
    const day = "2010-06-30";
    const visibleNode = (node: GraphNode) => visibleOn(node, day);
    const visible = undirected(dataset, visibleNode).withEdges((edge) => visibleOn(edge, day));
    const random = seededRandom(options.seed + 3);
    let invisibleEnds = 0;
    for (let round = 0; round < 30; round++) {
      // Drawn from all linked nodes: a path must not start or end at a node not yet there.
      const from = draw(random, () => linked);
      const to = draw(random, () => linked);
      const expected =
        visible.hasNode(from) && visible.hasNode(to) ? bidirectional(visible, from, to) : null;
      if (!visible.hasNode(from) || !visible.hasNode(to)) invisibleEnds++;
      for (const [a, b] of [
        [from, to],
        [to, from],
      ] as const) {
        const paths = await store.shortestPaths({
          from: [a],
          to: [b],
          maxHops: 20,
          limit: 5,
          asOf: day,
        });
        if (expected === null) {
          expect(paths, `${a} to ${b}`).toEqual([]);
          continue;
        }
        const problems = paths.flatMap((path) =>
          pathProblems(path, { from: [a], to: [b], length: expected.length - 1, edges: edgesById }),
        );
        expect(paths.length, `${a} to ${b}`).toBeGreaterThan(0);
        expect(problems, `${a} to ${b}`).toEqual([]);
      }
    }
    expect(invisibleEnds).toBeGreaterThan(0);
  });

  it("returns exactly the nodes within the depth (per graphology-traversal) and the relationships among them", async () => {
    const random = seededRandom(options.seed + 4);
    // Hubs make the largest neighbourhoods; take the three best-connected nodes too.
    const hubs = [...linked].sort((a, b) => graph.degree(b) - graph.degree(a)).slice(0, 3);
    const starts = [
      ...hubs.map((id) => [id]),
      ...Array.from({ length: 8 }, () => [draw(random, () => linked)]),
      Array.from({ length: 3 }, () => draw(random, () => linked)),
      [draw(random, () => sources)],
    ];
    for (const ids of starts) {
      for (const depth of [0, 1, 2, 3]) {
        const reach = ball(graph, ids, depth);
        if (reach.size > 20_000) continue;
        const result = await store.neighbourhood({
          ids,
          depth,
          limit: NO_LIMIT,
          fanOut: NO_LIMIT,
        });
        const label = `${ids.join(",")} to depth ${depth}`;
        expect(result.truncated, label).toBe(false);
        const got = result.nodes.map((node) => node.id);
        expect([...got].sort(), label).toEqual([...reach.keys()].sort());
        // Start nodes first, then by distance, then by id.
        const order = [...reach.entries()]
          .sort(([a, da], [b, db]) => da - db || (a < b ? -1 : a > b ? 1 : 0))
          .map(([id]) => id);
        const startsFirst = [...new Set(ids)];
        expect(got, label).toEqual([
          ...startsFirst,
          ...order.filter((id) => !startsFirst.includes(id)),
        ]);
        const among = dataset.edges
          .filter((edge) => reach.has(edge.from) && reach.has(edge.to))
          .map((edge) => edge.id)
          .sort();
        expect(
          result.edges.map((edge) => edge.id),
          label,
        ).toEqual(among);
      }
    }
  });

  it("agrees with graphology-traversal on neighbourhoods filtered by day and category", async () => {
    const day = "2005-01-01";
    const categories: NodeCategory[] = ["Actor", "Agreement", "Event"];
    const random = seededRandom(options.seed + 5);
    const nodes = new Map(dataset.nodes.map((node) => [node.id, node]));
    let startsOutside = 0;
    for (let round = 0; round < 8; round++) {
      // Start nodes are always included and walked from, whatever their category or date.
      const start = draw(random, () => linked);
      const node = nodes.get(start);
      const passes = !!node && visibleOn(node, day) && categories.includes(node.category);
      if (!passes) startsOutside++;
      const keepNode = (n: GraphNode) =>
        n.id === start || (visibleOn(n, day) && categories.includes(n.category));
      const visible = undirected(dataset, keepNode).withEdges((edge) => visibleOn(edge, day));
      const reach = ball(visible, [start], 2);
      const result = await store.neighbourhood({
        ids: [start],
        depth: 2,
        categories,
        limit: NO_LIMIT,
        fanOut: NO_LIMIT,
        asOf: day,
      });
      expect(result.truncated, start).toBe(false);
      expect(result.nodes.map((n) => n.id).sort(), start).toEqual([...reach.keys()].sort());
      const among = dataset.edges
        .filter((e) => reach.has(e.from) && reach.has(e.to) && visibleOn(e, day))
        .map((edge) => edge.id)
        .sort();
      expect(
        result.edges.map((edge) => edge.id),
        start,
      ).toEqual(among);
    }
    expect(startsOutside).toBeGreaterThan(0);
  });

  it("ranks nodes by degree as graphology counts it", async () => {
    const multi = new MultiDirectedGraph();
    for (const node of dataset.nodes) multi.addNode(node.id, { category: node.category });
    for (const edge of dataset.edges) multi.addDirectedEdgeWithKey(edge.id, edge.from, edge.to);
    const cases = [
      { direction: "BOTH", degree: (id: string) => multi.degree(id) },
      { direction: "OUT", degree: (id: string) => multi.outDegree(id) },
      { direction: "IN", degree: (id: string) => multi.inDegree(id) },
    ] as const;
    for (const { direction, degree } of cases) {
      for (const categories of [undefined, ["Topic", "Place"] as NodeCategory[]]) {
        const limit = 25;
        const top = await store.topByDegree({ direction, limit, categories });
        const expected = dataset.nodes
          .filter((node) => !categories || categories.includes(node.category))
          .map((node) => ({ id: node.id, degree: degree(node.id) }))
          .filter((entry) => entry.degree > 0)
          .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
          .slice(0, limit);
        const label = `${direction} ${categories?.join(",") ?? "all"}`;
        expect(
          top.map((entry) => ({ id: entry.node.id, degree: entry.degree })),
          label,
        ).toEqual(expected);
      }
    }
  });
});
