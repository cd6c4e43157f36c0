/**
 * What one hostile client can send, in-process: text made to trip the suggestion
 * remover, values of any length quoted back, variables nested thousands deep,
 * operations the API does not run, and floods of distinct filters and variables
 * aimed at the caches. Each answer is a client error with a specific code, its
 * message quotes at most 80 characters of the client's value, and every cache stays
 * within its bound in bytes, counted here from what the cache holds.
 */
import { getEventListeners } from "node:events";
import { buildASTSchema, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Deadline } from "../../src/domain/deadline.js";
import { MAX_QUOTED_LENGTH, MAX_VARIABLE_NESTING } from "../../src/domain/limits.js";
import { clip, quoteValue } from "../../src/domain/quote-value.js";
import { tooDeeplyNested } from "../../src/graphql/check-variable-nesting.js";
import { CostCache } from "../../src/graphql/cost-cache.js";
import { withoutSuggestions } from "../../src/graphql/format-error.js";
import { loadTypeDefs } from "../../src/graphql/load-type-defs.js";
import { createRequestContext } from "../../src/graphql/request-context.js";
import { shortenQuotedValues } from "../../src/graphql/shorten-quoted-values.js";
import { MemoryStore } from "../../src/store/memory/memory-store.js";
import { seedApi } from "../support/seed-api.js";

type Api = Awaited<ReturnType<typeof seedApi>>;
let api: Api;
beforeAll(async () => {
  api = await seedApi();
});
afterAll(() => api.stop());

/** Runs a request with an operation name, as Apollo's executeOperation does over HTTP. */
async function operation(query: string, operationName?: string) {
  const response = await api.server.executeOperation(
    { query, operationName },
    { contextValue: createRequestContext(api.store) },
  );
  if (response.body.kind !== "single") throw new Error("single result expected");
  return { status: response.http.status, result: response.body.singleResult };
}

/** A message may quote 80 characters of a value, and say a few dozen words around it. */
const SHORT_MESSAGE = 400;

describe("GraphQL's suggestions are removed; the client's text is left alone", () => {
  it.each([
    [
      'Cannot query field "nam" on type "Node". Did you mean "name"?',
      'Cannot query field "nam" on type "Node".',
    ],
    [
      'Unknown argument "idd" on field "Query.node". Did you mean "id" or "ids"?',
      'Unknown argument "idd" on field "Query.node".',
    ],
    ['Unknown type "Actr". Did you mean "Actor", "Agent", or "Action"?', 'Unknown type "Actr".'],
    [
      'Value "COUNTRYY" does not exist in "ActorKind" enum. Did you mean the enum value "COUNTRY"?',
      'Value "COUNTRYY" does not exist in "ActorKind" enum.',
    ],
    [
      'Cannot query field "kind" on type "Node". Did you mean to use an inline fragment on "Actor" or "Event"?',
      'Cannot query field "kind" on type "Node".',
    ],
    [
      'Field "partOf" of type "[Actor!]!" must have a selection of subfields. Did you mean "partOf { ... }"?',
      'Field "partOf" of type "[Actor!]!" must have a selection of subfields.',
    ],
    // The client's own words, which graphql-js never follows with a suggestion of its own.
    [
      'Int cannot represent non-integer value: "Did you mean this?"',
      'Int cannot represent non-integer value: "Did you mean this?"',
    ],
    [
      'Unknown operation named " Did you mean "x"?".',
      'Unknown operation named " Did you mean "x"?".',
    ],
  ])("%s", (message, kept) => {
    expect(withoutSuggestions(message)).toBe(kept);
  });

  it("gives back a body-sized value of repeated suggestion text unchanged, and strips only the real suggestion", () => {
    // Linear: a quadratic scan of this held the server for seconds (the guard against a
    // return of that is the test of the built server in test/cli/serve-process.test.ts).
    const hostile = `Variable "$a" got invalid value { x: "${"Did you mean ".repeat(7_600)}" }`;
    expect(withoutSuggestions(hostile)).toBe(hostile);
    const unclosed = ` Did you mean "${"a".repeat(100_000)}`;
    expect(withoutSuggestions(unclosed)).toBe(unclosed);
    const ending = `${"Did you mean ".repeat(7_600)}x. Did you mean "y"?`;
    expect(withoutSuggestions(ending)).toBe(`${"Did you mean ".repeat(7_600)}x.`);
  });
});

describe("messages quote at most 80 characters of a client's value", () => {
  it("cuts every long quoted value and every long unquoted word, and nothing else", () => {
    const long = "Did you mean ".repeat(400_000);
    const message = `Variable "$a" got invalid value { x: "${long}" }; ID cannot represent value: ${"9".repeat(100_000)}`;
    expect(shortenQuotedValues(message)).toBe(
      `Variable "$a" got invalid value { x: "${long.slice(0, MAX_QUOTED_LENGTH)}…" }; ID cannot represent value: ${"9".repeat(MAX_QUOTED_LENGTH)}…`,
    );
    const short = 'Unknown argument "idd" on field "Query.node".';
    expect(shortenQuotedValues(short)).toBe(short);
  });

  it("stays linear and well formed on escapes, unclosed quotes and quotes within quotes", () => {
    const escaped = `"${'\\"'.repeat(1_000_000)}`;
    const cut = shortenQuotedValues(escaped);
    expect(cut.length).toBeLessThanOrEqual(MAX_QUOTED_LENGTH + 2);
    expect(cut.endsWith("…")).toBe(true);
    expect(shortenQuotedValues(`x "${"q".repeat(500)}`)).toBe(`x "${"q".repeat(80)}…`);
    expect(shortenQuotedValues(`"${"a".repeat(100)}\\`)).toBe(`"${"a".repeat(80)}…`);
  });

  it("never cuts a character in half or leaves an escape open", () => {
    expect(clip(`${"a".repeat(79)}😀😀`)).toBe(`${"a".repeat(79)}…`);
    expect(clip(`${"a".repeat(79)}\\n${"b".repeat(10)}`)).toBe(`${"a".repeat(79)}…`);
    expect(quoteValue("é".repeat(200))).toBe(`"${"é".repeat(80)}…"`);
    expect(quoteValue('a"b')).toBe('"a\\"b"');
  });
});

describe("hostile requests answered as client errors", () => {
  const nested = (depth: number): unknown => {
    let value: unknown = "x";
    for (let level = 0; level < depth; level++) value = [value];
    return value;
  };

  it("refuses a variable nested thousands deep, naming it, before anything stringifies it", async () => {
    const result = await api.run("query($a: ID!) { node(id: $a) { id } }", { a: nested(4_200) });
    expect(result.errors).toEqual([
      {
        message: `$a: nests objects and lists deeper than ${MAX_VARIABLE_NESTING} levels`,
        extensions: { code: "BAD_USER_INPUT", argument: "$a" },
      },
    ]);
    // At the limit it is the type that is wrong, as graphql-js says.
    const atLimit = await api.run("query($a: ID!) { node(id: $a) { id } }", {
      a: nested(MAX_VARIABLE_NESTING),
    });
    expect(atLimit.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(atLimit.errors?.[0]?.message).toMatch(/^Variable "\$a" got invalid value/);
  });

  it("measures nesting without recursion, objects and lists alike", () => {
    expect(tooDeeplyNested({ ok: { a: [{ b: "x" }] } }, 3)).toBeUndefined();
    expect(tooDeeplyNested({ ok: 1, deep: { a: [{ b: ["x"] }] } }, 3)).toBe("deep");
    expect(tooDeeplyNested({ deep: nested(1_000_000) }, MAX_VARIABLE_NESTING)).toBe("deep");
  });

  it.each([
    ["mutation { x }", "mutations"],
    ["subscription { x }", "subscriptions"],
    ['mutation M { x } query Q { node(id: "g7") { id } }', "mutations"],
  ])("answers %j with OPERATION_NOT_SUPPORTED", async (query, kind) => {
    const { status, result } = await operation(query, query.includes("query Q") ? "M" : undefined);
    expect(status).toBe(400);
    expect(result.errors).toEqual([
      {
        message: `this API is read-only: it answers queries, not ${kind}`,
        extensions: { code: "OPERATION_NOT_SUPPORTED" },
      },
    ]);
  });

  it("still runs the query of a document that also holds a mutation", async () => {
    const { result } = await operation('mutation M { x } query Q { node(id: "g7") { id } }', "Q");
    expect(result.data).toEqual({ node: { id: "g7" } });
  });

  it("quotes 80 characters of a 100 kB value of repeated suggestion text", async () => {
    const result = await api.run("query($a: ID!) { node(id: $a) { id } }", {
      a: { x: "Did you mean ".repeat(7_600) },
    });
    const [error] = result.errors ?? [];
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.message.length).toBeLessThan(SHORT_MESSAGE);
    expect(error?.message).toContain(`{ x: "${"Did you mean ".repeat(7).slice(0, 80)}…" }`);
  });

  it("quotes 80 characters of a 90 kB operation name", async () => {
    const name = "Did you mean ".repeat(7_000);
    const { result } = await operation("{ __typename }", name);
    expect(result.errors).toEqual([
      {
        message: `Unknown operation named "${name.slice(0, 80)}…".`,
        extensions: { code: "OPERATION_RESOLUTION_FAILURE" },
      },
    ]);
  });

  it("quotes 80 characters of a 90 kB literal of the wrong type", async () => {
    const text = "Did you mean ".repeat(7_000);
    const result = await api.run(`{ search(text: "x", first: "${text}") { score } }`);
    expect(result.errors).toEqual([
      {
        message: `Int cannot represent non-integer value: "${text.slice(0, 80)}…"`,
        locations: [{ line: 1, column: 28 }],
        extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
      },
    ]);
  });
});

describe("caches keyed by what clients send are bounded in bytes", () => {
  /** Bytes held as the test counts them, from the entries themselves: two per key character, 48 per node listed. */
  const footprint = (contents: { keyCharacters: number; nodes: number }) =>
    2 * contents.keyCharacters + 48 * contents.nodes;

  it("the memory store's filtered lists: thousands of distinct 190-character filters stay within the bound", async () => {
    const bound = 256 * 1024;
    const store = new MemoryStore(api.dataset, { filterCacheBytes: bound });
    for (let i = 0; i < 3_000; i++) {
      const text = `${"会議".repeat(90)}${String(i).padStart(10, "0")}`;
      await store.listNodes({
        filter: {
          categories: ["Event"],
          relatedTo: [{ types: ["CONVENED_UNDER"], direction: "OUT", nodes: [text] }],
        },
        sort: { field: "NAME", descending: false },
        offset: 0,
        limit: 0,
      });
    }
    const held = store.cacheContents();
    expect(held.entries).toBeGreaterThan(100);
    expect(footprint(held)).toBeLessThanOrEqual(bound);
  });

  it("the memory store's filtered lists: keeps answering correctly, from the cache or not", async () => {
    const store = new MemoryStore(api.dataset, { filterCacheBytes: 4 * 1024 });
    const query = {
      filter: {
        categories: ["Agreement" as const],
        relatedTo: [{ types: ["PARTY_TO" as const], direction: "IN" as const, nodes: ["japan"] }],
      },
      sort: { field: "NAME" as const, descending: false },
      offset: 0,
      limit: 100,
    };
    const first = await store.listNodes(query);
    expect(first.totalCount).toBeGreaterThan(0);
    for (let i = 0; i < 200; i++) {
      await store.listNodes({ ...query, filter: { ...query.filter, coversTopic: `t${i}` } });
    }
    expect(await store.listNodes(query)).toEqual(first);
  });

  it("the memory store's sorted categories: the same categories in any order or repeated are one entry", async () => {
    const store = new MemoryStore(api.dataset);
    const sort = { field: "NAME" as const, descending: false };
    const page = (categories: ("Actor" | "Event")[]) =>
      store.listNodes({ filter: { categories }, sort, offset: 0, limit: 100 });
    const once = await page(["Actor", "Event"]);
    expect(await page(["Event", "Actor", "Actor", "Event"])).toEqual(once);
    expect(store.cacheContents().entries).toBe(1);
  });

  it("the cost estimates: thousands of documents and variables stay within the bound", () => {
    const bound = 64 * 1024;
    const costs = new CostCache(bound);
    const document = parse("query($t: String!) { search(text: $t) { score } }");
    const schema = buildASTSchema(loadTypeDefs());
    for (let i = 0; i < 5_000; i++) {
      costs.cost(
        schema,
        document,
        `hash-${i % 97}`,
        undefined,
        { t: `${"x".repeat(150)}${i}` },
        1e5,
      );
    }
    const keyCharacters = costs.keys().reduce((sum, key) => sum + key.length, 0);
    expect(costs.keys().length).toBeGreaterThan(50);
    expect(2 * keyCharacters).toBeLessThanOrEqual(bound);
  });
});

describe("a request's deadline", () => {
  it("listens to its signal once, however many store calls race it", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      const deadline = new Deadline(50);
      const never = new Promise<never>(() => {});
      const races = Array.from({ length: 50 }, () => deadline.race(never));
      expect(getEventListeners(deadline.signal, "abort")).toHaveLength(1);
      const outcomes = await Promise.allSettled(races);
      expect(outcomes.every((o) => o.status === "rejected")).toBe(true);
      expect(
        outcomes.map((o) => (o.status === "rejected" ? (o.reason as { code: string }).code : "")),
      ).toEqual(Array(50).fill("DEADLINE_EXCEEDED"));
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.map((w) => w.name)).not.toContain("MaxListenersExceededWarning");
      deadline.dispose();
    } finally {
      process.off("warning", onWarning);
    }
  });
});
