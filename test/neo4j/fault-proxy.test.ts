/**
 * Neo4j faults on real sockets. The real neo4j-driver talks to a TCP proxy running as
 * its own process (test/support/fault-proxy.mjs), which forwards to a scripted Bolt
 * endpoint (test/support/fake-bolt-server.ts) or refuses, resets, delays or swallows
 * connections on command. So the driver sees genuine socket faults: a connection
 * reset in the middle of a query, a refused port, a peer that never answers, a slow
 * link, and the address coming back.
 *
 * What this proves: the adapter fails fast with STORE_UNAVAILABLE (and keeps failing
 * fast without touching the network while Neo4j is known to be down), aborts at the
 * request's deadline with the transaction timeout set to what the deadline left,
 * reports the reason on /readyz, and serves again by itself when the address comes
 * back, without a restart. What it cannot prove: anything Neo4j itself does (its
 * enforcement of the transaction timeout, rolling back an uncommitted load); the
 * endpoint speaks Bolt but is not a database.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Deadline } from "../../src/domain/deadline.js";
import { DEFAULT_SEED_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import { readServerConfig } from "../../src/server/server-config.js";
import { type RunningServer, startServer } from "../../src/server/start-server.js";
import { CircuitBreaker } from "../../src/store/neo4j/circuit-breaker.js";
import {
  PROMOTE_STAGED,
  READ_VERSION,
  RETIRE_SERVED,
  STAGE_NODES,
} from "../../src/store/neo4j/cypher-load-statements.js";
import { GET_NODES, INFO } from "../../src/store/neo4j/cypher-statements.js";
import { readNeo4jConfig } from "../../src/store/neo4j/neo4j-config.js";
import { createDriver, Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { baseSeed, evidence, removeTempDirs, writeSeed } from "../seed/seed-fixture.js";
import {
  type BoltValue,
  type RunAnswer,
  stagedNodesAnswer,
  startFakeBolt,
} from "../support/fake-bolt-server.js";
import { startFaultProxy } from "../support/fault-proxy.js";

let seedVersion: string;
let seedCounts: { nodes: number; edges: number };
beforeAll(async () => {
  const dataset = await loadSeed({ seedDir: DEFAULT_SEED_DIR });
  seedVersion = dataset.version;
  seedCounts = { nodes: dataset.nodes.length, edges: dataset.edges.length };
});

/** The database's answers: the dataset version and counts, and a node for `getNodes`. */
function answers(text: string, _parameters: Record<string, BoltValue>): RunAnswer {
  if (text === INFO.text) {
    return {
      fields: ["version", "nodeCount", "edgeCount"],
      rows: [[seedVersion, seedCounts.nodes, seedCounts.edges]],
    };
  }
  if (text === READ_VERSION.text) return { fields: ["version"], rows: [[seedVersion]] };
  return { fields: [], rows: [] };
}

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

/** Longer than any test here may take: a store that waited this long would fail its test. */
const NEVER_MS = "600000";
const FAIL_FAST_MS = 400;

/**
 * The real driver and store behind the proxy. The circuit breaker reads a clock the test
 * moves (`advance`), so whether its fail-fast window has passed is the test's decision,
 * never the machine's speed. Connections time out only after NEVER_MS unless a test says
 * otherwise, so that failing fast is proven by construction: a store that waited for the
 * connection timeout could not pass.
 */
async function rig(env: Record<string, string> = {}) {
  const bolt = await startFakeBolt(answers);
  cleanups.push(() => bolt.close());
  const proxy = await startFaultProxy(bolt.port);
  cleanups.push(() => proxy.stop());
  const config = readNeo4jConfig({
    NEO4J_URI: `bolt://127.0.0.1:${proxy.port}`,
    NEO4J_PASSWORD: "secret",
    NEO4J_CONNECTION_TIMEOUT_MS: NEVER_MS,
    NEO4J_MAX_RETRY_TIME_MS: "1000",
    NEO4J_FAIL_FAST_MS: String(FAIL_FAST_MS),
    ...env,
  });
  if (!config) throw new Error("no config");
  let now = 0;
  const breaker = new CircuitBreaker(config.failFastMs, () => now);
  const store = new Neo4jStore(createDriver(config), config, {}, breaker);
  cleanups.push(() => store.close());
  const advance = (ms: number) => {
    now += ms;
  };
  return { bolt, proxy, store, advance };
}

/** What `promise` rejects with; fails the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

/**
 * How `promise` stands one turn of the event loop from now. A store call that opened a
 * connection cannot have settled by then (connecting through the proxy's process alone
 * takes several); one that failed without touching the network has.
 */
async function afterOneTurn(
  promise: Promise<unknown>,
): Promise<{ settled: false } | { settled: true; error?: unknown }> {
  let outcome: { settled: false } | { settled: true; error?: unknown } = { settled: false };
  promise.then(
    () => {
      outcome = { settled: true };
    },
    (error: unknown) => {
      outcome = { settled: true, error };
    },
  );
  await new Promise((resolve) => setImmediate(resolve));
  return outcome;
}

async function until(condition: () => boolean, what: string, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const UNAVAILABLE = { code: "STORE_UNAVAILABLE" };

describe("the adapter behind a faulty network", () => {
  it("answers through the proxy when nothing is wrong (the rig works)", async () => {
    const { store, bolt } = await rig();
    expect(await store.info()).toEqual({
      version: seedVersion,
      nodeCount: seedCounts.nodes,
      edgeCount: seedCounts.edges,
    });
    // One auto-commit transaction: no BEGIN, and no COMMIT round trip.
    expect(bolt.messages.map((message) => message.type)).toEqual(["HELLO", "RUN", "PULL"]);
  });

  it("fails fast with STORE_UNAVAILABLE when Neo4j dies in the middle of a query, then fails at once", async () => {
    const { store, bolt, proxy } = await rig();
    bolt.setResponder((text, parameters) =>
      text === GET_NODES.text ? "stall" : answers(text, parameters),
    );
    const query = store.getNodes(["japan"]);
    await until(
      () => bolt.messages.some((m) => m.type === "RUN" && m.fields[0] === GET_NODES.text),
      "the query to reach the database",
    );
    // The database goes down: open connections are reset, new ones too. Only the store's
    // retry budget (1 s here) can end the wait: the connection timeout is longer than the
    // test, and there is no request deadline.
    await proxy.mode("reset");
    expect(await rejection(query)).toMatchObject(UNAVAILABLE);
    expect(store.breaker.isOpen).toBe(true);

    // While the breaker is open (its window does not pass unless the test moves the
    // clock), calls fail at once, without opening connections.
    const accepted = (await proxy.stats()).accepted;
    expect(await afterOneTurn(store.info())).toMatchObject({ settled: true, error: UNAVAILABLE });
    expect((await proxy.stats()).accepted).toBe(accepted);
  });

  it("fails fast when nothing listens, and serves again by itself when the address comes back", async () => {
    const { store, proxy, advance } = await rig();
    expect((await store.info()).version).toBe(seedVersion);

    await proxy.close();
    // The pooled connection was reset; new ones are refused (the connection timeout, longer
    // than the test, is never waited for).
    expect(await rejection(store.info())).toMatchObject(UNAVAILABLE);
    expect(await afterOneTurn(store.info())).toMatchObject({ settled: true, error: UNAVAILABLE });

    await proxy.open();
    const before = (await proxy.stats()).accepted;
    // Within the fail-fast window the database is not tried, even though it is back.
    advance(FAIL_FAST_MS - 1);
    expect(await afterOneTurn(store.info())).toMatchObject({ settled: true, error: UNAVAILABLE });
    expect((await proxy.stats()).accepted).toBe(before);
    // Once it has passed, one call probes the database, and it answers.
    advance(1);
    expect((await store.info()).version).toBe(seedVersion);
    expect((await proxy.stats()).accepted).toBeGreaterThan(before);
    expect(store.breaker.isOpen).toBe(false);
  });

  // The driver's own connection timeouts (30 s, 60 s to acquire one from the pool) are
  // longer than the test's: only the configured 1 s can end these waits in time.
  it("reports STORE_UNAVAILABLE at the connection timeout when Neo4j accepts but never answers", async () => {
    const { store, proxy } = await rig({
      NEO4J_CONNECTION_TIMEOUT_MS: "1000",
      NEO4J_MAX_RETRY_TIME_MS: "1",
    });
    await proxy.mode("blackhole");
    expect(await rejection(store.info())).toMatchObject(UNAVAILABLE);
    // The driver had a connection, which never answered: the timeout ended the wait, and
    // it counts as the database being unreachable.
    expect((await proxy.stats()).accepted).toBeGreaterThanOrEqual(1);
    expect(store.breaker.isOpen).toBe(true);
  });

  it("reports STORE_UNAVAILABLE when the link is slower than the connection timeout, and answers when it is faster", async () => {
    const { store, proxy, advance } = await rig({
      NEO4J_CONNECTION_TIMEOUT_MS: "1000",
      NEO4J_MAX_RETRY_TIME_MS: "1",
    });
    // Every chunk held back 1.5 s: a handshake that would succeed under the driver's own
    // 30 s timeout, so failing shows the configured one applies.
    await proxy.mode("delay", 1_500);
    expect(await rejection(store.info())).toMatchObject(UNAVAILABLE);
    expect(store.breaker.isOpen).toBe(true);

    await proxy.mode("delay", 50);
    advance(FAIL_FAST_MS);
    expect((await store.info()).version).toBe(seedVersion);
  });

  it("aborts a query at the request's deadline, and asks Neo4j for a transaction timeout within it", async () => {
    const { store, bolt } = await rig();
    bolt.setResponder((text, parameters) =>
      text === GET_NODES.text ? "stall" : answers(text, parameters),
    );
    const deadline = new Deadline(1_500);
    const scoped = store.forRequest({ deadline });
    const calledAt = Date.now();
    const query = scoped.getNodes(["japan"]);
    const isRead = (m: { type: string; fields: unknown[] }) =>
      m.type === "RUN" && m.fields[0] === GET_NODES.text;
    await until(() => bolt.messages.some(isRead), "the transaction to begin");
    const begunBy = Date.now();
    // The database never answers: only the deadline can end the wait, and it does so
    // once it has passed, with DEADLINE_EXCEEDED.
    expect(await rejection(query)).toMatchObject({ code: "DEADLINE_EXCEEDED" });
    expect(deadline.signal.aborted).toBe(true);

    // The transaction timeout asked for (in the RUN that begins the auto-commit
    // transaction) is what the deadline had left when it began.
    const begin = bolt.messages.find(isRead);
    const txTimeout = Number((begin?.fields[2] as { tx_timeout?: number })?.tx_timeout);
    expect(txTimeout).toBeGreaterThanOrEqual(deadline.expiresAt - begunBy);
    expect(txTimeout).toBeLessThanOrEqual(deadline.expiresAt - calledAt);
    expect(txTimeout).toBeLessThanOrEqual(1_500);
    // Without a deadline, the configured transaction timeout is asked for.
    bolt.messages.length = 0;
    bolt.setResponder(answers);
    await store.info();
    expect(bolt.messages.find((m) => m.type === "RUN")?.fields[2]).toMatchObject({
      tx_timeout: 8_000,
    });
  });
});

describe("a transaction Neo4j ends at its timeout", () => {
  const TIMED_OUT = {
    failure: {
      code: "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
      message: "The transaction has been terminated.",
    },
  };

  it("is DEADLINE_EXCEEDED when the request's deadline set that timeout, else STORE_UNAVAILABLE", async () => {
    const { store, bolt } = await rig();
    bolt.setResponder((text, parameters) =>
      text === GET_NODES.text ? TIMED_OUT : answers(text, parameters),
    );
    // A deadline nearer than the configured 8 s: the timeout asked for is the deadline's.
    const scoped = store.forRequest({ deadline: new Deadline(5_000) });
    expect(await rejection(scoped.getNodes(["japan"]))).toMatchObject({
      code: "DEADLINE_EXCEEDED",
    });
    // A deadline further than the configured timeout, or none: the store did not answer in time.
    const later = store.forRequest({ deadline: new Deadline(60_000) });
    expect(await rejection(later.getNodes(["japan"]))).toMatchObject(UNAVAILABLE);
    expect(await rejection(store.getNodes(["japan"]))).toMatchObject(UNAVAILABLE);
    // The database answered each time: it is reachable, and the breaker stays closed.
    expect(store.breaker.isOpen).toBe(false);
  });
});

describe("a server on Neo4j whose address goes away and comes back", () => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it("starts while Neo4j is unreachable, reports why, and recovers without a restart, twice", async () => {
    const bolt = await startFakeBolt(answers);
    cleanups.push(() => bolt.close());
    const proxy = await startFaultProxy(bolt.port);
    cleanups.push(() => proxy.stop());
    await proxy.close();

    const logged: string[] = [];
    server = await startServer(
      {
        ...readServerConfig({
          NEO4J_URI: `bolt://127.0.0.1:${proxy.port}`,
          NEO4J_PASSWORD: "secret",
          NEO4J_CONNECTION_TIMEOUT_MS: "1000",
          NEO4J_MAX_RETRY_TIME_MS: "500",
          NEO4J_FAIL_FAST_MS: "300",
        }),
        port: 0,
        host: "127.0.0.1",
      },
      (line) => logged.push(line),
    );
    const base = server.url.replace(/\/graphql$/, "");
    const readiness = async () => {
      const response = await fetch(`${base}/readyz`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const dataset = async () => {
      const response = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ dataset { version } }" }),
      });
      const body = (await response.json()) as {
        data?: { dataset: { version: string } } | null;
        errors?: { extensions?: { code?: string } }[];
      };
      return { body };
    };

    // Unreachable at start: not ready, with the reason; queries fail with STORE_UNAVAILABLE
    // (a query that waited for Neo4j would get DEADLINE_EXCEEDED at the 10 s deadline), and
    // then fail fast: the breaker is open, so they do not try the network.
    const down = await readiness();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: "not ready" });
    expect(String(down.body.reason)).toMatch(/cannot be reached|loading the dataset/);
    await expect
      .poll(async () => (await dataset()).body.errors?.[0]?.extensions?.code, {
        timeout: 10_000,
      })
      .toBe("STORE_UNAVAILABLE");
    expect((server.store as Neo4jStore).breaker.isOpen).toBe(true);
    expect((await dataset()).body.errors?.[0]?.extensions?.code).toBe("STORE_UNAVAILABLE");

    // The address comes back: the background sync and readiness find it by themselves.
    await proxy.open();
    await expect
      .poll(async () => (await readiness()).status, { timeout: 10_000, interval: 200 })
      .toBe(200);
    expect((await readiness()).body).toMatchObject({
      status: "ready",
      dataset: { version: seedVersion },
    });
    expect((await dataset()).body.data).toEqual({ dataset: { version: seedVersion } });
    expect(logged).toContain(`Neo4j serves dataset ${seedVersion}`);

    // Neo4j stops while serving: connections reset, new ones refused.
    await proxy.resetAll();
    await proxy.close();
    await expect
      .poll(async () => (await dataset()).body.errors?.[0]?.extensions?.code, { timeout: 5_000 })
      .toBe("STORE_UNAVAILABLE");
    const stopped = await readiness();
    expect(stopped.status).toBe(503);
    expect(String(stopped.body.reason)).toMatch(/cannot be reached/);

    // And comes back again.
    await proxy.open();
    await expect
      .poll(async () => (await dataset()).body.data, { timeout: 10_000, interval: 200 })
      .toEqual({ dataset: { version: seedVersion } });
    expect((await readiness()).status).toBe(200);
  }, 40_000);
});

describe("reloading the seed into Neo4j (SIGHUP)", () => {
  afterAll(removeTempDirs);
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it("keeps serving the previous dataset when the load fails mid-way, and loads when it can", async () => {
    const seed = await writeSeed(baseSeed());
    const first = await loadSeed({ seedDir: seed.seedDir });
    /** The version the fake database holds; it changes only when a load commits. */
    let held = first.version;
    let failLoads = true;
    const bolt = await startFakeBolt((text, parameters) => {
      if (text === INFO.text)
        return { fields: ["version", "nodeCount", "edgeCount"], rows: [[held, 3, 2]] };
      if (text === READ_VERSION.text) return { fields: ["version"], rows: [[held]] };
      if (text === STAGE_NODES.text) {
        if (!failLoads) return stagedNodesAnswer(parameters);
        return { failure: { code: "Neo.ClientError.Statement.SemanticError", message: "refused" } };
      }
      return { fields: [], rows: [] };
    });
    cleanups.push(() => bolt.close());
    const proxy = await startFaultProxy(bolt.port);
    cleanups.push(() => proxy.stop());
    server = await startServer(
      {
        ...readServerConfig({
          ENTENTE_SEED_DIR: seed.seedDir,
          NEO4J_URI: `bolt://127.0.0.1:${proxy.port}`,
          NEO4J_PASSWORD: "secret",
        }),
        port: 0,
        host: "127.0.0.1",
      },
      () => {},
    );
    const base = server.url.replace(/\/graphql$/, "");
    await expect
      .poll(async () => (await fetch(`${base}/readyz`)).status, { timeout: 10_000 })
      .toBe(200);
    const cited = async () => {
      const response = await fetch(server?.url ?? "", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ dataset { version } }" }),
      });
      return ((await response.json()) as { extensions: { dataset: { version: string } } })
        .extensions.dataset.version;
    };
    expect(await cited()).toBe(first.version);

    // A broken seed never reaches the database.
    await writeFile(join(seed.seedDir, "actors.yaml"), "actors:\n  - id: [");
    bolt.messages.length = 0;
    const broken = await server.reload();
    expect(broken.outcome).toBe("rejected");
    expect(bolt.messages.filter((m) => m.type === "RUN")).toEqual([]);

    // A valid seed whose load fails while it is staged: the swap to the new dataset never runs.
    await writeFile(
      join(seed.seedDir, "actors.yaml"),
      `${baseSeed()["actors.yaml"]}\n  - id: gamma-republic\n    kind: COUNTRY\n    name: Gamma Republic\n    evidence:\n      - ${evidence("Beta Country")}\n`,
    );
    bolt.messages.length = 0;
    const failed = await server.reload();
    expect(failed).toMatchObject({ outcome: "rejected", version: first.version });
    const ran = bolt.messages.filter((m) => m.type === "RUN").map((m) => m.fields[0]);
    expect(ran).toContain(STAGE_NODES.text);
    expect(ran).not.toContain(RETIRE_SERVED.text);
    expect(ran).not.toContain(PROMOTE_STAGED.text);
    // Still ready, still citing the dataset the database holds.
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect(await cited()).toBe(first.version);

    // The database accepts the load again: the reload commits and the new version is served.
    failLoads = false;
    bolt.messages.length = 0;
    const loaded = await server.reload();
    expect(loaded.outcome).toBe("reloaded");
    const swap = bolt.messages.findIndex(
      (m) => m.type === "RUN" && m.fields[0] === PROMOTE_STAGED.text,
    );
    expect(swap).toBeGreaterThanOrEqual(0);
    expect(bolt.messages.slice(swap).some((m) => m.type === "COMMIT")).toBe(true);
    held = loaded.version;
    await expect.poll(cited).toBe(loaded.version);
  }, 30_000);
});
