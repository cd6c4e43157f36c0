/**
 * graphql-jit (the default executor) and graphql-js give the same answers. The GraphQL
 * suites run under each (the `unit` and `graphql-js` test projects); here both run side by
 * side on one store and every answer is compared byte for byte: the example questions,
 * variables, fragments, directives, introspection, client mistakes, store failures. And
 * the compiled operations are kept within their bound in bytes.
 */
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readExamples } from "../../docs/examples/read-examples.mjs";
import { EntenteError } from "../../src/domain/errors.js";
import { buildResolvers } from "../../src/graphql/build-resolvers.js";
import { CompiledOperations } from "../../src/graphql/compiled-operations.js";
import { createApolloServer } from "../../src/graphql/create-apollo-server.js";
import { executeQuery } from "../../src/graphql/execute-query.js";
import { executorFromEnv } from "../../src/graphql/executor-setting.js";
import { loadTypeDefs } from "../../src/graphql/load-type-defs.js";
import { buildServedSchema } from "../../src/graphql/served-schema.js";
import { DEFAULT_SEED_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { MemoryStore } from "../../src/store/memory/memory-store.js";
import { interceptStore } from "../support/intercept-store.js";

describe("ENTENTE_EXECUTOR", () => {
  it("is graphql-jit unless set, graphql-js when asked, and nothing else", () => {
    expect(executorFromEnv({})).toBe("jit");
    expect(executorFromEnv({ ENTENTE_EXECUTOR: "" })).toBe("jit");
    expect(executorFromEnv({ ENTENTE_EXECUTOR: "jit" })).toBe("jit");
    expect(executorFromEnv({ ENTENTE_EXECUTOR: "graphql-js" })).toBe("graphql-js");
    expect(() => executorFromEnv({ ENTENTE_EXECUTOR: "fast" })).toThrow(/ENTENTE_EXECUTOR/);
  });
});

describe("graphql-jit and graphql-js", () => {
  let store: GraphStore;
  let failing: GraphStore;
  const servers = {
    jit: createApolloServer(undefined as never, { executor: "jit", logError: () => {} }),
    js: createApolloServer(undefined as never, { executor: "graphql-js", logError: () => {} }),
  };
  beforeAll(async () => {
    store = new MemoryStore(await loadSeed({ seedDir: DEFAULT_SEED_DIR }));
    failing = interceptStore(store, (method) => {
      if (method === "neighbours") throw new Error("disk on fire at /var/secret");
      if (method === "search") throw new EntenteError("STORE_UNAVAILABLE", "the store is down");
    });
    await Promise.all([servers.jit.start(), servers.js.start()]);
  });
  afterAll(async () => {
    await Promise.all([servers.jit.stop(), servers.js.stop()]);
  });

  const both = async (
    query: string,
    variables?: Record<string, unknown>,
    on: () => GraphStore = () => store,
  ) => {
    const [jit, js] = await Promise.all([
      executeQuery(servers.jit, on(), query, variables),
      executeQuery(servers.js, on(), query, variables),
    ]);
    expect(JSON.stringify(jit)).toBe(JSON.stringify(js));
    return jit;
  };

  it.each(readExamples())("answer $name alike", async ({ query }) => {
    const result = await both(query);
    expect(result.errors).toBeUndefined();
  });

  const requests: [string, string, Record<string, unknown>?][] = [
    ["variables", "query($id: ID!) { node(id: $id) { id name } }", { id: "g7" }],
    [
      "fragments on an interface and @include/@skip",
      `query($all: Boolean!) { nodes(ids: ["g7", "oecd", "nope"]) { __typename ...N ... on Actor { kind @include(if: $all) aliases @skip(if: $all) } } }
       fragment N on Node { id name }`,
      { all: true },
    ],
    ["aliases", '{ a: node(id: "g7") { id } b: node(id: "oecd") { n: name } }'],
    ["introspection", "{ __schema { queryType { name } types { name kind } } }"],
    ["a variable of the wrong type", "query($id: ID!) { node(id: $id) { id } }", { id: [1] }],
    ["a missing variable", "query($id: ID!) { node(id: $id) { id } }"],
    ["a bad argument", '{ search(text: "   ") { score } }'],
    ["a page too large", "{ actors(first: 100000) { totalCount } }"],
  ];
  it.each(requests)("answer %s alike", async (_name, query, variables) => {
    await both(query, variables);
  });

  it("mask a failing store alike, and keep the codes of typed errors", async () => {
    const masked = await both('{ node(id: "g7") { id links { node { id } } } }', {}, () => failing);
    expect(masked.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(JSON.stringify(masked)).not.toContain("secret");
    const typed = await both('{ search(text: "chips") { score } }', {}, () => failing);
    expect(typed.errors?.[0]?.extensions?.code).toBe("STORE_UNAVAILABLE");
  });
});

describe("compiled operations", () => {
  const typeDefs = loadTypeDefs();
  const schema = buildServedSchema(typeDefs, buildResolvers(typeDefs));

  it("compile a document and operation once", () => {
    const compiled = new CompiledOperations(schema);
    const document = parse(
      'query A { node(id: "g7") { id } } query B { search(text: "x") { score } }',
    );
    const a = compiled.get(document, "hash", "A");
    expect(a).toBeDefined();
    expect(compiled.get(document, "hash", "A")).toBe(a);
    expect(compiled.get(document, "hash", "B")).not.toBe(a);
    expect(compiled.size).toBe(2);
  });

  it("stay within their bound in bytes, however many distinct documents arrive", () => {
    const bound = 256 * 1024;
    const compiled = new CompiledOperations(schema, bound);
    for (let i = 0; i < 2_000; i++) {
      compiled.get(parse(`{ a${i}: node(id: "g7") { id name } }`), `hash-${i}`, undefined);
    }
    expect(compiled.size).toBeGreaterThan(10);
    expect(compiled.size).toBeLessThan(2_000);
    expect(compiled.bytes).toBeLessThanOrEqual(bound);
  });
});
