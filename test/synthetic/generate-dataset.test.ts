/** The synthetic generator: repeatable, the requested size, and as valid as the seed. */
import { describe, expect, it } from "vitest";
import type { Dataset, GraphEdge, GraphNode } from "../../src/domain/graph-types.js";
import { parsePartialDate } from "../../src/domain/partial-date.js";
import {
  allowsEndpoints,
  NODE_CATEGORIES,
  NODE_KINDS,
  type NodeCategory,
  type RelationshipType,
  STATUSES,
} from "../../src/domain/vocabulary.js";
import { MAX_QUOTE_LENGTH, SLUG_PATTERN } from "../../src/seed/seed-schema.js";
import { MemoryStore } from "../../src/store/memory/memory-store.js";
import { generateDataset, sourceCountFor } from "../../src/synthetic/generate-dataset.js";
import { seededRandom } from "../../src/synthetic/random.js";

const SLUG = new RegExp(SLUG_PATTERN);
const small = generateDataset({ nodes: 1_000, seed: 42 });
const medium = generateDataset({ nodes: 10_000, seed: 7 });

function byCategory(dataset: Dataset): Map<NodeCategory, GraphNode[]> {
  const groups = new Map<NodeCategory, GraphNode[]>(NODE_CATEGORIES.map((c) => [c, []]));
  for (const node of dataset.nodes) groups.get(node.category)?.push(node);
  return groups;
}

function degrees(dataset: Dataset): number[] {
  const degree = new Map<string, number>(dataset.nodes.map((node) => [node.id, 0]));
  for (const edge of dataset.edges) {
    degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
    degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
  }
  return [...degree.values()].sort((a, b) => a - b);
}

/**
 * Edges of `type` a topological sort (Kahn's algorithm) cannot place: those leaving
 * a node on a cycle or behind one. None exactly when that type has no cycle.
 */
function unsortable(edges: readonly GraphEdge[], type: RelationshipType): GraphEdge[] {
  const ofType = edges.filter((edge) => edge.type === type);
  const indegree = new Map<string, number>();
  const outgoing = new Map<string, GraphEdge[]>();
  for (const edge of ofType) {
    indegree.set(edge.to, (indegree.get(edge.to) ?? 0) + 1);
    if (!indegree.has(edge.from)) indegree.set(edge.from, 0);
    outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);
  }
  const ready = [...indegree].filter(([, n]) => n === 0).map(([id]) => id);
  const removed = new Set<string>();
  for (let id = ready.pop(); id !== undefined; id = ready.pop()) {
    removed.add(id);
    for (const edge of outgoing.get(id) ?? []) {
      const left = (indegree.get(edge.to) ?? 0) - 1;
      indegree.set(edge.to, left);
      if (left === 0) ready.push(edge.to);
    }
  }
  return ofType.filter((edge) => !removed.has(edge.from));
}

describe("generateDataset", () => {
  it("gives the same dataset for the same options and a different one for another seed", () => {
    const again = generateDataset({ nodes: 1_000, seed: 42 });
    expect(again).toEqual(small);
    expect(JSON.stringify(again)).toBe(JSON.stringify(small));

    const other = generateDataset({ nodes: 1_000, seed: 43 });
    expect(other.nodes.length).toBe(small.nodes.length);
    expect(other.nodes.map((node) => node.name)).not.toEqual(small.nodes.map((node) => node.name));
    expect(other.edges.map((edge) => edge.id)).not.toEqual(small.edges.map((edge) => edge.id));
  });

  it("names its version after the options", () => {
    expect(small.version).toBe("synthetic-n1000-e5-s42");
    expect(generateDataset({ nodes: 10, edgesPerNode: 2.5, seed: 3 }).version).toBe(
      "synthetic-n10-e2.5-s3",
    );
  });

  it.each([
    { nodes: 1_000, edgesPerNode: 5 },
    { nodes: 10_000, edgesPerNode: 5 },
    { nodes: 5_000, edgesPerNode: 2 },
    { nodes: 5_000, edgesPerNode: 2.5 },
    { nodes: 2_000, edgesPerNode: 12 },
  ])("makes $nodes nodes and about $edgesPerNode relationships per node", (options) => {
    const dataset = generateDataset({ ...options, seed: 5 });

    expect(dataset.nodes).toHaveLength(options.nodes);
    const expected = options.nodes * options.edgesPerNode;
    expect(dataset.edges.length).toBeGreaterThan(expected * 0.97);
    expect(dataset.edges.length).toBeLessThan(expected * 1.02);
  });

  it("handles the smallest sizes and refuses bad options", () => {
    expect(generateDataset({ nodes: 0, seed: 1 })).toEqual({
      nodes: [],
      edges: [],
      version: "synthetic-n0-e5-s1",
    });
    const one = generateDataset({ nodes: 1, seed: 1 });
    expect(one.nodes.map((node) => node.category)).toEqual(["Source"]);
    expect(one.edges).toEqual([]);
    const six = generateDataset({ nodes: 6, seed: 1 });
    expect(six.nodes.map((node) => node.category)).toEqual([
      "Source",
      "Actor",
      "Agreement",
      "Event",
      "Topic",
      "Place",
    ]);
    // The k-th node after the sources links to at most k earlier ones.
    expect(six.edges.length).toBeLessThanOrEqual(0 + 1 + 2 + 3 + 4);
    expect(generateDataset({ nodes: 50, edgesPerNode: 0, seed: 1 }).edges).toEqual([]);

    expect(() => generateDataset({ nodes: -1, seed: 1 })).toThrow(RangeError);
    expect(() => generateDataset({ nodes: 1.5, seed: 1 })).toThrow(RangeError);
    expect(() => generateDataset({ nodes: 10, edgesPerNode: -1, seed: 1 })).toThrow(RangeError);
    expect(() => generateDataset({ nodes: 10, edgesPerNode: Number.NaN, seed: 1 })).toThrow(
      RangeError,
    );
    expect(() => generateDataset({ nodes: 10, seed: 0.5 })).toThrow(RangeError);
  });

  it("has many actors, agreements and events, fewer topics and places, and a few sources", () => {
    for (const dataset of [small, medium]) {
      const groups = byCategory(dataset);
      const count = (category: NodeCategory) => groups.get(category)?.length ?? 0;
      const n = dataset.nodes.length;
      expect(count("Source")).toBe(sourceCountFor(n));
      expect(count("Source")).toBeGreaterThanOrEqual(1);
      expect(count("Source")).toBeLessThanOrEqual(10);
      for (const category of ["Actor", "Agreement", "Event"] as const) {
        expect(count(category)).toBeGreaterThan(n * 0.15);
      }
      for (const category of ["Topic", "Place"] as const) {
        expect(count(category)).toBeGreaterThan(n * 0.02);
        expect(count(category)).toBeLessThan(n * 0.1);
      }
      const misfits = dataset.nodes.filter(
        (node) => !(NODE_KINDS[node.category] as readonly string[]).includes(node.kind),
      );
      expect(misfits).toEqual([]);
    }
    // That every kind can be made is shown by construction in generate-dataset-coverage.test.ts.
  });

  it("gives every node a unique readable slug id, a name, and some nodes aliases", () => {
    for (const dataset of [small, medium]) {
      const ids = dataset.nodes.map((node) => node.id);
      expect(new Set(ids).size).toBe(ids.length);
      const problems: string[] = [];
      for (const node of dataset.nodes) {
        const idPattern = new RegExp(`^${node.category.toLowerCase()}-\\d{6,}$`);
        if (!SLUG.test(node.id) || !idPattern.test(node.id)) problems.push(`${node.id}: id`);
        if (node.name.trim() === "") problems.push(`${node.id}: no name`);
        if (new Set(node.aliases).size !== node.aliases.length)
          problems.push(`${node.id}: aliases`);
        if (node.aliases.includes(node.name)) problems.push(`${node.id}: alias = name`);
      }
      expect(problems).toEqual([]);
      const withAliases = dataset.nodes.filter((node) => node.aliases.length > 0).length;
      expect(withAliases).toBeGreaterThan(dataset.nodes.length * 0.03);
      expect(withAliases).toBeLessThan(dataset.nodes.length * 0.3);
    }
    expect(small.nodes.slice(0, 4).map((node) => node.id)).toEqual([
      "source-000001",
      "source-000002",
      "source-000003",
      "actor-000001",
    ]);
  });

  it("links only categories the vocabulary allows, by unique ids of the form from/TYPE/to[#k]", () => {
    for (const dataset of [small, medium]) {
      const nodes = new Map(dataset.nodes.map((node) => [node.id, node]));
      const ids = new Set<string>();
      const problems: string[] = [];
      for (const edge of dataset.edges) {
        const from = nodes.get(edge.from);
        const to = nodes.get(edge.to);
        if (!from || !to) {
          problems.push(`${edge.id}: unknown end`);
          continue;
        }
        if (!allowsEndpoints(edge.type, from.category, to.category)) {
          problems.push(`${edge.id}: ${from.category} ${edge.type} ${to.category} not allowed`);
        }
        if (edge.from === edge.to) problems.push(`${edge.id}: loop`);
        const [plain, key] = edge.id.split("#");
        if (plain !== `${edge.from}/${edge.type}/${edge.to}`) problems.push(`${edge.id}: id`);
        // A key marks a repeat of a statement made before it without one.
        if (key !== undefined && (!/^[2-9]\d*$/.test(key) || !ids.has(plain ?? ""))) {
          problems.push(`${edge.id}: key`);
        }
        if (ids.has(edge.id)) problems.push(`${edge.id}: duplicate`);
        ids.add(edge.id);
      }
      expect(problems).toEqual([]);
    }
    // That every relationship type can be made is shown in generate-dataset-coverage.test.ts.
  });

  it("gives every fact evidence from a generated source, with offsets that fit the quote", () => {
    for (const dataset of [small, medium]) {
      const sources = new Set(
        dataset.nodes.filter((node) => node.category === "Source").map((node) => node.id),
      );
      const facts = [
        ...dataset.nodes.filter((node) => node.category !== "Source"),
        ...dataset.edges,
      ];
      const problems: string[] = [];
      for (const fact of facts) {
        if (fact.evidence.length === 0) problems.push(`${fact.id}: no evidence`);
        for (const item of fact.evidence) {
          if (!sources.has(item.sourceId)) problems.push(`${fact.id}: source ${item.sourceId}`);
          if (item.quote.trim() === "" || item.quote.length > MAX_QUOTE_LENGTH) {
            problems.push(`${fact.id}: quote "${item.quote}"`);
          }
          if (item.start < 0 || item.end - item.start !== item.quote.length) {
            problems.push(`${fact.id}: offsets ${item.start}–${item.end}`);
          }
        }
      }
      expect(problems).toEqual([]);
      // Sources carry bibliographic data instead, as in the seed.
      for (const node of dataset.nodes.filter((n) => n.category === "Source")) {
        expect(node.evidence).toEqual([]);
        expect(node.source?.publishedOn).toEqual(node.date);
        expect(node.source?.title).toBe(node.name);
        expect(node.source?.url).toMatch(/^https?:\/\/\S+$/);
        expect(node.source?.file).toBe(`${node.id}.txt`);
      }
      expect(dataset.edges.filter((edge) => edge.evidence.length > 1).length).toBeGreaterThan(0);
      expect(dataset.edges.filter((edge) => edge.inference).length).toBeGreaterThan(0);
    }
  });

  it("uses statuses from the vocabulary, on every event and statement", () => {
    const statuses = new Set<string>(STATUSES);
    for (const dataset of [small, medium]) {
      const events = dataset.nodes.filter((node) => node.category === "Event");
      expect(events.filter((event) => event.status === undefined)).toEqual([]);
      const facts = [...dataset.nodes, ...dataset.edges];
      expect(facts.filter((fact) => fact.status && !statuses.has(fact.status))).toEqual([]);
      expect(dataset.edges.filter((edge) => !edge.status)).toEqual([]);
    }
    // That every status can be used is shown in generate-dataset-coverage.test.ts.
  });

  it("dates some facts at year, month and day precision (and a few ranges), as parsePartialDate would", () => {
    for (const dataset of [small, medium]) {
      const dated = [...dataset.nodes, ...dataset.edges].filter((fact) => fact.date);
      const misparsed = dated.filter(
        (fact) =>
          JSON.stringify(parsePartialDate(fact.date?.iso ?? "")) !== JSON.stringify(fact.date),
      );
      expect(misparsed).toEqual([]);
      const precisions = new Set(dated.map((fact) => fact.date?.precision));
      expect([...precisions].sort()).toEqual(["DAY", "MONTH", "YEAR"]);
      expect(dated.some((fact) => fact.date?.iso.includes("/"))).toBe(true);
      // As in the seed, only events, agreements and sources have a date of their own.
      for (const node of dataset.nodes.filter((n) => n.date)) {
        expect(["Event", "Agreement", "Source"]).toContain(node.category);
      }
      const datedEdges = dataset.edges.filter((edge) => edge.date).length;
      expect(datedEdges).toBeGreaterThan(dataset.edges.length * 0.05);
      expect(datedEdges).toBeLessThan(dataset.edges.length * 0.5);
    }
  });

  it("has a skewed degree distribution: a few hubs, a long tail", () => {
    for (const dataset of [small, medium]) {
      const factDegrees = degrees(dataset).filter((degree) => degree > 0);
      const median = factDegrees[Math.floor(factDegrees.length / 2)] ?? 0;
      const max = factDegrees.at(-1) ?? 0;
      expect(median).toBeGreaterThan(0);
      expect(max).toBeGreaterThan(10 * median);
      // The best-connected 1% of the nodes hold far more than 1% of the relationship ends.
      const top = factDegrees.slice(-Math.ceil(factDegrees.length / 100));
      const topShare = top.reduce((a, b) => a + b, 0) / (2 * dataset.edges.length);
      expect(topShare).toBeGreaterThan(0.05);
    }
  });

  it("makes no PART_OF or SUBTOPIC_OF cycles", () => {
    // The check itself finds a cycle where there is one.
    const link = (from: string, to: string): GraphEdge => ({
      id: `${from}/PART_OF/${to}`,
      type: "PART_OF",
      from,
      to,
      status: "ACTIVE",
      evidence: [],
    });
    const sample = [link("a", "b"), link("b", "c"), link("c", "a"), link("c", "d"), link("e", "a")];
    expect(unsortable(sample, "PART_OF").map((edge) => edge.id)).toEqual([
      "a/PART_OF/b",
      "b/PART_OF/c",
      "c/PART_OF/a",
      "c/PART_OF/d",
    ]);
    for (const dataset of [small, medium]) {
      for (const type of ["PART_OF", "SUBTOPIC_OF"] as const) {
        expect(dataset.edges.filter((edge) => edge.type === type).length).toBeGreaterThan(10);
        expect(unsortable(dataset.edges, type).map((edge) => edge.id)).toEqual([]);
      }
    }
  });

  it("loads into the memory store", async () => {
    const store = new MemoryStore(medium);
    expect(await store.info()).toEqual({
      version: "synthetic-n10000-e5-s7",
      nodeCount: medium.nodes.length,
      edgeCount: medium.edges.length,
    });
  });

  it("makes 100,000 nodes and about half a million relationships", { timeout: 120_000 }, () => {
    const big = generateDataset({ nodes: 100_000, seed: 11 });

    expect(big.nodes).toHaveLength(100_000);
    expect(big.edges.length).toBeGreaterThan(500_000 * 0.99);
    expect(big.edges.length).toBeLessThanOrEqual(500_000);
    expect(new Set(big.edges.map((edge) => edge.id)).size).toBe(big.edges.length);
    expect(new Set(big.nodes.map((node) => node.id)).size).toBe(big.nodes.length);
  });
});

describe("seededRandom", () => {
  it("repeats for a seed, differs between seeds, and stays in [0, 1)", () => {
    const draw = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 1_000 }, () => random());
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(2 ** 40)).not.toEqual(draw(0));
    const values = draw(3);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});
