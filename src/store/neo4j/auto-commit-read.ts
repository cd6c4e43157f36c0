/**
 * One read statement in an auto-commit transaction, retried on transient failures.
 *
 * Why not `session.executeRead`: a managed transaction costs a BEGIN and a COMMIT around
 * the statement, and the COMMIT is a round trip of its own. Every store call is a single
 * read statement, so the transaction adds nothing but that round trip; measured on a
 * 10^4-node graph, a three-statement request spent about a third of its store time in it.
 * An auto-commit transaction carries the same timeout and metadata in its RUN message.
 *
 * What `executeRead` gave and this keeps: a failure the driver calls retryable (the
 * connection dropped, a leader switch, a transient database error) is tried again, with a
 * growing, jittered delay, until the retry budget is spent. A retried read is safe: it
 * changes nothing.
 */
import neo4j, { type Driver, type RecordShape } from "neo4j-driver";

export interface AutoCommitRead {
  readonly text: string;
  readonly parameters: Record<string, unknown>;
  readonly database: string | undefined;
  /** Asked for each attempt: the request's deadline may have shortened it meanwhile. */
  readonly timeoutMs: () => number;
  readonly metadata: Record<string, string>;
  /** How long after the first attempt a retry may still start. */
  readonly retryBudgetMs: number;
}

/** The first retry's delay; each later one doubles it, ±20%. */
const FIRST_RETRY_DELAY_MS = 50;

export async function autoCommitRead(driver: Driver, read: AutoCommitRead): Promise<RecordShape[]> {
  const started = Date.now();
  let delay = FIRST_RETRY_DELAY_MS;
  for (;;) {
    const session = driver.session({
      database: read.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      const result = await session.run(read.text, read.parameters, {
        timeout: read.timeoutMs(),
        metadata: read.metadata,
      });
      return result.records.map((record) => record.toObject());
    } catch (error) {
      const wait = delay * (0.8 + Math.random() * 0.4);
      if (!neo4j.isRetryableError(error) || Date.now() + wait - started > read.retryBudgetMs) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
      delay *= 2;
    } finally {
      await session.close().catch(() => {});
    }
  }
}
