/**
 * Has Neo4j plan every read statement before the first request needs it. Each statement
 * is one constant text with one map parameter, so Neo4j plans it once and keeps the plan;
 * but on a cold server the largest (the node list with its filters and topic walk, the
 * neighbourhood, the timeline) take seconds to plan, which the first request would pay
 * inside its transaction timeout, or fail on. Found on the real server: the first
 * semiconductors query of a test run took 5–17 s, the next ones milliseconds.
 *
 * Every store method is called once with arguments that name nothing, so each statement
 * runs (and is planned) and finds nothing; a test checks that this reaches every read
 * statement the adapter has.
 */
import type { Driver } from "neo4j-driver";
import { Neo4jStore, type Neo4jStoreConfig } from "./neo4j-store.js";

/** How long the warm-up lets one statement take: planning, not requests, sets it. */
const WARM_UP_TIMEOUT_MS = 120_000;

/** A reference no dataset holds. */
const NOTHING = "entente-warm-up-names-nothing";

/** Plans every read statement on the database `driver` and `config` name. */
export async function warmUpPlans(driver: Driver, config: Neo4jStoreConfig): Promise<void> {
  const store = new Neo4jStore(driver, { ...config, transactionTimeoutMs: WARM_UP_TIMEOUT_MS });
  const nothing = [NOTHING];
  const noFilter = {};
  const calls: (() => Promise<unknown>)[] = [
    () => store.getNodes(nothing),
    () => store.getEdges(nothing),
    () =>
      store.listNodes({
        filter: noFilter,
        sort: { field: "NAME", descending: false },
        offset: 0,
        limit: 0,
      }),
    // The sorted variant and the summary read every match: planned on a filter matching none.
    () =>
      store.listNodes({
        filter: { kinds: [] },
        sort: { field: "NAME", descending: false },
        thenBy: [{ field: "ID", descending: false }],
        offset: 0,
        limit: 0,
      }),
    () => store.listSummary({ kinds: [] }),
    () => store.listEdges({ filter: noFilter, offset: 0, limit: 0 }),
    () => store.sourceStatementPages(nothing, { filter: noFilter, offset: 0, limit: 0 }),
    () => store.neighbours(nothing, { direction: "BOTH", limit: 0 }),
    () => store.neighbourHeads(nothing, { direction: "BOTH", limit: 0 }),
    () => store.nodesWithNeighbourHeads(nothing, { direction: "BOTH", limit: 0 }),
    () => store.neighbourPages(nothing, { direction: "BOTH", limit: 0, offset: 0, sort: [] }),
    () => store.search({ text: NOTHING, limit: 1 }),
    () => store.resolve(nothing),
    () => store.shortestPaths({ from: nothing, to: nothing, maxHops: 1, limit: 1 }),
    () => store.neighbourhood({ ids: nothing, depth: 1, limit: 1, fanOut: 1 }),
    () =>
      store.timeline({
        range: {},
        actor: NOTHING,
        includeStatements: true,
        offset: 0,
        limit: 0,
      }),
    () => store.aggregate({ groupBy: "KIND", filter: noFilter }),
    () => store.topByDegree({ direction: "BOTH", limit: 0 }),
    () => store.info(),
    () => store.statistics(),
  ];
  // One after the other: planning is CPU work on the server, and requests may be waiting.
  for (const call of calls) await call();
}
