/**
 * The store contract against Neo4j, run when NEO4J_URI points at a server (for
 * example the one `docker compose up neo4j` starts; see README). Each dataset is
 * loaded with --replace semantics into that database first, so use a scratch one.
 * Without NEO4J_URI, one skipped test says how to run the suite.
 */
import { it } from "vitest";
import { loadIntoNeo4j } from "../../src/store/neo4j/load-into-neo4j.js";
import { readNeo4jConfig } from "../../src/store/neo4j/neo4j-config.js";
import { createDriver, Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { describeStoreContract } from "./store-contract.js";

const SKIPPED = "Neo4j contract suite skipped: set NEO4J_URI (see README) to run it";
const config = readNeo4jConfig();

if (config) {
  describeStoreContract("Neo4jStore", async (dataset) => {
    const driver = createDriver(config);
    await loadIntoNeo4j(driver, dataset, { database: config.database, replace: true });
    return new Neo4jStore(driver, config);
  });
} else {
  console.info(SKIPPED);
  it.skip(SKIPPED, () => {});
}
