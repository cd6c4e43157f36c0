/**
 * Differential test: the memory store and the Neo4j adapter implement every query
 * twice (TypeScript and Cypher), so the same synthetic graph is loaded into both and
 * fast-check makes random calls of every store method, with arguments drawn from the
 * graph's own ids, names, topics and dates; the two answers must be the same (see
 * compare-answers.ts for the two places where the contract allows a choice).
 *
 * Several generator seeds give graphs of different shapes. The fast-check seed is fixed
 * so that a run in CI is reproducible; `ENTENTE_DIFFERENTIAL_SEED`, `ENTENTE_DIFFERENTIAL_RUNS`
 * and `ENTENTE_DIFFERENTIAL_GRAPHS` (generator seeds) explore further when run by hand:
 *   ENTENTE_DIFFERENTIAL_RUNS=2000 ENTENTE_DIFFERENTIAL_SEED=$RANDOM \
 *   ENTENTE_DIFFERENTIAL_GRAPHS=4,5 npx vitest run test/differential/stores-agree.test.ts
 */
import fc from "fast-check";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Dataset,
  type GraphEdge,
  headOf,
  type NodeHead,
} from "../../src/domain/graph-types.js";
import type { GraphStore, NodeWithNeighbourHeads } from "../../src/store/graph-store.js";
import { MemoryStore } from "../../src/store/memory/memory-store.js";
import { loadIntoNeo4j } from "../../src/store/neo4j/load-into-neo4j.js";
import { createDriver, Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { generateDataset } from "../../src/synthetic/generate-dataset.js";
import { neo4jTestConfig, neo4jUnavailable } from "../support/neo4j-test-server.js";
import {
  comparableNeighbours,
  comparablePage,
  edgesById,
  pathDisagreements,
  whyProblems,
} from "./compare-answers.js";
import { type StoreCallArbitraries, storeCallArbitraries } from "./store-call-arbitraries.js";

const GRAPH_SEEDS = (process.env.ENTENTE_DIFFERENTIAL_GRAPHS ?? "1,2,3").split(",").map(Number);
const GRAPH_NODES = 1_000;
const RUNS = Number(process.env.ENTENTE_DIFFERENTIAL_RUNS ?? 100);
const FAST_CHECK_SEED = Number(process.env.ENTENTE_DIFFERENTIAL_SEED ?? 20_240_612);
const TIMEOUT_MS = 120_000;
/** Share of calls whose answer must hold something, so that the property compares data. */
const MIN_HIT_SHARE = 0.4;

const config = neo4jTestConfig();

interface Stores {
  readonly dataset: Dataset;
  readonly memory: GraphStore;
  readonly neo4j: GraphStore;
  readonly arbitraries: StoreCallArbitraries;
  readonly edges: ReadonlyMap<string, GraphEdge>;
}

if (!config) {
  it.skip(`differential test, memory store against Neo4j: ${neo4jUnavailable()}`, () => {});
} else {
  for (const graphSeed of GRAPH_SEEDS) {
    describe(`memory store and Neo4j agree on a generated graph (${GRAPH_NODES} nodes, seed ${graphSeed})`, () => {
      let stores: Stores | undefined;
      let driver: Driver | undefined;

      beforeAll(async () => {
        const dataset = generateDataset({ nodes: GRAPH_NODES, seed: graphSeed });
        const memory = new MemoryStore(dataset);
        // Search answers from its indexes once they are built, as it does in service.
        await memory.whenIndexed();
        driver = createDriver(config);
        await loadIntoNeo4j(driver, dataset, { database: config.database, replace: true });
        stores = {
          dataset,
          memory,
          neo4j: new Neo4jStore(driver, config),
          arbitraries: storeCallArbitraries(dataset),
          edges: edgesById(dataset),
        };
      }, TIMEOUT_MS);

      afterAll(async () => {
        await driver?.close();
      });

      const given = (): Stores => {
        if (!stores) throw new Error("the stores were not set up (see the beforeAll error)");
        return stores;
      };

      /** Runs the property for one method: `check` compares one call's answers. */
      const agree = <T>(
        method: string,
        arbitrary: (arbitraries: StoreCallArbitraries) => fc.Arbitrary<T>,
        check: (args: T, stores: Stores) => Promise<boolean>,
      ) =>
        it(
          `${method}`,
          async () => {
            const current = given();
            let hits = 0;
            let runs = 0;
            await fc.assert(
              fc.asyncProperty(arbitrary(current.arbitraries), async (args) => {
                runs++;
                if (await check(args, current)) hits++;
              }),
              { numRuns: RUNS, seed: FAST_CHECK_SEED + graphSeed },
            );
            // Two stores agree trivially on empty answers: most calls must find something.
            expect(hits / runs).toBeGreaterThanOrEqual(MIN_HIT_SHARE);
          },
          TIMEOUT_MS,
        );

      it("info", async () => {
        const { memory, neo4j } = given();
        expect(await neo4j.info()).toEqual(await memory.info());
      });

      agree(
        "getNodes",
        (a) => a.getNodes,
        async (ids, { memory, neo4j }) => {
          const expected = await memory.getNodes(ids);
          expect(await neo4j.getNodes(ids)).toEqual(expected);
          return expected.some(Boolean);
        },
      );

      agree(
        "getEdges",
        (a) => a.getEdges,
        async (ids, { memory, neo4j }) => {
          const expected = await memory.getEdges(ids);
          expect(await neo4j.getEdges(ids)).toEqual(expected);
          return expected.some(Boolean);
        },
      );

      agree(
        "listNodes (filters, sorts, pages)",
        (a) => a.listNodes,
        async (query, { memory, neo4j, edges }) => {
          const [expected, actual] = await Promise.all([
            memory.listNodes(query),
            neo4j.listNodes(query),
          ]);
          expect(actual.items.flatMap((match) => whyProblems(match, edges))).toEqual([]);
          expect(expected.items.flatMap((match) => whyProblems(match, edges))).toEqual([]);
          expect(comparablePage(actual)).toEqual(comparablePage(expected));
          return expected.totalCount > 0;
        },
      );

      agree(
        "listNodeHeads (the heads of listNodes' page)",
        (a) => a.listNodes,
        async (query, { memory, neo4j }) => {
          const [whole, actual] = await Promise.all([
            memory.listNodes(query),
            neo4j.listNodeHeads(query),
          ]);
          expect({ totalCount: actual.totalCount, items: actual.items.map(headOf) }).toEqual({
            totalCount: whole.totalCount,
            items: whole.items.map((match) => headOf(match.node)),
          });
          return whole.totalCount > 0;
        },
      );

      agree(
        "listEdges",
        (a) => a.listEdges,
        async (query, { memory, neo4j }) => {
          const expected = await memory.listEdges(query);
          expect(await neo4j.listEdges(query)).toEqual(expected);
          return expected.totalCount > 0;
        },
      );

      agree(
        "sourceStatementPages",
        (a) => a.sourceStatementPages,
        async ({ ids, query }, { memory, neo4j }) => {
          const expected = await memory.sourceStatementPages(ids, query);
          expect(await neo4j.sourceStatementPages(ids, query)).toEqual(expected);
          return expected.some((page) => page.totalCount > 0);
        },
      );

      agree(
        "neighbours (far filters, statuses, asOf, limit)",
        (a) => a.neighbours,
        async ({ ids, query }, { memory, neo4j, edges }) => {
          const [expected, actual] = await Promise.all([
            memory.neighbours(ids, query),
            neo4j.neighbours(ids, query),
          ]);
          const whys = actual.flat().flatMap((link) => whyProblems(link.node, edges));
          expect(whys).toEqual([]);
          expect(comparableNeighbours(actual)).toEqual(comparableNeighbours(expected));
          return expected.some((links) => links.length > 0);
        },
      );

      agree(
        "neighbourHeads (the heads of neighbours' far nodes, link for link)",
        (a) => a.neighbours,
        async ({ ids, query }, { memory, neo4j }) => {
          const [whole, expected, actual] = await Promise.all([
            memory.neighbours(ids, query),
            memory.neighbourHeads(ids, query),
            neo4j.neighbourHeads(ids, query),
          ]);
          const heads = (lists: readonly (readonly NodeHead[])[]) =>
            lists.map((list) => list.map(headOf));
          expect(heads(actual)).toEqual(heads(expected));
          expect(heads(expected)).toEqual(
            heads(whole.map((links) => links.map((link) => link.node.node))),
          );
          return expected.some((list) => list.length > 0);
        },
      );

      agree(
        "nodesWithNeighbourHeads (each node whole, with its links' heads)",
        (a) => a.neighbours,
        async ({ ids, query }, { memory, neo4j }) => {
          const [expected, actual] = await Promise.all([
            memory.nodesWithNeighbourHeads(ids, query),
            neo4j.nodesWithNeighbourHeads(ids, query),
          ]);
          const comparable = (entries: readonly NodeWithNeighbourHeads[]) =>
            entries.map((entry) => ({ node: entry.node, heads: entry.heads.map(headOf) }));
          expect(comparable(actual)).toEqual(comparable(expected));
          return expected.some((entry) => entry.node !== undefined && entry.heads.length > 0);
        },
      );

      agree(
        "search",
        (a) => a.search,
        async (query, { memory, neo4j }) => {
          const expected = await memory.search(query);
          expect(await neo4j.search(query)).toEqual(expected);
          return expected.length > 0;
        },
      );

      agree(
        "resolve",
        (a) => a.resolve,
        async (references, { memory, neo4j }) => {
          const expected = await memory.resolve(references);
          expect(await neo4j.resolve(references)).toEqual(expected);
          return expected.some((ids) => ids.length > 0);
        },
      );

      agree(
        "shortestPaths",
        (a) => a.shortestPaths,
        async (query, { memory, neo4j, edges }) => {
          const paths = await neo4j.shortestPaths(query);
          expect(await pathDisagreements(paths, query, memory, edges)).toEqual([]);
          return paths.length > 0;
        },
      );

      agree(
        "neighbourhood (depth, limit, fan-out, asOf, during)",
        (a) => a.neighbourhood,
        async (query, { memory, neo4j }) => {
          const expected = await memory.neighbourhood(query);
          expect(await neo4j.neighbourhood(query)).toEqual(expected);
          return expected.edges.length > 0;
        },
      );

      agree(
        "timeline",
        (a) => a.timeline,
        async (query, { memory, neo4j }) => {
          const expected = await memory.timeline(query);
          expect(await neo4j.timeline(query)).toEqual(expected);
          return expected.totalCount > 0;
        },
      );

      agree(
        "aggregate",
        (a) => a.aggregate,
        async (query, { memory, neo4j }) => {
          const expected = await memory.aggregate(query);
          expect(await neo4j.aggregate(query)).toEqual(expected);
          return expected.length > 0;
        },
      );

      agree(
        "topByDegree",
        (a) => a.topByDegree,
        async (query, { memory, neo4j }) => {
          const expected = await memory.topByDegree(query);
          expect(await neo4j.topByDegree(query)).toEqual(expected);
          return expected.length > 0;
        },
      );
    });
  }
}
