/**
 * Root lists of places and sources, and a statement by its id: what the first root lists
 * left out. Expected answers are computed from the seed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NodeCategory } from "../../src/domain/vocabulary.js";
import { seedApi } from "../support/seed-api.js";

type Api = Awaited<ReturnType<typeof seedApi>>;
let api: Api;

beforeAll(async () => {
  api = await seedApi();
});
afterAll(async () => {
  await api.stop();
});

const idsOfCategory = (category: NodeCategory) =>
  api.dataset.nodes
    .filter((node) => node.category === category)
    .map((node) => node.id)
    .sort();

describe("every node's kind", () => {
  it("is on the Node interface, so fragments on several types ask it without aliases", async () => {
    const data = await api.data<{
      search: { node: { id: string; kind: string; fromFragment?: string } }[];
    }>(`{ search(text: "Japan", first: 5) { node {
      id kind
      ... on Actor { fromFragment: kind }
      ... on Agreement { fromFragment: kind }
      ... on Event { kind }
    } } }`);
    const byId = new Map(api.dataset.nodes.map((node) => [node.id, node.kind]));
    expect(data.search.length).toBeGreaterThan(1);
    for (const { node } of data.search) {
      expect(node.kind).toBe(byId.get(node.id));
      if (node.fromFragment !== undefined) expect(node.fromFragment).toBe(node.kind);
    }
  });
});

describe("sources by kind", () => {
  it("keeps only the sources of the kinds asked for", async () => {
    const ofKinds = async (kinds: string) =>
      (
        await api.data<{ sources: { edges: { node: { id: string; kind: string } }[] } }>(
          `{ sources(filter: { kinds: [${kinds}] }, first: 100) { edges { node { id kind } } } }`,
        )
      ).sources.edges.map((edge) => edge.node);
    const expected = api.dataset.nodes
      .filter((node) => node.category === "Source" && node.kind === "NEWS_ARTICLE")
      .map((node) => node.id);
    expect(expected.length).toBeGreaterThan(0);
    expect((await ofKinds("NEWS_ARTICLE")).map((node) => node.id)).toEqual(expected);
    expect(await ofKinds("LEGAL_ACT")).toEqual([]);
  });
});

describe("root lists of places and sources", () => {
  it.each([
    ["places", "Place"],
    ["sources", "Source"],
  ] as const)("%s lists every %s, sorted, a page at a time", async (field, category) => {
    const expected = idsOfCategory(category);
    expect(expected.length).toBeGreaterThan(0);
    const data = await api.data<
      Record<string, { totalCount: number; edges: { node: { id: string; category: string } }[] }>
    >(`{ list: ${field}(sort: { field: ID }, first: 100) {
      totalCount edges { node { id category } }
    } }`);
    expect(data.list?.totalCount).toBe(expected.length);
    expect(data.list?.edges.map((edge) => edge.node.id)).toEqual(expected);
    const page = await api.data<Record<string, { edges: { node: { id: string } }[] }>>(
      `{ list: ${field}(sort: { field: ID }, first: 1) { edges { node { id } } } }`,
    );
    expect(page.list?.edges.map((edge) => edge.node.id)).toEqual(expected.slice(0, 1));
  });

  it("places take where", async () => {
    const [first] = api.dataset.nodes.filter((node) => node.category === "Place");
    const data = await api.data<{ places: { edges: { node: { id: string } }[] } }>(
      `{ places(where: { name: { eq: ${JSON.stringify(first?.name)} } }) { edges { node { id } } } }`,
    );
    const named = api.dataset.nodes
      .filter((node) => node.category === "Place" && node.name === first?.name)
      .map((node) => node.id)
      .sort();
    expect(data.places.edges.map((edge) => edge.node.id).sort()).toEqual(named);
  });
});

describe("relationship(id)", () => {
  it("answers the statement with that id, its ends and qualifiers", async () => {
    const edge = api.dataset.edges.find((each) => each.role !== undefined) ?? api.dataset.edges[0];
    if (!edge) throw new Error("no relationship in the seed");
    const data = await api.data<{
      relationship: {
        id: string;
        type: string;
        role: string | null;
        from: { id: string };
        to: { id: string };
      };
    }>("query ($id: ID!) { relationship(id: $id) { id type role from { id } to { id } } }", {
      id: edge.id,
    });
    expect(data.relationship).toEqual({
      id: edge.id,
      type: edge.type,
      role: edge.role ?? null,
      from: { id: edge.from },
      to: { id: edge.to },
    });
  });

  it.each(["japan/PARTY_TO/nothing", "not an id"])("answers null for %j", async (id) => {
    const data = await api.data<{ relationship: unknown }>(
      "query ($id: ID!) { relationship(id: $id) { id } }",
      { id },
    );
    expect(data.relationship).toBeNull();
  });
});
