/**
 * Property: whatever a client puts in the arguments — malformed ids and dates
 * (2024-13-40, "June"), unknown enum values, negative, fractional or huge numbers,
 * very long strings, any Unicode (lone surrogates, control characters, bidi marks),
 * Cypher and regex metacharacters, values of the wrong type, values nested thousands
 * deep, "Did you mean" repeated to the body limit, operation names of 90 kB — the
 * server answers with a well-formed GraphQL response: never a 5xx, never
 * INTERNAL_SERVER_ERROR, every error with a message and a code, never a stack trace,
 * never a message longer than MAX_MESSAGE_LENGTH. fast-check generates the inputs for
 * every root field, both as variables and written into the query.
 *
 * A second property, on the Neo4j adapter, checks that no text a client sends ever
 * becomes part of a Cypher statement: every statement run is one of the constants in
 * cypher-statements.ts, and the client's text reaches Neo4j only as a parameter.
 */
import fc from "fast-check";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApolloServer } from "../../src/graphql/create-apollo-server.js";
import { executeQuery } from "../../src/graphql/execute-query.js";
import { MAX_MESSAGE_LENGTH } from "../../src/graphql/format-error.js";
import { readServerConfig } from "../../src/server/server-config.js";
import { type RunningServer, startServer } from "../../src/server/start-server.js";
import { ALL_STATEMENTS } from "../../src/store/neo4j/cypher-statements.js";
import { Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";

/** Inputs people and scripts really send by mistake or on purpose. */
const NASTY_STRINGS = [
  "",
  " ",
  "\u0000",
  "\u0007\u001b[31m",
  "\ud800",
  "\udfff\ud800",
  "\u202eevil",
  "\ufeff",
  "e\u0301",
  "🇪🇺🇯🇵",
  "2024-13-40",
  "2024-02-30",
  "June",
  "2024-06",
  "0000-00-00",
  "9999-12-31",
  "2024-04-30T00:00:00Z",
  "24-06-2024",
  "' OR 1=1 --",
  '") RETURN n //',
  "MATCH (n) DETACH DELETE n",
  "`id`}) CALL dbms.shutdown() //",
  "$text",
  "{{text}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection attempt, sent as text
  "${process.exit()}",
  ".*",
  "(a+)+$",
  "[",
  "\\",
  "^$|*+?{}()[]",
  "%00",
  "<script>alert(1)</script>",
  "__proto__",
  "constructor",
  "x".repeat(200),
  "x".repeat(201),
  "ab".repeat(5_000),
  "offset:-1",
  Buffer.from("offset:99999999999999999999").toString("base64url"),
  Buffer.from("offset:1.5").toString("base64url"),
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 150, maxLength: 400 }) },
  { weight: 1, arbitrary: fc.constantFrom("japan", "g7", "EU AI Office", "chips", "oecd") },
);

const NASTY_NUMBERS = [0, -1, 1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e308, 0.5, -0.0];
const number = fc.oneof(
  fc.constantFrom(...NASTY_NUMBERS),
  fc.integer(),
  fc.integer({ min: -5, max: 120 }),
  fc.double({ noNaN: true }),
);

const ENUM_LIKE = [
  "ACTOR",
  "Actor",
  "PART_OF",
  "SUMMIT",
  "COUNTRY",
  "DATE",
  "DESC",
  "gexf",
  "BOTH",
];
const enumValue = fc.oneof(fc.constantFrom(...ENUM_LIKE), text);

/** Text made to trip a suggestion remover: "Did you mean " repeated up to the body limit. */
const suggestionText = fc
  .tuple(
    // Mostly short, often at the body limit, where a quadratic scan freezes the server.
    fc.oneof(fc.integer({ min: 1, max: 100 }), fc.constant(7_000)),
    fc.constantFrom("", "?", ' "x"?', " the enum value", "\\"),
  )
  .map(([times, tail]) => `${"Did you mean ".repeat(times)}${tail}`);

/**
 * A list or object nested `depth` deep around `leaf`, kept as a description: a value that
 * deep would overflow the stack of the test's own JSON.stringify (and of fast-check's
 * reporting), which is the point of sending it. `send` and `literal` write its text.
 */
class Nested {
  constructor(
    readonly depth: number,
    readonly asObjects: boolean,
    readonly leaf: string,
  ) {}

  /** The value's text around `leaf`, with `key` as the objects' one key (quoted in JSON, bare in GraphQL). */
  text(leaf: string, key = '"x"'): string {
    const [open, close] = this.asObjects ? [`{${key}: `, "}"] : ["[", "]"];
    return `${open.repeat(this.depth)}${leaf}${close.repeat(this.depth)}`;
  }

  [fc.toStringMethod](): string {
    return `Nested(${this.depth}, ${this.asObjects ? "objects" : "lists"})`;
  }
}

/** Lists and objects nested up to 6,000 deep, past where recursive routines overflow. */
const deeplyNested = fc
  .tuple(fc.integer({ min: 1, max: 6_000 }), fc.boolean(), text)
  .map(([depth, asObjects, leaf]) => new Nested(depth, asObjects, leaf));

/** The request body as JSON, with each Nested value written out without recursion. */
function bodyOf(input: Case): string {
  const nested: Nested[] = [];
  const marker = (index: number) => `\u0000nested:${index}\u0000`;
  const json = JSON.stringify(input, (_key, value: unknown) => {
    if (!(value instanceof Nested)) return value;
    nested.push(value);
    return marker(nested.length - 1);
  });
  return nested.reduce(
    (body, value, index) =>
      body.replace(JSON.stringify(marker(index)), value.text(JSON.stringify(value.leaf))),
    json,
  );
}

/** Any JSON value, weighted towards the types arguments take, so coercion is exercised too. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 3, arbitrary: number },
  { weight: 2, arbitrary: fc.array(fc.oneof(text, enumValue), { maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, {}, [], [null]) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), text, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.array(text, { minLength: 90, maxLength: 130 }) },
  { weight: 1, arbitrary: suggestionText },
  { weight: 1, arbitrary: deeplyNested },
);

interface Case {
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly operationName?: string;
}

/** One operation per root field, its arguments all variables, each variable any value. */
const OPERATIONS: readonly [string, readonly string[]][] = [
  ["query($id: ID!) { node(id: $id) { id name } }", ["id"]],
  ["query($ids: [ID!]!) { nodes(ids: $ids) { id } }", ["ids"]],
  [
    `query($text: String!, $first: Int, $categories: [NodeCategory!], $kinds: [NodeKind!]) {
      search(text: $text, first: $first, categories: $categories, kinds: $kinds) { score matched node { id } } }`,
    ["text", "first", "categories", "kinds"],
  ],
  [
    `query($kinds: [ActorKind!], $s: String, $asOf: String, $first: Int, $after: String, $field: SortField) {
      actors(filter: { kinds: $kinds, memberOf: $s, partOf: $s, asOf: $asOf }, first: $first, after: $after,
        sort: { field: $field }) { totalCount edges { cursor node { id } } } }`,
    ["kinds", "s", "asOf", "first", "after", "field"],
  ],
  [
    `query($topic: String, $hops: Int, $from: String, $to: String, $statuses: [Status!], $party: String) {
      agreements(filter: { involvesTopic: $topic, maxHops: $hops, date: { from: $from, to: $to },
        statuses: $statuses, party: $party, topic: $topic }) { totalCount edges { node { id } why { summary } } } }`,
    ["topic", "hops", "from", "to", "statuses", "party"],
  ],
  [
    `query($from: String, $to: String, $p: String, $place: String, $prospective: Boolean) {
      events(filter: { date: { from: $from, to: $to }, participant: $p, place: $place, prospective: $prospective }) {
        totalCount edges { node { id } } } }`,
    ["from", "to", "p", "place", "prospective"],
  ],
  [
    `query($types: [RelationshipType!], $from: String, $asOf: String, $first: Int, $after: String) {
      relationships(filter: { types: $types, date: { from: $from }, asOf: $asOf }, first: $first, after: $after) {
        totalCount edges { node { id } } } }`,
    ["types", "from", "asOf", "first", "after"],
  ],
  [
    `query($a: String!, $b: String!, $hops: Int, $first: Int, $asOf: String, $types: [RelationshipType!]) {
      paths(from: $a, to: $b, maxHops: $hops, first: $first, asOf: $asOf, relationshipTypes: $types) { length summary } }`,
    ["a", "b", "hops", "first", "asOf", "types"],
  ],
  [
    `query($ids: [String!]!, $depth: Int, $limit: Int, $fanOut: Int, $asOf: String, $from: String) {
      neighbourhood(ids: $ids, depth: $depth, limit: $limit, fanOut: $fanOut, asOf: $asOf, during: { from: $from }) {
        nodes { id } edges { id } truncated } }`,
    ["ids", "depth", "limit", "fanOut", "asOf", "from"],
  ],
  [
    `query($around: [String!]!, $format: ExportFormat!, $depth: Int) {
      subgraph(around: $around, format: $format, depth: $depth) { mimeType extension } }`,
    ["around", "format", "depth"],
  ],
  [
    `query($from: String, $to: String, $actor: String, $topic: String, $first: Int, $after: String) {
      timeline(from: $from, to: $to, actor: $actor, topic: $topic, first: $first, after: $after) {
        totalCount edges { node { summary } } } }`,
    ["from", "to", "actor", "topic", "first", "after"],
  ],
  [
    "query($g: GroupBy!, $asOf: String) { counts(groupBy: $g, asOf: $asOf) { key count } }",
    ["g", "asOf"],
  ],
  [
    "query($first: Int, $d: Direction) { mostConnected(first: $first, direction: $d) { degree } }",
    ["first", "d"],
  ],
  [
    `query($id: ID!, $first: Int, $asOf: String, $types: [RelationshipType!]) {
      node(id: $id) { id links(first: $first, asOf: $asOf, types: $types) { direction node { id } }
        ... on Actor { agreements(first: $first, asOf: $asOf) { id } } } }`,
    ["id", "first", "asOf", "types"],
  ],
];

const asVariables: fc.Arbitrary<Case> = fc.constantFrom(...OPERATIONS).chain(([query, names]) =>
  fc
    .record(Object.fromEntries(names.map((name) => [name, anyValue])), {
      requiredKeys: [],
    })
    .map((variables) => ({ query, variables })),
);

/** GraphQL text for a value, written into the query itself. */
function literal(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value instanceof Nested) return value.text(JSON.stringify(value.leaf), "x");
  if (value === null || typeof value === "boolean") return String(value);
  return "{}";
}

const LITERAL_TEMPLATES: readonly ((v: unknown, n: unknown) => string)[] = [
  (v) => `{ node(id: ${literal(v)}) { id } }`,
  (v, n) => `{ search(text: ${literal(v)}, first: ${literal(n)}) { score } }`,
  (v) => `{ events(filter: { date: { from: ${literal(v)} } }) { totalCount } }`,
  (v, n) =>
    `{ agreements(filter: { involvesTopic: ${literal(v)}, maxHops: ${literal(n)} }) { totalCount } }`,
  (v, n) => `{ neighbourhood(ids: [${literal(v)}], depth: ${literal(n)}) { truncated } }`,
  (v) =>
    `{ actors(filter: { kinds: [${typeof v === "string" ? v.replace(/[^A-Za-z_]/g, "") || "X" : "X"}] }) { totalCount } }`,
  (v, n) => `{ relationships(first: ${literal(n)}, after: ${literal(v)}) { totalCount } }`,
  (v) => `{ paths(from: ${literal(v)}, to: "oecd") { length } }`,
  (v) => `{ timeline(from: ${literal(v)}) { totalCount } }`,
];

const asLiterals: fc.Arbitrary<Case> = fc
  .tuple(
    fc.constantFrom(...LITERAL_TEMPLATES),
    fc.oneof({ weight: 5, arbitrary: anyValue }, { weight: 1, arbitrary: suggestionText }),
    fc.oneof(number, anyValue),
  )
  .map(([template, value, other]) => ({ query: template(value, other), variables: {} }));

/** Any of the operations above, named by a long or hostile operation name. */
const operationNames: fc.Arbitrary<Case> = fc
  .tuple(
    asVariables,
    fc.oneof(
      suggestionText,
      fc
        .tuple(fc.string({ minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 4_000 }))
        .map(([piece, times]) => piece.repeat(times)),
      fc.constantFrom("", "__proto__", "a".repeat(90_000)),
    ),
  )
  .map(([input, operationName]) => ({ ...input, operationName }));

interface GraphQLBody {
  data?: unknown;
  errors?: { message?: unknown; extensions?: { code?: unknown; stacktrace?: unknown } }[];
}

/** The response is a well-formed GraphQL answer to a client mistake or a correct result. */
function checkAnswer(status: number, contentType: string | null, text: string): void {
  expect(status, text).toBeLessThan(500);
  expect(contentType).toMatch(/^application\/(graphql-response\+)?json/);
  const body = JSON.parse(text) as GraphQLBody;
  expect(body.data !== undefined || body.errors !== undefined, text).toBe(true);
  for (const error of body.errors ?? []) {
    expect(typeof error.message, text).toBe("string");
    expect(typeof error.extensions?.code, text).toBe("string");
    expect(error.extensions?.code, text).not.toBe("INTERNAL_SERVER_ERROR");
    expect(error.extensions?.stacktrace).toBeUndefined();
    expect((error.message as string).length, text.slice(0, 2_000)).toBeLessThanOrEqual(
      MAX_MESSAGE_LENGTH + 1,
    );
  }
  if (body.errors === undefined) expect(status).toBe(200);
}

describe("arguments generated from the schema, sent over HTTP", () => {
  let server: RunningServer;
  const logged: unknown[] = [];
  const originalError = console.error;
  beforeAll(async () => {
    // Anything masked as an internal error would be logged here; none may be.
    console.error = (...args: unknown[]) => logged.push(args);
    server = await startServer({ ...readServerConfig({}), port: 0, host: "127.0.0.1" }, () => {});
  });
  afterAll(async () => {
    console.error = originalError;
    await server.stop();
  });

  const send = async (input: Case) => {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: bodyOf(input),
      signal: AbortSignal.timeout(10_000),
    });
    checkAnswer(response.status, response.headers.get("content-type"), await response.text());
  };

  it("as variables: never a 5xx, never an internal error, always well-formed", async () => {
    await fc.assert(fc.asyncProperty(asVariables, send), { numRuns: 600, seed: 20240430 });
    await fc.assert(fc.asyncProperty(asVariables, send), { numRuns: 200 });
    expect(logged).toEqual([]);
  }, 120_000);

  it("written into the query text: never a 5xx, never an internal error, always well-formed", async () => {
    await fc.assert(fc.asyncProperty(asLiterals, send), { numRuns: 400, seed: 20240430 });
    await fc.assert(fc.asyncProperty(asLiterals, send), { numRuns: 100 });
    expect(logged).toEqual([]);
  }, 120_000);

  it("with hostile operation names: never a 5xx, never an internal error, always well-formed", async () => {
    await fc.assert(fc.asyncProperty(operationNames, send), { numRuns: 100, seed: 20240430 });
    expect(logged).toEqual([]);
  }, 120_000);

  it("includes the classic cases, each a client error or an empty result", async () => {
    for (const input of [
      { query: '{ events(filter: { date: { from: "2024-13-40" } }) { totalCount } }' },
      { query: '{ events(filter: { date: { from: "June" } }) { totalCount } }' },
      { query: "{ actors(filter: { kinds: [PLANET] }) { totalCount } }" },
      { query: "{ actors(first: -1) { totalCount } }" },
      { query: "{ actors(first: 99999999999) { totalCount } }" },
      { query: '{ node(id: "\\u0000\\u202e../../etc/passwd") { id } }' },
      { query: '{ search(text: "MATCH (n) DETACH DELETE n") { score } }' },
      { query: '{ search(text: "(a+)+$") { score } }' },
      { query: "mutation { x }" },
      { query: "subscription { x }" },
      {
        query: "query($a: ID!) { node(id: $a) { id } }",
        variables: { a: { x: "Did you mean ".repeat(7_600) } },
      },
      { query: "{ __typename }", operationName: "Did you mean ".repeat(7_000) },
    ]) {
      await send({ variables: {}, ...input });
    }
  });
});

describe("client text never becomes Cypher", () => {
  // A list's or a where tree's statement follows the call's shape only: the same text
  // whatever the values, so the statement of the same shape with other values is the one
  // allowed (recorded below from each operation with a plain value).
  const STATEMENTS = new Set(ALL_STATEMENTS.map((statement) => statement.text));
  const ran: { text: string; parameters: Record<string, unknown> }[] = [];
  let total = 0;
  /** Just enough of the driver for the adapter to run its statements; records each one. */
  const recordingDriver = {
    session: () => ({
      run: async (text: string, parameters: Record<string, unknown>) => {
        ran.push({ text, parameters });
        total++;
        return { records: [] };
      },
      close: async () => {},
    }),
    close: async () => {},
  } as unknown as Driver;
  const store = new Neo4jStore(recordingDriver, { transactionTimeoutMs: 1_000 });
  const api = createApolloServer(store, { logError: () => {} });
  beforeAll(() => api.start());
  afterAll(() => api.stop());

  it("runs only the statement constants, with the client's text as a parameter", async () => {
    const templates = [
      (t: string) => `{ search(text: ${JSON.stringify(t)}) { score } }`,
      (t: string) => `{ node(id: ${JSON.stringify(t)}) { id } }`,
      (t: string) => `{ agreements(filter: { party: ${JSON.stringify(t)} }) { totalCount } }`,
      (t: string) =>
        `{ agreements(filter: { involvesTopic: ${JSON.stringify(t)} }) { totalCount } }`,
      (t: string) => `{ paths(from: ${JSON.stringify(t)}, to: ${JSON.stringify(t)}) { length } }`,
      (t: string) => `{ timeline(actor: ${JSON.stringify(t)}) { totalCount } }`,
      (t: string) =>
        `{ agreements(where: { name: { contains: ${JSON.stringify(t)} } }) { totalCount } }`,
      (t: string) =>
        `{ actors(where: { OR: [{ name: { eq: ${JSON.stringify(t)} } }, { id: { in: [${JSON.stringify(t)}] } }] }) { totalCount } }`,
    ];
    const operations = fc.tuple(
      fc.constantFrom(...templates),
      fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 80 })),
    );
    for (const template of templates) await executeQuery(api, store, template("plain"));
    for (const statement of ran) STATEMENTS.add(statement.text);
    await fc.assert(
      fc.asyncProperty(operations, async ([template, input]) => {
        ran.length = 0;
        const result = await executeQuery(api, store, template(input));
        for (const error of result.errors ?? []) {
          expect(error.extensions?.code, JSON.stringify(error)).not.toBe("INTERNAL_SERVER_ERROR");
        }
        for (const statement of ran) {
          expect(STATEMENTS.has(statement.text), statement.text).toBe(true);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
    // The recording saw real statements: the property did not pass vacuously.
    expect(total).toBeGreaterThan(100);
  });
});
