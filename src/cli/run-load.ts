import { loadSeed } from "../seed/load-seed.js";
import { loadIntoNeo4j } from "../store/neo4j/load-into-neo4j.js";
import { readNeo4jConfig } from "../store/neo4j/neo4j-config.js";
import { createDriver } from "../store/neo4j/neo4j-store.js";

/**
 * `entente load`: validates the seed and writes it into the Neo4j that
 * NEO4J_URI names, in one transaction; `--replace` also removes what the seed
 * no longer holds.
 */
export async function runLoad(
  options: { seedDir: string; replace: boolean },
  out: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const config = readNeo4jConfig(env);
  if (!config) {
    out(
      "load: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) to say which Neo4j to load",
    );
    return 2;
  }
  const dataset = await loadSeed({ seedDir: options.seedDir });
  const driver = createDriver(config);
  try {
    const report = await loadIntoNeo4j(driver, dataset, {
      database: config.database,
      replace: options.replace,
    });
    out(
      `loaded ${report.nodes} nodes and ${report.edges} relationships into ${config.uri} as dataset ${report.version}${options.replace ? " (replacing what the seed no longer holds)" : ""}`,
    );
    return 0;
  } finally {
    await driver.close();
  }
}
