/**
 * Neighbourhoods where the node limit and the fan-out bind: the memory store stops
 * reading a list as soon as nothing further on can be chosen, so these tests compare
 * it with a plain level-by-level reading of every list, written here from the rules.
 */
import { describe, expect, it } from "vitest";
import type { GraphEdge } from "../../src/domain/graph-types.js";
import { MemoryStore } from "../../src/store/memory/memory-store.js";
import { generateDataset } from "../../src/synthetic/generate-dataset.js";
import { seededRandom } from "../../src/synthetic/random.js";

const dataset = generateDataset({ nodes: 3_000, seed: 23 });
const store = new MemoryStore(dataset);
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Either-way lists by the other node's id, then the relationship's id; no self-loops. */
const lists = new Map<string, { other: string; edge: GraphEdge }[]>();
for (const edge of dataset.edges) {
  if (edge.from === edge.to) continue;
  for (const [at, other] of [
    [edge.from, edge.to],
    [edge.to, edge.from],
  ] as const) {
    const list = lists.get(at) ?? [];
    list.push({ other, edge });
    lists.set(at, list);
  }
}
for (const list of lists.values()) {
  list.sort((a, b) => byCodePoint(a.other, b.other) || byCodePoint(a.edge.id, b.edge.id));
}

/**
 * The rules: per level, follow at most `fanOut` relationships of each node, add the
 * `limit − included` new nodes with the smallest ids; truncated when any reachable
 * node within the depth was left out.
 */
function reference(start: string, depth: number, limit: number, fanOut: number) {
  const order = [start];
  const included = new Set(order);
  let truncated = false;
  let frontier = order;
  const cut: { node: string; from: number }[] = [];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const discovered = new Set<string>();
    for (const v of frontier) {
      const list = lists.get(v) ?? [];
      list.forEach(({ other }, i) => {
        if (i >= fanOut) return;
        if (!included.has(other)) discovered.add(other);
      });
      if (list.length > fanOut) cut.push({ node: v, from: fanOut });
    }
    const next = [...discovered].sort(byCodePoint).slice(0, limit - included.size);
    if (next.length < discovered.size) truncated = true;
    for (const v of next) {
      included.add(v);
      order.push(v);
    }
    frontier = next;
  }
  for (const { node, from } of cut) {
    if ((lists.get(node) ?? []).slice(from).some(({ other }) => !included.has(other))) {
      truncated = true;
    }
  }
  const edges = dataset.edges
    .filter((edge) => included.has(edge.from) && included.has(edge.to))
    .map((edge) => edge.id)
    .sort(byCodePoint);
  return { nodes: order, edges, truncated };
}

describe("memory store neighbourhoods under a node limit and a fan-out", () => {
  it("chooses the same nodes and relationships, and says truncated exactly when the rules do", async () => {
    const random = seededRandom(3);
    const hubs = [...lists.entries()]
      .sort((a, b) => b[1].length - a[1].length)
      .slice(0, 10)
      .map(([id]) => id);
    const starts = [
      ...hubs,
      ...Array.from({ length: 40 }, () => dataset.nodes[Math.floor(random() * 3_000)]?.id ?? ""),
    ];
    let truncatedCount = 0;
    let limitBound = 0;
    for (const start of starts) {
      for (const [depth, limit, fanOut] of [
        [2, 50, 1_000_000],
        [2, 500, 1_000_000],
        [2, 40, 7],
        [3, 200, 5],
        [1, 10, 100],
        [2, 1, 3],
        [4, 5_000, 20],
      ] as const) {
        const label = `${start} depth ${depth} limit ${limit} fan-out ${fanOut}`;
        const got = await store.neighbourhood({ ids: [start], depth, limit, fanOut });
        const want = reference(start, depth, limit, fanOut);
        expect(
          got.nodes.map((node) => node.id),
          label,
        ).toEqual(want.nodes);
        expect(
          got.edges.map((edge) => edge.id),
          label,
        ).toEqual(want.edges);
        expect(got.truncated, label).toBe(want.truncated);
        if (want.truncated) truncatedCount++;
        if (want.nodes.length === limit) limitBound++;
      }
    }
    // The comparison must cover both answers of `truncated` and binding limits.
    expect(truncatedCount).toBeGreaterThan(50);
    expect(truncatedCount).toBeLessThan(starts.length * 7);
    expect(limitBound).toBeGreaterThan(20);
  });
});
