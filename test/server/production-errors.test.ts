/**
 * What a client of a production server (NODE_ENV=production) learns from its
 * mistakes: the error, never a stack trace and never GraphQL's "Did you mean …?"
 * suggestions, which spell out fields, types and enum values of the schema. Those
 * come back only with ENTENTE_SCHEMA_SUGGESTIONS=true. Introspection is on by
 * default (a read-only research API) and off with ENTENTE_INTROSPECTION=false.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readServerConfig } from "../../src/server/server-config.js";
import { type RunningServer, startServer } from "../../src/server/start-server.js";

async function serve(env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    return await startServer({ ...readServerConfig(env), port: 0, host: "127.0.0.1" }, () => {});
  } finally {
    process.env.NODE_ENV = previous;
  }
}

interface Answer {
  status: number;
  text: string;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

async function post(
  server: RunningServer,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Answer> {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as Answer["body"] };
}

/** Mistakes whose GraphQL error would carry a suggestion, with the part of the message that stays. */
const MISTAKES: [string, string, Record<string, unknown> | undefined, string, string][] = [
  [
    "an unknown field",
    '{ node(id: "japan") { nam } }',
    undefined,
    "GRAPHQL_VALIDATION_FAILED",
    'Cannot query field "nam" on type "Node".',
  ],
  [
    "an unknown argument",
    '{ node(idd: "japan") { id } }',
    undefined,
    "GRAPHQL_VALIDATION_FAILED",
    'Unknown argument "idd" on field "Query.node".',
  ],
  [
    "an unknown enum value in the query",
    "{ actors(filter: { kinds: [COUNTRYY] }) { totalCount } }",
    undefined,
    "GRAPHQL_VALIDATION_FAILED",
    'Value "COUNTRYY" does not exist in "ActorKind" enum.',
  ],
  [
    "an unknown type of a variable",
    "query($kinds: [ActorKnd!]) { actors(filter: { kinds: $kinds }) { totalCount } }",
    undefined,
    "GRAPHQL_VALIDATION_FAILED",
    'Unknown type "ActorKnd".',
  ],
  [
    "an unknown enum value in the variables",
    "query($kinds: [ActorKind!]) { actors(filter: { kinds: $kinds }) { totalCount } }",
    { kinds: ["COUNTRYY"] },
    "BAD_USER_INPUT",
    'Value "COUNTRYY" does not exist in "ActorKind" enum.',
  ],
];

describe("a production server's errors", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serve({});
  });
  afterAll(() => server.stop());

  it.each(MISTAKES)(
    "answer %s without a suggestion or a stack trace",
    async (_label, query, variables, code, kept) => {
      const answer = await post(server, query, variables);
      expect(answer.status).toBe(400);
      expect(answer.body.data).toBeUndefined();
      const [error] = answer.body.errors ?? [];
      expect(error?.extensions?.code).toBe(code);
      expect(error?.message).toContain(kept);
      expect(answer.text).not.toMatch(/did you mean/i);
      expect(answer.text).not.toMatch(/stacktrace|\bat .*\.js:\d+/);
    },
  );

  it("answer an argument the API refuses without a stack trace", async () => {
    const answer = await post(server, "{ actors(first: 1000) { totalCount } }");
    expect(answer.body.errors?.[0]?.extensions).toEqual({
      code: "BAD_USER_INPUT",
      argument: "first",
    });
    expect(answer.text).not.toMatch(/stacktrace|\bat .*\.js:\d+/);
  });

  it("allow introspection by default", async () => {
    const answer = await post(server, "{ __schema { queryType { name } } }");
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });
});

describe("settings", () => {
  it("ENTENTE_SCHEMA_SUGGESTIONS=true keeps the suggestions (so the default really removes them)", async () => {
    const server = await serve({ ENTENTE_SCHEMA_SUGGESTIONS: "true" });
    try {
      for (const [, query, variables] of MISTAKES) {
        const answer = await post(server, query, variables);
        expect(answer.body.errors?.[0]?.message, query).toMatch(/Did you mean/);
      }
    } finally {
      await server.stop();
    }
  });

  it("ENTENTE_INTROSPECTION=false refuses introspection before running it", async () => {
    const server = await serve({ ENTENTE_INTROSPECTION: "false" });
    try {
      const answer = await post(server, "{ __schema { queryType { name } } }");
      expect(answer.status).toBe(400);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(answer.body.errors?.[0]?.message).toMatch(/introspection/i);
      const ordinary = await post(server, '{ node(id: "g7") { name } }');
      expect(ordinary.body.data).toEqual({ node: { name: "Group of Seven" } });
    } finally {
      await server.stop();
    }
  });
});
