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
import { isProspective } from "../../src/domain/vocabulary.js";
import { CATEGORY_LOOKS, rgbOf, sizeForDegree } from "../../src/export/category-palette.js";
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
let sources: Record<string, { title: string; publisher: string; url: string; publishedOn: string }>;

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
  sources = {};
  for (const node of dataset.nodes) {
    if (!node.source) continue;
    sources[node.id] = {
      title: node.source.title,
      publisher: node.source.publisher,
      url: node.source.url,
      publishedOn: node.source.publishedOn.iso,
    };
  }
  meta = {
    datasetVersion: dataset.version,
    citation: citationFor({
      version: dataset.version,
      nodeCount: dataset.nodes.length,
      edgeCount: dataset.edges.length,
    }),
    sources,
  };
});

/** GraphML 1.0 types ids as NMTOKEN: name characters only, at least one. */
const NMTOKEN =
  /^[A-Za-z0-9._:\-\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C-\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]+$/;

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
      { format: "gexf12", mimeType: "application/gexf+xml", extension: "gexf" },
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
      expect(data).toEqual({ ...expectedNodeJson(node, sources), name: node.name });
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
      expect(data).toEqual({ ...expectedEdgeJson(edge, sources), interaction: edge.type });
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
    expect(json.nodes).toEqual(subgraph.nodes.map((node) => expectedNodeJson(node, sources)));
    expect(json.links).toEqual(subgraph.edges.map((edge) => expectedEdgeJson(edge, sources)));
  });

  it("carries the claims behind each statement: the AI Office's planned supervision, on the article's word", () => {
    const supervises = json.links.find(
      (link: { id: string }) => link.id === "eu-ai-office/SUPERVISES/ai-act",
    );
    expect(supervises?.claims).toEqual([
      expect.objectContaining({
        sourceId: "euronews-2024-04-24",
        status: "PLANNED",
        claimedOn: "2024-04-24",
        rank: "NORMAL",
        evidence: [
          expect.objectContaining({
            quote: expect.stringContaining("will supervise the rules for general-purpose AI"),
          }),
        ],
      }),
    ]);
  });
});

describe("GraphML, read back by graphology-graphml", () => {
  let text: string;
  let graph: ReturnType<typeof parseGexf>;
  /** The original id of each element, from its `id` column. */
  const original = (attributes: Record<string, unknown>) => String(attributes.id);
  const nodeByOriginal = (id: string) =>
    graph.findNode((_key, attributes) => original(attributes) === id) ?? "";
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
    expect(keys).toContainEqual({ for: "edge", name: "prospective", type: "boolean" });
    expect(keys).toContainEqual({ for: "graph", name: "truncated", type: "boolean" });
    expect(elementsOf(document, "graph")[0]?.getAttribute("edgedefault")).toBe("directed");
  });

  it("writes every id, source and target as an XML name token, as the GraphML schema types them", () => {
    const document = strictXml(text);
    const tokens = [
      ...elementsOf(document, "node").map((node) => node.getAttribute("id")),
      ...elementsOf(document, "edge").flatMap((edge) =>
        ["id", "source", "target"].map((name) => edge.getAttribute(name)),
      ),
      ...elementsOf(document, "key").map((key) => key.getAttribute("id")),
    ];
    expect(subgraph.edges.some((edge) => !NMTOKEN.test(edge.id))).toBe(true);
    for (const token of tokens) expect(token ?? "").toMatch(NMTOKEN);
  });

  it("keeps each original id in the `id` column, in order, with the same ends", () => {
    expect(graph.mapNodes((_key, attributes) => original(attributes))).toEqual(ids(subgraph.nodes));
    expect(graph.mapEdges((_key, attributes) => original(attributes))).toEqual(ids(subgraph.edges));
    for (const edge of subgraph.edges) {
      const key = graph.findEdge((_edge, attributes) => original(attributes) === edge.id) ?? "";
      expect(graph.source(key)).toBe(nodeByOriginal(edge.from));
      expect(graph.target(key)).toBe(nodeByOriginal(edge.to));
      expect(graph.isDirected(key)).toBe(true);
    }
  });

  it("keeps every attribute, evidence decoded from its JSON string, sources named by title", () => {
    for (const node of subgraph.nodes) {
      // graphology-graphml reads the r, g, b columns back as one colour.
      const {
        id: _id,
        size,
        color,
        ...attributes
      } = decodeAttributes(graph.getNodeAttributes(nodeByOriginal(node.id)));
      expect(attributes, node.id).toEqual(expectedNodeAttributes(node, sources));
      expect(typeof size).toBe("number");
      expect(color).toBe(CATEGORY_LOOKS[node.category].colour);
    }
    graph.forEachEdge((_key, attributes) => {
      const edge = subgraph.edges.find((candidate) => candidate.id === original(attributes));
      if (!edge) throw new Error(`unknown edge ${original(attributes)}`);
      const { id: _id, ...rest } = decodeAttributes(attributes);
      expect(rest, edge.id).toEqual(expectedEdgeAttributes(edge, sources));
    });
    expect(JSON.stringify(graph.getNodeAttributes(nodeByOriginal("eu-ai-office")))).toContain(
      sources["euronews-2024-04-24"]?.title,
    );
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
      const {
        color: _c,
        size: _s,
        shape: _shape,
        ...attributes
      } = decodeAttributes(graph.getNodeAttributes(node.id));
      expect(attributes, node.id).toEqual(expectedNodeAttributes(node, sources));
    }
    for (const edge of subgraph.edges) {
      const { shape: _shape, ...attributes } = decodeAttributes(graph.getEdgeAttributes(edge.id));
      expect(attributes, edge.id).toEqual({
        ...expectedEdgeAttributes(edge, sources),
        kind: edge.type,
      });
    }
  });

  it("draws each node in its category's colour and shape, sized by its relationships, and prospective relationships dashed", () => {
    const degree = (id: string) =>
      subgraph.edges.filter((edge) => edge.from === id || edge.to === id).length;
    for (const node of subgraph.nodes) {
      const look = CATEGORY_LOOKS[node.category];
      const { r, g, b } = rgbOf(look.colour);
      expect(graph.getNodeAttributes(node.id), node.id).toMatchObject({
        color: `rgb(${r},${g},${b})`,
        size: sizeForDegree(degree(node.id)),
        shape: look.gexfShape,
      });
    }
    const dashed = subgraph.edges.filter(
      (edge) => graph.getEdgeAttribute(edge.id, "shape") === "dashed",
    );
    expect(dashed.map((edge) => edge.id)).toEqual(
      subgraph.edges.filter((edge) => isProspective(edge.status)).map((edge) => edge.id),
    );
    expect(dashed.length).toBeGreaterThan(0);
  });

  it("shows each node and relationship from the first to the last day it is known to hold, as asOf does", () => {
    const spans = (tag: string) =>
      elementsOf(document, tag).map((element) => ({
        id: element.getAttribute("id"),
        start: element.getAttribute("start") || undefined,
        end: element.getAttribute("end") || undefined,
      }));
    const expected = (items: readonly (GraphNode | GraphEdge)[]) =>
      items.map((item) => ({ id: item.id, start: item.validity?.from, end: item.validity?.until }));
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
      validity: { from: "2024-05-02", until: "2024-05-03", begun: true, ended: true },
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
      validity: { from: "2024-06-01", begun: false, ended: false },
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

  it.each(["graphml", "gexf", "gexf12"] as const)(
    "%s round-trips it, parallel relationships included",
    (format) => {
      const text = exportSubgraph(awkwardSubgraph, format, awkwardMeta).content;
      strictXml(text);
      const graph = (format === "graphml" ? parseGraphml : parseGexf)(MultiGraph, text);
      // GraphML writes ids as name tokens and keeps the original in the `id` column.
      const idOf = (key: string, attributes: Record<string, unknown>) =>
        format === "graphml" ? String(attributes.id) : key;
      expect(graph.mapNodes(idOf)).toEqual(["a&b", "c"]);
      expect(graph.mapEdges(idOf)).toEqual(ids(edges));
      const key = (id: string) =>
        graph.findNode((node, attributes) => idOf(node, attributes) === id) ?? "";
      const first = decodeAttributes(graph.getNodeAttributes(key("a&b")));
      expect(first.label).toBe(`Office <A> & "B"`);
      expect(first.aliases).toEqual(["O'A", "“curly”", "pipe|comma, [bracket]"]);
      expect(first.description).toBe(inXml(awkward));
      // Evidence is JSON-encoded first, so even the control character survives as \u0001.
      expect(first.evidence).toEqual(nodes[0]?.evidence);
      expect(graph.getNodeAttributes(key("c"))).toMatchObject({ ordinal: 3, inferred: true });
      const partyTo = graph.findEdge(
        (edge, attributes) => idOf(edge, attributes) === "a&b/PARTY_TO/c",
      );
      expect(graph.getEdgeAttributes(partyTo ?? "")).toMatchObject({
        role: 'signatory "in chief"',
        prospective: true,
      });
    },
  );

  it("JSON formats keep every character as it is", () => {
    const d3 = JSON.parse(exportSubgraph(awkwardSubgraph, "d3", awkwardMeta).content);
    expect(d3.nodes[0].description).toBe(awkward);
    expect(d3.graph).toEqual({ ...awkwardMeta, truncated: true });
  });

  it("GEXF bounds each element by its validity and leaves an open bound out", () => {
    const document = strictXml(exportSubgraph(awkwardSubgraph, "gexf", awkwardMeta).content);
    const bounds = (tag: string, bound: "start" | "end") =>
      elementsOf(document, tag).map((element) => element.getAttribute(bound) || null);
    expect(bounds("node", "start")).toEqual([null, "2024-05-02"]);
    expect(bounds("node", "end")).toEqual([null, "2024-05-03"]);
    expect(bounds("edge", "start")).toEqual(["2024-06-01", null, null]);
    expect(bounds("edge", "end")).toEqual([null, null, null]);
  });

  it.each(EXPORT_FORMATS)("%s exports an empty subgraph", (format) => {
    const empty = exportSubgraph({ nodes: [], edges: [], truncated: false }, format, awkwardMeta);
    if (format === "gexf" || format === "gexf12" || format === "graphml") {
      strictXml(empty.content);
      expect(
        (format === "graphml" ? parseGraphml : parseGexf)(MultiGraph, empty.content).order,
      ).toBe(0);
    } else {
      expect(JSON.parse(empty.content)).toBeTypeOf("object");
    }
  });
});
