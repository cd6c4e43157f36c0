/**
 * Client mistakes over HTTP, against a server on 127.0.0.1 that the test started:
 * each is a 4xx or a GraphQL error with its own code, never INTERNAL_SERVER_ERROR or a
 * 500, nothing is logged as a server failure, and every JSON answer says
 * `x-content-type-options: nosniff`. A request that makes many store calls at once
 * writes no MaxListenersExceededWarning.
 */
import { createHash } from "node:crypto";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readServerConfig } from "../../src/server/server-config.js";
import { type RunningServer, startServer } from "../../src/server/start-server.js";

let server: RunningServer;
let base: string;
const logged: unknown[] = [];
const warnings: Error[] = [];
const originalError = console.error;
const onWarning = (warning: Error) => warnings.push(warning);

beforeAll(async () => {
  // Anything answered as an internal error is logged through console.error; nothing may be.
  console.error = (...args: unknown[]) => logged.push(args);
  process.on("warning", onWarning);
  server = await startServer({ ...readServerConfig({}), port: 0, host: "127.0.0.1" }, () => {});
  base = server.url.replace(/\/graphql$/, "");
});
afterAll(async () => {
  console.error = originalError;
  process.off("warning", onWarning);
  await server.stop();
});

interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

async function post(body: unknown): Promise<Answer> {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Answer["body"],
  };
}

/** Sends `requestLine` and headers as they are, which fetch would refuse to, and returns the raw answer. */
function raw(requestLine: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(base).port), "127.0.0.1");
    let received = "";
    socket.on("data", (chunk: Buffer) => {
      received += chunk.toString("utf8");
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(received));
    socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  });
}

describe("client mistakes over HTTP", () => {
  it("answers a request target that is not a URL with 400, and goes on serving", async () => {
    const answer = await raw("GET //[ HTTP/1.1");
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer.toLowerCase()).toContain("x-content-type-options: nosniff");
    expect(answer).toContain('"code":"BAD_REQUEST"');
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
  });

  it.each([
    ["mutation { x }", "mutations"],
    ["subscription { x }", "subscriptions"],
  ])("answers %j with 400 OPERATION_NOT_SUPPORTED", async (query, kind) => {
    const answer = await post({ query });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      {
        message: `this API is read-only: it answers queries, not ${kind}`,
        extensions: { code: "OPERATION_NOT_SUPPORTED" },
      },
    ]);
  });

  it("answers persisted-query mistakes with their own PERSISTED_QUERY_* codes", async () => {
    const query = '{ node(id: "g7") { name } }';
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const wrongHash = await post({
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
    });
    expect(wrongHash.status).toBe(400);
    expect(wrongHash.body.errors?.[0]?.extensions).toEqual({
      code: "PERSISTED_QUERY_HASH_MISMATCH",
    });
    const wrongVersion = await post({
      query,
      extensions: { persistedQuery: { version: 2, sha256Hash } },
    });
    expect(wrongVersion.status).toBe(400);
    expect(wrongVersion.body.errors?.[0]?.extensions).toEqual({
      code: "PERSISTED_QUERY_VERSION_NOT_SUPPORTED",
    });
    const unknown = await post({
      extensions: { persistedQuery: { version: 1, sha256Hash: "f".repeat(64) } },
    });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    // Registered with its query, then sent by hash alone.
    const registered = await post({
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash } },
    });
    expect(registered.body.data).toEqual({ node: { name: "Group of Seven" } });
    const byHash = await post({ extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(byHash.body.data).toEqual({ node: { name: "Group of Seven" } });
  });

  it("answers variables nested 4,200 deep with 400 BAD_USER_INPUT naming the variable", async () => {
    const body = `{"query":"query($a: ID!) { node(id: $a) { id } }","variables":{"a":${"[".repeat(4_200)}${"]".repeat(4_200)}}}`;
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as Answer["body"];
    expect(answer.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "$a" });
  });

  it("refuses an export start longer than 200 characters, naming `around`", async () => {
    const response = await fetch(`${base}/export/gexf?around=${"x".repeat(201)}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await response.json()).toEqual({
      error: "around: must be at most 200 characters each, got 201",
      parameter: "around",
    });
  });

  it("quotes 80 characters of an unknown export parameter's name", async () => {
    const response = await fetch(`${base}/export/gexf?around=g7&${"p".repeat(5_000)}=1`);
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: string; parameter: string };
    expect(answer.parameter).toBe(`${"p".repeat(80)}…`);
    expect(answer.error.length).toBeLessThan(200);
  });

  it("says nosniff on every JSON answer: GraphQL, errors, probes, the endpoint list, 404 and 413", async () => {
    const answers = [
      await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      }),
      await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{",
      }),
      await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "x".repeat(200_000),
      }),
      await fetch(`${base}/healthz`),
      await fetch(`${base}/readyz`),
      await fetch(`${base}/`, { headers: { accept: "application/json" } }),
      await fetch(`${base}/no-such-path`),
      await fetch(`${base}/export/gexf`),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([
      200, 400, 413, 200, 200, 200, 404, 400,
    ]);
    for (const answer of answers) {
      expect(answer.headers.get("content-type"), answer.url).toMatch(/json/);
      expect(answer.headers.get("x-content-type-options"), answer.url).toBe("nosniff");
    }
  });

  it("writes no MaxListenersExceededWarning for a request with 15 root store calls at once", async () => {
    const fields = Array.from(
      { length: 15 },
      // Fifteen distinct filters (names must name something, so days stand in for them).
      (_, i) =>
        `e${i}: events(filter: { asOf: "2024-01-${String(i + 1).padStart(2, "0")}" }, first: 0) { totalCount }`,
    );
    const answer = await post({ query: `{ ${fields.join(" ")} }` });
    expect(answer.body.errors).toBeUndefined();
    // Node emits the warning on a later turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.map((warning) => warning.name)).not.toContain("MaxListenersExceededWarning");
  });

  it("logged nothing as an internal error", () => {
    expect(logged).toEqual([]);
  });
});
