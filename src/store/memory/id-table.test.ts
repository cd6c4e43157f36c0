/**
 * Relationships found by id through the hashed id table, and before it is built by a
 * pass over every relationship, give the same answers.
 */
import { describe, expect, it } from "vitest";
import type { GraphEdge } from "../../domain/graph-types.js";
import { generateDataset } from "../../synthetic/generate-dataset.js";
import { AdjacencyGraph } from "./adjacency-graph.js";
import { runPausing } from "./build-off-thread.js";
import { IdTable } from "./id-table.js";

describe("ids found by hashing", () => {
  it("finds the position of every id, and none for an unknown one", async () => {
    const ids = Array.from({ length: 5_000 }, (_, k) => `statement/${k * 7}`);
    const table = await runPausing(
      IdTable.build(ids.length, (k) => ids[k] as string),
      async () => undefined,
    );
    ids.forEach((id, k) => {
      expect(table.find(id)).toBe(k);
    });
    for (const unknown of ["statement/1", "", "statement/00", "Statement/7"]) {
      expect(table.find(unknown), unknown).toBeUndefined();
    }
  });

  it("gives a graph's relationships by id alike before and after the table is built", async () => {
    const { nodes, edges } = generateDataset({ nodes: 500, seed: 3 });
    const graph = new AdjacencyGraph(nodes, edges);
    const ids = [
      ...edges.slice(0, 50).map((edge) => edge.id),
      "no-such-relationship",
      (edges.at(-1) as GraphEdge).id,
      (edges[3] as GraphEdge).id,
    ];
    const expected = ids.map((id) => edges.find((edge) => edge.id === id));
    expect(expected.filter((edge) => edge === undefined)).toHaveLength(1);
    expect(graph.edgesById(ids)).toStrictEqual(expected);
    await runPausing(graph.indexEdgeIds(), async () => undefined);
    const found = graph.edgesById(ids);
    expect(found).toStrictEqual(expected);
    found.forEach((edge, k) => {
      expect(edge).toBe(expected[k]);
    });
  });
});
