/**
 * What the exports make of a scene and of the whole graph, on the real seed and the
 * store of the test project: the whole graph holds every node, its source with title
 * and address among them; a scene keeps its nodes, positions, day and filters; a
 * scene that is wrong is refused, naming the field.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { isUndatedRelationship } from "../../src/domain/dated-categories.js";
import type { Dataset } from "../../src/domain/graph-types.js";
import { isProspective } from "../../src/domain/vocabulary.js";
import {
  exportMeta,
  exportScene,
  exportWholeGraph,
  sceneSubgraph,
  wholeGraph,
} from "../../src/export/export-query.js";
import { exportSubgraph } from "../../src/export/export-subgraph.js";
import { parseScene, type Scene, SceneError, sceneToJson } from "../../src/export/scene.js";
import { DEFAULT_SEED_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { openTestStore } from "../support/test-store.js";
import { strictXml } from "./xml-support.js";

let dataset: Dataset;
let store: GraphStore;

beforeAll(async () => {
  dataset = await loadSeed({ seedDir: DEFAULT_SEED_DIR });
  store = await openTestStore(dataset);
  return () => store.close();
});

/** A scene as Explorer writes it (positions as [x, y]), read back. */
const scene = (fields: Record<string, unknown>): Scene =>
  parseScene({ format: "entente-scene", version: 1, nodes: [], ...fields });

describe("the whole graph", () => {
  it("holds every node, sources included, and every relationship", async () => {
    const graph = await wholeGraph(store);
    expect(graph.nodes.map((node) => node.id).sort()).toEqual(
      dataset.nodes.map((node) => node.id).sort(),
    );
    expect(graph.edges.map((edge) => edge.id).sort()).toEqual(
      dataset.edges.map((edge) => edge.id).sort(),
    );
    expect(graph.truncated).toBe(false);
  });

  it("names its source by title and address in every format", async () => {
    const source = dataset.nodes.find((node) => node.source);
    if (!source?.source) throw new Error("the seed has no source node");
    const cytoscape = JSON.parse((await exportWholeGraph(store, "cytoscape")).content) as {
      elements: { nodes: { data: { id: string; sourceInfo?: { title: string; url: string } } }[] };
    };
    const node = cytoscape.elements.nodes.find((element) => element.data.id === source.id);
    expect(node?.data.sourceInfo).toMatchObject({
      title: source.source.title,
      url: source.source.url,
    });
    for (const format of ["graphml", "gexf", "gexf12"] as const) {
      const text = (await exportWholeGraph(store, format)).content;
      strictXml(text);
      expect(text, format).toContain(source.source.url);
      expect(text, format).toContain(source.source.title);
    }
  });

  it("as of a day leaves out what had not begun, and what no source supports yet", async () => {
    const early = await wholeGraph(store, "2022-04-30");
    const ids = early.nodes.map((node) => node.id);
    expect(ids).not.toContain("eu-japan-digital-partnership"); // signed in May 2022
    expect(ids).not.toContain("european-union"); // known from the April 2024 article
    const later = (await wholeGraph(store, "2024-04-24")).nodes.map((node) => node.id);
    expect(later).toEqual(
      expect.arrayContaining(["european-union", "eu-japan-digital-partnership"]),
    );
    expect(early.edges.length).toBeLessThan(dataset.edges.length);
  });
});

describe("exporting a scene", () => {
  const nodes = ["european-union", "japan", "eu-japan-digital-partnership", "ai-act"];

  it("keeps the scene's nodes and the relationships among them", async () => {
    const subgraph = await sceneSubgraph(store, scene({ nodes }));
    expect(subgraph.nodes.map((node) => node.id).sort()).toEqual([...nodes].sort());
    const among = dataset.edges.filter(
      (edge) => nodes.includes(edge.from) && nodes.includes(edge.to),
    );
    expect(subgraph.edges.map((edge) => edge.id).sort()).toEqual(
      among.map((edge) => edge.id).sort(),
    );
    expect(among.length).toBeGreaterThan(0);
  });

  it("leaves out hidden kinds and relationship types, and what the day has not reached", async () => {
    const hidden = await sceneSubgraph(
      store,
      scene({ nodes, hiddenKinds: ["REGULATION"], hiddenTypes: ["PARTY_TO"] }),
    );
    expect(hidden.nodes.map((node) => node.id)).not.toContain("ai-act");
    expect(hidden.edges.some((edge) => edge.type === "PARTY_TO")).toBe(false);
    const early = await sceneSubgraph(store, scene({ nodes, asOf: "2022-04-30" }));
    // A scene's nodes are shown whatever their date (they are what the reader chose), but
    // the relationships among them follow the day.
    const partnership = early.edges.filter((edge) => edge.to === "eu-japan-digital-partnership");
    expect(partnership).toEqual([]);
  });

  it("reads its day as the scene says: what is known then, or with INCLUDE_UNKNOWN also what is not", async () => {
    const known = await sceneSubgraph(store, scene({ nodes, asOf: "2023-01-01" }));
    const unknown = await sceneSubgraph(
      store,
      scene({ nodes, asOf: "2023-01-01", asOfMode: "INCLUDE_UNKNOWN" }),
    );
    // The partnership's parties are known from its signing in May 2022; the rest among
    // these nodes rests on the April 2024 article alone, so shows only when asked.
    const knownIds = known.edges.map((edge) => edge.id);
    expect(knownIds.every((id) => id.endsWith("/PARTY_TO/eu-japan-digital-partnership"))).toBe(
      true,
    );
    expect(unknown.edges.map((edge) => edge.id)).toEqual(expect.arrayContaining(knownIds));
    expect(unknown.edges.length).toBeGreaterThan(known.edges.length);
    // Still nothing a source says began after the day.
    const begunLater = unknown.edges.filter(
      (edge) => edge.validity?.begun === true && (edge.validity.from ?? "") > "2023-01-01",
    );
    expect(begunLater).toEqual([]);
  });

  it("hides undated agreements and events when the scene says so", async () => {
    const undated = dataset.nodes.find(
      (node) => (node.category === "Agreement" || node.category === "Event") && !node.date,
    );
    if (!undated) throw new Error("the seed has no undated agreement or event");
    const withIt = await sceneSubgraph(store, scene({ nodes: [...nodes, undated.id] }));
    expect(withIt.nodes.map((node) => node.id)).toContain(undated.id);
    const without = await sceneSubgraph(
      store,
      scene({ nodes: [...nodes, undated.id], hideUndated: true }),
    );
    expect(without.nodes.map((node) => node.id)).not.toContain(undated.id);
    expect(without.nodes.map((node) => node.id)).toContain("european-union");
  });

  it("hides undated relationships with them, keeping the dated ones", async () => {
    const some = dataset.edges.find(isUndatedRelationship);
    if (!some) throw new Error("the seed has no undated relationship");
    const around = [...new Set([...nodes, some.from, some.to])];
    const shown = await sceneSubgraph(store, scene({ nodes: around }));
    const undated = shown.edges.filter(isUndatedRelationship);
    const dated = shown.edges.filter((edge) => !isUndatedRelationship(edge));
    expect(undated.length).toBeGreaterThan(0);
    expect(dated.length).toBeGreaterThan(0);
    const hidden = await sceneSubgraph(store, scene({ nodes: around, hideUndated: true }));
    expect(hidden.edges.map((edge) => edge.id).sort()).toEqual(dated.map((edge) => edge.id).sort());
  });

  it("writes the positions the reader arranged into every format", async () => {
    const positions = { "european-union": [100, -40], japan: [-250, 80] };
    const placed = scene({ nodes, positions });
    const cytoscape = JSON.parse((await exportScene(store, "cytoscape", placed)).content) as {
      elements: { nodes: { data: { id: string }; position?: { x: number; y: number } }[] };
    };
    const position = (id: string) =>
      cytoscape.elements.nodes.find((node) => node.data.id === id)?.position;
    expect(position("japan")).toEqual({ x: -250, y: 80 });
    expect(position("ai-act")).toBeUndefined();
    const d3 = JSON.parse((await exportScene(store, "d3", placed)).content) as {
      nodes: { id: string; x?: number; y?: number }[];
    };
    expect(d3.nodes.find((node) => node.id === "european-union")).toMatchObject({ x: 100, y: -40 });
    // GEXF and GraphML count y upwards, as Gephi draws.
    const gexf = (await exportScene(store, "gexf", placed)).content;
    expect(gexf).toMatch(/<node id="japan"[\s\S]*?<viz:position x="-250" y="-80" z="0"\/>/);
    const graphml = (await exportScene(store, "graphml", placed)).content;
    expect(graphml).toMatch(/<node id="japan">[\s\S]*?<data key="n_x">-250<\/data>/);
  });

  it("refuses a node the dataset does not hold, naming it", async () => {
    await expect(sceneSubgraph(store, scene({ nodes: ["japan", "atlantis"] }))).rejects.toThrow(
      /nodes: 1 of the scene's nodes are not in this dataset, e\.g\. "atlantis"/,
    );
  });
});

describe("the meta of an export", () => {
  it("lists the sources the evidence cites, with title and address", async () => {
    const subgraph = await store.neighbourhood({
      ids: ["eu-ai-office"],
      depth: 1,
      limit: 50,
      fanOut: 100,
    });
    const meta = await exportMeta(store, subgraph);
    const source = dataset.nodes.find((node) => node.source);
    expect(Object.keys(meta.sources ?? {})).toEqual([source?.id]);
    expect(meta.sources?.[source?.id ?? ""]?.title).toBe(source?.source?.title);
    const d3 = JSON.parse(exportSubgraph(subgraph, "d3", meta).content) as {
      links: { status: string; prospective: boolean; evidence: { sourceTitle?: string }[] }[];
    };
    for (const link of d3.links) {
      expect(link.prospective).toBe(isProspective(link.status as never));
      for (const evidence of link.evidence)
        expect(evidence.sourceTitle).toBe(source?.source?.title);
    }
  });
});

describe("reading a scene", () => {
  const valid = {
    format: "entente-scene",
    version: 1,
    dataset: { version: "abc", citation: "Entente…" },
    nodes: ["japan", "european-union"],
    positions: { japan: [1.4, 2.6] },
    asOf: "2024-05-01",
    selection: ["japan"],
    path: ["japan", "european-union"],
    style: { colour: "status", size: "uniform" },
  };

  it("reads back what it writes, positions rounded", () => {
    const read = parseScene(valid);
    expect(read.positions).toEqual({ japan: { x: 1.4, y: 2.6 } });
    expect(sceneToJson(read)).toEqual({ ...valid, positions: { japan: [1, 3] } });
    expect(parseScene(JSON.parse(JSON.stringify(sceneToJson(read))))).toMatchObject({
      nodes: valid.nodes,
      asOf: "2024-05-01",
    });
  });

  it.each([
    [[], "scene: must be a JSON object"],
    [{ ...valid, format: "something" }, 'format: must be "entente-scene"'],
    [{ ...valid, version: 2 }, "version: must be 1"],
    [{ ...valid, nodes: "japan" }, "nodes: must be a list of texts"],
    [{ ...valid, nodes: ["japan", 3] }, "nodes[1]: must be a non-empty text"],
    [
      { ...valid, positions: { china: [0, 0] } },
      "positions.china: is not one of the scene's nodes",
    ],
    [{ ...valid, positions: { japan: [0, "x"] } }, "positions.japan: must be [x, y]"],
    [{ ...valid, asOf: "2024-13-01" }, "asOf: "],
    [{ ...valid, during: { from: "2024-01-01" } }, "asOf: give asOf or during, not both"],
    [
      { ...valid, asOf: undefined, during: { from: "2025-01-01", to: "2024-01-01" } },
      "during: from must not be after to",
    ],
    [{ ...valid, hiddenTypes: ["FRIENDS_WITH"] }, "hiddenTypes[0]: must be one of PART_OF"],
    [{ ...valid, style: { colour: "mood" } }, "style.colour: must be one of category, status"],
    [{ ...valid, path: ["japan"] }, "path: must name at least two nodes"],
    [{ ...valid, zoom: 3 }, "zoom: unknown field"],
    [{ ...valid, asOfMode: "MAYBE" }, "asOfMode: must be one of KNOWN, INCLUDE_UNKNOWN"],
    [{ ...valid, asOf: undefined, asOfMode: "INCLUDE_UNKNOWN" }, "asOfMode: needs asOf or during"],
  ])("refuses a wrong scene, naming what is wrong: %#", (value, message) => {
    expect(() => parseScene(value)).toThrow(SceneError);
    expect(() => parseScene(value)).toThrow(message);
  });
});
