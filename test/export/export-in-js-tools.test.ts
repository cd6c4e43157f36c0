/**
 * The JSON exports loaded by the JavaScript libraries they are for, headless: the real
 * `cytoscape` package takes the Cytoscape JSON as it is and keeps a scene's positions
 * under the `preset` layout; `d3-force` resolves every link of the D3 JSON to its
 * nodes by id and starts a scene's nodes where the reader left them.
 */
import cytoscape from "cytoscape";
import { forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from "d3-force";
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/domain/graph-types.js";
import { exportScene, exportWholeGraph } from "../../src/export/export-query.js";
import { parseScene, type Scene } from "../../src/export/scene.js";
import { DEFAULT_SEED_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { openTestStore } from "../support/test-store.js";

let dataset: Dataset;
let store: GraphStore;
let scene: Scene;

beforeAll(async () => {
  dataset = await loadSeed({ seedDir: DEFAULT_SEED_DIR });
  store = await openTestStore(dataset);
  scene = parseScene({
    format: "entente-scene",
    version: 1,
    nodes: ["eu-ai-office", "european-commission", "european-union", "ai-act"],
    positions: { "eu-ai-office": [120, 40], "european-commission": [-60, 10] },
  });
  return () => store.close();
});

describe("Cytoscape.js (the cytoscape package, headless)", () => {
  it("loads the whole graph's elements as they are: every node and relationship, each edge between its nodes", async () => {
    const json = JSON.parse((await exportWholeGraph(store, "cytoscape")).content);
    const cy = cytoscape({ headless: true, elements: json.elements });
    expect(cy.nodes().length).toBe(dataset.nodes.length);
    expect(cy.edges().length).toBe(dataset.edges.length);
    const edge = cy.getElementById("eu-ai-office/PART_OF/european-commission");
    expect(edge.source().id()).toBe("eu-ai-office");
    expect(edge.target().id()).toBe("european-commission");
    expect(cy.getElementById("euronews-2024-04-24").data("sourceInfo").title).toBe(
      "EU-Japan to cooperate on AI, data flows",
    );
    cy.destroy();
  });

  it("keeps a scene's positions under the preset layout", async () => {
    const json = JSON.parse((await exportScene(store, "cytoscape", scene)).content);
    // Cytoscape.js lays new elements out with its `null` layout unless told to keep them.
    const cy = cytoscape({ headless: true, elements: json.elements, layout: { name: "preset" } });
    expect(cy.getElementById("eu-ai-office").position()).toEqual({ x: 120, y: 40 });
    expect(cy.getElementById("european-commission").position()).toEqual({ x: -60, y: 10 });
    cy.destroy();
  });
});

describe("D3 (d3-force)", () => {
  type Node = SimulationNodeDatum & { id: string };
  type Link = { source: Node | string; target: Node | string; id: string };

  it("resolves every link to its nodes by id and lays the whole graph out", async () => {
    const json = JSON.parse((await exportWholeGraph(store, "d3")).content) as {
      nodes: Node[];
      links: Link[];
    };
    const simulation = forceSimulation(json.nodes)
      .force(
        "link",
        forceLink<Node, Link>(json.links).id((node) => node.id),
      )
      .force("charge", forceManyBody())
      .stop();
    simulation.tick(50);
    expect(json.links).toHaveLength(dataset.edges.length);
    for (const link of json.links) {
      expect(typeof link.source, link.id).toBe("object");
      expect(typeof link.target, link.id).toBe("object");
    }
    expect(json.nodes.every((node) => Number.isFinite(node.x) && Number.isFinite(node.y))).toBe(
      true,
    );
  });

  it("starts a scene's nodes where the reader left them", async () => {
    const json = JSON.parse((await exportScene(store, "d3", scene)).content) as {
      nodes: Node[];
      links: Link[];
    };
    forceSimulation(json.nodes).stop();
    expect(json.nodes.find((node) => node.id === "eu-ai-office")).toMatchObject({ x: 120, y: 40 });
  });
});
