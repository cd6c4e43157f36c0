/**
 * `entente load` and the loader against a real Neo4j: a load is idempotent, `--replace`
 * removes what the dataset no longer holds (and only then), a load that fails half-way
 * leaves the previous dataset whole, and a routing (`neo4j://`) URI works as a cluster's
 * or Aura's would.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runLoad } from "../../src/cli/run-load.js";
import type { Dataset, GraphNode } from "../../src/domain/graph-types.js";
import { DEFAULT_SEED_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import { loadIntoNeo4j } from "../../src/store/neo4j/load-into-neo4j.js";
import { createDriver, Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { generateDataset } from "../../src/synthetic/generate-dataset.js";
import { neo4jTestConfig } from "../support/neo4j-test-server.js";

const config = neo4jTestConfig();
if (!config)
  throw new Error("the neo4j test project runs only with a server (see vitest.config.ts)");
const env = { NEO4J_URI: config.uri, NEO4J_USER: config.user, NEO4J_PASSWORD: config.password };

let driver: Driver;
let store: Neo4jStore;
let seed: Dataset;

beforeAll(async () => {
  driver = createDriver(config);
  store = new Neo4jStore(driver, config);
  seed = await loadSeed({ seedDir: DEFAULT_SEED_DIR });
});
afterAll(async () => {
  await store.close();
});

async function load(replace: boolean): Promise<string[]> {
  const lines: string[] = [];
  const code = await runLoad(
    { seedDir: DEFAULT_SEED_DIR, replace },
    (line) => lines.push(line),
    env,
  );
  expect(code, lines.join("\n")).toBe(0);
  return lines;
}

// Loads into a real server take seconds, more on a busy two-core machine.
describe("entente load", { timeout: 120_000 }, () => {
  it("loads the seed, and loading it again changes nothing", async () => {
    await load(true);
    const first = await store.info();
    expect(first).toEqual({
      version: seed.version,
      nodeCount: seed.nodes.length,
      edgeCount: seed.edges.length,
    });
    const lines = await load(false);
    expect(lines.join("\n")).toContain(`as dataset ${seed.version}`);
    expect(await store.info()).toEqual(first);
    const [japan] = await store.getNodes(["japan"]);
    expect(japan).toEqual(seed.nodes.find((node) => node.id === "japan"));
  });

  it("keeps what the new dataset no longer holds without --replace, and removes it with it", async () => {
    await load(true);
    const extra: GraphNode = {
      id: "test-only-forum",
      category: "Actor",
      kind: "FORUM",
      name: "A forum only this test knows",
      aliases: [],
      evidence: seed.nodes[0]?.evidence ?? [],
    };
    const grown: Dataset = { ...seed, nodes: [...seed.nodes, extra], version: "grown" };
    await loadIntoNeo4j(driver, grown, { database: config.database, replace: true });
    expect((await store.getNodes([extra.id]))[0]?.name).toBe(extra.name);

    await load(false);
    expect((await store.getNodes([extra.id]))[0]?.name).toBe(extra.name);
    await load(true);
    expect(await store.getNodes([extra.id])).toEqual([undefined]);
    expect((await store.info()).nodeCount).toBe(seed.nodes.length);
  });

  it("leaves the previous dataset whole when a load fails half-way", async () => {
    await load(true);
    const before = await store.info();
    // Thousands of valid nodes, then one whose property Neo4j cannot store (a map): the
    // server refuses it only after the earlier batches were written in the same transaction.
    const big = generateDataset({ nodes: 3_000, seed: 7 });
    const broken = big.nodes.map((node, index) =>
      index === big.nodes.length - 10
        ? ({ ...node, description: { not: "a string" } } as unknown as GraphNode)
        : node,
    );
    await expect(
      loadIntoNeo4j(
        driver,
        { ...big, nodes: broken },
        { database: config.database, replace: true },
      ),
    ).rejects.toThrow();
    expect(await store.info()).toEqual(before);
    expect((await store.getNodes([big.nodes[0]?.id ?? ""]))[0]).toBeUndefined();
  });
});

describe("a routing URI (neo4j://), as for a cluster or Aura", { timeout: 120_000 }, () => {
  it("answers through the routing table the server advertises", async () => {
    await load(true);
    const routed = { ...config, uri: config.uri.replace(/^bolt:/, "neo4j:") };
    const routedStore = new Neo4jStore(createDriver(routed), routed);
    try {
      expect(await routedStore.info()).toMatchObject({ version: seed.version });
      const [eu] = await routedStore.getNodes(["european-union"]);
      expect(eu?.name).toBe("European Union");
    } finally {
      await routedStore.close();
    }
  });
});
