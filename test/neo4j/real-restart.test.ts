/**
 * The API through a real Neo4j that goes away in the middle of a load and comes back: while
 * it is down requests get STORE_UNAVAILABLE (not a hang, not an internal error), the load
 * never reaches the swap that would serve it, and once the server is back the same API answers again, from the dataset
 * it served before, without being restarted. This test starts a Neo4j of its own (same port
 * and store across the restart), so the shared one of this worker is untouched.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/domain/graph-types.js";
import { createApolloServer } from "../../src/graphql/create-apollo-server.js";
import { executeQuery } from "../../src/graphql/execute-query.js";
import { DEFAULT_SEED_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import { type OpenedStore, openNeo4jStore } from "../../src/server/open-store.js";
import { STAGE_EDGES, STAGE_NODES } from "../../src/store/neo4j/cypher-load-statements.js";
import { type Neo4jConfig, readNeo4jConfig } from "../../src/store/neo4j/neo4j-config.js";
import { createDriver } from "../../src/store/neo4j/neo4j-store.js";
import { generateDataset } from "../../src/synthetic/generate-dataset.js";
import { startNeo4j } from "../../tools/neo4j/neo4j.mjs";

type Launched = Awaited<ReturnType<typeof startNeo4j>>;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const QUERY = '{ node(id: "japan") { name } }';

/** The statements that write a load's batches (before the swap that would serve them). */
const LOAD_STATEMENTS = new Set(
  [STAGE_NODES, ...Object.values(STAGE_EDGES)].map((statement) => statement.text),
);

/** Whether Neo4j is running one of a load's statements now, as its transaction list says. */
async function loadRunning(config: Neo4jConfig): Promise<boolean> {
  const driver = createDriver(config);
  try {
    const { records } = await driver.executeQuery("SHOW TRANSACTIONS YIELD currentQuery");
    return records.some((record) => LOAD_STATEMENTS.has(String(record.get("currentQuery"))));
  } finally {
    await driver.close();
  }
}

describe("Neo4j stops during a load and starts again", () => {
  const home = mkdtempSync(join(tmpdir(), "entente-restart-"));
  let port: number;
  let neo4j: Launched | undefined;
  let config: Neo4jConfig;
  let opened: OpenedStore;
  let seed: Dataset;
  let api: ReturnType<typeof createApolloServer>;
  const log: string[] = [];

  beforeAll(async () => {
    port = await freePort();
    neo4j = await startNeo4j({ port, home, log: () => {} });
    seed = await loadSeed({ seedDir: DEFAULT_SEED_DIR });
    const read = readNeo4jConfig({
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
      NEO4J_CONNECTION_TIMEOUT_MS: "2000",
      NEO4J_MAX_RETRY_TIME_MS: "500",
      NEO4J_FAIL_FAST_MS: "200",
    });
    if (!read) throw new Error("config not read");
    config = read;
    opened = openNeo4jStore(seed, config, (line) => log.push(line), 200);
    // The first sync loads the seed and has Neo4j plan every statement: on a busy machine, minutes.
    await until(async () => (await opened.readiness()).ready, "the first sync", 170_000);
    api = createApolloServer(opened.store, { logError: () => {} });
    await api.start();
  }, 240_000);

  afterAll(async () => {
    await api?.stop();
    await opened?.close();
    await neo4j?.stop();
    rmSync(home, { recursive: true, force: true });
  }, 120_000);

  it("answers STORE_UNAVAILABLE while it is down, and the same API recovers once it is back", async () => {
    expect((await executeQuery(api, opened.store, QUERY)).data).toEqual({
      node: { name: "Japan" },
    });

    // A load big enough to take a while; the server stops once Neo4j reports one of the
    // load's statements running (a load that ended first would leave nothing to roll back).
    const big = generateDataset({ nodes: 20_000, seed: 3 });
    let settled = false;
    const loading = opened.replace(big).then(
      () => "loaded",
      (error: unknown) => error,
    );
    void loading.finally(() => {
      settled = true;
    });
    let running = false;
    await until(async () => {
      running = await loadRunning(config);
      return running || settled;
    }, "the load to be under way");
    expect(running).toBe(true);
    await neo4j?.stop();
    neo4j = undefined;
    expect(await loading).toMatchObject({ code: "STORE_UNAVAILABLE" });

    const down = await executeQuery(api, opened.store, QUERY);
    expect(down.data?.node ?? null).toBeNull();
    expect(down.errors?.[0]?.extensions?.code).toBe("STORE_UNAVAILABLE");
    expect((await opened.readiness()).ready).toBe(false);

    neo4j = await startNeo4j({ port, home, log: () => {} });
    await until(async () => (await opened.readiness()).ready, "readiness after the restart");
    const back = await executeQuery(api, opened.store, QUERY);
    expect(back.errors).toBeUndefined();
    expect(back.data).toEqual({ node: { name: "Japan" } });
    // The interrupted load never reached its swap: the seed is still what Neo4j serves.
    expect((await opened.readiness()).dataset).toEqual({
      version: seed.version,
      nodeCount: seed.nodes.length,
      edgeCount: seed.edges.length,
    });
  }, 180_000);
});
