/**
 * The warm-up before serving reaches every read statement the adapter has, so no request
 * pays for planning one on a cold server. Checked offline: a driver that records which
 * statement each read ran (the adapter names it in the transaction metadata) and answers
 * nothing.
 */
import type { Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { LOAD_STATEMENTS } from "../../src/store/neo4j/cypher-load-statements.js";
import { ALL_STATEMENTS } from "../../src/store/neo4j/cypher-statements.js";
import { warmUpPlans } from "../../src/store/neo4j/warm-up-plans.js";

function recordingDriver(ran: string[]): Driver {
  const session = {
    run: async (
      _text: string,
      _parameters: unknown,
      config: { metadata: { statement: string } },
    ) => {
      ran.push(config.metadata.statement);
      return { records: [] };
    },
    close: async () => {},
  };
  return { session: () => session, close: async () => {} } as unknown as Driver;
}

describe("warming up Neo4j's plans", () => {
  it("runs every read statement of the store once (the loader's own are the loader's)", async () => {
    const ran: string[] = [];
    await warmUpPlans(recordingDriver(ran), { transactionTimeoutMs: 1_000 });
    const reads = ALL_STATEMENTS.filter(
      (statement) => statement.mode === "READ" && !LOAD_STATEMENTS.includes(statement),
    ).map((statement) => statement.name);
    expect([...ran].sort()).toEqual([...new Set(reads)].sort());
  });
});
