/**
 * Every request has a deadline, and expensive work cannot crowd out cheap work.
 * The HTTP handler runs over the real seed with a store that the test slows down or
 * holds (a gate), so what is measured is the server's behaviour, not timing luck:
 * - past ENTENTE_REQUEST_TIMEOUT_MS a request is answered 503 DEADLINE_EXCEEDED, and
 *   the store is asked nothing more for it;
 * - heavy operations (by estimated cost) run at most ENTENTE_MAX_HEAVY_CONCURRENT at
 *   a time, cheap ones are answered meanwhile, and past ENTENTE_MAX_QUEUED waiting
 *   requests the answer is 503 SERVER_BUSY with Retry-After.
 */
import { createServer } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { performance } from "node:perf_hooks";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Dataset } from "../../src/domain/graph-types.js";
import { AdmissionControl, ServerBusyError } from "../../src/graphql/admission-control.js";
import { createApolloServer } from "../../src/graphql/create-apollo-server.js";
import { pace, paced, SLICE_MS } from "../../src/graphql/pace.js";
import { DEFAULT_SEED_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import { createHttpHandler } from "../../src/server/create-http-handler.js";
import { readServerConfig } from "../../src/server/server-config.js";
import { startServer } from "../../src/server/start-server.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { MemoryStore } from "../../src/store/memory/memory-store.js";
import type { StoreMethod } from "../support/intercept-store.js";

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadSeed({ seedDir: DEFAULT_SEED_DIR });
});

/** A promise the test resolves when it wants the held store calls to go on. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/**
 * The seed's memory store, where chosen methods first wait for `delay` (a promise, usually
 * a gate the test opens). The held calls can be counted while they wait and awaited once
 * they are done, so a test sees what the server did around them without sleeping.
 */
function slowStore(delay: (method: StoreMethod) => Promise<unknown> | undefined) {
  const calls: StoreMethod[] = [];
  const held: Promise<unknown>[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const inner = new MemoryStore(dataset);
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function" || property === "close") return value;
      return (...args: unknown[]) => {
        const method = property as StoreMethod;
        calls.push(method);
        const wait = delay(method);
        if (!wait) return (value as (...a: unknown[]) => unknown).apply(target, args);
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        const call = (async () => {
          try {
            await wait;
            return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          } finally {
            inFlight--;
          }
        })();
        held.push(call.catch(() => {}));
        return call;
      };
    },
  }) as GraphStore;
  return {
    store,
    calls,
    /** Held calls that have not finished yet. */
    inFlight: () => inFlight,
    maxInFlight: () => maxInFlight,
    /** Settles once every call held so far has finished, whatever its outcome. */
    heldDone: () => Promise.all(held),
  };
}

/** Lets the event loop turn `count` times, so that work queued behind a settled promise runs. */
async function turns(count: number): Promise<void> {
  for (let n = 0; n < count; n++) await new Promise((resolve) => setImmediate(resolve));
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function serve(
  store: GraphStore,
  options: { requestTimeoutMs: number; admission?: AdmissionControl },
) {
  const admission = options.admission ?? new AdmissionControl();
  const apollo = createApolloServer(store, { admission, logError: () => {} });
  await apollo.start();
  const handler = createHttpHandler(apollo, store, {
    maxBodyBytes: 100_000,
    accepting: () => true,
    requestTimeoutMs: options.requestTimeoutMs,
    admission,
  });
  const http = createServer((request, response) => {
    handler(request, response).catch((error: unknown) => {
      response.statusCode = 500;
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  closers.push(async () => {
    http.closeAllConnections();
    await new Promise((resolve) => http.close(resolve));
    await apollo.stop();
  });
  const post = async (query: string) => {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    return {
      status: response.status,
      retryAfter: response.headers.get("retry-after"),
      body,
    };
  };
  return { base, post, admission };
}

describe("the request deadline", () => {
  /** A root list's store call: its nodes are read whole, or as heads when only those are asked. */
  const isList = (method: string) => method === "listNodes" || method === "listNodeHeads";

  // Each slow store call below waits on a gate that the test opens only after the answer
  // has arrived: a server that waited for the store instead of its deadline would never
  // answer, and the test would fail at its timeout rather than pass slowly.
  it("answers 503 DEADLINE_EXCEEDED when the store is slower than the deadline, without waiting for it", async () => {
    const held = gate();
    const slow = slowStore((method) => (isList(method) ? held.opened : undefined));
    const { post } = await serve(slow.store, { requestTimeoutMs: 300 });
    try {
      const answer = await post("{ actors { totalCount } }");
      expect(answer.status).toBe(503);
      expect(answer.retryAfter).toBe("1");
      expect(answer.body.errors?.[0]?.extensions?.code).toBe("DEADLINE_EXCEEDED");
      expect(answer.body.errors?.[0]?.message).toBe(
        "the request did not finish within its 300 ms deadline",
      );
      // The request reached the store (the deadline did not pass before its work began),
      // and the store call is still waiting: the answer did not wait for it.
      expect(slow.calls.some(isList)).toBe(true);
      expect(slow.inFlight()).toBe(1);
    } finally {
      held.open();
    }
  });

  it("stops the request's work: no store call starts after the deadline", async () => {
    const held = gate();
    const slow = slowStore((method) => (isList(method) ? held.opened : undefined));
    const { post } = await serve(slow.store, { requestTimeoutMs: 300 });
    const answer = await post(
      "{ actors(first: 20) { edges { node { agreements(first: 10) { parties(first: 10) { id } } } } } }",
    );
    expect(answer.body.errors?.[0]?.extensions?.code).toBe("DEADLINE_EXCEEDED");
    expect(slow.inFlight()).toBe(1);
    // Now the list's call ends, as a slow database's answer eventually would. Its results would
    // need a neighbours call per level; the resolvers that would make them run on the
    // turns of the event loop that follow its completion.
    held.open();
    await slow.heldDone();
    await turns(20);
    // (`statistics` is asked before the query runs, for its cost estimate.)
    // The nodes are asked only for their ids and relations: a list of heads.
    expect(slow.calls.filter((method) => method !== "info")).toEqual([
      "statistics",
      "listNodeHeads",
    ]);
  });

  it("answers queries that finish in time as usual", async () => {
    const held = gate();
    const slow = slowStore((method) => (isList(method) ? held.opened : undefined));
    const { post } = await serve(slow.store, { requestTimeoutMs: 10_000 });
    const answering = post("{ actors { totalCount } }");
    // The store call is under way, under the deadline; then it ends well within it.
    await expect.poll(() => slow.inFlight()).toBe(1);
    held.open();
    const answer = await answering;
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  it("bounds exports too", async () => {
    const held = gate();
    const slow = slowStore((method) => (method === "neighbourhood" ? held.opened : undefined));
    const { base } = await serve(slow.store, { requestTimeoutMs: 300 });
    try {
      const response = await fetch(`${base}/export/d3?around=g7`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        error: "the request did not finish within its 300 ms deadline",
        code: "DEADLINE_EXCEEDED",
      });
      expect(slow.inFlight()).toBe(1);
    } finally {
      held.open();
    }
  });

  it("bounds the time to send a request too: a sender slower than the deadline gets 408", async () => {
    const server = await startServer(
      { ...readServerConfig({ ENTENTE_REQUEST_TIMEOUT_MS: "500" }), port: 0, host: "127.0.0.1" },
      () => {},
    );
    const socket = connect((server.http.address() as AddressInfo).port, "127.0.0.1");
    socket.on("error", () => {});
    // Closed first, so that stopping the server never waits on it, whatever the outcome.
    closers.push(async () => {
      socket.destroy();
      await server.stop();
    });
    let received = "";
    socket.setEncoding("utf8").on("data", (chunk: string) => {
      received += chunk;
    });
    const closed = new Promise((resolve) => socket.once("close", resolve));
    await new Promise((resolve) => socket.once("connect", resolve));
    // Headers, then only the start of the promised 100-byte body, and nothing more: only
    // the server's request timeout can end this exchange (without it, the test times out).
    socket.write(
      'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":',
    );
    await closed;
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
  });

  it("is 10 s by default, configurable, and longer than every Neo4j timeout", () => {
    expect(readServerConfig({}).requestTimeoutMs).toBe(10_000);
    expect(readServerConfig({ ENTENTE_REQUEST_TIMEOUT_MS: "2500" }).requestTimeoutMs).toBe(2_500);
    const neo4j = { NEO4J_URI: "bolt://127.0.0.1:7687" };
    const defaults = readServerConfig(neo4j).neo4j;
    expect(defaults?.transactionTimeoutMs).toBeLessThan(10_000);
    expect(defaults?.maxRetryTimeMs).toBeLessThan(10_000);
    expect(() => readServerConfig({ ...neo4j, NEO4J_TRANSACTION_TIMEOUT_MS: "10000" })).toThrow(
      "NEO4J_TRANSACTION_TIMEOUT_MS (10000) must be below ENTENTE_REQUEST_TIMEOUT_MS (10000)",
    );
    expect(() => readServerConfig({ ...neo4j, ENTENTE_REQUEST_TIMEOUT_MS: "4000" })).toThrow(
      /NEO4J_TRANSACTION_TIMEOUT_MS \(8000\) must be below/,
    );
    expect(() =>
      readServerConfig({
        ...neo4j,
        ENTENTE_REQUEST_TIMEOUT_MS: "4000",
        NEO4J_TRANSACTION_TIMEOUT_MS: "3000",
      }),
    ).toThrow(/NEO4J_CONNECTION_TIMEOUT_MS \(5000\) must be below/);
  });
});

// Cost 1 + 500 × 1 × 2 = 1 001 (heavy from 1 000); a node lookup costs 2.
const HEAVY = '{ neighbourhood(ids: ["g7"]) { nodes { id } truncated } }';
const CHEAP = '{ node(id: "g7") { name } }';

describe("bounded concurrency", () => {
  it("runs one heavy query at a time, answers cheap ones meanwhile, and refuses when the line is full", async () => {
    const held = gate();
    const slow = slowStore((method) => (method === "neighbourhood" ? held.opened : undefined));
    const admission = new AdmissionControl({
      maxConcurrent: 8,
      maxHeavyConcurrent: 1,
      maxQueued: 2,
      heavyCost: 1_000,
    });
    const { post } = await serve(slow.store, { requestTimeoutMs: 10_000, admission });

    const heavy = [post(HEAVY), post(HEAVY), post(HEAVY)];
    await expect
      .poll(() => admission.stats(), { timeout: 5_000 })
      .toMatchObject({
        runningHeavy: 1,
        queuedHeavy: 2,
      });

    // The heavy ones hold the store; a cheap query still goes straight through.
    const cheap = await post(CHEAP);
    expect(cheap.status).toBe(200);
    expect(cheap.body.data).toEqual({ node: { name: "Group of Seven" } });

    // A fourth heavy query finds the line full.
    const refused = await post(HEAVY);
    expect(refused.status).toBe(503);
    expect(refused.retryAfter).toBe("1");
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("SERVER_BUSY");
    expect(refused.body.data).toBeUndefined();

    held.open();
    const answers = await Promise.all(heavy);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    }
    // The store never worked on two heavy queries at once.
    expect(slow.maxInFlight()).toBe(1);
    expect(admission.stats()).toEqual({ running: 0, runningHeavy: 0, queued: 0, queuedHeavy: 0 });
  });

  it("answers a request still waiting in line at its deadline with DEADLINE_EXCEEDED", async () => {
    const held = gate();
    const slow = slowStore((method) => (method === "neighbourhood" ? held.opened : undefined));
    const admission = new AdmissionControl({
      maxConcurrent: 8,
      maxHeavyConcurrent: 1,
      maxQueued: 8,
      heavyCost: 1_000,
    });
    const { post } = await serve(slow.store, { requestTimeoutMs: 400, admission });
    const first = post(HEAVY);
    await expect.poll(() => admission.stats().runningHeavy).toBe(1);
    const waiting = await post(HEAVY);
    expect(waiting.status).toBe(503);
    expect(waiting.body.errors?.[0]?.extensions?.code).toBe("DEADLINE_EXCEEDED");
    held.open();
    await first;
    // The waiter left the line when its deadline passed.
    await expect
      .poll(() => admission.stats())
      .toEqual({
        running: 0,
        runningHeavy: 0,
        queued: 0,
        queuedHeavy: 0,
      });
  });

  it("counts exports as heavy", async () => {
    const held = gate();
    const slow = slowStore((method) => (method === "neighbourhood" ? held.opened : undefined));
    const admission = new AdmissionControl({
      maxConcurrent: 8,
      maxHeavyConcurrent: 1,
      maxQueued: 0,
      heavyCost: 1_000,
    });
    const { base, post } = await serve(slow.store, { requestTimeoutMs: 10_000, admission });
    const exporting = fetch(`${base}/export/d3?around=g7`);
    await expect.poll(() => admission.stats().runningHeavy).toBe(1);
    const refused = await post(HEAVY);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("SERVER_BUSY");
    const busyExport = await fetch(`${base}/export/d3?around=g7`);
    expect(busyExport.status).toBe(503);
    expect(((await busyExport.json()) as { code: string }).code).toBe("SERVER_BUSY");
    held.open();
    expect((await exporting).status).toBe(200);
  });

  it("has documented defaults and settings", () => {
    expect(readServerConfig({}).admission).toEqual({
      maxConcurrent: 32,
      maxHeavyConcurrent: 1,
      maxQueued: 256,
      heavyCost: 10_000,
    });
    // Neo4j computes heavy queries itself, so more may run at once.
    expect(
      readServerConfig({ NEO4J_URI: "bolt://127.0.0.1:7687" }).admission.maxHeavyConcurrent,
    ).toBe(4);
    expect(
      readServerConfig({
        ENTENTE_MAX_CONCURRENT: "4",
        ENTENTE_MAX_HEAVY_CONCURRENT: "1",
        ENTENTE_MAX_QUEUED: "0",
        ENTENTE_HEAVY_COST: "500",
      }).admission,
    ).toEqual({ maxConcurrent: 4, maxHeavyConcurrent: 1, maxQueued: 0, heavyCost: 500 });
  });
});

describe("AdmissionControl on its own", () => {
  it("lets cheap waiters go before heavy ones, and heavy ones only up to their own bound", async () => {
    const control = new AdmissionControl({
      maxConcurrent: 2,
      maxHeavyConcurrent: 1,
      maxQueued: 10,
      heavyCost: 10,
    });
    const order: string[] = [];
    const take = (name: string, heavy: boolean) =>
      control.acquire(heavy).then((release) => {
        order.push(name);
        return release;
      });
    const a = await take("heavy-a", true);
    const b = await take("cheap-b", false);
    const waiting = [take("heavy-c", true), take("cheap-d", false), take("cheap-e", false)];
    expect(control.stats()).toEqual({ running: 2, runningHeavy: 1, queued: 3, queuedHeavy: 1 });
    b();
    a();
    // Turns are handed over on the next turn of the event loop, after pending I/O.
    expect(order).toEqual(["heavy-a", "cheap-b"]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(["heavy-a", "cheap-b", "cheap-d", "cheap-e"]);
    const releases = await Promise.all(waiting.slice(1));
    for (const release of releases) release();
    const c = await waiting[0];
    expect(order.at(-1)).toBe("heavy-c");
    c?.();
    expect(control.stats()).toEqual({ running: 0, runningHeavy: 0, queued: 0, queuedHeavy: 0 });
  });

  it("refuses with SERVER_BUSY past maxQueued, and a release given twice counts once", async () => {
    const control = new AdmissionControl({
      maxConcurrent: 1,
      maxHeavyConcurrent: 1,
      maxQueued: 1,
      heavyCost: 10,
    });
    const first = await control.acquire(false);
    const second = control.acquire(false);
    await expect(control.acquire(false)).rejects.toBeInstanceOf(ServerBusyError);
    first();
    first();
    expect(control.stats().running).toBe(1);
    (await second)();
    expect(control.stats().running).toBe(0);
  });
});

describe("time slices for heavy work (pace)", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("lets work go on within a slice, and defers it to a later turn of the event loop past it", async () => {
    // The clock is held still so that a noisy machine cannot end a slice early.
    let now = performance.now();
    vi.spyOn(performance, "now").mockImplementation(() => now);
    // Start a slice (the first call may wait for one), then work within it goes on at once.
    await pace();
    expect(pace()).toBeUndefined();
    now += SLICE_MS - 0.5;
    expect(pace()).toBeUndefined();
    // Past the slice, as a long stretch of resolvers would take the thread.
    now += 1;
    let turned = false;
    setImmediate(() => {
      turned = true;
    });
    const wait = pace();
    expect(wait).toBeInstanceOf(Promise);
    await wait;
    // The event loop turned (I/O could be read) before the work resumed, in a new slice.
    expect(turned).toBe(true);
    expect(pace()).toBeUndefined();
    expect(await paced(Promise.resolve(42))).toBe(42);
  });
});
