/**
 * What a client sees when something is wrong: unknown ids are not errors, bad
 * arguments are named, invalid documents are rejected before running, and
 * anything unexpected is masked without leaking internals.
 */
import type { FormattedExecutionResult, GraphQLFormattedError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EntenteError } from "../../src/domain/errors.js";
import { createApolloServer } from "../../src/graphql/create-apollo-server.js";
import { executeQuery } from "../../src/graphql/execute-query.js";
import { MemoryStore } from "../../src/store/memory/memory-store.js";
import { interceptStore, type StoreMethod } from "../support/intercept-store.js";
import { seedApi } from "../support/seed-api.js";

type Api = Awaited<ReturnType<typeof seedApi>>;
let api: Api;

beforeAll(async () => {
  api = await seedApi();
});
afterAll(async () => {
  await api.stop();
});

function onlyError(result: FormattedExecutionResult): GraphQLFormattedError {
  expect(result.errors, JSON.stringify(result)).toHaveLength(1);
  const [error] = result.errors ?? [];
  if (!error) throw new Error("no error");
  expect(error.extensions ?? {}).not.toHaveProperty("stacktrace");
  return error;
}

describe("unknown ids", () => {
  it("give null in nodes(ids), position by position, without an error", async () => {
    const result = await api.run('{ nodes(ids: ["no-such-thing", "g7"]) { id } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ nodes: [null, { id: "g7" }] });
  });

  it("are a BAD_USER_INPUT in node(id), naming the closest names", async () => {
    const error = onlyError(await api.run('{ node(id: "Japn") { id } }'));
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.message).toMatch(
      /^id: no node has the id, name or alias "Japn"; did you mean .*\bJapan\b/,
    );
  });

  it("are a BAD_USER_INPUT in a relation field's filter, not an empty list", async () => {
    const error = onlyError(
      await api.run(
        '{ node(id: "japan") { ... on Actor { agreements(filter: { topic: "no-such-topic" }) { id } } } }',
      ),
    );
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.message).toMatch(
      /^filter\.topic: no topic has the id, name or alias "no-such-topic"/,
    );
  });
});

describe("a filter with several mistakes", () => {
  it("names the first the checks find, and leaves no lookup's failure unhandled", async () => {
    // The unknown party's lookup would fail after maxHops is refused; it must not begin
    // (an unhandled rejection fails this run, and would end a server process).
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", record);
    try {
      const error = onlyError(
        await api.run(
          '{ agreements(filter: { party: "no-such-party", involvesTopic: "chips", maxHops: 99 }) { totalCount } }',
        ),
      );
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.message).toMatch(/^filter\.maxHops: must be from 0 to \d+, got 99/);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", record);
    }
  });
});

describe("bad arguments are BAD_USER_INPUT and name the argument", () => {
  const cases: [string, string, Record<string, unknown> | undefined, string][] = [
    ["first: -1", "{ actors(first: -1) { totalCount } }", undefined, "first"],
    ["first: 1000", "{ agreements(first: 1000) { totalCount } }", undefined, "first"],
    [
      "first: -1 on a relation field",
      '{ node(id: "japan") { ... on Actor { agreements(first: -1) { id } } } }',
      undefined,
      "first",
    ],
    [
      "first: 1000 on links",
      '{ node(id: "japan") { links(first: 1000) { direction } } }',
      undefined,
      "first",
    ],
    ['after: "garbage"', '{ actors(after: "garbage") { totalCount } }', undefined, "after"],
    [
      'filter.date.from: "2024-13-40"',
      '{ events(filter: { date: { from: "2024-13-40" } }) { totalCount } }',
      undefined,
      "filter.date.from",
    ],
    [
      'filter.date.to: "June"',
      '{ relationships(filter: { date: { to: "June" } }) { totalCount } }',
      undefined,
      "filter.date.to",
    ],
    [
      'filter.date.from: "2024-06" (a month is not a day)',
      '{ agreements(filter: { date: { from: "2024-06" } }) { totalCount } }',
      undefined,
      "filter.date.from",
    ],
    [
      "filter.date with from after to",
      '{ events(filter: { date: { from: "2024-05-03", to: "2024-04-30" } }) { totalCount } }',
      undefined,
      "filter.date",
    ],
    [
      "filter.maxHops: 99",
      '{ agreements(filter: { involvesTopic: "chips", maxHops: 99 }) { totalCount } }',
      undefined,
      "filter.maxHops",
    ],
    ['search text ""', '{ search(text: "") { score } }', undefined, "text"],
    ['search text "!!!"', '{ search(text: "!!!") { score } }', undefined, "text"],
    [
      "a 500-character search text",
      "query($text: String!) { search(text: $text) { score } }",
      { text: "semiconductors ".repeat(34).slice(0, 500) },
      "text",
    ],
    [
      'filter.party: "   "',
      '{ agreements(filter: { party: "   " }) { totalCount } }',
      undefined,
      "filter.party",
    ],
  ];

  for (const [label, query, variables, argument] of cases) {
    it(label, async () => {
      const result = await api.run(query, variables);
      const error = onlyError(result);
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.extensions?.argument).toBe(argument);
      expect(error.message.startsWith(`${argument}: `), error.message).toBe(true);
    });
  }

  it("more than 100 ids in one lookup", async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `id-${i}`);
    const error = onlyError(
      await api.run("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", { ids }),
    );
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "ids" });
  });

  it("say what was wrong with the value", async () => {
    const error = onlyError(await api.run("{ actors(first: 1000) { totalCount } }"));
    expect(error.message).toMatch(/0 to 100, got 1000/);
    const date = onlyError(
      await api.run('{ events(filter: { date: { from: "2024-13-40" } }) { totalCount } }'),
    );
    expect(date.message).toMatch(/2024-13-40/);
    const long = onlyError(
      await api.run("query($t: String!) { search(text: $t) { score } }", { t: "x".repeat(500) }),
    );
    expect(long.message).toMatch(/500/);
  });
});

describe("invalid documents", () => {
  it("reject an unknown enum value as GRAPHQL_VALIDATION_FAILED, before running", async () => {
    const result = await api.run("{ actors(filter: { kinds: [PLANET] }) { totalCount } }");
    const error = onlyError(result);
    expect(error.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(error.message).toMatch(/PLANET/);
    expect(result.data).toBeUndefined();
  });

  it("reject a status that is not in the vocabulary", async () => {
    const error = onlyError(
      await api.run("{ relationships(filter: { statuses: [RUMOURED] }) { totalCount } }"),
    );
    expect(error.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("reject unknown fields and unparsable text", async () => {
    const unknown = onlyError(await api.run('{ node(id: "japan") { id secret } }'));
    expect(unknown.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const parse = onlyError(await api.run("{ node(id: "));
    expect(parse.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("reject an enum value of the wrong type passed as a variable", async () => {
    const result = await api.run(
      "query($kinds: [ActorKind!]) { actors(filter: { kinds: $kinds }) { totalCount } }",
      { kinds: ["SUMMIT"] },
    );
    const error = onlyError(result);
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.message).toMatch(/\$kinds/);
  });
});

describe("unexpected failures inside the store", () => {
  const SECRET = "bolt://admin:hunter2@10.0.0.7 refused the connection";

  async function failingApi(failing: StoreMethod, error: Error) {
    // The real memory store, except that the chosen method fails.
    const store = interceptStore(new MemoryStore(api.dataset), (method) => {
      if (method === failing) throw error;
    });
    const logged: unknown[] = [];
    const server = createApolloServer(store, { logError: (e) => logged.push(e) });
    await server.start();
    return {
      logged,
      run: (query: string) => executeQuery(server, store, query),
      stop: () => server.stop(),
    };
  }

  it('are masked as "Internal server error" with no detail, and logged on the server', async () => {
    const thrown = new Error(SECRET);
    const failing = await failingApi("neighbourHeads", thrown);
    try {
      const result = await failing.run(
        // The agreements are read with the lookup; their parties are read as heads alone.
        '{ node(id: "japan") { id ... on Actor { agreements { id parties { id } } } } }',
      );
      const error = onlyError(result);
      expect(error.message).toBe("Internal server error");
      expect(error.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
      expect(error.path).toEqual(["node", "agreements", 0, "parties"]);
      expect(JSON.stringify(result)).not.toContain("hunter2");
      expect(JSON.stringify(result)).not.toContain("FailingStore");
      // The operator still learns what happened.
      expect(failing.logged).toContain(thrown);
    } finally {
      await failing.stop();
    }
  });

  it("are masked at the root too (search is non-null, so the whole answer is null)", async () => {
    const failing = await failingApi("search", new TypeError(SECRET));
    try {
      const result = await failing.run(
        '{ search(text: "japan") { score } tokyo: node(id: "tokyo") { id } }',
      );
      const error = onlyError(result);
      expect(error).toMatchObject({
        message: "Internal server error",
        path: ["search"],
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      });
      expect(result.data).toBeNull();
      expect(JSON.stringify(result)).not.toContain("hunter2");
    } finally {
      await failing.stop();
    }
  });

  it("keep the code and message of the project's own typed errors", async () => {
    const failing = await failingApi(
      "listNodes",
      new EntenteError("STORE_UNAVAILABLE", "the graph database is not reachable"),
    );
    try {
      const error = onlyError(
        await failing.run("{ actors { totalCount edges { node { aliases } } } }"),
      );
      expect(error.message).toBe("the graph database is not reachable");
      expect(error.extensions?.code).toBe("STORE_UNAVAILABLE");
      expect(failing.logged).toEqual([]);
    } finally {
      await failing.stop();
    }
  });
});
