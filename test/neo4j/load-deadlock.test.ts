/**
 * Relationship batches are written on two sessions at once and may lock the same hub
 * nodes in different orders; Neo4j then fails one transaction with DeadlockDetected.
 * Against a scripted Bolt endpoint (nothing here depends on a real database) the loader
 * writes such a batch again and completes the load, and gives up on any other failure.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  PROMOTE_STAGED,
  STAGE_EDGES,
  STAGE_NODES,
} from "../../src/store/neo4j/cypher-load-statements.js";
import { loadIntoNeo4j } from "../../src/store/neo4j/load-into-neo4j.js";
import { createDriver } from "../../src/store/neo4j/neo4j-store.js";
import { generateDataset } from "../../src/synthetic/generate-dataset.js";
import {
  type FakeBolt,
  type RunAnswer,
  stagedNodesAnswer,
  startFakeBolt,
} from "../support/fake-bolt-server.js";

const dataset = generateDataset({ nodes: 50, seed: 3 });
const edgeType = dataset.edges[0]?.type ?? "PART_OF";
const edgeStatement = STAGE_EDGES[edgeType]?.text;

let bolt: FakeBolt | undefined;
afterEach(async () => {
  await bolt?.close();
  bolt = undefined;
});

/** A database that fails the first `failures` runs of one relationship batch with `code`. */
async function databaseFailing(code: string, failures: number) {
  let failed = 0;
  bolt = await startFakeBolt((text, parameters): RunAnswer => {
    if (text === STAGE_NODES.text) return stagedNodesAnswer(parameters);
    if (text === edgeStatement && failed < failures) {
      failed++;
      return { failure: { code, message: "refused" } };
    }
    return { fields: [], rows: [] };
  });
  // No retries of the driver's own: what is retried here is the loader's doing.
  return createDriver({
    uri: `bolt://127.0.0.1:${bolt.port}`,
    user: "neo4j",
    password: "secret",
    connectionTimeoutMs: 2_000,
    maxRetryTimeMs: 1,
    transactionTimeoutMs: 5_000,
    failFastMs: 1_000,
  });
}

const runs = (text: string | undefined) =>
  bolt?.messages.filter((m) => m.type === "RUN" && m.fields[0] === text).length ?? 0;

describe("loading when Neo4j breaks a deadlock", () => {
  it("writes the failed relationship batch again and completes the load", async () => {
    const driver = await databaseFailing("Neo.TransientError.Transaction.DeadlockDetected", 2);
    try {
      await loadIntoNeo4j(driver, dataset, { replace: true });
    } finally {
      await driver.close();
    }
    expect(runs(edgeStatement)).toBeGreaterThanOrEqual(3);
    expect(runs(PROMOTE_STAGED.text)).toBe(1);
  });

  it("stops at any other failure, before the swap", async () => {
    const driver = await databaseFailing("Neo.ClientError.Statement.SemanticError", 1);
    try {
      await expect(loadIntoNeo4j(driver, dataset, { replace: true })).rejects.toThrow();
    } finally {
      await driver.close();
    }
    expect(runs(edgeStatement)).toBe(1);
    expect(runs(PROMOTE_STAGED.text)).toBe(0);
  });
});
