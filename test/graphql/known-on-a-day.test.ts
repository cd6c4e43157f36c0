/**
 * Time that never says more than the sources (decision 0008), on the seed, through the API
 * and on whichever store the project runs (memory in `unit`, Neo4j in `neo4j`): `asOf`
 * returns what is known to hold on the day by default, and with `asOfMode: INCLUDE_UNKNOWN`
 * also what is not known to, flagged.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedApi } from "../support/seed-api.js";

type Api = Awaited<ReturnType<typeof seedApi>>;
let api: Api;

beforeAll(async () => {
  api = await seedApi();
});
afterAll(async () => {
  await api.stop();
});

interface LinkValue {
  node: { id: string };
  knowledge: string | null;
  relationship: { type: string };
}

const partsOfCommission = async (asOf: string, mode = "KNOWN") =>
  (
    await api.data<{ node: { links: LinkValue[] } }>(
      `{ node(id: "european-commission") {
        links(types: [PART_OF], direction: IN, asOf: "${asOf}", asOfMode: ${mode}) {
          node { id } knowledge relationship { type }
        } } }`,
    )
  ).node.links;

describe("as of a day, what the sources let the graph say", () => {
  it("does not show the AI Office as part of the Commission on 1 January 2023 (an April 2024 article is its only support)", async () => {
    const early = await partsOfCommission("2023-01-01");
    expect(early.map((link) => link.node.id)).not.toContain("eu-ai-office");
    const later = await partsOfCommission("2024-04-24");
    expect(later.find((link) => link.node.id === "eu-ai-office")?.knowledge).toBe("KNOWN");
  });

  it("returns it on request, flagged as not known to hold then", async () => {
    const unknown = await partsOfCommission("2023-01-01", "INCLUDE_UNKNOWN");
    expect(unknown.find((link) => link.node.id === "eu-ai-office")?.knowledge).toBe("UNKNOWN");
  });

  it("reads the day the same way in a relation field and in its connection twin", async () => {
    const ids = async (mode: string) => {
      const data = await api.data<{
        node: { parts: { id: string }[]; partsConnection: { edges: { node: { id: string } }[] } };
      }>(
        `{ node(id: "european-commission") { ... on Actor {
          parts(asOf: "2023-01-01", filter: { asOfMode: ${mode} }) { id }
          partsConnection(asOf: "2023-01-01", filter: { asOfMode: ${mode} }) { edges { node { id } } } } } }`,
      );
      return {
        list: data.node.parts.map((part) => part.id),
        page: data.node.partsConnection.edges.map((edge) => edge.node.id),
      };
    };
    const known = await ids("KNOWN");
    expect(known.list).not.toContain("eu-ai-office");
    expect(known.page).toEqual(known.list);
    const unknown = await ids("INCLUDE_UNKNOWN");
    expect(unknown.list).toContain("eu-ai-office");
    expect(unknown.page).toEqual(unknown.list);
  });

  it("counts and ranks by the same reading of the day: nothing is known of the actors in 2023, and everything not said to have begun later may be", async () => {
    const figures = async (mode: string) =>
      api.data<{
        counts: { key: string; count: number }[];
        mostConnected: { node: { id: string }; degree: number }[];
      }>(
        `{ counts(groupBy: CATEGORY, categories: [ACTOR], asOf: "2023-01-01", asOfMode: ${mode}) { key count }
          mostConnected(categories: [ACTOR], asOf: "2023-01-01", asOfMode: ${mode}, first: 3) { node { id } degree } }`,
      );
    const actors = (
      await api.data<{ actors: { totalCount: number } }>("{ actors(first: 0) { totalCount } }")
    ).actors.totalCount;
    const known = await figures("KNOWN");
    expect(known.counts).toEqual([]);
    expect(known.mostConnected).toEqual([]);
    const unknown = await figures("INCLUDE_UNKNOWN");
    expect(unknown.counts).toEqual([{ key: "ACTOR", count: actors }]);
    expect(unknown.mostConnected).toHaveLength(3);
    expect(unknown.mostConnected[0]?.degree).toBeGreaterThan(0);
  });

  it("does not show the AI Office itself before anything supports it", async () => {
    const data = await api.data<{
      node: { validity: { from: string | null; begun: boolean }; before: string; after: string };
      early: { edges: { node: { id: string } }[] };
    }>(
      `{ node(id: "eu-ai-office") { ... on Actor {
          validity { from begun } before: knownOn(day: "2023-01-01") after: knownOn(day: "2024-05-01") } }
        early: actors(filter: { asOf: "2023-01-01" }, first: 100) { edges { node { id } } } }`,
    );
    expect(data.node.validity).toEqual({ from: "2024-04-24", begun: false });
    expect([data.node.before, data.node.after]).toEqual(["UNKNOWN", "KNOWN"]);
    expect(data.early.edges.map((edge) => edge.node.id)).not.toContain("eu-ai-office");
  });

  it("does not extend a 2023 photo caption into 2025: the heads it shows are known in 2023 only", async () => {
    const heads = async (asOf: string, mode = "KNOWN") =>
      (
        await api.data<{ relationships: { edges: { node: { id: string } }[] } }>(
          `{ relationships(filter: { types: [HEADS], asOf: "${asOf}", asOfMode: ${mode} }, first: 50) {
            edges { node { id } } } }`,
        )
      ).relationships.edges.map((edge) => edge.node.id);
    // The people are known from the article (April 2024); the statements from the caption (2023).
    expect(await heads("2023-06-01", "INCLUDE_UNKNOWN")).toContain("fumio-kishida/HEADS/japan");
    expect(await heads("2025-01-01")).not.toContain("fumio-kishida/HEADS/japan");
    const data = await api.data<{ relationships: { edges: { node: { knownOn: string } }[] } }>(
      `{ relationships(filter: { types: [HEADS] }, first: 50) {
        edges { node { id knownOn(day: "2025-01-01") } } } }`,
    );
    const known = data.relationships.edges.map((edge) => edge.node.knownOn);
    expect(known.length).toBeGreaterThan(0);
    expect(known.every((value) => value === "UNKNOWN")).toBe(true);
  });

  it("reads Japan's G7 presidency of May 2023 as a point in time, not as holding ever after", async () => {
    const data = await api.data<{
      relationships: {
        edges: { node: { validity: { from: string; until: string }; later: string } }[];
      };
    }>(
      `{ relationships(filter: { types: [HOLDS_PRESIDENCY_OF] }, first: 5) {
        edges { node { validity { from until } later: knownOn(day: "2025-01-01") } } } }`,
    );
    const [presidency] = data.relationships.edges;
    expect(presidency?.node.validity).toEqual({ from: "2023-05-01", until: "2023-05-31" });
    expect(presidency?.node.later).toBe("UNKNOWN");
  });
});
