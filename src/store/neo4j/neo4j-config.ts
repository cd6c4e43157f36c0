import { readEnvInteger } from "../../read-env-integer.js";

/** Connection settings for the Neo4j store, read from the environment. */
export interface Neo4jConfig {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database?: string;
  /** Longest wait to open a connection. */
  readonly connectionTimeoutMs: number;
  /** How long after a read's first attempt a retry of a transient failure may still start. */
  readonly maxRetryTimeMs: number;
  /** Server-side limit on one transaction (a request's deadline may shorten it further). */
  readonly transactionTimeoutMs: number;
  /** After a connection failure, how long calls fail at once before Neo4j is tried again. */
  readonly failFastMs: number;
}

/** The retry budget of one read when NEO4J_MAX_RETRY_TIME_MS is not set. */
export const DEFAULT_MAX_RETRY_TIME_MS = 2_000;

const integer = (env: NodeJS.ProcessEnv, name: string, fallback: number): number =>
  readEnvInteger(env, name, fallback, 1);

/** The Neo4j settings when NEO4J_URI is set; undefined selects the embedded store. */
export function readNeo4jConfig(env: NodeJS.ProcessEnv = process.env): Neo4jConfig | undefined {
  const uri = env.NEO4J_URI;
  if (!uri) return undefined;
  return {
    uri,
    user: env.NEO4J_USER || "neo4j",
    password: env.NEO4J_PASSWORD ?? "",
    database: env.NEO4J_DATABASE || undefined,
    connectionTimeoutMs: integer(env, "NEO4J_CONNECTION_TIMEOUT_MS", 5_000),
    maxRetryTimeMs: integer(env, "NEO4J_MAX_RETRY_TIME_MS", DEFAULT_MAX_RETRY_TIME_MS),
    transactionTimeoutMs: integer(env, "NEO4J_TRANSACTION_TIMEOUT_MS", 8_000),
    failFastMs: integer(env, "NEO4J_FAIL_FAST_MS", 1_000),
  };
}
