/**
 * Driver failures become typed errors: an unreachable or refusing database is
 * STORE_UNAVAILABLE (the client may retry later), not an internal error.
 */
import { Neo4jError } from "neo4j-driver";
import { EntenteError } from "../../domain/errors.js";

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

/** Whether the driver could not reach the database at all (as opposed to a query failing there). */
export function isConnectionFailure(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (UNAVAILABLE_CODES.has(error.code) || /connection acquisition timed out/i.test(error.message))
  );
}

/** Whether Neo4j ended the transaction because it ran past its timeout. */
export function isTransactionTimeout(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    error.code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")
  );
}

export function mapDriverError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  // The pool's acquisition timeout carries no code (it is "N/A"), only this message.
  if (isConnectionFailure(error)) {
    return new EntenteError(
      "STORE_UNAVAILABLE",
      "the graph database cannot be reached; try again shortly",
    );
  }
  if (error.code.startsWith("Neo.ClientError.Security.")) {
    return new EntenteError(
      "STORE_UNAVAILABLE",
      "the graph database refused the configured credentials",
    );
  }
  if (isTransactionTimeout(error)) {
    return new EntenteError("STORE_UNAVAILABLE", "the graph database did not answer in time");
  }
  if (error.code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new EntenteError("STORE_UNAVAILABLE", "the configured Neo4j database does not exist");
  }
  return error;
}
