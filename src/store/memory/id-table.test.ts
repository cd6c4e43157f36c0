/**
 * Ids found by hashing (nodes), and relationships found by id from the ends their ids
 * name (the others by a table made in the background, and by a scan until it is made),
 * give the answers a scan of every id gives.
 */
import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../domain/graph-types.js";
import { generateDataset } from "../../synthetic/generate-dataset.js";
import { AdjacencyGraph } from "./adjacency-graph.js";
import { runPausing } from "./build-off-thread.js";
import { IdTable } from "./id-table.js";
import { runToEnd } from "./time-slice.js";

/** A node named by its id. */
const node = (id: string): GraphNode => ({
  id,
  category: "Actor",
  kind: "COUNTRY",
  name: id,
  aliases: [],
  evidence: [],
});

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

  it("finds a graph's relationships by id from their ends, as a scan of every relationship does", () => {
    const { nodes, edges } = generateDataset({ nodes: 2_000, seed: 3 });
    const graph = new AdjacencyGraph(nodes, edges);
    const keyed = edges.filter((edge) => edge.id.includes("#"));
    expect(keyed.length).toBeGreaterThan(0);
    const ids = [
      ...edges.map((edge) => edge.id),
      "no-such-relationship",
      `${(edges[0] as GraphEdge).from}/`,
      `${(edges[0] as GraphEdge).id}#9`,
      `${(edges[0] as GraphEdge).id}x`,
      (edges[0] as GraphEdge).id.toUpperCase(),
      `${(keyed[0] as GraphEdge).id.split("#")[0]}#99`,
      "/".repeat(10_000),
      `${"#".repeat(5_000)}/${"/#".repeat(5_000)}`,
    ];
    const byId = new Map(edges.map((edge) => [edge.id, edge]));
    for (const when of ["before", "after"]) {
      if (when === "after") runToEnd(graph.indexOtherIds());
      const found = graph.edgesById(ids);
      ids.forEach((id, k) => {
        expect(found[k], `${when}: ${id.slice(0, 80)}`).toBe(byId.get(id));
      });
      expect(found.filter((edge) => edge === undefined)).toHaveLength(8);
    }
  });

  it("finds ids of another form, self-loops, and node ids holding '/' or '#'", () => {
    const edge = (id: string, from: string, to: string): GraphEdge => ({
      id,
      type: "COVERS",
      from,
      to,
      status: "ACTIVE",
      evidence: [],
    });
    const graph = new AdjacencyGraph(["a", "a/b", "b", "b#1", "c"].map(node), [
      edge("a/b/COVERS/b", "a/b", "b"),
      edge("a/COVERS/b#1", "a", "b#1"),
      edge("a/COVERS/b#2", "a", "b"),
      edge("a/COVERS/b", "a", "b"),
      edge("c/COVERS/c", "c", "c"),
      edge("statement-7", "b", "c"),
      edge("c/COVERS/a", "b", "a"),
    ]);
    const ids = [
      "a/b/COVERS/b",
      "a/COVERS/b#1",
      "a/COVERS/b#2",
      "a/COVERS/b",
      "c/COVERS/c",
      "statement-7",
      "c/COVERS/a",
    ];
    for (const when of ["before", "after"]) {
      if (when === "after") runToEnd(graph.indexOtherIds());
      expect(
        graph.edgesById(ids).map((each) => each?.id),
        when,
      ).toStrictEqual(ids);
      expect(
        graph.edgesById(["b/COVERS/a", "a/COVERS/b#3", "a/b/COVERS/b#1", "b/COVERS/c"]),
        when,
      ).toStrictEqual([undefined, undefined, undefined, undefined]);
    }
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
