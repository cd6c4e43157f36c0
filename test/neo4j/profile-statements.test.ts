/**
 * The db hits the benchmark prints: one PROFILE per hot workload, with the statement the
 * adapter sends for it, run against this worker's Neo4j holding a small generated graph.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/domain/graph-types.js";
import { loadIntoNeo4j } from "../../src/store/neo4j/load-into-neo4j.js";
import { createDriver } from "../../src/store/neo4j/neo4j-store.js";
import {
  type HotParameters,
  hotQueries,
  hotStatementCalls,
  profileCall,
  profileHotStatements,
} from "../../src/store/neo4j/profile-statements.js";
import { generateDataset } from "../../src/synthetic/generate-dataset.js";
import { neo4jTestConfig, neo4jUnavailable } from "../support/neo4j-test-server.js";

/** Parameters that hit data: a well-connected node, a topic that is covered, a dated year. */
function parametersFor(dataset: Dataset): HotParameters {
  const degree = new Map<string, number>();
  for (const edge of dataset.edges) {
    degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
    degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
  }
  const ranked = [...degree].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const hub = dataset.nodes.find((node) => node.id === ranked[0]?.[0]);
  const covered = dataset.edges.find((edge) => edge.type === "COVERS")?.to;
  if (!hub || !covered) throw new Error("the generated graph has no hub or no covered topic");
  return {
    lookupId: hub.id,
    topic: covered,
    searchText: hub.name.split(" ")[0] ?? hub.name,
    hubId: hub.id,
    pathFrom: hub.id,
    pathTo: (ranked[10] as [string, number])[0],
    timeline: { from: "2010-01-01", to: "2012-12-31" },
  };
}

const config = neo4jTestConfig();

if (!config) {
  it.skip(`PROFILE db hits on Neo4j: ${neo4jUnavailable()}`, () => {});
} else {
  describe("PROFILE db hits of the hot statements", () => {
    let driver: Driver | undefined;
    let parameters: HotParameters | undefined;

    beforeAll(async () => {
      const dataset = generateDataset({ nodes: 1_000, seed: 2 });
      parameters = parametersFor(dataset);
      driver = createDriver(config);
      await loadIntoNeo4j(driver, dataset, { database: config.database, replace: true });
    }, 120_000);

    afterAll(async () => {
      await driver?.close();
    });

    const given = () => {
      if (!driver || !parameters) throw new Error("the graph was not loaded");
      return { driver, parameters };
    };

    it("reports every hot workload with its statement, its db hits and its rows", async () => {
      const { driver: d, parameters: p } = given();
      const profiles = await profileHotStatements(d, hotQueries(p), config.database);
      expect(profiles.map(({ workload, statement }) => [workload, statement])).toEqual([
        ["lookup", "getNodes"],
        ["listPage", "listNodes"],
        ["involvesTopic", "listNodes"],
        ["neighbours", "neighbours"],
        ["search", "search"],
        ["neighbourhood", "neighbourhood"],
        ["shortestPath", "shortestPaths"],
        ["timeline", "timeline"],
      ]);
      for (const profile of profiles) {
        expect(profile.dbHits, profile.workload).toBeGreaterThan(0);
        expect(profile.rows, profile.workload).toBeGreaterThan(0);
      }
    }, 60_000);

    it("counts what a statement reads: a lookup by id a handful, a wider neighbourhood more", async () => {
      const { driver: d, parameters: p } = given();
      const queries = hotQueries(p);
      const lookup = await profileCall(d, hotStatementCalls(queries).lookup, config.database);
      expect(lookup.dbHits).toBeLessThan(50);
      const around = async (limit: number) =>
        (
          await profileCall(
            d,
            hotStatementCalls({ ...queries, neighbourhood: { ...queries.neighbourhood, limit } })
              .neighbourhood,
            config.database,
          )
        ).dbHits;
      expect(await around(200)).toBeGreaterThan(await around(5));
    }, 60_000);
  });
}
