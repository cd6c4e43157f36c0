/**
 * Vitest global set-up: a real Neo4j for the suites that run on both stores.
 *
 * - `ENTENTE_TEST_NEO4J_URIS` (comma-separated Bolt URIs, one per test worker) names servers
 *   started elsewhere (`.ci/run` starts them before `npm test`); they are used as they are.
 * - Otherwise the in-process Neo4j of tools/neo4j is built and started here, one server per
 *   test worker, and stopped when the run ends.
 * - Without Java or Maven, the Neo4j runs are skipped with a notice naming what to install;
 *   under `CI=true` that is a failure, so CI never passes with them skipped.
 *
 * Every server is scratch: suites load their datasets into it with --replace semantics.
 */
import type { TestProject } from "vitest/node";
import { missingPrerequisite, startNeo4j } from "../../tools/neo4j/neo4j.mjs";
import type { Neo4jTestServers } from "./neo4j-test-server.js";

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const given = process.env.ENTENTE_TEST_NEO4J_URIS;
  if (given) {
    provide(project, { uris: given.split(",").filter(Boolean) });
    return;
  }
  const missing = missingPrerequisite();
  if (missing) {
    const reason = `no Neo4j for the tests: install ${missing}, or set ENTENTE_TEST_NEO4J_URIS`;
    if (process.env.CI) throw new Error(`${reason} (CI=true: the Neo4j suites may not be skipped)`);
    console.warn(`${reason}; the Neo4j runs are skipped`);
    provide(project, { uris: [], unavailable: reason });
    return;
  }
  const workers = Math.max(1, project.config.maxWorkers ?? 1);
  const server = await startNeo4j({ instances: workers, log: (line) => console.warn(line) });
  provide(project, { uris: server.uris });
  return () => server.stop();
}

function provide(project: TestProject, servers: Neo4jTestServers): void {
  project.provide("neo4j", servers);
}
