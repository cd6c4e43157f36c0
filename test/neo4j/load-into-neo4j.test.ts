/**
 * Loading datasets into a real Neo4j (this worker's server): what a load serves afterwards,
 * with and without `replace`, run twice, and when it fails half-way. The store's own
 * answers (info, getNodes, getEdges, search) are the judge.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset, GraphEdge, GraphNode } from "../../src/domain/graph-types.js";
import { NODE_BATCH_SIZE } from "../../src/store/neo4j/cypher-load-statements.js";
import { loadIntoNeo4j, readLoadedVersion } from "../../src/store/neo4j/load-into-neo4j.js";
import { createDriver, Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { generateDataset } from "../../src/synthetic/generate-dataset.js";
import { neo4jTestConfig, neo4jUnavailable } from "../support/neo4j-test-server.js";

const config = neo4jTestConfig();

/** The dataset without some nodes (and their relationships), under another version. */
function without(dataset: Dataset, leftOut: ReadonlySet<string>, version: string): Dataset {
  return {
    version,
    nodes: dataset.nodes.filter((node) => !leftOut.has(node.id)),
    edges: dataset.edges.filter((edge) => !leftOut.has(edge.from) && !leftOut.has(edge.to)),
  };
}

if (!config) {
  it.skip(`loading into Neo4j: ${neo4jUnavailable()}`, () => {});
} else {
  describe("loading a dataset into Neo4j", () => {
    let driver: Driver | undefined;
    let store: Neo4jStore | undefined;
    const full = generateDataset({ nodes: 300, seed: 5 });
    const byId = new Map(full.nodes.map((node) => [node.id, node]));
    /** Two well-linked nodes the smaller dataset leaves out. */
    const leftOut = new Set(
      [
        ...full.edges.reduce(
          (degree, edge) => degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1),
          new Map<string, number>(),
        ),
      ]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 2)
        .map(([id]) => id),
    );
    const smaller = without(full, leftOut, "smaller");

    beforeAll(() => {
      driver = createDriver(config);
      store = new Neo4jStore(driver, config);
    });
    afterAll(async () => {
      await driver?.close();
    });
    const given = () => {
      if (!driver || !store) throw new Error("no driver");
      return { driver, store };
    };
    const load = (dataset: Dataset, replace: boolean) =>
      loadIntoNeo4j(given().driver, dataset, { database: config.database, replace });
    const served = async () => {
      const { store: s } = given();
      const info = await s.info();
      const nodes = await s.getNodes(full.nodes.map((node) => node.id));
      const edges = await s.getEdges(full.edges.map((edge) => edge.id));
      return {
        info,
        nodes: nodes.filter((node): node is GraphNode => node !== undefined),
        edges: edges.filter((edge): edge is GraphEdge => edge !== undefined),
      };
    };

    it("serves exactly the dataset after a load with replace, and the same after running it again", async () => {
      await load(full, true);
      const first = await served();
      expect(first.info).toEqual({
        version: full.version,
        nodeCount: full.nodes.length,
        edgeCount: full.edges.length,
      });
      expect(first.nodes).toEqual(full.nodes);
      expect(new Set(first.edges.map((edge) => edge.id))).toEqual(
        new Set(full.edges.map((edge) => edge.id)),
      );
      await load(full, true);
      expect(await served()).toEqual(first);
      expect(await readLoadedVersion(given().driver, config.database)).toBe(full.version);
    }, 60_000);

    it("with replace, removes the nodes and relationships the new dataset no longer holds", async () => {
      await load(full, true);
      await load(smaller, true);
      const now = await served();
      expect(now.info).toEqual({
        version: "smaller",
        nodeCount: smaller.nodes.length,
        edgeCount: smaller.edges.length,
      });
      expect(now.nodes.map((node) => node.id)).toEqual(smaller.nodes.map((node) => node.id));
      for (const id of leftOut)
        expect(await given().store.neighbours([id], { direction: "BOTH", limit: 5 })).toEqual([[]]);
    }, 60_000);

    it("without replace, keeps what the database held beyond the dataset, relationships included", async () => {
      await load(full, true);
      await load(smaller, false);
      const now = await served();
      expect(now.info).toEqual({
        version: "smaller",
        nodeCount: full.nodes.length,
        edgeCount: full.edges.length,
      });
      expect(now.nodes).toEqual(full.nodes);
      // A kept node is still linked to the nodes the new dataset rewrote.
      const [kept] = [...leftOut];
      const links = await given().store.neighbours([kept as string], {
        direction: "BOTH",
        limit: 1_000,
      });
      const expected = full.edges.filter((edge) => edge.from === kept || edge.to === kept).length;
      expect(links[0]?.length).toBe(expected);
    }, 60_000);

    it("a load that fails half-way leaves the previous dataset served, and the next load starts clean", async () => {
      await load(smaller, true);
      const before = await served();
      // More nodes than one batch, the last a repeat of the first: the second batch fails
      // after the first has been staged.
      const extra = generateDataset({ nodes: NODE_BATCH_SIZE + 10, seed: 6 });
      const broken: Dataset = {
        version: "broken",
        nodes: [...extra.nodes, extra.nodes[0] as GraphNode],
        edges: extra.edges,
      };
      await expect(load(broken, true)).rejects.toThrow();
      expect(await served()).toEqual(before);
      // What it staged is neither counted nor found.
      const staged = extra.nodes.find((node) => !byId.has(node.id)) as GraphNode;
      expect(await given().store.getNodes([staged.id])).toEqual([undefined]);
      expect(await given().store.search({ text: staged.id, limit: 5 })).toEqual([]);
      await load(full, true);
      expect((await served()).info).toEqual({
        version: full.version,
        nodeCount: full.nodes.length,
        edgeCount: full.edges.length,
      });
    }, 120_000);

    it("refuses a relationship whose end the dataset lacks, naming both, and keeps what it served", async () => {
      await load(smaller, true);
      const before = await served();
      const edge = smaller.edges[0] as GraphEdge;
      const dangling: GraphEdge = { ...edge, id: `${edge.id}-dangling`, to: "no-such-node" };
      const broken: Dataset = {
        ...smaller,
        version: "dangling",
        edges: [...smaller.edges, dangling],
      };
      await expect(load(broken, true)).rejects.toThrow(new RegExp(`${dangling.id}.*no-such-node`));
      expect(await served()).toEqual(before);
    }, 60_000);
  });
}
