/**
 * A scene's topic focus, rendered by the API as Explorer shows it: Explorer's own focus
 * code (explorer/src/view-model.ts, asking GraphQL over this store) and the scene export
 * keep the same nodes of the scene, on every day, on the store of the test project.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { topicFocusIds as explorerFocus } from "../../explorer/src/view-model.js";
import { sceneSubgraph } from "../../src/export/export-query.js";
import { parseScene } from "../../src/export/scene.js";
import { seedApi } from "../support/seed-api.js";

let api: Awaited<ReturnType<typeof seedApi>>;
let everyNode: string[];

beforeAll(async () => {
  api = await seedApi();
  // Explorer's requests go to this API, as the page's requests would.
  vi.stubGlobal("fetch", async (_url: string, init: RequestInit) => {
    const { query, variables } = JSON.parse(String(init.body));
    return new Response(JSON.stringify(await api.run(query, variables)), {
      headers: { "content-type": "application/json" },
    });
  });
  everyNode = api.dataset.nodes.filter((node) => !node.source).map((node) => node.id);
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await api?.stop();
});

/** What Explorer shows of these nodes with the topic filter on: those in its focus. */
async function shownByExplorer(nodes: readonly string[], topic: string, asOf?: string) {
  const focus = await explorerFocus(topic, asOf);
  return nodes.filter((id) => focus.has(id)).sort();
}

async function renderedByApi(nodes: readonly string[], topic: string, asOf?: string) {
  const scene = parseScene({ format: "entente-scene", version: 1, nodes, topic, asOf });
  const subgraph = await sceneSubgraph(api.store, scene);
  return subgraph.nodes.map((node) => node.id).sort();
}

describe("a scene's topic focus", () => {
  it.each([
    ["data-flows", undefined],
    ["artificial-intelligence", undefined],
    ["semiconductors", undefined],
    ["artificial-intelligence", "2024-04-30"],
    ["data-flows", "2023-01-01"],
  ])("renders what Explorer shows for %s as of %s", async (topic, asOf) => {
    const nodes = asOf
      ? (
          await api.store.listNodes({
            filter: { asOf },
            sort: { field: "ID", descending: false },
            offset: 0,
            limit: everyNode.length + 50,
          })
        ).items
          .filter((match) => !match.node.source)
          .map((match) => match.node.id)
      : everyNode;
    const shown = await shownByExplorer(nodes, topic, asOf);
    // The focus keeps some of the scene and leaves some out, so the comparison says something.
    expect(shown).toContain(topic);
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.length).toBeLessThan(nodes.length);
    expect(await renderedByApi(nodes, topic, asOf)).toEqual(shown);
  });

  it("takes the topic by name as well as by id", async () => {
    const nodes = everyNode;
    const byName = await renderedByApi(nodes, "Cross-border data flows");
    expect(byName).toEqual(await shownByExplorer(nodes, "data-flows"));
  });

  it("refuses a topic that names no topic, naming the field", async () => {
    await expect(renderedByApi(everyNode, "japan")).rejects.toMatchObject({
      details: { argument: "topic" },
    });
  });
});
