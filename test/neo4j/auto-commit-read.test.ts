/**
 * A store read is one auto-commit transaction, tried again when the driver calls the
 * failure retryable and the budget allows, and never when the database refused the
 * statement itself. Checked offline with a driver that fails as scripted.
 */
import { type Driver, Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { autoCommitRead } from "../../src/store/neo4j/auto-commit-read.js";

const transient = () =>
  new Neo4jError("busy", "Neo.TransientError.General.MemoryPoolOutOfMemoryError", "", "");
const refused = () => new Neo4jError("bad", "Neo.ClientError.Statement.SyntaxError", "", "");

interface Attempt {
  readonly config: { timeout: number; metadata: Record<string, string> };
  closed: boolean;
}

/** A driver whose n-th `run` throws failures[n], or answers one record once they run out. */
function scriptedDriver(failures: (() => Error)[], attempts: Attempt[]): Driver {
  return {
    session: () => {
      let attempt: Attempt | undefined;
      return {
        run: async (_text: string, _parameters: unknown, config: Attempt["config"]) => {
          attempt = { config, closed: false };
          attempts.push(attempt);
          const failure = failures[attempts.length - 1];
          if (failure) throw failure();
          return { records: [{ toObject: () => ({ answer: 42 }) }] };
        },
        close: async () => {
          if (attempt) attempt.closed = true;
        },
      };
    },
  } as unknown as Driver;
}

function read(driver: Driver, retryBudgetMs: number, timeouts: number[] = [7]) {
  let asked = 0;
  return autoCommitRead(driver, {
    text: "RETURN 42 AS answer",
    parameters: {},
    database: undefined,
    timeoutMs: () => timeouts[Math.min(asked++, timeouts.length - 1)] ?? 0,
    metadata: { statement: "ANSWER" },
    retryBudgetMs,
  });
}

describe("a read in an auto-commit transaction", () => {
  it("answers the records as plain objects, with the timeout and metadata it was given", async () => {
    const attempts: Attempt[] = [];
    expect(await read(scriptedDriver([], attempts), 1_000)).toEqual([{ answer: 42 }]);
    expect(attempts).toEqual([
      { config: { timeout: 7, metadata: { statement: "ANSWER" } }, closed: true },
    ]);
  });

  it("tries a transient failure again, asking the timeout anew each time, and closes every session", async () => {
    const attempts: Attempt[] = [];
    const driver = scriptedDriver([transient, transient], attempts);
    expect(await read(driver, 5_000, [30, 20, 10])).toEqual([{ answer: 42 }]);
    expect(attempts.map((attempt) => attempt.config.timeout)).toEqual([30, 20, 10]);
    expect(attempts.every((attempt) => attempt.closed)).toBe(true);
  });

  it("does not try a statement the database refused again", async () => {
    const attempts: Attempt[] = [];
    await expect(read(scriptedDriver([refused], attempts), 5_000)).rejects.toMatchObject({
      code: "Neo.ClientError.Statement.SyntaxError",
    });
    expect(attempts).toHaveLength(1);
  });

  it("gives up with the transient failure once no retry fits in the budget", async () => {
    const attempts: Attempt[] = [];
    const failures = Array.from({ length: 50 }, () => transient);
    await expect(read(scriptedDriver(failures, attempts), 0)).rejects.toMatchObject({
      code: "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
    });
    expect(attempts).toHaveLength(1);
    // With some budget, some retries, but never all fifty.
    const more: Attempt[] = [];
    await expect(read(scriptedDriver(failures, more), 200)).rejects.toBeInstanceOf(Neo4jError);
    expect(more.length).toBeGreaterThan(1);
    expect(more.length).toBeLessThan(50);
  });
});
