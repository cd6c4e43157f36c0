/**
 * The Neo4j adapter's mapping, checked without a server on values built with
 * neo4j-driver's own types: what is written reads back as the same domain object.
 */
import neo4j, { isDate, isInt } from "neo4j-driver";
import { beforeAll, describe, expect, it } from "vitest";
import { foldText } from "../../src/domain/fold-text.js";
import type { Dataset } from "../../src/domain/graph-types.js";
import { DEFAULT_SEED_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import {
  edgeToProps,
  idsByIndex,
  nodeToProps,
  propsToEdge,
  propsToGroupCount,
  propsToNode,
  propsToNodeDegree,
  propsToPath,
  propsToSubgraph,
  propsToTimelineEntry,
} from "../../src/store/neo4j/record-mapping.js";

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadSeed({ seedDir: DEFAULT_SEED_DIR });
});

function seedNode(id: string) {
  const node = dataset.nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`seed lacks ${id}`);
  return node;
}

/** A node as the statements return it: stored properties plus its labels. */
const asReturned = (node: Dataset["nodes"][number]): Record<string, unknown> => ({
  ...nodeToProps(node),
  labels: ["Entity", node.category],
});

describe("writing nodes and relationships", () => {
  it("sends offsets and ordinals as Neo4j integers, not floats", () => {
    const props = nodeToProps(seedNode("eu-japan-summit-2022"));
    expect(isInt(props.ordinal)).toBe(true);
    expect((props.evidenceStarts as unknown[]).every(isInt)).toBe(true);
    expect((props.evidenceEnds as unknown[]).every(isInt)).toBe(true);
  });

  it("sends the days a partial date spans as Neo4j dates, keeping ISO text and precision", () => {
    const props = nodeToProps(seedNode("oecd-ministerial-2024"));
    expect(isDate(props.dateEarliest)).toBe(true);
    expect(String(props.dateEarliest)).toBe("2024-05-02");
    expect(String(props.dateLatest)).toBe("2024-05-03");
    expect(props).toMatchObject({ dateIso: "2024-05-02/2024-05-03", datePrecision: "DAY" });
  });

  it("stores folded names for matching references and search the way the memory store folds them", () => {
    const aisi = seedNode("japan-aisi");
    const props = nodeToProps(aisi);
    expect(String(props.nameKey).split("|")).toContain("japans safety institute");
    expect(props.nameKey).toBe(
      `|${[aisi.name, ...aisi.aliases, "japan-aisi"].map(foldText).join("|")}|`,
    );
    expect(props.sortName).toBe("japan ai safety institute");
  });

  it("leaves absent optional values out instead of writing nulls", () => {
    const props = nodeToProps(seedNode("japan"));
    expect(Object.values(props)).not.toContain(undefined);
    expect(props).not.toHaveProperty("description");
    expect(props).not.toHaveProperty("dateIso");
  });
});

describe("reading nodes and relationships back", () => {
  it("turns every seed node back into the node that was written", () => {
    for (const node of dataset.nodes) expect(propsToNode(asReturned(node)), node.id).toEqual(node);
  });

  it("turns every seed relationship back into the relationship that was written", () => {
    for (const edge of dataset.edges) {
      const returned = { ...edgeToProps(edge), type: edge.type, from: edge.from, to: edge.to };
      expect(propsToEdge(returned), edge.id).toEqual(edge);
    }
  });

  it("reads integers that arrive as plain numbers too (drivers set to lossy integers)", () => {
    const node = seedNode("eu-japan-summit-2022");
    const props = asReturned(node);
    const lossy = {
      ...props,
      ordinal: 28,
      evidenceStarts: (props.evidenceStarts as { toNumber(): number }[]).map((v) => v.toNumber()),
      evidenceEnds: (props.evidenceEnds as { toNumber(): number }[]).map((v) => v.toNumber()),
    };
    expect(propsToNode(lossy)).toEqual(node);
  });

  it("reads Neo4j dates built by the driver into ISO days", () => {
    const edge = propsToEdge({
      id: "a/SIGNED_AT/b",
      type: "SIGNED_AT",
      from: "a",
      to: "b",
      status: "SIGNED",
      dateIso: "2022-05",
      datePrecision: "MONTH",
      dateEarliest: new neo4j.types.Date(2022, 5, 1),
      dateLatest: new neo4j.types.Date(2022, 5, 31),
      evidenceSources: ["s"],
      evidenceQuotes: ["q"],
      evidenceStarts: [neo4j.int(10)],
      evidenceEnds: [neo4j.int(11)],
    });
    expect(edge.date).toEqual({
      iso: "2022-05",
      precision: "MONTH",
      earliest: "2022-05-01",
      latest: "2022-05-31",
    });
    expect(edge.evidence).toEqual([{ sourceId: "s", quote: "q", start: 10, end: 11 }]);
  });

  it("refuses a node without a category label rather than guessing one", () => {
    const node = seedNode("japan");
    expect(() => propsToNode({ ...nodeToProps(node), labels: ["Entity"] })).toThrow(
      /no category label/,
    );
  });

  it("reads an involvement path with its relationships in walking order", () => {
    const edges = dataset.edges.filter((edge) => edge.id.startsWith("eu-korea-dpc-2024/"));
    const path = propsToPath({
      nodeIds: ["x", "y"],
      edges: edges.map((edge) => ({
        ...edgeToProps(edge),
        type: edge.type,
        from: edge.from,
        to: edge.to,
      })),
    });
    expect(path?.nodeIds).toEqual(["x", "y"]);
    expect(path?.edges).toEqual(edges);
    expect(propsToPath(null)).toBeUndefined();
  });
});

/** A relationship as the statements return it: stored properties plus type and ends. */
const edgeAsReturned = (edge: Dataset["edges"][number]): Record<string, unknown> => ({
  ...edgeToProps(edge),
  type: edge.type,
  from: edge.from,
  to: edge.to,
});

describe("reading the exploring statements' records", () => {
  it("reads a timeline event with its own date, and a dated statement with its own", () => {
    const event = dataset.nodes.find((node) => node.category === "Event" && node.date);
    const edge = dataset.edges.find(
      (candidate) => candidate.type === "SIGNED_AT" && candidate.date,
    );
    if (!event?.date || !edge?.date) throw new Error("seed lacks a dated event or signing");
    expect(propsToTimelineEntry({ event: asReturned(event), edge: null })).toEqual({
      date: event.date,
      event,
    });
    expect(propsToTimelineEntry({ event: null, edge: edgeAsReturned(edge) })).toEqual({
      date: edge.date,
      edge,
    });
  });

  it("refuses a timeline entry with neither an event nor a statement, or without a date", () => {
    expect(() => propsToTimelineEntry({ event: null, edge: null })).toThrow(/neither/);
    const undated = asReturned(seedNode("japan"));
    expect(() => propsToTimelineEntry({ event: undated, edge: null })).toThrow(/no date/);
  });

  it("reads a neighbourhood keeping the statement's node and relationship order", () => {
    const nodes = [seedNode("japan"), seedNode("eu-japan-summit-2022")];
    const edges = dataset.edges.slice(0, 2);
    const subgraph = propsToSubgraph({
      truncated: true,
      nodes: nodes.map(asReturned),
      edges: edges.map(edgeAsReturned),
    });
    expect(subgraph).toEqual({ nodes, edges, truncated: true });
    expect(propsToSubgraph(undefined)).toEqual({ nodes: [], edges: [], truncated: false });
    expect(propsToSubgraph({ nodes: [], edges: [], truncated: false }).truncated).toBe(false);
  });

  it("puts resolved ids back in the references' order, with an empty list where a row is missing", () => {
    const records = [
      { index: neo4j.int(2), ids: ["japan"] },
      { index: neo4j.int(0), ids: ["eu", "european-commission"] },
    ];
    expect(idsByIndex(records, 3)).toEqual([["eu", "european-commission"], [], ["japan"]]);
    expect(idsByIndex([], 0)).toEqual([]);
  });

  it("reads group counts and degrees as plain numbers", () => {
    expect(propsToGroupCount({ key: "NONE", total: neo4j.int(4) })).toEqual({
      key: "NONE",
      count: 4,
    });
    const japan = seedNode("japan");
    expect(propsToNodeDegree({ node: asReturned(japan), degree: neo4j.int(12) })).toEqual({
      node: japan,
      degree: 12,
    });
  });
});
