/**
 * Query plans on a generated graph of 10^5 nodes and 5·10^5 relationships, loaded into
 * this worker's Neo4j: every read statement, with parameters taken from the graph, is
 * planned (EXPLAIN) and run (PROFILE), and the plan trees from the driver are walked.
 *
 * - Where a call names something (an id, a name, a topic, a range of days, a page of a
 *   category), the work must start from an index: no operator that reads every node or
 *   relationship (of a label or type) produces a row, an index operator does, and no
 *   statement's plan holds an AllNodesScan or a scan of every Entity at all.
 * - Overviews of the whole graph (most connected nodes, counts by group, relationships by
 *   status) read what they count, and only the categories asked for.
 *
 * The graph is deleted afterwards, so that the next file's load into this server is quick.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset, GraphNode } from "../../src/domain/graph-types.js";
import {
  AGGREGATE,
  NEIGHBOURHOOD,
  RESOLVE,
  SHORTEST_PATHS,
  TIMELINE,
  TOP_BY_DEGREE,
} from "../../src/store/neo4j/cypher-exploration-statements.js";
import {
  aggregateParams,
  filterParam,
  getEdgesParams,
  getNodesParams,
  listEdgesParams,
  type listNodesParams,
  neighbourhoodParams,
  resolveParams,
  shortestPathsParams,
  sourceStatementPagesParams,
  timelineParams,
  topByDegreeParams,
} from "../../src/store/neo4j/cypher-params.js";
import {
  ALL_STATEMENTS,
  GET_EDGES,
  GET_NODES,
  INFO,
  LIST_EDGES,
  LIST_NODES_SORTED,
  LIST_SUMMARY,
  SOURCE_STATEMENT_PAGES,
  STATISTICS,
} from "../../src/store/neo4j/cypher-statements.js";
import { loadIntoNeo4j } from "../../src/store/neo4j/load-into-neo4j.js";
import { createDriver } from "../../src/store/neo4j/neo4j-store.js";
import {
  hotQueries,
  hotStatementCalls,
  type StatementCall,
} from "../../src/store/neo4j/profile-statements.js";
import { allOperators, type PlanOperator, planOf } from "../../src/store/neo4j/query-plan.js";
import {
  listNodesCall,
  neighbourPagesCall,
  neighboursCall,
} from "../../src/store/neo4j/shaped-statements.js";
import { generateDataset } from "../../src/synthetic/generate-dataset.js";
import { neo4jTestConfig, neo4jUnavailable } from "../support/neo4j-test-server.js";

const NODES = 100_000;
const LOAD_TIMEOUT_MS = 15 * 60_000;

/** Operators that read every node, or every node of a label, or every relationship (of a type). */
const SCANS =
  /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan|DirectedRelationshipTypeScan|UndirectedRelationshipTypeScan)$/;
/** Operators that find nodes or relationships through an index or the count store. */
const INDEXED =
  /^(NodeUniqueIndexSeek|NodeIndexSeek|NodeIndexSeekByRange|NodeUniqueIndexSeekByRange|NodeIndexContainsScan|NodeIndexEndsWithScan|NodeIndexScan|MultiNodeIndexSeek|(Directed|Undirected)RelationshipIndex(Seek|SeekByRange|Scan|ContainsScan)|NodeCountFromCountStore|RelationshipCountFromCountStore)$/;

const describeOperator = (step: PlanOperator) =>
  `${step.operator}(${step.details.slice(0, 80)})${step.rows === undefined ? "" : ` rows=${step.rows}`}`;

/** Scans that produced rows, and CartesianProducts over a scan: the work an index should have saved. */
function scanWork(plan: PlanOperator): string[] {
  const problems = allOperators(plan)
    .filter((step) => SCANS.test(step.operator) && (step.rows ?? 0) > 0)
    .map(describeOperator);
  for (const product of allOperators(plan).filter((step) => step.operator === "CartesianProduct")) {
    if (product.children.some((child) => allOperators(child).some((s) => SCANS.test(s.operator)))) {
      if ((product.rows ?? 1) > 0)
        problems.push(`CartesianProduct over a scan: ${product.details}`);
    }
  }
  return problems;
}

/** A plan's operators that read from an index, with rows. */
const indexReads = (plan: PlanOperator) =>
  allOperators(plan).filter((step) => INDEXED.test(step.operator) && (step.rows ?? 0) > 0);

/** What bench/workloads.ts asks of a generated graph: a node, a popular topic, a hub, two path ends. */
function pickParameters(dataset: Dataset) {
  const degree = new Map<string, number>();
  const covers = new Map<string, number>();
  for (const edge of dataset.edges) {
    degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
    degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
    if (edge.type === "COVERS") covers.set(edge.to, (covers.get(edge.to) ?? 0) + 1);
  }
  const byId = [...dataset.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const at = (share: number) => byId[Math.floor(share * (byId.length - 1))] as GraphNode;
  const ranked = [...degree].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const topics = [...covers].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const lookup = at(0.5);
  const actor = byId.find((node) => node.category === "Actor" && (degree.get(node.id) ?? 0) > 20);
  return {
    lookupId: lookup.id,
    lookupName: lookup.name,
    topic: (topics[Math.floor(0.9 * (topics.length - 1))] as [string, number])[0],
    searchText: lookup.name.split(" ")[0] ?? lookup.name,
    hubId: (ranked[19] as [string, number])[0],
    actorId: (actor as GraphNode).id,
    pathFrom: at(0.25).id,
    pathTo: at(0.75).id,
    timeline: { from: "2020-01-01", to: "2020-03-31" },
    edgeId: (dataset.edges[1_000] ?? dataset.edges[0])?.id ?? "",
  };
}

const config = neo4jTestConfig();

if (!config) {
  it.skip(`query plans on Neo4j: ${neo4jUnavailable()}`, () => {});
} else {
  describe(`query plans on a generated graph of ${NODES} nodes`, () => {
    let driver: Driver | undefined;
    let p: ReturnType<typeof pickParameters> | undefined;

    beforeAll(async () => {
      const dataset = generateDataset({ nodes: NODES, seed: 1 });
      p = pickParameters(dataset);
      driver = createDriver(config);
      await loadIntoNeo4j(driver, dataset, { database: config.database, replace: true });
    }, LOAD_TIMEOUT_MS);

    afterAll(async () => {
      if (driver) {
        await loadIntoNeo4j(
          driver,
          { nodes: [], edges: [], version: "emptied-after-query-plans" },
          { database: config.database, replace: true },
        );
        await driver.close();
      }
    }, LOAD_TIMEOUT_MS);

    const given = () => {
      if (!driver || !p) throw new Error("the graph was not loaded (see the beforeAll error)");
      return { driver, p };
    };
    const profile = (call: StatementCall) =>
      planOf(given().driver, "PROFILE", call.statement.text, call.parameters, config.database);

    /** Calls that name something, by what they name: each must start from an index. */
    const namedCalls = (q: NonNullable<typeof p>): [string, StatementCall][] => {
      const hot = hotStatementCalls(hotQueries(q));
      const page = (filter: Parameters<typeof listNodesParams>[0]["filter"]) =>
        listNodesCall({
          filter,
          sort: { field: "NAME", descending: false },
          offset: 0,
          limit: 20,
        });
      return [
        ["getNodes: nodes by id", hot.lookup],
        [
          "getEdges: a relationship by id",
          { statement: GET_EDGES, parameters: getEdgesParams([q.edgeId]) },
        ],
        ["listNodes: a page of actors by name", hot.listPage],
        [
          "listNodes: a page of events by date, latest first",
          listNodesCall({
            filter: { categories: ["Event"] },
            sort: { field: "DATE", descending: true },
            offset: 40,
            limit: 20,
          }),
        ],
        ["listNodes: agreements involving a topic", hot.involvesTopic],
        ["listNodes: what covers a topic", page({ coversTopic: q.topic })],
        [
          "listNodes: the agreements an actor is party to",
          page({ relatedTo: [{ types: ["PARTY_TO"], direction: "IN", nodes: [q.actorId] }] }),
        ],
        [
          "listNodes: nodes related to a node by name",
          page({
            relatedTo: [
              { types: ["COVERS", "PARTY_TO"], direction: "BOTH", nodes: [q.lookupName] },
            ],
          }),
        ],
        ["listNodes: summits", page({ kinds: ["SUMMIT"] })],
        ["listNodes: nodes dated in a quarter", page({ date: q.timeline })],
        [
          "listEdges: a page of one type's relationships",
          {
            statement: LIST_EDGES,
            parameters: listEdgesParams({ filter: { types: ["PARTY_TO"] }, offset: 0, limit: 50 }),
          },
        ],
        [
          "listEdges: a page of all relationships",
          {
            statement: LIST_EDGES,
            parameters: listEdgesParams({ filter: {}, offset: 100, limit: 50 }),
          },
        ],
        ["neighbours: links of a node", hot.neighbours],
        [
          "neighbours: an actor's agreements on a topic",
          neighboursCall([q.actorId], {
            direction: "BOTH",
            far: { coversTopic: q.topic },
            limit: 20,
          }),
        ],
        [
          "neighbourHeads: the heads of an actor's agreements' parties of a kind",
          neighboursCall(
            [q.actorId],
            {
              types: ["PARTY_TO"],
              direction: "OUT",
              far: { kinds: ["PARTNERSHIP"] },
              limit: 50,
            },
            "heads",
          ),
        ],
        [
          "nodesWithNeighbourHeads: an actor and the heads of its agreements",
          neighboursCall(
            [q.actorId],
            { types: ["PARTY_TO"], direction: "OUT", limit: 50 },
            "originsAndHeads",
          ),
        ],
        [
          "neighbourPages: a page of a node's links, by date then name",
          neighbourPagesCall([q.actorId], {
            direction: "BOTH",
            limit: 20,
            offset: 20,
            sort: [
              { field: "DATE", descending: true },
              { field: "NAME", descending: false },
            ],
          }),
        ],
        [
          "listSummary: how many cover a topic, and their dates",
          {
            statement: LIST_SUMMARY,
            parameters: { filter: filterParam({ coversTopic: q.topic }) },
          },
        ],
        ["search: a word of a name", hot.search],
        [
          "resolve: names and ids",
          {
            statement: RESOLVE,
            parameters: resolveParams([q.lookupName, q.topic, "no such name"]),
          },
        ],
        ["shortestPaths: between two nodes", hot.shortestPath],
        ["neighbourhood: two steps around a hub", hot.neighbourhood],
        ["timeline: a quarter", hot.timeline],
        [
          "timeline: an actor's events and statements",
          {
            statement: TIMELINE,
            parameters: timelineParams({
              range: {},
              actor: q.actorId,
              includeStatements: true,
              offset: 0,
              limit: 20,
            }),
          },
        ],
        [
          "timeline: a topic's events and statements in a quarter",
          {
            statement: TIMELINE,
            parameters: timelineParams({
              range: q.timeline,
              topic: q.topic,
              includeStatements: true,
              offset: 0,
              limit: 20,
            }),
          },
        ],
        [
          "aggregate: kinds of what covers a topic",
          {
            statement: AGGREGATE,
            parameters: aggregateParams({ groupBy: "KIND", filter: { coversTopic: q.topic } }),
          },
        ],
        ["info: dataset size", { statement: INFO, parameters: {} }],
      ];
    };

    it("covers every read statement", () => {
      const covered = new Set(namedCalls(given().p).map(([, call]) => call.statement.name));
      const reads = ALL_STATEMENTS.filter((s) => s.mode === "READ" && s.name !== "readVersion");
      // Statements that read whole categories by design, each checked on its own below or
      // read once per dataset: the most connected nodes, a page on several sort keys, and
      // the cost estimate's statistics (before the server is ready).
      // The statements of sources read every relationship (no index holds the list of
      // sources a relationship cites): checked on its own below.
      const overviews = new Set([
        TOP_BY_DEGREE.name,
        LIST_NODES_SORTED.name,
        STATISTICS.name,
        SOURCE_STATEMENT_PAGES.name,
      ]);
      expect(
        reads.map((s) => s.name).filter((name) => !covered.has(name) && !overviews.has(name)),
      ).toEqual([]);
    });

    it(
      "no read statement plans an AllNodesScan or a scan of every Entity",
      async () => {
        const { driver: d, p: q } = given();
        const problems: string[] = [];
        const calls: [string, StatementCall][] = [
          ...namedCalls(q),
          [
            "topByDegree",
            {
              statement: TOP_BY_DEGREE,
              parameters: topByDegreeParams({ direction: "BOTH", limit: 10 }),
            },
          ],
          [
            "sourceStatementPages",
            {
              statement: SOURCE_STATEMENT_PAGES,
              parameters: sourceStatementPagesParams(["source-000001"], {
                filter: { types: ["PARTY_TO"] },
                offset: 0,
                limit: 20,
              }),
            },
          ],
        ];
        for (const [name, call] of calls) {
          const plan = await planOf(
            d,
            "EXPLAIN",
            call.statement.text,
            call.parameters,
            config.database,
          );
          for (const step of allOperators(plan)) {
            const everyEntity =
              /^NodeByLabelScan$/.test(step.operator) && /:Entity\b/.test(step.details);
            if (step.operator === "AllNodesScan" || everyEntity)
              problems.push(`${name}: ${describeOperator(step)}`);
          }
        }
        expect(problems).toEqual([]);
      },
      LOAD_TIMEOUT_MS,
    );

    it(
      "every call that names something starts from an index and scans nothing",
      async () => {
        const problems: string[] = [];
        for (const [name, call] of namedCalls(given().p)) {
          const plan = await profile(call);
          for (const problem of scanWork(plan)) problems.push(`${name}: ${problem}`);
          if (indexReads(plan).length === 0) problems.push(`${name}: no index read a row`);
        }
        expect(problems).toEqual([]);
      },
      LOAD_TIMEOUT_MS,
    );

    it(
      "the statements of sources read each relationship once, and no node by scan",
      async () => {
        const { driver: d } = given();
        const sources = await d.executeQuery(
          "MATCH (s:Source) RETURN s.id AS id ORDER BY id LIMIT 3",
          {},
          { database: config.database },
        );
        const ids = sources.records.map((record) => String(record.get("id")));
        expect(ids.length).toBeGreaterThan(0);
        const plan = await profile({
          statement: SOURCE_STATEMENT_PAGES,
          parameters: sourceStatementPagesParams(ids, { filter: {}, offset: 0, limit: 20 }),
        });
        const scanned = allOperators(plan).filter(
          (step) => SCANS.test(step.operator) && (step.rows ?? 0) > 0,
        );
        expect(scanned.map((step) => step.operator)).toEqual([
          expect.stringMatching(/^(Directed|Undirected)AllRelationshipsScan$/),
        ]);
      },
      LOAD_TIMEOUT_MS,
    );

    it(
      "a page in name order reads the name index only as far as the page",
      async () => {
        const { p: q } = given();
        const plan = await profile(hotStatementCalls(hotQueries(q)).listPage);
        const scan = allOperators(plan).find((step) => step.operator === "NodeIndexScan");
        expect(scan?.details).toMatch(/sortName/);
        // 100 actors make the page; actors are about 4 nodes in 10. No step holds more than
        // a few pages' worth of rows: the page is cut in index order, not from sorted actors.
        expect(scan?.rows).toBeLessThan(1_000);
        expect(Math.max(...allOperators(plan).map((step) => step.rows ?? 0))).toBeLessThan(1_000);
      },
      LOAD_TIMEOUT_MS,
    );

    it(
      "the most connected topics read the topics, and nothing else",
      async () => {
        const plan = await profile({
          statement: TOP_BY_DEGREE,
          parameters: topByDegreeParams({ categories: ["Topic"], direction: "BOTH", limit: 10 }),
        });
        const scanned = allOperators(plan).filter(
          (step) => SCANS.test(step.operator) && (step.rows ?? 0) > 0,
        );
        expect(scanned.map((step) => step.details)).toEqual([expect.stringMatching(/:Topic\b/)]);
      },
      LOAD_TIMEOUT_MS,
    );

    it(
      "a page on two sort keys reads its category once, by label (no index holds both orders)",
      async () => {
        const plan = await profile(
          listNodesCall({
            filter: { categories: ["Event"] },
            sort: { field: "DATE", descending: true },
            thenBy: [{ field: "NAME", descending: false }],
            offset: 0,
            limit: 20,
          }),
        );
        const scanned = allOperators(plan)
          .filter((step) => SCANS.test(step.operator) && (step.rows ?? 0) > 0)
          .map((step) => step.details.replace(/^\w+:/, ""));
        expect(scanned).toEqual(["Event"]);
      },
      LOAD_TIMEOUT_MS,
    );

    it(
      "counts by kind over everything read each category once, by label",
      async () => {
        const plan = await profile({
          statement: AGGREGATE,
          parameters: aggregateParams({
            groupBy: "KIND",
            filter: { categories: ["Place", "Topic"] },
          }),
        });
        const scanned = allOperators(plan)
          .filter((step) => SCANS.test(step.operator) && (step.rows ?? 0) > 0)
          .map((step) => step.details.replace(/^\w+:/, ""));
        expect(scanned.sort()).toEqual(["Place", "Topic"]);
      },
      LOAD_TIMEOUT_MS,
    );

    it(
      "a neighbourhood stays within the limit's worth of nodes and their relationships",
      async () => {
        const { p: q } = given();
        const call = {
          statement: NEIGHBOURHOOD,
          parameters: neighbourhoodParams({ ids: [q.hubId], depth: 2, limit: 50, fanOut: 100 }),
        };
        const plan = await profile(call);
        expect(scanWork(plan)).toEqual([]);
        const looked = allOperators(plan).filter((step) => step.operator === "NodeUniqueIndexSeek");
        // Start node, frontier nodes (at most 50), included nodes twice: never the whole graph.
        expect(looked.reduce((sum, step) => sum + (step.rows ?? 0), 0)).toBeLessThan(500);
      },
      LOAD_TIMEOUT_MS,
    );

    it(
      "shortest paths seek both ends by id",
      async () => {
        const { p: q } = given();
        const plan = await profile({
          statement: SHORTEST_PATHS,
          parameters: shortestPathsParams({
            from: [q.pathFrom],
            to: [q.pathTo],
            maxHops: 6,
            limit: 5,
          }),
        });
        const seeks = allOperators(plan).filter(
          (step) => step.operator === "NodeUniqueIndexSeek" && (step.rows ?? 0) > 0,
        );
        expect(seeks.length).toBeGreaterThanOrEqual(2);
        expect(scanWork(plan)).toEqual([]);
      },
      LOAD_TIMEOUT_MS,
    );

    it(
      "the lookup plan is one seek per id",
      async () => {
        const plan = await profile({
          statement: GET_NODES,
          parameters: getNodesParams(["x", "y"]),
        });
        expect(allOperators(plan).map((step) => step.operator)).toContain("NodeUniqueIndexSeek");
        expect(scanWork(plan)).toEqual([]);
      },
      LOAD_TIMEOUT_MS,
    );
  });
}
