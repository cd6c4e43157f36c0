/**
 * The HTTP surface as a client sees it: probes, GraphQL over POST and GET, Apollo's CSRF
 * and batching refusals, the body limit, and graceful shutdown. Every request
 * goes to a server on 127.0.0.1 that the test started itself.
 */
import { once } from "node:events";
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createApolloServer } from "../../src/graphql/create-apollo-server.js";
import { DEFAULT_SEED_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import { createHttpHandler } from "../../src/server/create-http-handler.js";
import { readServerConfig, type ServerConfig } from "../../src/server/server-config.js";
import { type RunningServer, startServer } from "../../src/server/start-server.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { MemoryStore } from "../../src/store/memory/memory-store.js";

const MAX_BODY_BYTES = 2_000;

/** The configuration `entente serve` would read, on a free loopback port. */
function testConfig(env: NodeJS.ProcessEnv = {}): ServerConfig {
  return { ...readServerConfig(env), port: 0, host: "127.0.0.1" };
}

function portOf(server: Server): number {
  return (server.address() as AddressInfo).port;
}

/** Lets the event loop turn `count` times, so that I/O already under way is seen. */
async function turns(count: number): Promise<void> {
  for (let n = 0; n < count; n++) await new Promise((resolve) => setImmediate(resolve));
}

/** Whether a new connection to `port` on loopback is refused (its listener is closed). */
function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}

/** The GraphQL request body for `query`, as a JSON string. */
function graphqlBody(query: string, variables?: Record<string, unknown>): string {
  return JSON.stringify(variables ? { query, variables } : { query });
}

/**
 * A raw TCP connection, for what fetch hides: a request whose body arrives in
 * parts (so it is in flight for as long as the test likes) and whether the
 * server closed the connection. Every wait is on a socket event; a wait that
 * never ends fails at the test's timeout.
 */
class RawConnection {
  readonly socket: Socket;
  received = "";
  isClosed = false;
  readonly closed: Promise<void>;

  constructor(port: number) {
    this.socket = connect(port, "127.0.0.1");
    this.socket.on("data", (chunk: Buffer) => {
      this.received += chunk.toString("utf8");
    });
    this.socket.on("error", () => {});
    this.closed = new Promise((resolve) =>
      this.socket.once("close", () => {
        this.isClosed = true;
        resolve();
      }),
    );
  }

  async opened(): Promise<void> {
    if (!this.socket.connecting) return;
    await once(this.socket, "connect");
  }

  write(text: string): void {
    this.socket.write(text);
  }

  /** Waits until the received bytes contain `text`; fails if the connection closes first. */
  waitFor(text: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.received.includes(text)) {
          done();
          resolve();
        } else if (this.isClosed) {
          done();
          reject(new Error(`never received ${JSON.stringify(text)}; got ${this.received}`));
        }
      };
      const done = () => {
        this.socket.off("data", check);
        this.socket.off("close", check);
      };
      this.socket.on("data", check);
      this.socket.on("close", check);
      check();
    });
  }

  destroy(): void {
    this.socket.destroy();
  }
}

/** Headers of a POST /graphql whose body is `length` bytes long. */
function postHead(length: number): string {
  return [
    "POST /graphql HTTP/1.1",
    "Host: 127.0.0.1",
    "Content-Type: application/json",
    `Content-Length: ${length}`,
    "",
    "",
  ].join("\r\n");
}

const raws: RawConnection[] = [];
function rawConnection(port: number): RawConnection {
  const raw = new RawConnection(port);
  raws.push(raw);
  return raw;
}
function destroyRawConnections(): void {
  for (const raw of raws.splice(0)) raw.destroy();
}
afterEach(destroyRawConnections);

describe("a running server (startServer on a free loopback port)", () => {
  let server: RunningServer;
  let base: string;
  let expected: { version: string; nodeCount: number; edgeCount: number };

  beforeAll(async () => {
    server = await startServer(testConfig({ ENTENTE_MAX_BODY_BYTES: String(MAX_BODY_BYTES) }));
    base = `http://127.0.0.1:${portOf(server.http)}`;
    const dataset = await loadSeed({ seedDir: DEFAULT_SEED_DIR });
    expected = {
      version: dataset.version,
      nodeCount: dataset.nodes.length,
      edgeCount: dataset.edges.length,
    };
  });
  afterAll(async () => {
    await server?.stop();
  });

  const postGraphql = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
      signal: AbortSignal.timeout(5_000),
    });
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { headers, signal: AbortSignal.timeout(5_000) });

  it("reports the address it serves GraphQL at, with the port the OS chose", () => {
    expect(server.url).toBe(`http://127.0.0.1:${portOf(server.http)}/graphql`);
    expect(portOf(server.http)).toBeGreaterThan(0);
  });

  it("answers GET /healthz with 200 and status ok", async () => {
    const response = await get("/healthz");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers GET /readyz with 200, the dataset version and the node and relationship counts", async () => {
    const response = await get("/readyz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready", dataset: expected });
    expect(expected.nodeCount).toBeGreaterThan(0);
    expect(expected.edgeCount).toBeGreaterThan(0);
  });

  it("lists its endpoints at / for clients that ask for JSON", async () => {
    const response = await get("/", { accept: "application/json" });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      graphql: "/graphql",
      health: "/healthz",
      readiness: "/readyz",
    });
  });

  it("runs a POSTed JSON query with variables and carries the dataset version in extensions", async () => {
    const response = await postGraphql(
      graphqlBody("query ($id: ID!) { node(id: $id) { id name } }", { id: "g7" }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { node: { id: "g7", name: "Group of Seven" } },
      extensions: {
        dataset: { version: expected.version, citation: expect.stringContaining(expected.version) },
      },
    });
  });

  it("answers a query error with errors and still the dataset version", async () => {
    const response = await postGraphql(graphqlBody("{ noSuchField }"));
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      errors?: { extensions?: { code?: string } }[];
      extensions?: unknown;
    };
    expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(body.extensions).toEqual({
      dataset: { version: expected.version, citation: expect.stringContaining(expected.version) },
    });
  });

  it("runs a GET /graphql query without a content-type or preflight header (it only reads)", async () => {
    const response = await get(`/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { __typename: "Query" } });
  });

  it("refuses a GET /graphql holding a mutation, without a preflight header, as a potential CSRF (400 BAD_REQUEST)", async () => {
    const response = await get(`/graphql?query=${encodeURIComponent("mutation { __typename }")}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
    expect(body.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
  });

  it("refuses a POST /graphql sent as text/plain (a CORS-simple request) as a potential CSRF", async () => {
    const response = await postGraphql(graphqlBody("{ __typename }"), {
      "content-type": "text/plain",
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors?: { message: string }[] };
    expect(body.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
  });

  it("runs a GET /graphql query that carries the apollo-require-preflight header", async () => {
    const response = await get(`/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      "apollo-require-preflight": "true",
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { __typename: "Query" },
      extensions: {
        dataset: { version: expected.version, citation: expect.stringContaining(expected.version) },
      },
    });
  });

  it("accepts a body of exactly ENTENTE_MAX_BODY_BYTES bytes", async () => {
    const core = graphqlBody("{ __typename }");
    // Spaces inside the JSON object keep it valid while reaching the exact size.
    const body = `{${" ".repeat(MAX_BODY_BYTES - core.length)}${core.slice(1)}`;
    expect(Buffer.byteLength(body)).toBe(MAX_BODY_BYTES);
    const response = await postGraphql(body);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { __typename: "Query" } });
  });

  it("refuses a body one byte over ENTENTE_MAX_BODY_BYTES with 413", async () => {
    const core = graphqlBody("{ __typename }");
    const body = `{${" ".repeat(MAX_BODY_BYTES + 1 - core.length)}${core.slice(1)}`;
    expect(Buffer.byteLength(body)).toBe(MAX_BODY_BYTES + 1);
    const response = await postGraphql(body);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: `request body exceeds ${MAX_BODY_BYTES} bytes`,
          extensions: { code: "BAD_REQUEST" },
        },
      ],
    });
  });

  it("refuses a body far over the limit with 413 and keeps the connection usable for the next request", async () => {
    // One connection, kept alive: the second request must travel on the same socket as
    // the refused one and be answered promptly, not stall behind the unread body.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      // A request stalled behind the unread body would never be answered: the test times out.
      const send = (method: string, path: string, body?: string) =>
        new Promise<{ status: number; text: string; reused: boolean }>((resolve, reject) => {
          const request = httpRequest(
            `${base}${path}`,
            { method, agent, headers: { "content-type": "application/json" } },
            (response) => {
              let text = "";
              response.setEncoding("utf8");
              response.on("data", (chunk: string) => {
                text += chunk;
              });
              response.on("end", () =>
                resolve({ status: response.statusCode ?? 0, text, reused: request.reusedSocket }),
              );
            },
          );
          request.on("error", reject);
          request.end(body);
        });
      const huge = graphqlBody(`{ __typename } # ${"x".repeat(2_000_000)}`);
      const refused = await send("POST", "/graphql", huge);
      expect(refused.status).toBe(413);
      const next = await send("GET", "/healthz");
      expect(next.reused).toBe(true);
      expect(next.status).toBe(200);
      expect(JSON.parse(next.text)).toEqual({ status: "ok" });
    } finally {
      agent.destroy();
    }
  });

  it("answers a body that is not JSON with 400 BAD_REQUEST", async () => {
    const response = await postGraphql('{"query": "{ __typename }"');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: "request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }],
    });
  });

  it("answers an unknown path with 404", async () => {
    const response = await get("/graphiql");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "not found" });
  });

  it("refuses batched requests (a JSON array of operations) without running them", async () => {
    const response = await postGraphql(
      JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]),
    );
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toContain('"data"');
    const body = JSON.parse(text) as { errors?: { message: string; extensions?: unknown }[] };
    expect(body.errors?.[0]?.message).toMatch(/batching disabled/i);
    expect(body.errors?.[0]?.extensions).toEqual({ code: "BAD_REQUEST" });
  });
});

describe("stopping a running server", () => {
  // No bound on how long stopping takes: each test below makes the wrong behaviour never
  // finish (a keep-alive timeout or a request longer than the test's own timeout), or
  // drives the grace period's timer itself.
  let server: RunningServer | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    // A connection left open by a failed test would otherwise hold stop() up.
    destroyRawConnections();
    await server?.stop().catch(() => {});
    server = undefined;
  });

  it("refuses new connections once stopped", async () => {
    server = await startServer(testConfig());
    const base = `http://127.0.0.1:${portOf(server.http)}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await server.stop();
    const error = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(3_000) }).then(
      () => undefined,
      (e: unknown) => e as { cause?: { code?: string } },
    );
    expect(error?.cause?.code).toBe("ECONNREFUSED");
    server = undefined;
  });

  it("closes idle keep-alive connections at once instead of waiting for their timeout", async () => {
    // Idle connections would close by themselves (their keep-alive timeout) or be closed
    // (the grace period) only after an hour, far past the test's timeout: a stop() that
    // waited for either could not pass.
    server = await startServer(testConfig({ ENTENTE_SHUTDOWN_GRACE_MS: "3600000" }));
    server.http.keepAliveTimeout = 3_600_000;
    const port = portOf(server.http);
    const raw = rawConnection(port);
    raw.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    await raw.waitFor('{"status":"ok"}');
    expect(raw.received.toLowerCase()).toContain("keep-alive");
    await server.stop();
    await raw.closed;
    server = undefined;
  });

  it("lets a request in flight finish, answers it, closes its connection and then stops", async () => {
    server = await startServer(testConfig());
    const port = portOf(server.http);
    const body = graphqlBody('{ node(id: "g7") { name } }');
    const raw = rawConnection(port);
    await raw.opened();
    // Headers and half the body: the request is in flight until the rest arrives. The
    // server emits `request` once it has parsed the headers.
    const requested = once(server.http, "request") as Promise<[IncomingMessage, ServerResponse]>;
    raw.write(postHead(Buffer.byteLength(body)) + body.slice(0, 10));
    const [, response] = await requested;

    let stopped = false;
    /** Whether the server had sent the whole answer when stop() finished. */
    let answeredWhenStopped = false;
    const stopping = server.stop().then(() => {
      stopped = true;
      answeredWhenStopped = response.writableFinished;
    });
    // The listener is closed: shutdown is under way...
    const error = await fetch(`http://127.0.0.1:${port}/healthz`, {
      signal: AbortSignal.timeout(3_000),
    }).then(
      () => undefined,
      (e: unknown) => e as { cause?: { code?: string } },
    );
    expect(error?.cause?.code).toBe("ECONNREFUSED");
    // ...and yet the request's connection is still open, and stop() waits for it.
    expect(raw.isClosed).toBe(false);
    expect(stopped).toBe(false);

    raw.write(body.slice(10));
    await raw.waitFor("Group of Seven");
    expect(raw.received).toMatch(/^HTTP\/1\.1 200 /);
    expect(raw.received.toLowerCase()).toContain("connection: close");
    await stopping;
    await raw.closed;
    // stop() finished only once the answer had been sent.
    expect(answeredWhenStopped).toBe(true);
    server = undefined;
  });

  it("closes a request that is still unfinished when the grace period ends", async () => {
    server = await startServer(testConfig({ ENTENTE_SHUTDOWN_GRACE_MS: "300" }));
    const port = portOf(server.http);
    const raw = rawConnection(port);
    await raw.opened();
    const requested = once(server.http, "request");
    raw.write(`${postHead(1_000)}{"query":`);
    await requested;

    // The grace period's timer is the test's to advance, so no wall-clock time is measured;
    // sockets and the rest of the event loop run as usual.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    let stopped = false;
    const stopping = server.stop().then(() => {
      stopped = true;
    });
    expect(await connectionRefused(port)).toBe(true);
    // Until the grace period is over, the unfinished request keeps its connection.
    vi.advanceTimersByTime(299);
    await turns(10);
    expect(raw.isClosed).toBe(false);
    expect(stopped).toBe(false);
    // When it is over, the connection is closed and stop() finishes.
    vi.advanceTimersByTime(1);
    vi.useRealTimers();
    await raw.closed;
    await stopping;
    expect(raw.received).not.toMatch(/^HTTP\/1\.1 200/);
    server = undefined;
  });
});

describe("the HTTP handler while shutting down or when the store fails", () => {
  /** The handler over the real seed, served by a node:http server of the test's own. */
  async function serveHandler(store: GraphStore, accepting: () => boolean) {
    const apollo = createApolloServer(store);
    await apollo.start();
    const handler = createHttpHandler(apollo, store, { maxBodyBytes: MAX_BODY_BYTES, accepting });
    const http = createServer((request, response) => {
      void handler(request, response);
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${portOf(http)}`;
    const close = async () => {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
      await apollo.stop();
    };
    return { base, close };
  }

  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it("answers /readyz with 503 shutting down and /graphql with 503, while /healthz stays 200", async () => {
    let accepting = true;
    const store = new MemoryStore(await loadSeed({ seedDir: DEFAULT_SEED_DIR }));
    const served = await serveHandler(store, () => accepting);
    close = served.close;
    const get = (path: string) => fetch(`${served.base}${path}`);
    const post = () =>
      fetch(`${served.base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: graphqlBody("{ __typename }"),
      });

    expect((await get("/readyz")).status).toBe(200);
    expect((await post()).status).toBe(200);

    accepting = false;
    const ready = await get("/readyz");
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: "shutting down" });
    const graphql = await post();
    expect(graphql.status).toBe(503);
    expect(await graphql.json()).toEqual({ error: "server is shutting down" });
    const health = await get("/healthz");
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
  });

  it("answers /readyz with 503 not ready and the reason when the store does not answer", async () => {
    const real = new MemoryStore(await loadSeed({ seedDir: DEFAULT_SEED_DIR }));
    const failing: GraphStore = Object.assign(Object.create(real) as GraphStore, {
      info: () => Promise.reject(new Error("store unreachable")),
    });
    const served = await serveHandler(failing, () => true);
    close = served.close;
    const response = await fetch(`${served.base}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "not ready", reason: "store unreachable" });
  });
});
