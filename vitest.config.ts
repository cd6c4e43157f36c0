import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node resolves `graphql` to its CommonJS build (as Apollo Server sees it); Vite would pick the
    // ESM build for our sources, and two copies of graphql break its instanceof checks.
    alias: { graphql: require.resolve("graphql") },
  },
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    testTimeout: 20_000,
    // A real Neo4j (tools/neo4j) for the suites that run on both stores.
    globalSetup: ["test/support/neo4j-global-setup.ts"],
    // Under CI a JSON report is written too, for the summary line .ci/run prints.
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: "test-output/vitest.json" },
  },
});
