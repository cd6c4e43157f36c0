/**
 * Exploring the seed: paths between nodes, neighbourhoods, the timeline, status
 * histories, the graph as of a day, and overview counts — each answer checked
 * against what the article says.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedApi } from "../support/seed-api.js";
import { EVIDENCE_FIELDS, type EvidenceItem, expectEvidence } from "./support.js";

type Api = Awaited<ReturnType<typeof seedApi>>;
let api: Api;
beforeAll(async () => {
  api = await seedApi();
});
afterAll(() => api.stop());

interface PathValue {
  length: number;
  nodes: { id: string }[];
  steps: {
    traversal: "FORWARD" | "BACKWARD";
    relationship: {
      id: string;
      type: string;
      from: { id: string };
      to: { id: string };
      evidence: EvidenceItem[];
    };
  }[];
}

const PATH_FIELDS = `length nodes { id } steps { traversal relationship { id type from { id } to { id } ${EVIDENCE_FIELDS} } }`;

async function errorOf(query: string) {
  const result = await api.run(query);
  return result.errors?.[0];
}

describe("paths", () => {
  it("connects Japan's AI Safety Institute to the OECD in four steps, with evidence on every step", async () => {
    const { paths } = await api.data<{ paths: PathValue[] }>(
      `{ paths(from: "Japan's AI Safety Institute", to: "OECD", first: 10) { ${PATH_FIELDS} } }`,
    );
    expect(paths.length).toBeGreaterThanOrEqual(2);
    for (const path of paths) {
      expect(path.length).toBe(4);
      expect(path.nodes[0]?.id).toBe("japan-aisi");
      expect(path.nodes.at(-1)?.id).toBe("oecd");
      expect(path.nodes[1]?.id).toBe("japan");
      path.steps.forEach((step, index) => {
        const here = path.nodes[index]?.id;
        const there = path.nodes[index + 1]?.id;
        const { from, to } = step.relationship;
        expect(step.traversal === "FORWARD" ? [from.id, to.id] : [to.id, from.id]).toEqual([
          here,
          there,
        ]);
        expectEvidence(api.dataset, step.relationship.evidence);
      });
    }
    const routes = paths.map((path) => path.nodes.map((node) => node.id).join(" > "));
    expect(routes).toContain(
      "japan-aisi > japan > eu-japan-joint-call-2024 > oecd-ministerial-2024 > oecd",
    );
  });

  it("finds nothing when maxHops is below the distance, and refuses maxHops above the ceiling", async () => {
    const { paths } = await api.data<{ paths: PathValue[] }>(
      `{ paths(from: "japan-aisi", to: "oecd", maxHops: 3) { length } }`,
    );
    expect(paths).toEqual([]);
    const error = await errorOf(`{ paths(from: "japan-aisi", to: "oecd", maxHops: 7) { length } }`);
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.message).toMatch(/^maxHops: must be an integer from 1 to 6/);
  });

  it("keeps to the relationship types asked for", async () => {
    const { paths } = await api.data<{ paths: PathValue[] }>(
      `{ paths(from: "eu-ai-office", to: "european-union", relationshipTypes: [PART_OF]) { ${PATH_FIELDS} } }`,
    );
    expect(paths.map((path) => path.nodes.map((node) => node.id))).toEqual([
      ["eu-ai-office", "european-commission", "european-union"],
    ]);
  });

  it("names the argument when a node cannot be found", async () => {
    const error = await errorOf(`{ paths(from: "Atlantis", to: "oecd") { length } }`);
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.message).toMatch(/^from: no node has the id, name or alias "Atlantis"/);
  });
});

describe("neighbourhood", () => {
  interface SubgraphValue {
    truncated: boolean;
    nodes: { id: string }[];
    edges: { id: string; from: { id: string }; to: { id: string } }[];
  }
  const SUBGRAPH = "truncated nodes { id } edges { id from { id } to { id } }";

  it("returns the AI Office's depth-2 neighbourhood as a drawable subgraph", async () => {
    const { neighbourhood } = await api.data<{ neighbourhood: SubgraphValue }>(
      `{ neighbourhood(ids: ["eu-ai-office"], depth: 2) { ${SUBGRAPH} } }`,
    );
    const ids = neighbourhood.nodes.map((node) => node.id);
    expect(ids[0]).toBe("eu-ai-office");
    expect(ids).toEqual(
      expect.arrayContaining(["european-commission", "ai-act", "ai-office-aisi-cooperation"]),
    );
    // two steps away: through the Commission to the EU, through the cooperation to Japan's institute
    expect(ids).toEqual(expect.arrayContaining(["european-union", "japan-aisi"]));
    // three steps away: Japan itself is not in it
    expect(ids).not.toContain("japan");
    expect(new Set(ids).size).toBe(ids.length);
    expect(neighbourhood.truncated).toBe(false);
    const included = new Set(ids);
    for (const edge of neighbourhood.edges) {
      expect(included.has(edge.from.id) && included.has(edge.to.id), edge.id).toBe(true);
    }
    expect(neighbourhood.edges.map((edge) => edge.id)).toContain(
      "eu-ai-office/PART_OF/european-commission",
    );
  });

  it("says when its limit cut it short", async () => {
    const { neighbourhood } = await api.data<{ neighbourhood: SubgraphValue }>(
      `{ neighbourhood(ids: ["eu-ai-office"], depth: 2, limit: 5) { ${SUBGRAPH} } }`,
    );
    expect(neighbourhood.nodes).toHaveLength(5);
    expect(neighbourhood.nodes[0]?.id).toBe("eu-ai-office");
    expect(neighbourhood.truncated).toBe(true);
  });

  it("refuses a depth past the ceiling", async () => {
    const error = await errorOf(`{ neighbourhood(ids: ["eu-ai-office"], depth: 9) { truncated } }`);
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.message).toMatch(/^depth: must be an integer from 0 to 4/);
  });
});

describe("timeline", () => {
  interface EntryValue {
    date: { iso: string; earliest: string };
    status: string;
    prospective: boolean;
    summary: string;
    event: { id: string } | null;
    relationship: { id: string } | null;
  }
  const timeline = async (args: string) =>
    (
      await api.data<{ timeline: { totalCount: number; edges: { node: EntryValue }[] } }>(
        `{ timeline(${args}, first: 100) { totalCount edges { node {
          date { iso earliest } status prospective summary event { id } relationship { id } } } } }`,
      )
    ).timeline;

  it("lists spring 2024 in date order: the Korea council held, the Japan council and OECD meeting planned, the AI Act expected", async () => {
    const { edges, totalCount } = await timeline(`from: "2024-03-01", to: "2024-06-30"`);
    expect(edges).toHaveLength(totalCount);
    const days = edges.map((edge) => edge.node.date.earliest);
    expect(days).toEqual([...days].sort());
    const events = edges.flatMap((edge) =>
      edge.node.event ? [[edge.node.event.id, edge.node.status]] : [],
    );
    expect(events).toEqual([
      ["eu-korea-dpc-2024", "HELD"],
      ["eu-japan-dpc-2024", "PLANNED"],
      ["eu-japan-joint-call-2024", "PLANNED"],
      ["oecd-ministerial-2024", "PLANNED"],
      ["ai-act-becomes-law", "EXPECTED"],
    ]);
    const statements = edges.flatMap((edge) =>
      edge.node.relationship ? [edge.node.relationship.id] : [],
    );
    expect(statements).toEqual(
      expect.arrayContaining([
        "eu-korea-dpc-2024/LAUNCHED/semiconductor-research-forum",
        "ai-office-aisi-cooperation/ANNOUNCED_AT/eu-japan-dpc-2024",
        "memorandum-digital-identities/SIGNED_AT/eu-japan-dpc-2024",
        "eu-member-states/APPROVES/ai-act",
      ]),
    );
    const signing = edges.find(
      (edge) =>
        edge.node.relationship?.id === "memorandum-digital-identities/SIGNED_AT/eu-japan-dpc-2024",
    );
    expect(signing?.node).toMatchObject({ status: "PLANNED", prospective: true });
  });

  it("narrows to an actor, to a topic, and to events of some kinds", async () => {
    const japan = await timeline(
      `from: "2024-01-01", to: "2024-12-31", actor: "Japan", include: [EVENTS]`,
    );
    expect(japan.edges.map((edge) => edge.node.event?.id)).toEqual([
      "eu-japan-dpc-2024",
      "eu-japan-joint-call-2024",
    ]);
    const dataFlows = await timeline(`topic: "data flows", include: [EVENTS]`);
    expect(dataFlows.edges.map((edge) => edge.node.event?.id)).toEqual(["eu-japan-dpc-2024"]);
    // The EU–Korea council is not said to cover chips: the plan on them is the two sides'.
    const chips = await timeline(`topic: "chips", include: [EVENTS]`);
    expect(chips.edges).toEqual([]);
    const councils = await timeline(`kinds: [COUNCIL], include: [EVENTS]`);
    expect(councils.edges.map((edge) => edge.node.event?.id)).toEqual([
      "eu-korea-dpc-2024",
      "eu-japan-dpc-2024",
      "eu-japan-dpc-2025",
    ]);
  });
});

describe("status history", () => {
  interface StepValue {
    status: string;
    date: { iso: string; precision: string } | null;
    prospective: boolean;
    label: string;
    event: { id: string } | null;
    evidence: EvidenceItem[];
  }
  const history = async (id: string) =>
    (
      await api.data<{ node: { statusHistory: StepValue[] } }>(
        `{ node(id: "${id}") { ... on Agreement { statusHistory {
          status date { iso precision } prospective label event { id } ${EVIDENCE_FIELDS} } } } }`,
      )
    ).node.statusHistory;

  it("keeps the AI Act's becoming law in June 2024 as expected, not as done", async () => {
    const steps = await history("ai-act");
    const law = steps.find((step) => step.event?.id === "ai-act-becomes-law");
    expect(law).toMatchObject({
      status: "EXPECTED",
      prospective: true,
      date: { iso: "2024-06", precision: "MONTH" },
    });
    expectEvidence(api.dataset, law?.evidence ?? [], "expected to formally become law in June");
    expect(steps.every((step) => step.status !== "ADOPTED" && step.status !== "IN_FORCE")).toBe(
      true,
    );
    expect(steps[0]?.date?.iso).toBe("2024-06");
  });

  it("dates the EU–Japan Digital Partnership's signing at the 28th summit in May 2022", async () => {
    const steps = await history("eu-japan-digital-partnership");
    expect(steps[0]).toMatchObject({
      status: "SIGNED",
      prospective: false,
      date: { iso: "2022-05", precision: "MONTH" },
      event: { id: "eu-japan-summit-2022" },
    });
  });

  it("shows the memorandum's signing as planned for 30 April 2024", async () => {
    const steps = await history("memorandum-digital-identities");
    expect(steps.map((step) => [step.status, step.date?.iso ?? null])).toEqual([
      ["PLANNED", "2024-04-30"],
    ]);
  });
});

describe("as of a day", () => {
  const agreementIds = async (asOf: string) =>
    (
      await api.data<{ agreements: { edges: { node: { id: string } }[] } }>(
        `{ agreements(filter: { asOf: "${asOf}" }, first: 100) { edges { node { id } } } }`,
      )
    ).agreements.edges.map((edge) => edge.node.id);

  it("hides the EU–Japan Digital Partnership before May 2022 and shows it within May (month precision)", async () => {
    expect(await agreementIds("2022-04-30")).not.toContain("eu-japan-digital-partnership");
    expect(await agreementIds("2022-05-10")).toContain("eu-japan-digital-partnership");
  });

  it("applies to relationship fields too", async () => {
    const query = (asOf: string) =>
      api.data<{ node: { agreements: { id: string }[] } }>(
        `{ node(id: "japan") { ... on Actor { agreements(asOf: "${asOf}") { id } } } }`,
      );
    expect((await query("2022-04-30")).node.agreements.map((a) => a.id)).not.toContain(
      "eu-japan-digital-partnership",
    );
    expect((await query("2024-01-01")).node.agreements.map((a) => a.id)).toContain(
      "eu-japan-digital-partnership",
    );
  });

  it("names a malformed day", async () => {
    const error = await errorOf(`{ agreements(filter: { asOf: "June" }) { totalCount } }`);
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.message).toMatch(/^filter\.asOf: /);
  });
});

describe("overview counts", () => {
  it("counts agreements by kind, adding up to the agreement total", async () => {
    const data = await api.data<{
      counts: { key: string; count: number }[];
      agreements: { totalCount: number };
    }>(
      `{ counts(groupBy: KIND, categories: [AGREEMENT]) { key count } agreements { totalCount } }`,
    );
    expect(data.counts.reduce((sum, group) => sum + group.count, 0)).toBe(
      data.agreements.totalCount,
    );
    expect(data.counts).toContainEqual({ key: "PARTNERSHIP", count: 2 });
    const sizes = data.counts.map((group) => group.count);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it("counts events by year, with undated ones under NONE", async () => {
    const { counts } = await api.data<{ counts: { key: string; count: number }[] }>(
      `{ counts(groupBy: YEAR, categories: [EVENT]) { key count } }`,
    );
    expect(counts).toEqual(
      expect.arrayContaining([
        { key: "2024", count: 5 },
        { key: "NONE", count: 2 },
        { key: "2022", count: 1 },
      ]),
    );
  });

  it("ranks the EU as the most connected actor, its degree matching its links", async () => {
    const data = await api.data<{
      mostConnected: { node: { id: string }; degree: number }[];
      node: { links: { relationship: { id: string } }[] };
    }>(`{ mostConnected(categories: [ACTOR], first: 3) { node { id } degree }
          node(id: "european-union") { links(first: 100) { relationship { id } } } }`);
    expect(data.mostConnected[0]?.node.id).toBe("european-union");
    expect(data.mostConnected[0]?.degree).toBe(data.node.links.length);
    const degrees = data.mostConnected.map((entry) => entry.degree);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
  });
});

describe("subgraph exports through GraphQL", () => {
  it("serialises the neighbourhood it describes, in each format, citing the dataset", async () => {
    const data = await api.data<{
      neighbourhood: { nodes: { id: string }[] };
      cytoscape: { mimeType: string; content: string };
      gexf: { mimeType: string; extension: string; content: string };
    }>(`{
      neighbourhood(ids: ["eu-ai-office"], depth: 1) { nodes { id } }
      cytoscape: subgraph(around: ["eu-ai-office"], depth: 1, format: CYTOSCAPE) { mimeType content }
      gexf: subgraph(around: ["EU AI Office"], depth: 1, format: GEXF) { mimeType extension content }
    }`);
    const elements = JSON.parse(data.cytoscape.content) as {
      elements: { nodes: { data: { id: string } }[] };
    };
    expect(elements.elements.nodes.map((node) => node.data.id).sort()).toEqual(
      data.neighbourhood.nodes.map((node) => node.id).sort(),
    );
    expect(data.cytoscape.content).toContain(api.dataset.version);
    expect(data.gexf).toMatchObject({ mimeType: "application/gexf+xml", extension: "gexf" });
    for (const node of data.neighbourhood.nodes)
      expect(data.gexf.content).toContain(`id="${node.id}"`);
  });
});
