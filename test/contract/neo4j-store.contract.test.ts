/**
 * The store contract against a real Neo4j 5 (the in-process server of tools/neo4j, or the
 * servers named by ENTENTE_TEST_NEO4J_URIS). Each dataset is loaded with --replace semantics
 * into this worker's scratch server first.
 */
import { it } from "vitest";
import type { Dataset } from "../../src/domain/graph-types.js";
import { loadIntoNeo4j } from "../../src/store/neo4j/load-into-neo4j.js";
import { createDriver, Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { warmUpPlans } from "../../src/store/neo4j/warm-up-plans.js";
import { neo4jTestConfig, neo4jUnavailable } from "../support/neo4j-test-server.js";
import { describeClaimsContract } from "./claims-contract.js";
import { describeStoreContract } from "./store-contract.js";

const config = neo4jTestConfig();

if (config) {
  const makeStore = async (dataset: Dataset) => {
    const driver = createDriver(config);
    await loadIntoNeo4j(driver, dataset, { database: config.database, replace: true });
    // As the server does before it reports ready: on a cold server the largest statements
    // take seconds to plan, more than a test's time on a busy machine (the plans are kept,
    // so only the first dataset pays).
    await warmUpPlans(driver, config);
    return new Neo4jStore(driver, config);
  };
  describeStoreContract("Neo4jStore", makeStore);
  describeClaimsContract("Neo4jStore", makeStore);
} else {
  it.skip(`Neo4j contract suite: ${neo4jUnavailable()}`, () => {});
}
