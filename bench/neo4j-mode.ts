/**
 * Neo4j mode of one graph size: the graph loaded into a scratch Neo4j by Entente's own
 * loader (timed), Entente served over it with the Neo4j store as deployed, and the Neo4j
 * GraphQL Library over the same database. Before anything is timed, every workload is
 * asked once of each: Entente on Neo4j must answer exactly as Entente on the memory store,
 * the peer must carry the same data, and the Cypher statements each request sends are
 * counted (Entente's bound: one per selection level).
 */
import type { ApolloServer } from "@apollo/server";
import { type FieldNode, Kind, parse, type SelectionSetNode } from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import type { Dataset } from "../src/domain/graph-types.js";
import { createApolloServer } from "../src/graphql/create-apollo-server.js";
import { executeQuery } from "../src/graphql/execute-query.js";
import type { RequestContext } from "../src/graphql/request-context.js";
import { loadIntoNeo4j } from "../src/store/neo4j/load-into-neo4j.js";
import { type Neo4jConfig, readNeo4jConfig } from "../src/store/neo4j/neo4j-config.js";
import { createDriver, Neo4jStore } from "../src/store/neo4j/neo4j-store.js";
import { warmUpPlans } from "../src/store/neo4j/warm-up-plans.js";
import { answerDifference } from "./answer-difference.js";
import { CypherStatementLog } from "./cypher-statement-log.js";
import { createNeo4jGraphqlPeer } from "./neo4j-graphql-peer.js";
import type { Neo4jFacts, Problem, StatementCount, Variant } from "./protocol.js";
import type { GraphqlWorkload, PeerWorkload } from "./workloads.js";

export interface Neo4jMode {
  /** Entente on the Neo4j store. */
  readonly entente: ApolloServer<RequestContext>;
  readonly store: Neo4jStore;
  /** The Neo4j GraphQL Library over the same database, when asked for. */
  readonly peer?: ApolloServer<RequestContext>;
  readonly facts: Neo4jFacts;
  /** Errors and wrong answers found before the timed runs, by workload and variant. */
  readonly problems: readonly Problem[];
  close(): Promise<void>;
}

export interface Neo4jModeOptions {
  readonly uri: string;
  readonly dataset: Dataset;
  /** What the memory store holds, which Neo4j must hold too. */
  readonly counts: { readonly nodes: number; readonly edges: number };
  readonly workloads: readonly GraphqlWorkload[];
  /** Entente's answers on the memory store (`data`), by workload name. */
  readonly expected: ReadonlyMap<string, Record<string, unknown>>;
  /** With the peer: the shared workloads and Entente's answers to them on the memory store. */
  readonly peer?: {
    readonly workloads: readonly PeerWorkload[];
    readonly expected: ReadonlyMap<string, unknown>;
  };
  /** Workloads left out of Neo4j mode (--neo4j-skip). */
  readonly skip: readonly string[];
  readonly fail: (message: string) => never;
}

/** Fields with a selection set (inline fragments add none of their own): Entente's levels. */
function selectionLevels(set: SelectionSetNode | undefined): number {
  let levels = 0;
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.INLINE_FRAGMENT) levels += selectionLevels(selection.selectionSet);
    else if (selection.kind === Kind.FIELD && (selection as FieldNode).selectionSet)
      levels += 1 + selectionLevels(selection.selectionSet);
  }
  return levels;
}

export function levelsOf(query: string): number {
  const operations = parse(query).definitions.map((d) =>
    d.kind === Kind.OPERATION_DEFINITION ? selectionLevels(d.selectionSet) : 0,
  );
  return Math.max(0, ...operations);
}

/** Deletes everything in the scratch database, in batches (schema objects stay: the loader's). */
async function emptyDatabase(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

export async function startNeo4jMode(options: Neo4jModeOptions): Promise<Neo4jMode> {
  const { dataset } = options;
  // Annotated, so that the compiler knows a call of it ends the path.
  const fail: (message: string) => never = options.fail;
  // The deployment's settings (NEO4J_TRANSACTION_TIMEOUT_MS…) where set, else its defaults.
  const config: Neo4jConfig =
    readNeo4jConfig({ ...process.env, NEO4J_URI: options.uri }) ?? fail("no Neo4j URI");
  const loader = createDriver(config);
  let t = performance.now();
  let loadMs = 0;
  try {
    await emptyDatabase(loader, config.database);
    t = performance.now();
    await loadIntoNeo4j(loader, dataset, { database: config.database, replace: false });
    loadMs = performance.now() - t;
    // As `entente serve` does before it reports ready: Neo4j plans every statement first, so
    // that no request pays for planning (seconds for the largest on a busy machine).
    await warmUpPlans(loader, config);
  } finally {
    await loader.close();
  }

  const log = new CypherStatementLog();
  const store = new Neo4jStore(log.wrap(createDriver(config)), config);
  const peerDriver = options.peer
    ? log.wrap(
        neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
          userAgent: "entente-bench-peer",
        }),
      )
    : undefined;
  const closeAll = async () => {
    await store.close();
    await peerDriver?.close();
  };
  try {
    const info = await store.info();
    // Also as `entente serve` does: the cost estimate's statistics are read before serving.
    await store.statistics();
    if (info.nodeCount !== options.counts.nodes || info.edgeCount !== options.counts.edges)
      fail(
        `Neo4j holds ${info.nodeCount} nodes and ${info.edgeCount} relationships after the load, ` +
          `the memory store ${options.counts.nodes} and ${options.counts.edges}`,
      );
    const entente = createApolloServer(store, { datasetVersion: dataset.version });
    await entente.start();

    // Its first response asks the store for the dataset's version and counts once, then
    // keeps them: not a request's cost.
    await executeQuery(entente, store, "{ dataset { version } }");
    const statements: StatementCount[] = [];
    /** Wrong answers and errors: the variant is left out of that workload's timed runs. */
    const problems: Problem[] = [];
    const askEntente = async (name: string, query: string, variables: Record<string, unknown>) => {
      const { result, statements: sent } = await log.record(() =>
        executeQuery(entente, store, query, variables, { countRoundTrips: true }),
      );
      if (result.errors) {
        problems.push({ workload: name, variant: "neo4j", problem: JSON.stringify(result.errors) });
        return undefined;
      }
      statements.push({
        name,
        levels: levelsOf(query),
        roundTrips: Number(result.extensions?.roundTrips ?? Number.NaN),
        statements: sent.length,
      });
      return (result.data ?? {}) as Record<string, unknown>;
    };
    const differs = (name: string, variant: Variant, problem: string | undefined) => {
      if (problem) problems.push({ workload: name, variant, problem: `wrong answer ${problem}` });
      return problem !== undefined;
    };
    for (const w of options.workloads.filter((workload) => workload.onNeo4j)) {
      if (options.skip.includes(w.name)) continue;
      const data = await askEntente(w.name, w.query, w.variables);
      const want = options.expected.get(w.name) ?? {};
      const canonical = w.canonical ?? ((answer: Record<string, unknown>) => answer);
      if (data) differs(w.name, "neo4j", answerDifference(canonical(want), canonical(data)));
    }

    let peer: ApolloServer<RequestContext> | undefined;
    let peerSchemaMs: number | undefined;
    let peerUsedApoc: boolean | undefined;
    if (options.peer && peerDriver) {
      t = performance.now();
      peer = await createNeo4jGraphqlPeer(peerDriver);
      await peer.start();
      peerSchemaMs = performance.now() - t;
      const askPeer = async (w: PeerWorkload) => {
        const response = await peer?.executeOperation(
          { query: w.peer.query, variables: w.peer.variables },
          { contextValue: {} as RequestContext },
        );
        const result = response?.body.kind === "single" ? response.body.singleResult : undefined;
        if (result && !result.errors) return (result.data ?? {}) as Record<string, unknown>;
        problems.push({
          workload: w.name,
          variant: "peer",
          problem: JSON.stringify(result?.errors),
        });
        return undefined;
      };
      // The library asks the server's version on its first request; not a request's cost.
      const [firstWorkload] = options.peer.workloads;
      const before = problems.length;
      if (firstWorkload) await askPeer(firstWorkload);
      problems.length = before;
      peerUsedApoc = false;
      for (const w of options.peer.workloads) {
        const want = options.peer.expected.get(w.name);
        const data = await askEntente(w.name, w.entente.query, w.entente.variables);
        if (data) differs(w.name, "neo4j", answerDifference(want, w.entente.answer(data)));
        const { result, statements: sent } = await log.record(() => askPeer(w));
        if (result) differs(w.name, "peer", answerDifference(want, w.peer.answer(result)));
        peerUsedApoc ||= sent.some((text) => /\bapoc\./i.test(text));
        const count = statements.find((c) => c.name === w.name);
        if (count)
          statements[statements.indexOf(count)] = { ...count, peerStatements: sent.length };
      }
    }

    return {
      entente,
      store,
      peer,
      facts: {
        nodes: info.nodeCount,
        edges: info.edgeCount,
        loadMs,
        peerSchemaMs,
        peerUsedApoc,
        statements,
      },
      problems,
      close: async () => {
        await Promise.all([entente.stop(), peer?.stop()]);
        await closeAll();
      },
    };
  } catch (error) {
    await closeAll().catch(() => {});
    throw error;
  }
}
