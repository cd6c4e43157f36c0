/**
 * No N+1: every level of a query costs one store call per distinct question,
 * however many nodes the level holds, so a Cypher-backed store answers a deep
 * query in a handful of round trips.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/domain/graph-types.js";
import { createApolloServer } from "../../src/graphql/create-apollo-server.js";
import { executeQuery } from "../../src/graphql/execute-query.js";
import { DEFAULT_QUERY_LIMITS } from "../../src/graphql/query-limits.js";
import { DEFAULT_SEED_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import type { GraphStore, NeighbourQuery } from "../../src/store/graph-store.js";
import { loadClaimsCorpus } from "../contract/claims-contract.js";
import { batchedOnly } from "../support/batched-only.js";
import { interceptStore, type StoreMethod } from "../support/intercept-store.js";
import { openTestStore } from "../support/test-store.js";

type Method = StoreMethod;

interface Call {
  method: Method;
  ids?: readonly string[];
  query?: unknown;
}

/**
 * The store under test, recording every call made to it; reading as a store with round
 * trips does (batchedOnly), since what is counted is what those calls would cost.
 */
class CountingStore {
  calls: Call[] = [];
  readonly store: GraphStore;

  constructor(inner: GraphStore) {
    this.store = interceptStore(batchedOnly(inner), (method, args) => {
      const [first, second] = args;
      if (method === "getNodes" || method === "getEdges") {
        this.calls.push({ method, ids: [...(first as readonly string[])] });
      } else if (
        method === "neighbours" ||
        method === "neighbourHeads" ||
        method === "nodesWithNeighbourHeads" ||
        method === "neighbourPages"
      ) {
        this.calls.push({ method, ids: [...(first as readonly string[])], query: second });
      } else {
        this.calls.push({ method, query: first });
      }
    });
  }

  count(method: Method): number {
    return this.calls.filter((call) => call.method === method).length;
  }
  /** Calls for a level of links, whether they read whole links or the far nodes' heads. */
  neighbourCalls(): { types: string; direction: string; ids: readonly string[] }[] {
    return this.calls
      .filter((call) => call.method === "neighbours" || call.method === "neighbourHeads")
      .map((call) => {
        const query = call.query as NeighbourQuery;
        return {
          types: (query.types ?? []).join(","),
          direction: query.direction,
          ids: call.ids ?? [],
        };
      });
  }
}

let dataset: Dataset;
let store: CountingStore;
let inner: GraphStore;
let stopServer: () => Promise<void>;
let run: (query: string) => Promise<Record<string, unknown>>;
let server: ReturnType<typeof createApolloServer>;

beforeAll(async () => {
  dataset = await loadSeed({ seedDir: DEFAULT_SEED_DIR });
  inner = await openTestStore(dataset);
  store = new CountingStore(inner);
  // These queries fetch every actor three relation levels deep on purpose, which the
  // default cost limit refuses (see test/graphql/query-limits.test.ts); batching is what is tested here.
  server = createApolloServer(store.store, {
    logError: (e) => console.error(e),
    limits: { ...DEFAULT_QUERY_LIMITS, maxCost: 1_000_000 },
  });
  await server.start();
  stopServer = () => server.stop();
  run = async (query) => {
    store.calls = [];
    const result = await executeQuery(server, store.store, query);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as Record<string, unknown>;
  };
});
afterAll(async () => {
  await stopServer();
  await inner.close();
});

const DEEP = (args: string) => `{
  actors(${args}) {
    edges { node { id agreements { id parties { id } topics { id } } } }
  }
}`;

const actorIds = () => dataset.nodes.filter((n) => n.category === "Actor").map((n) => n.id);

describe("a query three relation levels deep over every actor", () => {
  it("costs one neighbours call per level, each batching all the level's nodes", async () => {
    const data = (await run(DEEP("first: 100"))) as {
      actors: { edges: { node: { id: string; agreements: { id: string }[] } }[] };
    };
    const actors = data.actors.edges.map((e) => e.node);
    expect(actors.length).toBe(actorIds().length);
    const agreementIds = new Set(actors.flatMap((a) => a.agreements.map((g) => g.id)));
    expect(agreementIds.size).toBeGreaterThan(3);

    const levels = store.neighbourCalls();
    expect(levels.map((l) => [l.types, l.direction])).toEqual([
      ["PARTY_TO", "OUT"],
      ["PARTY_TO", "IN"],
      ["COVERS", "OUT"],
    ]);
    // All actors in one call; each agreement asked about once, however many parties share it.
    expect([...(levels[0]?.ids ?? [])].sort()).toEqual(actorIds().sort());
    expect([...(levels[1]?.ids ?? [])].sort()).toEqual([...agreementIds].sort());
    expect([...(levels[2]?.ids ?? [])].sort()).toEqual([...agreementIds].sort());

    // The actors are asked only for their heads (id and relation fields).
    expect(store.count("listNodeHeads")).toBe(1);
    expect(store.count("listNodes")).toBe(0);
    expect(store.count("getNodes")).toBe(0);
    // One `info` call: the dataset version put in the response's extensions.
    expect(store.count("info")).toBe(1);
    // One `statistics` call: the cost estimate's figures, which the store remembers.
    expect(store.count("statistics")).toBe(1);
    expect(store.calls.length).toBe(6);
  });

  it("costs the same number of calls for one actor as for all of them", async () => {
    // The EU alone, party to several agreements, so every level is reached.
    await run(DEEP("filter: { kinds: [UNION] }"));
    const few = store.calls.map((c) => c.method);
    const fewIds = store.neighbourCalls()[0]?.ids.length;
    await run(DEEP("first: 100"));
    const many = store.calls.map((c) => c.method);
    const manyIds = store.neighbourCalls()[0]?.ids.length;

    expect(many).toEqual(few);
    expect(fewIds).toBe(1);
    expect(manyIds).toBe(actorIds().length);
  });
});

describe("nested connections over every actor", () => {
  it("cost one neighbourPages call per level, each batching all the level's nodes", async () => {
    const data = (await run(`{
      actors(first: 100) {
        edges { node { id eventsConnection(first: 5) {
          totalCount
          edges { node { id participantsConnection { totalCount } } }
        } } }
      }
    }`)) as {
      actors: { edges: { node: { eventsConnection: { edges: { node: { id: string } }[] } } }[] };
    };
    const eventIds = new Set(
      data.actors.edges.flatMap((edge) =>
        edge.node.eventsConnection.edges.map((event) => event.node.id),
      ),
    );
    expect(eventIds.size).toBeGreaterThan(3);
    const pages = store.calls.filter((call) => call.method === "neighbourPages");
    expect(pages).toHaveLength(2);
    expect([...(pages[0]?.ids ?? [])].sort()).toEqual(actorIds().sort());
    expect([...(pages[1]?.ids ?? [])].sort()).toEqual([...eventIds].sort());
    expect(store.count("neighbours")).toBe(0);
    expect(store.count("getNodes")).toBe(0);
  });
});

describe("other fields that read the store", () => {
  it("load every evidence source once for the whole answer", async () => {
    await run(`{
      actors(first: 100) {
        edges { node {
          evidence { source { id } }
          agreements { evidence { quote source { ... on Source { title } } } }
          links { relationship { evidence { source { id } } } }
        } }
      }
    }`);
    const loads = store.calls.filter((c) => c.method === "getNodes");
    expect(loads).toEqual([{ method: "getNodes", ids: ["euronews-2024-04-24"] }]);
    // Two relation levels: agreements and links.
    expect(store.count("neighbours")).toBe(2);
  });

  it("resolve both ends of every relationship in a page with at most one node lookup", async () => {
    const data = (await run(
      "{ relationships(first: 100) { edges { node { from { id } to { id name } } } } }",
    )) as { relationships: { edges: unknown[] } };
    expect(data.relationships.edges.length).toBe(Math.min(100, dataset.edges.length));
    expect(store.count("listEdges")).toBe(1);
    expect(store.count("getNodes")).toBe(1);
    const [lookup] = store.calls.filter((c) => c.method === "getNodes");
    // Each node once, however many relationships it ends.
    expect(new Set(lookup?.ids).size).toBe(lookup?.ids?.length);
  });

  it("ask one neighbours call per distinct field and arguments on a level, not per node", async () => {
    await run(`{
      agreements(first: 100) {
        edges { node {
          parties { id }
          bodies: parties(filter: { kinds: [GOVERNMENT_BODY] }) { id }
          meetings { id places { id } }
          links(types: [COVERS]) { node { id } }
        } }
      }
    }`);
    const levels = store.neighbourCalls().map((l) => `${l.types} ${l.direction}`);
    expect(levels.sort()).toEqual(
      ["COVERS BOTH", "CONVENED_UNDER IN", "HELD_IN OUT", "PARTY_TO IN", "PARTY_TO IN"].sort(),
    );
    const agreementCount = dataset.nodes.filter((n) => n.category === "Agreement").length;
    for (const call of store.neighbourCalls().filter((l) => l.types !== "HELD_IN")) {
      expect(call.ids.length).toBe(agreementCount);
    }
  });

  it("explain involvement paths for every match with a single node lookup", async () => {
    await run(`{
      agreements(filter: { involvesTopic: "AI" }, first: 100) {
        edges { node { id } why { summary nodes { id name } } }
      }
    }`);
    expect(store.count("listNodes")).toBe(1);
    // One to check that "AI" names a topic, one for every node on every path.
    expect(store.count("resolve")).toBe(1);
    expect(store.count("getNodes")).toBe(2);
    expect(store.count("neighbours")).toBe(0);
  });
});

describe("relation fields whose far nodes are asked only for their heads", () => {
  const fullQuery = (fields: string) => `{
    actors(first: 100) { edges { node { agreements { ${fields} } } } }
  }`;
  type Answer = { actors: { edges: { node: { agreements: Record<string, unknown>[] } }[] } };
  const agreementsOf = (data: Answer) => data.actors.edges.flatMap((e) => e.node.agreements);

  it("read heads alone when only id, name, kind, category, __typename and relations are asked", async () => {
    const heads = await run(
      fullQuery(
        "id name kind category __typename parties { id } ... on Agreement { topics { name } }",
      ),
    );
    expect(store.count("neighbourHeads")).toBe(3);
    expect(store.count("neighbours")).toBe(0);
    // The same answer as when whole nodes are read (aliases forces that, and is dropped).
    const whole = agreementsOf(
      (await run(
        fullQuery(
          "id name kind category __typename aliases parties { id } ... on Agreement { topics { name } }",
        ),
      )) as Answer,
    );
    expect(store.count("neighbours")).toBe(1);
    const withoutAliases = whole.map(({ aliases: _, ...rest }) => rest);
    expect(agreementsOf(heads as Answer)).toEqual(withoutAliases);
    expect(withoutAliases.length).toBeGreaterThan(1);
  });

  it("read whole nodes for any other field, in a fragment or a named fragment too", async () => {
    for (const fields of ["id date { iso }", "id ... on Agreement { status }", "...Named"]) {
      const query = `${fullQuery(fields)} fragment Named on Agreement { name evidence { quote } }`;
      const text = fields === "...Named" ? query : fullQuery(fields);
      await run(text);
      expect(store.count("neighbours"), fields).toBe(1);
      expect(store.count("neighbourHeads"), fields).toBe(0);
    }
  });

  it("do not stand in for whole nodes that a later field of the request reads", async () => {
    // The parties are read as heads first; the same nodes asked for in full later in the
    // request must come whole, not as the heads read before.
    const data = (await run(`{
      node(id: "japan") { ... on Actor { agreements { parties { id } } } }
      later: node(id: "japan") { ... on Actor { agreements { parties { id aliases evidence { quote } } } } }
    }`)) as { later: { agreements: { parties: { aliases: unknown; evidence: unknown[] }[] }[] } };
    const parties = data.later.agreements.flatMap((agreement) => agreement.parties);
    expect(parties.length).toBeGreaterThan(1);
    for (const party of parties) {
      expect(Array.isArray(party.aliases)).toBe(true);
      expect(party.evidence.length).toBeGreaterThan(0);
    }
  });
});

describe("a lookup by id that follows one relation to heads", () => {
  const lookup = (id: string, fields: string) =>
    `{ node(id: "${id}") { id name ... on Actor { ${fields} } } }`;
  type Answer = { node: { agreements?: { parties?: unknown[] }[] } & Record<string, unknown> };
  const parties = "agreements { id name parties(filter: { kinds: [COUNTRY] }) { id name } }";

  it("reads the node and the relation's heads in one call, and the next level in one more", async () => {
    const data = (await run(lookup("european-union", parties))) as Answer;
    expect(store.count("nodesWithNeighbourHeads")).toBe(1);
    expect(store.calls.find((call) => call.method === "nodesWithNeighbourHeads")?.ids).toEqual([
      "european-union",
    ]);
    expect(store.count("getNodes")).toBe(0);
    expect(store.count("neighbourHeads")).toBe(1);
    // The same answer as when the lookup and the relation are read in turn (aliases forces that).
    const inTurn = (await run(
      lookup("european-union", parties.replace("agreements { id", "agreements { aliases id")),
    )) as Answer;
    expect(store.count("nodesWithNeighbourHeads")).toBe(0);
    expect(store.count("getNodes")).toBe(1);
    const agreements = inTurn.node.agreements?.map(
      ({ aliases: _, ...rest }: Record<string, unknown>) => rest,
    );
    expect(data.node.agreements).toEqual(agreements);
    expect(agreements?.length).toBeGreaterThan(1);
    expect(agreements?.some((agreement) => (agreement.parties as unknown[]).length > 0)).toBe(true);
  });

  it("reads ahead through a name, a named fragment and variables too", async () => {
    store.calls = [];
    const result = await executeQuery(
      server,
      store.store,
      `query Ahead($n: Int) { node(id: "European Union") { ...Agreements } }
      fragment Agreements on Actor { agreements(first: $n) { id } }`,
      { n: 2 },
    );
    expect(result.errors).toBeUndefined();
    expect((result.data as Answer).node.agreements).toHaveLength(2);
    // The name is not an id: the first call finds no node, the second reads the named one.
    expect(store.count("nodesWithNeighbourHeads")).toBe(2);
    expect(store.count("getNodes")).toBe(0);
    expect(store.count("neighbourHeads")).toBe(0);
  });

  it("reads in turn when two relations are followed, or the relation asks for whole nodes", async () => {
    for (const fields of ["agreements { id } memberOf { id }", "agreements { id status }"]) {
      await run(lookup("japan", fields));
      expect(store.count("nodesWithNeighbourHeads"), fields).toBe(0);
      expect(store.count("getNodes"), fields).toBe(1);
    }
  });

  it("leaves a wrong argument to the relation field, which reports it at its own path", async () => {
    const result = await executeQuery(
      server,
      store.store,
      lookup("japan", "agreements(first: -1) { id }"),
    );
    expect(result.errors?.[0]?.path).toEqual(["node", "agreements"]);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/first/);
  });
});

describe("root lists whose nodes are asked only for their heads", () => {
  const page = (node: string, more = "") =>
    `{ agreements(first: 50) { totalCount pageInfo { hasNextPage } edges { cursor node { ${node} } ${more} } } }`;

  it("read heads alone, with the same answer as whole nodes give", async () => {
    const heads = await run(page("id name kind __typename parties { id }"));
    expect(store.count("listNodeHeads")).toBe(1);
    expect(store.count("listNodes")).toBe(0);
    const whole = (await run(page("id name kind __typename parties { id } aliases"))) as {
      agreements: { edges: { node: Record<string, unknown> }[] };
    };
    expect(store.count("listNodes")).toBe(1);
    expect(store.count("listNodeHeads")).toBe(0);
    const edges = whole.agreements.edges.map((edge) => {
      const { aliases: _, ...node } = edge.node;
      return { ...edge, node };
    });
    expect(edges.length).toBeGreaterThan(3);
    expect(heads).toEqual({ agreements: { ...whole.agreements, edges } });
  });

  it("read whole nodes when an edge's why or any other field of the nodes is asked", async () => {
    for (const query of [
      page("id", "why { summary }"),
      page("id date { iso }"),
      `{ agreements(first: 5) { edges { node { ...Named } } } } fragment Named on Agreement { id evidence { quote } }`,
    ]) {
      await run(query);
      expect(store.count("listNodes"), query).toBe(1);
      expect(store.count("listNodeHeads"), query).toBe(0);
    }
  });
});

// Last in the file: on Neo4j, the corpus it loads replaces the seed in the one database.
describe("the statements of many sources", () => {
  it("cost one sourceStatementPages call for all the sources of a level", async () => {
    const corpus = await loadClaimsCorpus();
    const corpusStore = await openTestStore(corpus);
    const counting = new CountingStore(corpusStore);
    const server = createApolloServer(counting.store, { logError: (e) => console.error(e) });
    await server.start();
    try {
      const result = await executeQuery(
        server,
        counting.store,
        "{ sources(first: 100) { edges { node { id statements(first: 2) { totalCount } } } } }",
      );
      expect(result.errors).toBeUndefined();
      const sourceIds = corpus.nodes.filter((n) => n.category === "Source").map((n) => n.id);
      expect(sourceIds.length).toBeGreaterThan(1);
      const calls = counting.calls.filter((call) => call.method === "sourceStatementPages");
      expect(calls).toHaveLength(1);
      expect([...((calls[0]?.query as readonly string[]) ?? [])].sort()).toEqual(sourceIds.sort());
    } finally {
      await server.stop();
      await corpusStore.close();
    }
  });
});
