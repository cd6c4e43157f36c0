/**
 * Hostile queries are refused before anything runs, with a client error that names
 * the limit: depth, aliases, tokens, directives and cost (in which first, limit,
 * depth and maxHops multiply). Each limit is tested at its edge (allowed) and one past
 * it (refused), at its default and at a configured value, in-process and over HTTP;
 * the store must not have been asked anything for a refused query.
 */
import type { FormattedExecutionResult, GraphQLFormattedError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_NEIGHBOURHOOD_LIMIT } from "../../src/domain/limits.js";
import { createApolloServer } from "../../src/graphql/create-apollo-server.js";
import { executeQuery } from "../../src/graphql/execute-query.js";
import {
  DEFAULT_QUERY_LIMITS,
  LIMIT_SETTINGS,
  type QueryLimits,
} from "../../src/graphql/query-limits.js";
import { DEFAULT_SEED_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import { readServerConfig } from "../../src/server/server-config.js";
import { type RunningServer, startServer } from "../../src/server/start-server.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { MemoryStore } from "../../src/store/memory/memory-store.js";
import { generateDataset } from "../../src/synthetic/generate-dataset.js";
import { interceptStore } from "../support/intercept-store.js";

interface Api {
  run(query: string, variables?: Record<string, unknown>): Promise<FormattedExecutionResult>;
  /** Store calls made by the last run for the query itself. */
  calls(): number;
  stop(): Promise<void>;
}

async function apiWith(store: GraphStore, limits?: QueryLimits): Promise<Api> {
  let calls = 0;
  // `info` is asked once for the citation in every response's extensions, not for the query.
  const counted = interceptStore(store, (method) => {
    if (method !== "info") calls++;
  });
  const server = createApolloServer(counted, {
    logError: (error) => console.error(error),
    limits,
  });
  await server.start();
  return {
    run: (query, variables) => {
      calls = 0;
      return executeQuery(server, counted, query, variables);
    },
    calls: () => calls,
    stop: () => server.stop(),
  };
}

let seedStore: MemoryStore;
let api: Api;
beforeAll(async () => {
  seedStore = new MemoryStore(await loadSeed({ seedDir: DEFAULT_SEED_DIR }));
  api = await apiWith(seedStore);
});
afterAll(() => api.stop());

/** The one error of a refused query, which must not have reached the store. */
function refusal(result: FormattedExecutionResult, calls: number): GraphQLFormattedError {
  expect(result.data, JSON.stringify(result)).toBeUndefined();
  expect(result.errors).toHaveLength(1);
  expect(calls, "store calls made for a refused query").toBe(0);
  const [error] = result.errors ?? [];
  if (!error) throw new Error("no error");
  return error;
}

function ok(result: FormattedExecutionResult): void {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
}

/** `{ node(id: "g7") { ... on Actor { partOf { partOf { … { name } } } } } }`, `levels` below node. */
function nested(levels: number): string {
  let inner = "name";
  for (let level = 1; level < levels; level++) inner = `partOf(first: 1) { ${inner} }`;
  return `{ node(id: "eu-ai-office") { ... on Actor { ${inner} } } }`;
}

/** The `@cost` weight the SDL gives each step of a walk (paths, neighbourhood, subgraph, involvesTopic). */
const WALK_WEIGHT = 1_000;

describe("depth", () => {
  it(`allows ${DEFAULT_QUERY_LIMITS.maxDepth} levels below the root field and refuses one more, naming the limit`, async () => {
    expect(DEFAULT_QUERY_LIMITS.maxDepth).toBe(8);
    ok(await api.run(nested(8)));
    const error = refusal(await api.run(nested(9)), api.calls());
    expect(error.extensions).toMatchObject({
      code: "GRAPHQL_VALIDATION_FAILED",
      limit: "depth",
      max: 8,
      found: 9,
    });
    expect(error.message).toBe("query depth 9 is too deep (the depth limit is 8)");
  });

  it("counts fields, not fragments, and counts fields inside fragments where they are spread", async () => {
    const viaFragment = `query { node(id: "eu-ai-office") { ...Deep } }
      fragment Deep on Actor { partOf { partOf { partOf { partOf { partOf { partOf { partOf { partOf { name } } } } } } } } }`;
    const error = refusal(await api.run(viaFragment), api.calls());
    expect(error.extensions).toMatchObject({ limit: "depth", found: 9 });
  });

  it("is configurable", async () => {
    const shallow = await apiWith(seedStore, { ...DEFAULT_QUERY_LIMITS, maxDepth: 2 });
    try {
      ok(await shallow.run('{ node(id: "g7") { ... on Actor { presidedBy { name } } } }'));
      const error = refusal(
        await shallow.run('{ node(id: "g7") { ... on Actor { presidedBy { partOf { name } } } } }'),
        shallow.calls(),
      );
      expect(error.extensions).toMatchObject({ limit: "depth", max: 2, found: 3 });
    } finally {
      await shallow.stop();
    }
  });
});

describe("aliases", () => {
  const aliased = (count: number) =>
    `{ ${Array.from({ length: count }, (_, i) => `a${i}: node(id: "g7") { name }`).join(" ")} }`;

  it("allows 15 aliases and refuses 16, naming the limit", async () => {
    expect(DEFAULT_QUERY_LIMITS.maxAliases).toBe(15);
    ok(await api.run(aliased(15)));
    const error = refusal(await api.run(aliased(16)), api.calls());
    expect(error.extensions).toMatchObject({
      code: "GRAPHQL_VALIDATION_FAILED",
      limit: "aliases",
      max: 15,
      found: 16,
    });
    expect(error.message).toContain("aliases limit is 15");
  });

  it("counts the aliases of a fragment each time it is spread", async () => {
    const query = `{ ${Array.from({ length: 4 }, (_, i) => `n${i}: node(id: "g7") { ...Names }`).join(" ")} }
      fragment Names on Node { a: name b: name c: name }`;
    // 4 + 4 × 3 = 16
    const error = refusal(await api.run(query), api.calls());
    expect(error.extensions).toMatchObject({ limit: "aliases", found: 16 });
  });

  it("counts an alias *named* kind on any other field: only the field kind is free", async () => {
    // 8 aliased nodes, each with `name` aliased as `kind`: 16 aliases.
    const query = `{ ${Array.from({ length: 8 }, (_, i) => `n${i}: node(id: "g7") { kind: name }`).join(" ")} }`;
    const error = refusal(await api.run(query), api.calls());
    expect(error.extensions).toMatchObject({ limit: "aliases", found: 16 });
  });

  it("does not count aliases of `kind`, which each node type defines with its own enum", async () => {
    const kinds = `{ nodes(ids: ["g7", "ai-act", "tokyo"]) {
      ... on Actor { actorKind: kind } ... on Agreement { agreementKind: kind }
      ... on Event { eventKind: kind } ... on Topic { topicKind: kind }
      ... on Place { placeKind: kind } ... on Source { sourceKind: kind } } }`;
    const query = `{ ${Array.from({ length: 3 }, (_, i) => `n${i}: nodes(ids: ["g7"]) { ...K }`).join(" ")} }
      fragment K on Node { ... on Actor { actorKind: kind } ... on Agreement { agreementKind: kind }
        ... on Event { eventKind: kind } ... on Place { placeKind: kind } ... on Topic { topicKind: kind }
        ... on Source { sourceKind: kind } }`;
    ok(await api.run(kinds));
    ok(await api.run(query));
  });
});

describe("tokens", () => {
  /**
   * A search with exactly `count` tokens: 15 around a list of categories. (Repeating one
   * field instead would meet graphql-js's own guard against overlapping fields first.)
   */
  const tokens = (count: number) =>
    `{ search(text: "japan", categories: [${"Actor ".repeat(count - 15)}]) { score } }`;

  it("allows 1000 tokens and refuses 1001 before parsing further, naming the limit", async () => {
    expect(DEFAULT_QUERY_LIMITS.maxTokens).toBe(1_000);
    ok(await api.run(tokens(1_000)));
    const error = refusal(await api.run(tokens(1_001)), api.calls());
    expect(error.extensions).toEqual({
      code: "GRAPHQL_VALIDATION_FAILED",
      limit: "tokens",
      max: 1_000,
    });
    expect(error.message).toBe("query has more than 1000 tokens (the tokens limit is 1000)");
  });

  it("is configurable", async () => {
    const small = await apiWith(seedStore, { ...DEFAULT_QUERY_LIMITS, maxTokens: 11 });
    try {
      ok(await small.run('{ node(id: "g7") { name } }'));
      const error = refusal(await small.run('{ node(id: "g7") { name id } }'), small.calls());
      expect(error.extensions).toMatchObject({ limit: "tokens", max: 11 });
    } finally {
      await small.stop();
    }
  });
});

describe("directives", () => {
  const directed = (count: number) =>
    `{ node(id: "g7") { ${Array.from({ length: count }, () => "name @include(if: true)").join(" ")} } }`;

  it("allows 10 directives and refuses 11, naming the limit", async () => {
    expect(DEFAULT_QUERY_LIMITS.maxDirectives).toBe(10);
    ok(await api.run(directed(10)));
    const error = refusal(await api.run(directed(11)), api.calls());
    expect(error.extensions).toMatchObject({
      code: "GRAPHQL_VALIDATION_FAILED",
      limit: "directives",
      max: 10,
      found: 11,
    });
  });
});

describe("directives counted as executed", () => {
  it("counts the directives written on each spread of a fragment, 40 spreads being 40 directives", async () => {
    const query = `{ node(id: "g7") { ${Array.from({ length: 40 }, () => "...F @skip(if: false)").join(" ")} } }
      fragment F on Node { id }`;
    const error = refusal(await api.run(query), api.calls());
    expect(error.extensions).toMatchObject({ limit: "directives", max: 10, found: 40 });
  });

  it("counts the directives inside a fragment each time it is spread, also through other fragments", async () => {
    // 3 spreads of G, each holding 2 spreads of F, each F with 2 directives: 12
    const query = `{ a: node(id: "g7") { ...G } b: node(id: "g7") { ...G } c: node(id: "g7") { ...G } }
      fragment G on Node { ...F ...F }
      fragment F on Node { id @include(if: true) name @skip(if: false) }`;
    const error = refusal(await api.run(query), api.calls());
    expect(error.extensions).toMatchObject({ limit: "directives", found: 12 });
    ok(
      await api.run(`{ a: node(id: "g7") { ...G } }
      fragment G on Node { ...F ...F }
      fragment F on Node { id @include(if: true) name @skip(if: false) }`),
    );
  });

  it("counts fragments spread within fragments many times over without walking each copy", async () => {
    // F0 spread twice in F1, F1 twice in F2, …: 2^30 copies of one directive, counted at once.
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i + 1} on Node { ...F${i} ...F${i} }`,
    ).join("\n");
    const query = `{ node(id: "g7") { ...F30 } }\nfragment F0 on Node { id @include(if: true) }\n${fragments}`;
    const result = await api.run(query);
    const directives = result.errors?.find((error) => error.extensions?.limit === "directives");
    expect(directives?.extensions).toMatchObject({ found: 2 ** 30 });
  });
});

describe("cost", () => {
  const deep = (first: string) =>
    `${first.startsWith("$") ? "query($n: Int) " : ""}{ actors(first: ${first}) { edges { node { agreements { parties { id } } } } } }`;

  it("multiplies by `first`: 100 actors × 50 agreements × 50 parties is refused, 10 actors pass", async () => {
    expect(DEFAULT_QUERY_LIMITS.maxCost).toBe(100_000);
    // actors 1 + 100 × (edges 1 + (node 1 + (agreements 1 + 50 × (parties 1 + 50 × id 1)))) = 255 301
    const error = refusal(await api.run(deep("100")), api.calls());
    expect(error.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      limit: "cost",
      max: 100_000,
      found: 255_301,
    });
    expect(error.message).toContain("cost limit is 100000");
    ok(await api.run(deep("10")));
  });

  it("uses the variables a query is sent with, not only its text", async () => {
    const error = refusal(await api.run(deep("$n"), { n: 100 }), api.calls());
    expect(error.extensions).toMatchObject({ limit: "cost", found: 255_301 });
    ok(await api.run(deep("$n"), { n: 10 }));
    // Estimates are remembered per document and variables: a repeat gets the same answer.
    const again = refusal(await api.run(deep("$n"), { n: 100 }), api.calls());
    expect(again.extensions).toMatchObject({ limit: "cost", found: 255_301 });
    ok(await api.run(deep("$n"), { n: 10 }));
  });

  it("multiplies by `limit` and `depth` for neighbourhoods", async () => {
    const around = (depth: number, limit: number) =>
      `{ neighbourhood(ids: ["eu-ai-office"], depth: ${depth}, limit: ${limit}) {
        nodes { id name aliases } edges { id type } truncated } }`;
    // 1 + 5000 × 4 × (4 + 3 + 1) + 4 hops walked × 1000 = 164 001; depth 2: 82 001
    const error = refusal(await api.run(around(4, MAX_NEIGHBOURHOOD_LIMIT)), api.calls());
    expect(error.extensions).toMatchObject({ limit: "cost", found: 164_001 });
    ok(await api.run(around(2, MAX_NEIGHBOURHOOD_LIMIT)));
    ok(await api.run(around(4, 2_000)));
  });

  it("multiplies by `maxHops` for paths and involvement filters", async () => {
    const paths = (maxHops: number) =>
      `{ paths(from: "japan-aisi", to: "oecd", maxHops: ${maxHops}, first: 50) {
        nodes { id } steps { relationship { evidence { quote source { ... on Source { title url } } } } } } }`;
    // 1 + 50 × hops × (2 + 7) + hops × 1000 for the search: paths are bounded by their
    // ceilings (50 paths of 6 hops), so the default limit never refuses them; a lower one
    // shows the multiplier.
    const strict = await apiWith(seedStore, { ...DEFAULT_QUERY_LIMITS, maxCost: 7_000 });
    try {
      const sixHops = refusal(await strict.run(paths(6)), strict.calls());
      expect(sixHops.extensions).toMatchObject({
        limit: "cost",
        found: 1 + 50 * 6 * 9 + 6 * WALK_WEIGHT,
      });
      ok(await strict.run(paths(4)));
    } finally {
      await strict.stop();
    }

    const involvement = (
      maxHops: number,
    ) => `{ agreements(first: 100, filter: { involvesTopic: "chips", maxHops: ${maxHops} }) {
        edges { node { parties(first: 100) { id } } } } }`;
    // 1 + 100 × hops × (1 + 1 + (1 + 100 × 1)) + hops × 1000: 33 901 with 3 hops, 45 201 with 4
    const involving = await apiWith(seedStore, { ...DEFAULT_QUERY_LIMITS, maxCost: 35_000 });
    try {
      ok(await involving.run(involvement(3)));
      const error = refusal(await involving.run(involvement(4)), involving.calls());
      expect(error.extensions).toMatchObject({
        limit: "cost",
        found: 1 + 100 * 4 * 103 + 4 * WALK_WEIGHT,
      });
    } finally {
      await involving.stop();
    }
  });

  it("counts arguments beyond their ceilings at the ceiling, so the argument's own error names it", async () => {
    const result = await api.run("{ actors(first: 1000000) { totalCount } }");
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      argument: "first",
    });
  });

  it("is configurable", async () => {
    const cheap = await apiWith(seedStore, { ...DEFAULT_QUERY_LIMITS, maxCost: 50 });
    try {
      ok(await cheap.run('{ search(text: "japan", first: 5) { score node { id name } } }'));
      const error = refusal(
        await cheap.run('{ search(text: "japan", first: 50) { score node { id name } } }'),
        cheap.calls(),
      );
      expect(error.extensions).toMatchObject({ limit: "cost", max: 50, found: 201 });
    } finally {
      await cheap.stop();
    }
  });
});

describe("ceilings and fan-out inside an allowed query", () => {
  it("refuses a fanOut above 1000 and a limit above 5000, naming the argument", async () => {
    for (const [args, argument] of [
      ["fanOut: 1001", "fanOut"],
      ["limit: 5001", "limit"],
      ["depth: 5", "depth"],
    ] as const) {
      const result = await api.run(`{ neighbourhood(ids: ["g7"], ${args}) { truncated } }`);
      expect(result.errors?.[0]?.extensions, args).toMatchObject({
        code: "BAD_USER_INPUT",
        argument,
      });
    }
  });

  it("follows at most 100 relationships from a hub per step by default, and says the result is cut", async () => {
    const dataset = generateDataset({ nodes: 3_000, seed: 1 });
    const degree = new Map<string, number>();
    for (const edge of dataset.edges) {
      degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
      degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
    }
    const [hub, hubDegree = 0] = [...degree].sort((a, b) => b[1] - a[1])[0] ?? [];
    expect(hubDegree).toBeGreaterThan(150);
    const synthetic = await apiWith(new MemoryStore(dataset));
    try {
      const around = async (fanOut: string) => {
        const result = await synthetic.run(
          `{ neighbourhood(ids: ["${hub}"], depth: 1 ${fanOut}) { nodes { id } truncated } }`,
        );
        ok(result);
        return (result.data as { neighbourhood: { nodes: unknown[]; truncated: boolean } })
          .neighbourhood;
      };
      const capped = await around("");
      expect(capped.nodes.length).toBeLessThanOrEqual(101);
      expect(capped.truncated).toBe(true);
      const wide = await around(", fanOut: 1000");
      expect(wide.nodes.length).toBeGreaterThan(capped.nodes.length);
    } finally {
      await synthetic.stop();
    }
  });
});

describe("over HTTP, with the limits read from the environment", () => {
  let server: RunningServer;
  let base: string;
  beforeAll(async () => {
    server = await startServer(
      {
        ...readServerConfig({ ENTENTE_MAX_DEPTH: "3", ENTENTE_MAX_COST: "500" }),
        // 1 + 100 × (1 + 1 + 3) = 501 is over this cost limit
        port: 0,
        host: "127.0.0.1",
      },
      () => {},
    );
    base = server.url;
  });
  afterAll(() => server.stop());

  const post = async (query: string) => {
    const response = await fetch(base, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { errors?: GraphQLFormattedError[] },
    };
  };

  it.each([
    ["depth", nested(4), "GRAPHQL_VALIDATION_FAILED"],
    ["cost", "{ actors(first: 100) { edges { node { id name aliases } } } }", "BAD_USER_INPUT"],
    [
      "aliases",
      `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(" ")} }`,
      "GRAPHQL_VALIDATION_FAILED",
    ],
    [
      "tokens",
      `{ search(text: "x", kinds: [${"GROUP ".repeat(1_000)}]) { score } }`,
      "GRAPHQL_VALIDATION_FAILED",
    ],
    [
      "directives",
      `{ ${Array.from({ length: 11 }, () => "__typename @skip(if: false)").join(" ")} }`,
      "GRAPHQL_VALIDATION_FAILED",
    ],
  ])(
    "answers a query over the %s limit with 400 and the limit's name",
    async (limit, query, code) => {
      const { status, body } = await post(query);
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code, limit });
      expect(body.errors?.[0]?.message).toContain(`${limit} limit`);
    },
  );

  it("answers the queries within the configured limits", async () => {
    const { status, body } = await post(nested(3));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it("names each limit's setting in the configuration", () => {
    const config = readServerConfig({
      ENTENTE_MAX_DEPTH: "5",
      ENTENTE_MAX_ALIASES: "6",
      ENTENTE_MAX_TOKENS: "700",
      ENTENTE_MAX_DIRECTIVES: "8",
      ENTENTE_MAX_COST: "900",
    });
    expect(config.limits).toEqual({
      maxDepth: 5,
      maxAliases: 6,
      maxTokens: 700,
      maxDirectives: 8,
      maxCost: 900,
    });
    expect(readServerConfig({}).limits).toEqual(DEFAULT_QUERY_LIMITS);
    expect(Object.values(LIMIT_SETTINGS)).toEqual([
      "ENTENTE_MAX_DEPTH",
      "ENTENTE_MAX_ALIASES",
      "ENTENTE_MAX_TOKENS",
      "ENTENTE_MAX_DIRECTIVES",
      "ENTENTE_MAX_COST",
    ]);
    expect(() => readServerConfig({ ENTENTE_MAX_DEPTH: "0" })).toThrow(/ENTENTE_MAX_DEPTH/);
  });
});
