/**
 * The exports through GraphQL: `subgraph` without `around` is the whole graph (sources
 * included), it takes `asOf` and no other filter, and `gexf12` is GEXF 1.2.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedApi } from "../support/seed-api.js";

let api: Awaited<ReturnType<typeof seedApi>>;
beforeAll(async () => {
  api = await seedApi();
});
afterAll(async () => {
  await api?.stop();
});

describe("subgraph without around", () => {
  it("exports every node, sources included, and every relationship", async () => {
    const data = await api.data<{ subgraph: { content: string } }>(
      "{ subgraph(format: D3) { content } }",
    );
    const json = JSON.parse(data.subgraph.content) as {
      nodes: { id: string; category: string; sourceInfo?: { title: string; url: string } }[];
      links: unknown[];
    };
    expect(json.nodes).toHaveLength(api.dataset.nodes.length);
    expect(json.links).toHaveLength(api.dataset.edges.length);
    const source = json.nodes.find((node) => node.category === "Source");
    expect(source?.sourceInfo?.title).toBe("EU-Japan to cooperate on AI, data flows");
  });

  it("takes asOf, and refuses other filters, naming them", async () => {
    const early = await api.data<{ subgraph: { content: string } }>(
      '{ subgraph(format: D3, asOf: "2022-04-30") { content } }',
    );
    expect((JSON.parse(early.subgraph.content) as { nodes: unknown[] }).nodes.length).toBeLessThan(
      api.dataset.nodes.length,
    );
    const refused = await api.run(
      "{ subgraph(format: GEXF, relationshipTypes: [PART_OF]) { content } }",
    );
    expect(refused.errors?.[0]?.message).toBe(
      "relationshipTypes: the whole graph (no `around`) takes asOf only",
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("writes GEXF 1.2 for gexf12", async () => {
    const data = await api.data<{ subgraph: { content: string; extension: string } }>(
      '{ subgraph(around: ["eu-ai-office"], format: GEXF12) { content extension } }',
    );
    expect(data.subgraph.extension).toBe("gexf");
    expect(data.subgraph.content).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(data.subgraph.content).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
  });
});
