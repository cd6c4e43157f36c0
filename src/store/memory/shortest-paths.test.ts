/**
 * The memory store's all-shortest-paths search checked on generated graphs against
 * an independent breadth-first search written here: for random node sets, type
 * filters, days, hop limits and path limits, every path returned must be a walk
 * from a source to a target through what the filters let through, as short as the
 * reference distance, all paths distinct, in the documented order (targets by id,
 * then each node's predecessor by id, then relationship id, walking back to the
 * source), and as many as there are shortest paths (counted here by dynamic
 * programming, parallel relationships separately) up to the limit.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { pathProblems } from "../../../test/support/path-problems.js";
import { shownAsOf as visibleOn } from "../../domain/as-of.js";
import type { Dataset, GraphEdge, GraphNode } from "../../domain/graph-types.js";
import { RELATIONSHIP_TYPES, type RelationshipType } from "../../domain/vocabulary.js";
import { generateDataset } from "../../synthetic/generate-dataset.js";
import { randomInt, seededRandom } from "../../synthetic/random.js";
import type { PathQuery, PathResult } from "../graph-store.js";
import { AdjacencyGraph } from "./adjacency-graph.js";
import { shortestPaths } from "./shortest-paths.js";

interface Case extends PathQuery {
  readonly types?: readonly RelationshipType[];
  readonly asOf?: string;
}

interface Link {
  readonly edge: GraphEdge;
  readonly other: string;
}

/** What the reference search found: the shortest distance within maxHops and how many paths have it. */
interface Expected {
  readonly distance: number | undefined;
  readonly count: number;
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Each node's relationships either way (self-loops left out), for the reference search. */
function linksOf(dataset: Dataset): Map<string, Link[]> {
  const links = new Map<string, Link[]>(dataset.nodes.map((node) => [node.id, []]));
  for (const edge of dataset.edges) {
    if (edge.from === edge.to) continue;
    links.get(edge.from)?.push({ edge, other: edge.to });
    links.get(edge.to)?.push({ edge, other: edge.from });
  }
  return links;
}

function filters(query: Case) {
  const types = query.types ? new Set<string>(query.types) : undefined;
  const visible = (node: GraphNode) => visibleOn(node, query.asOf);
  const edgeOk = (edge: GraphEdge) =>
    (!types || types.has(edge.type)) && visibleOn(edge, query.asOf);
  return { visible, edgeOk };
}

/**
 * Breadth-first search level by level from every visible source, counting for each
 * node the shortest walks that reach it (a walk per relationship, so parallel ones
 * count separately), until a level holds a target or maxHops is reached.
 */
function reference(
  query: Case,
  nodes: ReadonlyMap<string, GraphNode>,
  links: ReadonlyMap<string, Link[]>,
): Expected {
  const { visible, edgeOk } = filters(query);
  const shown = (id: string) => {
    const node = nodes.get(id);
    return node !== undefined && visible(node);
  };
  const targets = new Set(query.to.filter(shown));
  const sources = [...new Set(query.from.filter(shown))];
  const direct = sources.filter((id) => targets.has(id));
  if (direct.length > 0) return { distance: 0, count: direct.length };
  const count = new Map<string, number>(sources.map((id) => [id, 1]));
  const distance = new Map<string, number>(sources.map((id) => [id, 0]));
  let frontier = sources;
  for (let level = 1; level <= query.maxHops && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const v of frontier) {
      for (const { edge, other } of links.get(v) ?? []) {
        if (!edgeOk(edge) || !shown(other)) continue;
        if (!distance.has(other)) {
          distance.set(other, level);
          count.set(other, 0);
          next.push(other);
        }
        if (distance.get(other) === level) {
          count.set(other, (count.get(other) ?? 0) + (count.get(v) ?? 0));
        }
      }
    }
    const reached = next.filter((id) => targets.has(id));
    if (reached.length > 0) {
      return { distance: level, count: reached.reduce((sum, id) => sum + (count.get(id) ?? 0), 0) };
    }
    frontier = next;
  }
  return { distance: undefined, count: 0 };
}

/** The order paths come in: by target, then from the target back, each node then the relationship to it. */
function orderKey(path: PathResult): string[] {
  const key = [path.nodeIds.at(-1) ?? ""];
  for (let i = path.edges.length - 1; i >= 0; i--) {
    key.push(path.nodeIds[i] ?? "", path.edges[i]?.id ?? "");
  }
  return key;
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = byId(a[i] ?? "", b[i] ?? "");
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/** The generated dataset, with every `every`-th relationship doubled so that parallel ones are common. */
function withParallels(dataset: Dataset, every: number): Dataset {
  if (every === 0) return dataset;
  const copies = dataset.edges
    .filter((_, i) => i % every === 0)
    .map((edge) => ({ ...edge, id: `${edge.id}#copy` }));
  return { ...dataset, edges: [...dataset.edges, ...copies] };
}

const GRAPHS = [
  { nodes: 5_000, seed: 701, parallelEvery: 0 },
  { nodes: 2_000, seed: 702, parallelEvery: 3 },
];
const DAYS = ["2003-01-01", "2010-06-30", "2018-12-31"];
const LIMITS = [1, 50];

describe.each(GRAPHS)("shortest paths on $nodes generated nodes", (options) => {
  let dataset: Dataset;
  let graph: AdjacencyGraph;
  let nodes: Map<string, GraphNode>;
  let edges: Map<string, GraphEdge>;
  let links: Map<string, Link[]>;
  let linked: string[];
  let hubs: string[];

  beforeAll(() => {
    dataset = withParallels(generateDataset(options), options.parallelEvery);
    graph = new AdjacencyGraph(dataset.nodes, dataset.edges);
    nodes = new Map(dataset.nodes.map((node) => [node.id, node]));
    edges = new Map(dataset.edges.map((edge) => [edge.id, edge]));
    links = linksOf(dataset);
    linked = dataset.nodes.filter((node) => links.get(node.id)?.length).map((node) => node.id);
    hubs = [...linked]
      .sort((a, b) => (links.get(b)?.length ?? 0) - (links.get(a)?.length ?? 0))
      .slice(0, 20);
  });

  const run = (query: Case) => {
    const { visible, edgeOk } = filters(query);
    return shortestPaths(graph, query, (edge, other) => edgeOk(edge) && visible(other), visible);
  };

  /** Random queries of every shape: pairs and sets, hubs, filters, hop limits, overlapping ends. */
  const cases = (seed: number, count: number): Omit<Case, "limit">[] => {
    const random = seededRandom(seed);
    const pick = () =>
      (random() < 0.15
        ? hubs[randomInt(random, hubs.length)]
        : linked[randomInt(random, linked.length)]) ?? "";
    const some = () => Array.from({ length: 2 + randomInt(random, 5) }, pick);
    return Array.from({ length: count }, (_, i) => {
      const shape = i % 8;
      const from = shape >= 4 ? some() : [pick()];
      const to = shape >= 4 ? some() : [pick()];
      if (shape === 7) to.push(from[0] ?? "");
      return {
        from,
        to,
        maxHops: shape === 2 || shape === 6 ? 1 + randomInt(random, 4) : 20,
        types:
          shape === 3 || shape === 5 ? RELATIONSHIP_TYPES.filter(() => random() < 0.6) : undefined,
        asOf: shape === 1 || shape === 6 ? DAYS[randomInt(random, DAYS.length)] : undefined,
      };
    });
  };

  it("returns all shortest paths up to the limit, valid, distinct and in order", () => {
    const seen = { lengths: new Set<number>(), limited: 0, severalEnds: 0, parallel: 0, none: 0 };
    for (const base of cases(options.seed, 240)) {
      const expected = reference({ ...base, limit: 0 }, nodes, links);
      const results = LIMITS.map((limit) => run({ ...base, limit }));
      const label = JSON.stringify(base);
      if (expected.distance === undefined) {
        seen.none++;
        for (const paths of results) expect(paths, label).toEqual([]);
        continue;
      }
      seen.lengths.add(expected.distance);
      LIMITS.forEach((limit, i) => {
        const paths = results[i] ?? [];
        const query = { ...base, limit };
        const { visible, edgeOk } = filters(query);
        const problems = paths.flatMap((path) =>
          pathProblems(path, {
            from: query.from,
            to: query.to,
            length: expected.distance ?? 0,
            edges,
            edgeOk,
            nodeOk: (id) => {
              const node = nodes.get(id);
              return node !== undefined && visible(node);
            },
          }),
        );
        expect(problems, label).toEqual([]);
        expect(paths.length, `${label}, limit ${limit}: ${expected.count} shortest paths`).toBe(
          Math.min(expected.count, limit),
        );
        const distinct = new Set(paths.map((path) => JSON.stringify(orderKey(path))));
        expect(distinct.size, `${label}: repeated paths`).toBe(paths.length);
        const keys = paths.map(orderKey);
        for (let k = 1; k < keys.length; k++) {
          expect(compareKeys(keys[k - 1] ?? [], keys[k] ?? []), label).toBeLessThan(0);
        }
      });
      // A lower limit gives the first of the same paths.
      expect(results[0], label).toEqual(results[1]?.slice(0, 1));
      const all = results[1] ?? [];
      if (expected.count > 50) seen.limited++;
      if (new Set(all.map((path) => path.nodeIds.at(-1))).size > 1) seen.severalEnds++;
      seen.parallel += all.filter((path) =>
        path.edges.some((edge) => edge.id.endsWith("#copy")),
      ).length;
      // One hop short of the distance there is no path at all.
      if (expected.distance > 0) {
        expect(run({ ...base, maxHops: expected.distance - 1, limit: 50 }), label).toEqual([]);
      }
    }
    // The cases exercise what they are meant to.
    expect(seen.lengths.size, "path lengths").toBeGreaterThanOrEqual(4);
    expect(seen.lengths.has(0), "a source that is a target").toBe(true);
    expect(seen.none, "no path").toBeGreaterThan(0);
    expect(seen.limited, "more paths than the limit").toBeGreaterThan(0);
    expect(seen.severalEnds, "paths to several targets").toBeGreaterThan(0);
    if (options.parallelEvery > 0)
      expect(seen.parallel, "parallel relationships").toBeGreaterThan(0);
  });
});
