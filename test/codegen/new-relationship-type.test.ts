/**
 * Adding a relationship type is one declaration: with FUNDS added to a copy of the
 * domain's declarations, the rendered vocabulary SDL is the only other thing that changes
 * (schema/vocabulary.graphql, which the generated-files test keeps in step), and the API
 * then answers for a FUNDS statement end to end. Served with today's SDL instead, the same
 * question is refused as a validation error naming the type, never an internal error.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset, GraphEdge } from "../../src/domain/graph-types.js";
import {
  RELATIONSHIP_DECLARATIONS,
  type RelationshipDeclaration,
  type RelationshipType,
} from "../../src/domain/vocabulary.js";
import { createApolloServer } from "../../src/graphql/create-apollo-server.js";
import { executeQuery } from "../../src/graphql/execute-query.js";
import { loadTypeDefs } from "../../src/graphql/load-type-defs.js";
import { DOMAIN_VOCABULARY, renderVocabularySdl } from "../../src/graphql/vocabulary-sdl.js";
import { DEFAULT_SEED_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import { MemoryStore } from "../../src/store/memory/memory-store.js";

const FUNDS: RelationshipDeclaration = {
  from: ["Actor"],
  to: ["Agreement"],
  meaning: "provides money for",
  acyclic: false,
  temporal: "EVENT",
  onTimeline: true,
  statusStep: { agreementIs: "to", says: "funded by" },
  involvement: null,
  eventActor: null,
};

const QUERY = `{
  node(id: "european-commission") {
    links(types: [FUNDS]) { relationship { type status } node { id } }
  }
}`;

describe("a relationship type added to the declarations", () => {
  let dataset: Dataset;
  let store: MemoryStore;
  const servers: ReturnType<typeof createApolloServer>[] = [];

  beforeAll(async () => {
    const seed = await loadSeed({ seedDir: DEFAULT_SEED_DIR });
    const evidence = seed.edges[0]?.evidence ?? [];
    const funds: GraphEdge = {
      id: "european-commission/FUNDS/ai-pact",
      type: "FUNDS" as RelationshipType,
      from: "european-commission",
      to: "ai-pact",
      status: "PLANNED",
      evidence,
    };
    dataset = { ...seed, edges: [...seed.edges, funds], version: "with-funds" };
    store = new MemoryStore(dataset);
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
  });

  async function serve(vocabularySdl?: string) {
    const typeDefs = loadTypeDefs(
      undefined,
      vocabularySdl ? { "vocabulary.graphql": vocabularySdl } : {},
    );
    const server = createApolloServer(store, { typeDefs, logError: () => {} });
    await server.start();
    servers.push(server);
    return server;
  }

  it("is answered end to end once the vocabulary SDL is rendered from the declarations", async () => {
    const vocabulary = {
      ...DOMAIN_VOCABULARY,
      relationships: { ...RELATIONSHIP_DECLARATIONS, FUNDS },
    };
    const sdl = renderVocabularySdl(vocabulary);
    expect(sdl).toContain("provides money for (from Actor to Agreement)");
    const server = await serve(sdl);
    const result = await executeQuery(server, store, QUERY);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      node: {
        links: [{ relationship: { type: "FUNDS", status: "PLANNED" }, node: { id: "ai-pact" } }],
      },
    });
  });

  it("is refused by name, as the client's mistake, while the SDL has not been regenerated", async () => {
    const server = await serve();
    const result = await executeQuery(server, store, QUERY);
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(result.errors?.[0]?.message).toMatch(/FUNDS/);
  });
});
