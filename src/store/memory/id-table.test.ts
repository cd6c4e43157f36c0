/**
 * Relationships found by id through the hashed id table, and before it is built by a
 * pass over every relationship, give the same answers.
 */
import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../domain/graph-types.js";
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

  it("built in one piece, finds what the paused build finds", () => {
    const ids = ["b", "a", "c/1", "日本"];
    const table = IdTable.of(ids.length, (k) => ids[k] as string);
    ids.forEach((id, k) => {
      expect(table.find(id)).toBe(k);
    });
    expect(table.find("d")).toBeUndefined();
  });

  it("gives a graph's nodes their index in id order, and refuses a repeated or unknown id", () => {
    const node = (id: string): GraphNode => ({
      id,
      category: "Actor",
      kind: "COUNTRY",
      name: id,
      aliases: [],
      evidence: [],
    });
    const unsorted = [node("c"), node("a"), node("b")];
    const graph = new AdjacencyGraph(unsorted, [
      { id: "a/COVERS/c", type: "COVERS", from: "a", to: "c", status: "ACTIVE", evidence: [] },
    ]);
    expect(["a", "b", "c", "d"].map((id) => graph.index(id))).toStrictEqual([0, 1, 2, undefined]);
    expect(graph.hasNode("b")).toBe(true);
    expect(graph.hasNode("B")).toBe(false);
    expect(graph.nodeAt(2).id).toBe("c");
    expect(unsorted.map((each) => each.id)).toStrictEqual(["c", "a", "b"]);
    expect(() => new AdjacencyGraph([node("a"), node("b"), node("a")], [])).toThrow(
      'duplicate node id "a"',
    );
    expect(
      () =>
        new AdjacencyGraph(
          [node("a")],
          [
            {
              id: "a/COVERS/z",
              type: "COVERS",
              from: "a",
              to: "z",
              status: "ACTIVE",
              evidence: [],
            },
          ],
        ),
    ).toThrow('relationship "a/COVERS/z" links an unknown node');
  });
});
