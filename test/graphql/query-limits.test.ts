/**
 * Hostile queries are refused before anything runs, with a client error that names
 * the limit: depth, aliases, tokens, directives and cost (in which first, limit,
 * depth and maxHops multiply). Each limit is tested at its edge (allowed) and one past
 * it (refused), at its default and at a configured value, in-process and over HTTP;
 * the store must not have been asked anything for a refused query.
 */
import type { FormattedExecutionResult, GraphQLFormattedError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/domain/graph-types.js";
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
  // `info` is asked once for the citation in every response's extensions, and
  // `statistics` (remembered by the store) for the cost estimate: neither is the query.
  const counted = interceptStore(store, (method) => {
    if (method !== "info" && method !== "statistics") calls++;
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
    expect(DEFAULT_QUERY_LIMITS.maxDepth).toBe(12);
    ok(await api.run(nested(12)));
    const error = refusal(await api.run(nested(13)), api.calls());
    expect(error.extensions).toMatchObject({
      code: "GRAPHQL_VALIDATION_FAILED",
      limit: "depth",
      max: 12,
      found: 13,
    });
    expect(error.message).toBe("query depth 13 is too deep (the depth limit is 12)");
  });

  it("counts fields, not fragments, and counts fields inside fragments where they are spread", async () => {
    const viaFragment = `query { node(id: "eu-ai-office") { ...Deep } }
      fragment Deep on Actor { ${"partOf { ".repeat(12)}name${" }".repeat(12)} }`;
    const error = refusal(await api.run(viaFragment), api.calls());
    expect(error.extensions).toMatchObject({ limit: "depth", found: 13 });
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
    `{ search(text: "japan", categories: [${"ACTOR ".repeat(count - 15)}]) { score } }`;

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
  // A synthetic graph with more actors than `first` asks for, whose own figures bound the
  // nested lists: the most agreements one actor is party to, the most parties one
  // agreement has (counted here from the relationships, independently of the store).
  let synthetic: Dataset;
  let graph: Api;
  let strict: Api;
  /** The most relationships of `type` one node has at its `end`. */
  const most = (type: string, end: "from" | "to") => {
    const counts = new Map<string, number>();
    for (const edge of synthetic.edges) {
      if (edge.type === type) counts.set(edge[end], (counts.get(edge[end]) ?? 0) + 1);
    }
    return Math.max(0, ...counts.values());
  };
  const LIMIT = 20_000;
  beforeAll(async () => {
    synthetic = generateDataset({ nodes: 3_000, seed: 1 });
    graph = await apiWith(new MemoryStore(synthetic));
    strict = await apiWith(new MemoryStore(synthetic), { ...DEFAULT_QUERY_LIMITS, maxCost: LIMIT });
  });
  afterAll(async () => {
    await graph.stop();
    await strict.stop();
  });
  /** actors 1 + first × (edges 1 + (node 1 + (agreements 1 + A × (parties 1 + P × id 1)))). */
  const deepCost = (first: number) =>
    1 + first * (3 + most("PARTY_TO", "from") * (1 + most("PARTY_TO", "to")));

  it("multiplies by `first`, and by no more items than the graph holds below it", async () => {
    expect(DEFAULT_QUERY_LIMITS.maxCost).toBe(100_000);
    expect(synthetic.nodes.filter((node) => node.category === "Actor").length).toBeGreaterThan(100);
    // Nested lists ask for 50 each; this graph has fewer below any one node.
    expect(most("PARTY_TO", "from")).toBeLessThan(50);
    expect(most("PARTY_TO", "to")).toBeLessThan(50);
    const error = refusal(await strict.run(deep("100")), strict.calls());
    expect(error.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      limit: "cost",
      max: LIMIT,
      found: deepCost(100),
    });
    expect(error.message).toContain(`cost limit is ${LIMIT}`);
    ok(await strict.run(deep("10")));
  });

  it("names the field that drives the cost and the `first` there that would fit", async () => {
    const error = refusal(await strict.run(deep("100")), strict.calls());
    const fits = Math.floor((LIMIT - 1) / (deepCost(1) - 1));
    expect(error.extensions?.driver).toEqual({
      field: "actors",
      line: 1,
      column: 3,
      argument: "first",
      asked: 100,
      fits,
    });
    expect(error.message).toContain(`with first: ${fits} there it would fit`);
    ok(await strict.run(deep(String(fits))));
    refusal(await strict.run(deep(String(fits + 1))), strict.calls());
  });

  it("lets the nested questions of a small graph through, and refuses them on a large one", async () => {
    const question =
      "{ actors { edges { node { name agreements { name parties { name agreements { name } } } } } } }";
    ok(await api.run(question));
    const error = refusal(await graph.run(question), graph.calls());
    expect(error.extensions).toMatchObject({ limit: "cost" });
    expect(error.extensions?.driver).toMatchObject({ argument: "first" });
  });

  it("uses the variables a query is sent with, not only its text", async () => {
    const error = refusal(await strict.run(deep("$n"), { n: 100 }), strict.calls());
    expect(error.extensions).toMatchObject({ limit: "cost", found: deepCost(100) });
    ok(await strict.run(deep("$n"), { n: 10 }));
    // Estimates are remembered per document and variables: a repeat gets the same answer.
    const again = refusal(await strict.run(deep("$n"), { n: 100 }), strict.calls());
    expect(again.extensions).toMatchObject({ limit: "cost", found: deepCost(100) });
    ok(await strict.run(deep("$n"), { n: 10 }));
  });

  it("prices a where tree by the conditions it makes the store evaluate", async () => {
    const actors = synthetic.nodes.filter((node) => node.category === "Actor").length;
    const partyTo = synthetic.edges.filter((edge) => edge.type === "PARTY_TO").length;
    const cheap = await apiWith(new MemoryStore(synthetic), {
      ...DEFAULT_QUERY_LIMITS,
      maxCost: 100,
    });
    try {
      // A name condition on every actor: one evaluation each, ten to a cost unit.
      const named = refusal(
        await cheap.run('{ actors(first: 1, where: { name: { contains: "x" } }) { totalCount } }'),
        cheap.calls(),
      );
      // actors 1 + 1 × (totalCount 1) + where ⌈actors / 10⌉
      expect(named.extensions).toMatchObject({ found: 2 + Math.ceil(actors / 10) });
      // A quantifier follows every PARTY_TO of every actor (never more than there are),
      // then tests the name of each agreement it reaches.
      const related = refusal(
        await cheap.run(
          '{ actors(first: 1, where: { agreements: { some: { name: { contains: "x" } } } }) { totalCount } }',
        ),
        cheap.calls(),
      );
      const followed = Math.min(actors * most("PARTY_TO", "from"), partyTo);
      expect(related.extensions).toMatchObject({
        found: 2 + Math.ceil((followed + followed) / 10),
      });
    } finally {
      await cheap.stop();
    }
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

    const topic = synthetic.nodes.find((node) => node.category === "Topic")?.id;
    const involvement = (
      maxHops: number,
    ) => `{ agreements(first: 100, filter: { involvesTopic: "${topic}", maxHops: ${maxHops} }) {
        edges { node { parties(first: 100) { id } } } } }`;
    // 1 + 100 × hops × (1 + 1 + (1 + P × 1)) + hops × 1000, with P the most parties one
    // agreement has: the graph bounds `parties(first: 100)`.
    const parties = most("PARTY_TO", "to");
    const involving = (hops: number) => 1 + 100 * hops * (3 + parties) + hops * WALK_WEIGHT;
    const between = await apiWith(new MemoryStore(synthetic), {
      ...DEFAULT_QUERY_LIMITS,
      maxCost: involving(3),
    });
    try {
      ok(await between.run(involvement(3)));
      const error = refusal(await between.run(involvement(4)), between.calls());
      expect(error.extensions).toMatchObject({ limit: "cost", found: involving(4) });
    } finally {
      await between.stop();
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
        // A neighbourhood's walk alone costs 1000 a step, over this cost limit.
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
    ["cost", '{ neighbourhood(ids: ["g7"], depth: 1) { nodes { id } } }', "BAD_USER_INPUT"],
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
