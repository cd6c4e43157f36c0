/**
 * The real seed behind the real API, loaded once per test file, for behaviour tests. The
 * store is the memory store, or Neo4j in the `neo4j` test project (see test-store.ts).
 */
import { existsSync } from "node:fs";
import type { FormattedExecutionResult } from "graphql";
import type { Dataset } from "../../src/domain/graph-types.js";
import { createApolloServer } from "../../src/graphql/create-apollo-server.js";
import { executeQuery } from "../../src/graphql/execute-query.js";
import { DEFAULT_SEED_DIR, DEFAULT_SOURCES_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import { openTestStore } from "./test-store.js";

export const SOURCES_AVAILABLE = existsSync(DEFAULT_SOURCES_DIR);

/** The API over the real seed, or over the dataset `load` gives (a fixture corpus). */
export async function seedApi(
  load: () => Promise<Dataset> = () => loadSeed({ seedDir: DEFAULT_SEED_DIR }),
) {
  const dataset = await load();
  const store = await openTestStore(dataset);
  const server = createApolloServer(store, { logError: (e) => console.error(e) });
  await server.start();
  const run = (
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<FormattedExecutionResult> => executeQuery(server, store, query, variables);
  /** Runs a query that must succeed and returns its data. */
  const data = async <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ) => {
    const result = await run(query, variables);
    if (result.errors) throw new Error(`query failed: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  };
  const stop = async () => {
    await server.stop();
    await store.close();
  };
  return { dataset, store, server, run, data, stop };
}
