/**
 * The store a data suite runs on: the memory store, or, in the `neo4j` test project, this
 * worker's real Neo4j with the dataset loaded into it (--replace semantics). The suites are
 * written once and run on both (see vitest.config.ts).
 */
import { inject } from "vitest";
import type { Dataset } from "../../src/domain/graph-types.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { MemoryStore } from "../../src/store/memory/memory-store.js";
import { loadIntoNeo4j } from "../../src/store/neo4j/load-into-neo4j.js";
import { createDriver, Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { warmUpPlans } from "../../src/store/neo4j/warm-up-plans.js";
import { neo4jTestConfig, neo4jUnavailable } from "./neo4j-test-server.js";

export type TestStoreKind = "memory" | "neo4j";

declare module "vitest" {
  export interface ProvidedContext {
    store: TestStoreKind;
  }
}

/** Which store this test project runs the data suites on. */
export function testStoreKind(): TestStoreKind {
  return inject("store") ?? "memory";
}

/** A store holding `dataset`, of the kind this project tests; close it when done. */
export async function openTestStore(dataset: Dataset): Promise<GraphStore> {
  if (testStoreKind() === "memory") return new MemoryStore(dataset);
  const config = neo4jTestConfig();
  if (!config) throw new Error(`the neo4j test project has no server: ${neo4jUnavailable()}`);
  const driver = createDriver(config);
  try {
    await loadIntoNeo4j(driver, dataset, { database: config.database, replace: true });
  } catch (error) {
    await driver.close();
    throw error;
  }
  // As the server does before it reports ready, so no test's first query pays for planning.
  await warmUpPlans(driver, config);
  return new Neo4jStore(driver, config);
}
