/**
 * Each export format read back the way its tools read it: GEXF and GraphML through
 * graphology's own parsers (on @xmldom/xmldom), Cytoscape.js and D3 JSON against
 * their documented structure. The subgraph is the real seed around the EU AI Office.
 */
import { MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { beforeAll, describe, expect, it } from "vitest";
import { citationFor } from "../../src/domain/citation.js";
import type { GraphEdge, GraphNode } from "../../src/domain/graph-types.js";
import { parsePartialDate } from "../../src/domain/partial-date.js";
import { EXPORT_FORMATS, type ExportMeta } from "../../src/export/export-format.js";
import { exportSubgraph } from "../../src/export/export-subgraph.js";
import { DEFAULT_SEED_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import type { Subgraph } from "../../src/store/graph-store.js";
import { openTestStore } from "../support/test-store.js";
import {
  decodeAttributes,
  expectedEdgeAttributes,
  expectedEdgeJson,
  expectedNodeAttributes,
  expectedNodeJson,
} from "./expected-elements.js";
import { elementsOf, strictXml } from "./xml-support.js";

let subgraph: Subgraph;
let meta: ExportMeta;

beforeAll(async () => {
  const dataset = await loadSeed({ seedDir: DEFAULT_SEED_DIR });
  const store = await openTestStore(dataset);
  try {
    subgraph = await store.neighbourhood({
      ids: ["eu-ai-office"],
      depth: 2,
      limit: 500,
      fanOut: 100,
    });
  } finally {
    await store.close();
  }
  meta = {
    datasetVersion: dataset.version,
    citation: citationFor({
      version: dataset.version,
      nodeCount: dataset.nodes.length,
      edgeCount: dataset.edges.length,
    }),
  };
});

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe("the subgraph the exports are tested on", () => {
  it("has what each check needs: dated and undated elements, inferences, roles, several quotes", () => {
    expect(subgraph.nodes.length).toBeGreaterThan(10);
    expect(subgraph.edges.length).toBeGreaterThan(10);
    expect(subgraph.nodes.some((node) => node.date)).toBe(true);
    expect(subgraph.nodes.some((node) => !node.date)).toBe(true);
    expect(subgraph.edges.some((edge) => edge.date)).toBe(true);
    expect(subgraph.edges.some((edge) => !edge.date)).toBe(true);
    expect(subgraph.edges.some((edge) => edge.inference)).toBe(true);
    expect(subgraph.edges.some((edge) => edge.role)).toBe(true);
    expect(subgraph.nodes.some((node) => node.aliases.length > 0)).toBe(true);
    expect(subgraph.nodes.some((node) => node.status)).toBe(true);
    expect([...subgraph.nodes, ...subgraph.edges].some((item) => item.evidence.length > 1)).toBe(
      true,
    );
  });
});

describe("exportSubgraph", () => {
  it("says the media type and extension of each format", () => {
    const types = EXPORT_FORMATS.map((format) => {
      const { mimeType, extension } = exportSubgraph(subgraph, format, meta);
      return { format, mimeType, extension };
    });
    expect(types).toEqual([
      { format: "cytoscape", mimeType: "application/json", extension: "cyjs" },
      { format: "d3", mimeType: "application/json", extension: "json" },
      { format: "graphml", mimeType: "application/graphml+xml", extension: "graphml" },
      { format: "gexf", mimeType: "application/gexf+xml", extension: "gexf" },
    ]);
  });

  it("writes the same text for the same subgraph", () => {
    for (const format of EXPORT_FORMATS) {
      expect(exportSubgraph(subgraph, format, meta).content).toBe(
        exportSubgraph(subgraph, format, meta).content,
      );
    }
  });
});

describe("Cytoscape.js elements JSON", () => {
  interface CyElement {
    data: Record<string, unknown> & { id: string };
  }
  let json: {
    data: Record<string, unknown>;
    elements: { nodes: CyElement[]; edges: CyElement[] };
  };
  beforeAll(() => {
    const exported = exportSubgraph(subgraph, "cytoscape", meta);
    expect(exported.format).toBe("cytoscape");
    json = JSON.parse(exported.content);
  });

  it("is elements keyed by group, each element a `data` object, plus graph data citing the dataset", () => {
    expect(Object.keys(json).sort()).toEqual(["data", "elements"]);
    expect(Object.keys(json.elements).sort()).toEqual(["edges", "nodes"]);
    for (const element of [...json.elements.nodes, ...json.elements.edges]) {
      expect(Object.keys(element)).toEqual(["data"]);
      expect(typeof element.data.id).toBe("string");
    }
    expect(json.data).toEqual({
      name: `Entente subgraph (dataset ${meta.datasetVersion})`,
      datasetVersion: meta.datasetVersion,
      citation: meta.citation,
      truncated: subgraph.truncated,
    });
  });

  it("has every node once, with its label, qualifiers and evidence, and nothing Cytoscape reads as compound or edge", () => {
    expect(ids(json.elements.nodes.map((n) => n.data))).toEqual(ids(subgraph.nodes));
    subgraph.nodes.forEach((node, index) => {
      const data = json.elements.nodes[index]?.data;
      expect(data).toEqual({ ...expectedNodeJson(node), name: node.name });
      expect(data).not.toHaveProperty("parent");
      expect(data).not.toHaveProperty("source");
      expect(data).not.toHaveProperty("target");
    });
  });

  it("has every relationship with source and target among the nodes, its type as label, and its evidence", () => {
    const nodeIds = new Set(ids(subgraph.nodes));
    expect(ids(json.elements.edges.map((e) => e.data))).toEqual(ids(subgraph.edges));
    subgraph.edges.forEach((edge, index) => {
      const data = json.elements.edges[index]?.data;
      expect(data).toEqual({ ...expectedEdgeJson(edge), interaction: edge.type });
      expect(nodeIds.has(String(data?.source))).toBe(true);
      expect(nodeIds.has(String(data?.target))).toBe(true);
    });
    const allIds = [...ids(subgraph.nodes), ...ids(subgraph.edges)];
    expect(new Set(allIds).size).toBe(allIds.length);
  });
});

describe("D3 node-link JSON", () => {
  let json: {
    directed: boolean;
    multigraph: boolean;
    graph: Record<string, unknown>;
    nodes: (Record<string, unknown> & { id: string })[];
    links: (Record<string, unknown> & { id: string; source: string; target: string })[];
  };
  beforeAll(() => {
    json = JSON.parse(exportSubgraph(subgraph, "d3", meta).content);
  });

  it("is nodes with ids and links whose source and target are node ids (what forceLink().id(d => d.id) resolves)", () => {
    expect(Object.keys(json).sort()).toEqual(["directed", "graph", "links", "multigraph", "nodes"]);
    const byId = new Map(json.nodes.map((node) => [node.id, node]));
    expect(byId.size).toBe(json.nodes.length);
    for (const link of json.links) {
      expect(byId.get(link.source), link.id).toBeDefined();
      expect(byId.get(link.target), link.id).toBeDefined();
    }
    expect(json.directed).toBe(true);
    expect(json.multigraph).toBe(true);
    expect(json.graph).toEqual({
      datasetVersion: meta.datasetVersion,
      citation: meta.citation,
      truncated: subgraph.truncated,
    });
  });

  it("carries every node's and link's qualifiers and evidence as structured data", () => {
    expect(json.nodes).toEqual(subgraph.nodes.map(expectedNodeJson));
    expect(json.links).toEqual(subgraph.edges.map(expectedEdgeJson));
  });
});

describe("GraphML, read back by graphology-graphml", () => {
  let text: string;
  let graph: ReturnType<typeof parseGexf>;
  beforeAll(() => {
    text = exportSubgraph(subgraph, "graphml", meta).content;
    graph = parseGraphml(MultiGraph, text);
  });

  it("is well-formed GraphML with typed keys and directed edges", () => {
    const document = strictXml(text);
    expect(document.documentElement?.namespaceURI).toBe("http://graphml.graphdrawing.org/xmlns");
    const keys = elementsOf(document, "key").map((key) => ({
      for: key.getAttribute("for"),
      name: key.getAttribute("attr.name"),
      type: key.getAttribute("attr.type"),
    }));
    expect(keys).toContainEqual({ for: "node", name: "evidence", type: "string" });
    expect(keys).toContainEqual({ for: "node", name: "inferred", type: "boolean" });
    expect(keys).toContainEqual({ for: "edge", name: "evidence", type: "string" });
    expect(keys).toContainEqual({ for: "graph", name: "truncated", type: "boolean" });
    expect(elementsOf(document, "graph")[0]?.getAttribute("edgedefault")).toBe("directed");
  });

  it("has the same node and edge ids, in order, with the same ends", () => {
    expect(graph.nodes()).toEqual(ids(subgraph.nodes));
    expect(graph.edges()).toEqual(ids(subgraph.edges));
    for (const edge of subgraph.edges) {
      expect(graph.source(edge.id)).toBe(edge.from);
      expect(graph.target(edge.id)).toBe(edge.to);
      expect(graph.isDirected(edge.id)).toBe(true);
    }
  });

  it("keeps every attribute, evidence decoded from its JSON string", () => {
    for (const node of subgraph.nodes) {
      expect(decodeAttributes(graph.getNodeAttributes(node.id)), node.id).toEqual(
        expectedNodeAttributes(node),
      );
    }
    for (const edge of subgraph.edges) {
      expect(decodeAttributes(graph.getEdgeAttributes(edge.id)), edge.id).toEqual(
        expectedEdgeAttributes(edge),
      );
    }
  });

  it("names the dataset version and citation as graph data", () => {
    expect(graph.getAttributes()).toEqual({
      id: "entente",
      datasetVersion: meta.datasetVersion,
      citation: meta.citation,
      truncated: subgraph.truncated,
    });
  });
});

describe("GEXF, read back by graphology-gexf", () => {
  let text: string;
  let graph: ReturnType<typeof parseGexf>;
  let document: Document;
  beforeAll(() => {
    text = exportSubgraph(subgraph, "gexf", meta).content;
    graph = parseGexf(MultiGraph, text);
    document = strictXml(text);
  });

  it("is GEXF 1.3 in dynamic mode with dates as the time format", () => {
    const root = document.documentElement;
    expect(root?.getAttribute("version")).toBe("1.3");
    expect(root?.namespaceURI).toBe("http://gexf.net/1.3");
    const graphElement = elementsOf(document, "graph")[0];
    expect(graphElement?.getAttribute("mode")).toBe("dynamic");
    expect(graphElement?.getAttribute("timeformat")).toBe("date");
    expect(graphElement?.getAttribute("defaultedgetype")).toBe("directed");
  });

  it("has the same node and edge ids, in order, with the same ends", () => {
    expect(graph.nodes()).toEqual(ids(subgraph.nodes));
    expect(graph.edges()).toEqual(ids(subgraph.edges));
    for (const edge of subgraph.edges) {
      expect(graph.source(edge.id)).toBe(edge.from);
      expect(graph.target(edge.id)).toBe(edge.to);
      expect(graph.isDirected(edge.id)).toBe(true);
    }
  });

  it("keeps every attribute, evidence decoded from its JSON string, and the type as the edge kind", () => {
    for (const node of subgraph.nodes) {
      expect(decodeAttributes(graph.getNodeAttributes(node.id)), node.id).toEqual(
        expectedNodeAttributes(node),
      );
    }
    for (const edge of subgraph.edges) {
      expect(decodeAttributes(graph.getEdgeAttributes(edge.id)), edge.id).toEqual({
        ...expectedEdgeAttributes(edge),
        kind: edge.type,
      });
    }
  });

  it("starts each dated node and relationship on its earliest day and leaves it open-ended, as asOf does", () => {
    const spans = (tag: string) =>
      elementsOf(document, tag).map((element) => ({
        id: element.getAttribute("id"),
        start: element.getAttribute("start") || undefined,
        end: element.getAttribute("end") || undefined,
      }));
    const expected = (items: readonly (GraphNode | GraphEdge)[]) =>
      items.map((item) => ({ id: item.id, start: item.date?.earliest, end: undefined }));
    expect(spans("node")).toEqual(expected(subgraph.nodes));
    expect(spans("edge")).toEqual(expected(subgraph.edges));
    expect(spans("node").filter((span) => span.start).length).toBeGreaterThan(0);
  });

  it("names the creator, the citation and the dataset version in its meta", () => {
    expect(graph.getAttributes()).toEqual({
      creator: "Entente",
      description: meta.citation,
      keywords: meta.datasetVersion,
    });
  });
});

describe("text that XML must escape or cannot hold", () => {
  const date = (iso: string) => {
    const parsed = parsePartialDate(iso);
    if (typeof parsed === "string") throw new Error(parsed);
    return parsed;
  };
  const awkward = 'He said "<b>&amp;</b>", it\'s\tdone;\nnext line\r\n 🇪🇺 \u0001end';
  const nodes: GraphNode[] = [
    {
      id: "a&b",
      category: "Actor",
      kind: "OFFICE",
      name: `Office <A> & "B"`,
      aliases: ["O'A", "“curly”", "pipe|comma, [bracket]"],
      description: awkward,
      evidence: [{ sourceId: "src-1", quote: awkward, start: 0, end: awkward.length }],
    },
    {
      id: "c",
      category: "Agreement",
      kind: "PARTNERSHIP",
      name: "C",
      aliases: [],
      date: date("2024-05-02/2024-05-03"),
      status: "PLANNED",
      ordinal: 3,
      evidence: [],
      inference: { reasoning: "because <reasons> & more" },
    },
  ];
  const edges: GraphEdge[] = [
    {
      id: "a&b/PARTY_TO/c",
      type: "PARTY_TO",
      from: "a&b",
      to: "c",
      status: "PLANNED",
      role: 'signatory "in chief"',
      date: date("2024-06"),
      evidence: [{ sourceId: "src-1", quote: "x", start: 1, end: 2 }],
    },
    {
      id: "a&b/SUPPORTS/c",
      type: "SUPPORTS",
      from: "a&b",
      to: "c",
      status: "ACTIVE",
      evidence: [],
    },
    {
      id: "a&b/SUPPORTS/c#2",
      type: "SUPPORTS",
      from: "a&b",
      to: "c",
      status: "ANNOUNCED",
      evidence: [],
    },
  ];
  const awkwardSubgraph: Subgraph = { nodes, edges, truncated: true };
  const awkwardMeta: ExportMeta = { datasetVersion: "v<1>", citation: 'cite "this" & that' };
  /** What survives XML: the control character becomes U+FFFD. */
  const inXml = (text: string) => text.replace("\u0001", "\uFFFD");

  it.each(["graphml", "gexf"] as const)(
    "%s round-trips it, parallel relationships included",
    (format) => {
      const text = exportSubgraph(awkwardSubgraph, format, awkwardMeta).content;
      strictXml(text);
      const graph = (format === "gexf" ? parseGexf : parseGraphml)(MultiGraph, text);
      expect(graph.nodes()).toEqual(["a&b", "c"]);
      expect(graph.edges()).toEqual(ids(edges));
      const first = decodeAttributes(graph.getNodeAttributes("a&b"));
      expect(first.label).toBe(`Office <A> & "B"`);
      expect(first.aliases).toEqual(["O'A", "“curly”", "pipe|comma, [bracket]"]);
      expect(first.description).toBe(inXml(awkward));
      // Evidence is JSON-encoded first, so even the control character survives as \u0001.
      expect(first.evidence).toEqual(nodes[0]?.evidence);
      expect(graph.getNodeAttributes("c")).toMatchObject({ ordinal: 3, inferred: true });
      expect(graph.getEdgeAttributes("a&b/PARTY_TO/c")).toMatchObject({
        role: 'signatory "in chief"',
      });
    },
  );

  it("JSON formats keep every character as it is", () => {
    const d3 = JSON.parse(exportSubgraph(awkwardSubgraph, "d3", awkwardMeta).content);
    expect(d3.nodes[0].description).toBe(awkward);
    expect(d3.graph).toEqual({ ...awkwardMeta, truncated: true });
  });

  it("GEXF starts a range on its first day and a month on its first day", () => {
    const document = strictXml(exportSubgraph(awkwardSubgraph, "gexf", awkwardMeta).content);
    const starts = (tag: string) =>
      elementsOf(document, tag).map((element) => element.getAttribute("start") || null);
    expect(starts("node")).toEqual([null, "2024-05-02"]);
    expect(starts("edge")).toEqual(["2024-06-01", null, null]);
  });

  it.each(EXPORT_FORMATS)("%s exports an empty subgraph", (format) => {
    const empty = exportSubgraph({ nodes: [], edges: [], truncated: false }, format, awkwardMeta);
    if (format === "gexf" || format === "graphml") {
      strictXml(empty.content);
      expect((format === "gexf" ? parseGexf : parseGraphml)(MultiGraph, empty.content).order).toBe(
        0,
      );
    } else {
      expect(JSON.parse(empty.content)).toBeTypeOf("object");
    }
  });
});
