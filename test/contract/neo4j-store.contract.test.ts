/**
 * The store contract against Neo4j, run only when NEO4J_URI points at a server.
 * The adapter does not exist yet: with NEO4J_URI set, every contract test fails
 * saying so; without it, one skipped test says how to run the suite.
 */
import { it } from "vitest";
import { describeStoreContract } from "./store-contract.js";

const SKIPPED = "Neo4j contract suite skipped: set NEO4J_URI (see README) to run it";

if (process.env.NEO4J_URI) {
  describeStoreContract("Neo4jStore", async () => {
    throw new Error(
      "NEO4J_URI is set but the Neo4j store adapter is not implemented yet; unset NEO4J_URI to skip this suite",
    );
  });
} else {
  console.info(SKIPPED);
  it.skip(SKIPPED, () => {});
}
