/**
 * Waits until Neo4j runs no transaction but the one asking. A timed HTTP run ends while
 * requests are still in flight; the server keeps running their statements (until its
 * transaction timeout), which would slow whatever is measured next, in the same JVM or,
 * on a small machine, beside it.
 */
import type { Driver } from "neo4j-driver";

const OTHERS = `SHOW TRANSACTIONS YIELD currentQuery
WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
RETURN count(*) AS running`;

export async function waitForIdleNeo4j(driver: Driver, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { records } = await driver.executeQuery(OTHERS);
    if (Number(records[0]?.get("running") ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
