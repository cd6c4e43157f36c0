import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";
import { missingPrerequisite } from "./tools/neo4j/neo4j.mjs";

const require = createRequire(import.meta.url);

/**
 * Test projects (`vitest run --project NAME`):
 * - unit: the domain, the seed, the memory store and GraphQL in-process on it; answers in
 *   seconds, no sockets, no child processes, no Neo4j (`npm run test:unit`). Operations run
 *   on graphql-jit, the default executor.
 * - graphql-js: the GraphQL and example suites again with ENTENTE_EXECUTOR=graphql-js, so
 *   both executors are held to the same answers, errors and limits.
 * - synthetic: the memory store's indexes and walks checked against plain references
 *   (graphology, full scans) on generated graphs of thousands of nodes; slower.
 * - integration: the HTTP server, the CLI, the browser, Docker files, the Neo4j adapter's
 *   behaviour against scripted Bolt endpoints.
 * - neo4j: every suite that concerns data, again on a real Neo4j (tools/neo4j, started by the
 *   global set-up): the store contract, the GraphQL behaviour suites, the README examples,
 *   the differential test against the memory store, the query plans.
 */
const DATA_SUITES = [
  "test/graphql/research-questions.test.ts",
  "test/graphql/traversal-and-filters.test.ts",
  "test/graphql/exploration.test.ts",
  "test/graphql/pagination-and-search.test.ts",
  "test/graphql/errors.test.ts",
  "test/graphql/query-language.test.ts",
  "test/graphql/round-trips.test.ts",
  "test/graphql/batching.test.ts",
  "test/graphql/claims.test.ts",
  "test/graphql/nested-connections.test.ts",
  "test/graphql/catalogue.test.ts",
  "test/graphql/known-on-a-day.test.ts",
  "test/graphql/nothing-before-its-sources.property.test.ts",
  "test/examples/**/*.test.ts",
  "test/export/**/*.test.ts",
];
/** The suites that run again on graphql-js's executor (the `graphql-js` project). */
const EXECUTOR_SUITES = ["test/graphql/**/*.test.ts", "test/examples/**/*.test.ts"];
const SYNTHETIC = [
  "test/synthetic/**/*.test.ts",
  "src/store/memory/timeline-index.test.ts",
  "src/store/memory/shortest-paths.test.ts",
];
const NEO4J_ONLY = [
  // Neo4j's own Cypher analyser over every statement (no server needed, but slow to load).
  "test/neo4j/cypher-lint.test.ts",
  "test/neo4j/cypher-where-lint.test.ts",
  "test/contract/neo4j-store.contract.test.ts",
  "test/differential/**/*.test.ts",
  "test/neo4j/real-*.test.ts",
  "test/neo4j/query-plans.test.ts",
  "test/neo4j/load-into-neo4j.test.ts",
  "test/neo4j/profile-statements.test.ts",
];
const INTEGRATION = [
  "test/server/**/*.test.ts",
  "test/clients/**/*.test.ts",
  "test/cli/**/*.test.ts",
  "test/browser/**/*.test.ts",
  "test/deploy/**/*.test.ts",
  "test/explorer/**/*.test.ts",
  "test/export-tools/**/*.test.ts",
  "test/neo4j/fault-proxy.test.ts",
  "test/neo4j/store-unavailable.test.ts",
];

/** Without Java and Maven the Neo4j project is left out, with a notice; never under CI. */
const neo4jMissing = missingPrerequisite();
if (neo4jMissing) {
  const notice = `Neo4j test project skipped: it needs ${neo4jMissing}`;
  if (process.env.CI) throw new Error(`${notice} (CI=true: it may not be skipped)`);
  console.warn(notice);
}

export default defineConfig({
  resolve: {
    // Node resolves `graphql` to its CommonJS build (as Apollo Server sees it); Vite would pick the
    // ESM build for our sources, and two copies of graphql break its instanceof checks.
    alias: { graphql: require.resolve("graphql") },
  },
  test: {
    testTimeout: 20_000,
    // Under CI a JSON report is written too, for the summary line .ci/run prints.
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: "test-output/vitest.json" },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts", "src/**/*.test.ts"],
          exclude: [...SYNTHETIC, ...NEO4J_ONLY, ...INTEGRATION],
          provide: { store: "memory" },
        },
      },
      {
        extends: true,
        test: {
          name: "graphql-js",
          include: EXECUTOR_SUITES,
          provide: { store: "memory" },
          env: { ENTENTE_EXECUTOR: "graphql-js" },
        },
      },
      {
        extends: true,
        test: { name: "synthetic", include: SYNTHETIC, provide: { store: "memory" } },
      },
      {
        extends: true,
        test: { name: "integration", include: INTEGRATION, provide: { store: "memory" } },
      },
      ...(neo4jMissing
        ? []
        : [
            {
              extends: true as const,
              test: {
                name: "neo4j",
                include: [...DATA_SUITES, ...NEO4J_ONLY],
                provide: { store: "neo4j" as const },
                // Loading a dataset into a cold server, and the first statements' planning.
                hookTimeout: 120_000,
                // Each new shape of `where` tree is a new statement for Neo4j to plan, which
                // no warm-up can foresee: over 20 s on a machine at load 14.
                testTimeout: 60_000,
                globalSetup: ["test/support/neo4j-global-setup.ts"],
              },
            },
          ]),
    ],
  },
});
