/** Settings read from the environment, with the defaults the README documents. */

import { type AdmissionLimits, DEFAULT_ADMISSION_LIMITS } from "../graphql/admission-control.js";
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from "../graphql/query-limits.js";
import { DEFAULT_SEED_DIR } from "../package-paths.js";
import { readEnvInteger } from "../read-env-integer.js";
import { type Neo4jConfig, readNeo4jConfig } from "../store/neo4j/neo4j-config.js";
import { CORS_ORIGINS_SETTING, type CorsOrigins, parseCorsOrigins } from "./cors.js";
import { CACHE_MAX_AGE_SETTING } from "./http-caching.js";

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly seedDir: string;
  /** When set, every quote is checked against its source text at start and on reload. */
  readonly sourcesDir?: string;
  readonly introspection: boolean;
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes: number;
  /** How long in-flight requests may take to finish after SIGTERM/SIGINT. */
  readonly shutdownGraceMs: number;
  /** Set when NEO4J_URI is: serve from Neo4j instead of the embedded store. */
  readonly neo4j?: Neo4jConfig;
  /** Deadline of each request, after which it is answered DEADLINE_EXCEEDED and its work stops. */
  readonly requestTimeoutMs: number;
  /** Depth, aliases, tokens, directives and cost limits on each GraphQL operation. */
  readonly limits: QueryLimits;
  /** How many operations may run and wait at once. */
  readonly admission: AdmissionLimits;
  /** Keep GraphQL's "Did you mean …?" suggestions in error messages (for development). */
  readonly schemaSuggestions: boolean;
  /** Origins whose pages may read the answers: any (`*`) or a list. */
  readonly corsOrigins: CorsOrigins;
  /** max-age, in seconds, of the answers that may be cached (GraphQL GETs, schema files). */
  readonly cacheMaxAgeSeconds: number;
}

const integer = (env: NodeJS.ProcessEnv, name: string, fallback: number): number =>
  readEnvInteger(env, name, fallback, 0);

/** Heavy operations at once when Neo4j serves (DEFAULT_ADMISSION_LIMITS holds the embedded store's). */
const NEO4J_HEAVY_CONCURRENT = 4;

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = integer(env, name, fallback);
  if (value === 0) throw new Error(`${name} must be a positive integer, got "${env[name]}"`);
  return value;
}

/**
 * The Neo4j timeouts must leave the request deadline room: a transaction, the driver's
 * retries or a connection attempt that could outlast it would keep working for a
 * request that has already been answered.
 */
function checkAgainstDeadline(neo4j: Neo4jConfig | undefined, requestTimeoutMs: number): void {
  if (!neo4j) return;
  const settings: [string, number][] = [
    ["NEO4J_TRANSACTION_TIMEOUT_MS", neo4j.transactionTimeoutMs],
    ["NEO4J_MAX_RETRY_TIME_MS", neo4j.maxRetryTimeMs],
    ["NEO4J_CONNECTION_TIMEOUT_MS", neo4j.connectionTimeoutMs],
  ];
  for (const [name, value] of settings) {
    if (value >= requestTimeoutMs) {
      throw new Error(
        `${name} (${value}) must be below ENTENTE_REQUEST_TIMEOUT_MS (${requestTimeoutMs})`,
      );
    }
  }
}

export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const neo4j = readNeo4jConfig(env);
  const requestTimeoutMs = positive(env, "ENTENTE_REQUEST_TIMEOUT_MS", 10_000);
  checkAgainstDeadline(neo4j, requestTimeoutMs);
  return {
    port: integer(env, "PORT", 4000),
    host: env.HOST || "0.0.0.0",
    seedDir: env.ENTENTE_SEED_DIR || DEFAULT_SEED_DIR,
    sourcesDir: env.ENTENTE_SOURCES_DIR || undefined,
    introspection: env.ENTENTE_INTROSPECTION !== "false",
    maxBodyBytes: integer(env, "ENTENTE_MAX_BODY_BYTES", 100_000),
    shutdownGraceMs: integer(env, "ENTENTE_SHUTDOWN_GRACE_MS", 10_000),
    neo4j,
    requestTimeoutMs,
    limits: {
      maxDepth: positive(env, "ENTENTE_MAX_DEPTH", DEFAULT_QUERY_LIMITS.maxDepth),
      maxAliases: integer(env, "ENTENTE_MAX_ALIASES", DEFAULT_QUERY_LIMITS.maxAliases),
      maxTokens: positive(env, "ENTENTE_MAX_TOKENS", DEFAULT_QUERY_LIMITS.maxTokens),
      maxDirectives: integer(env, "ENTENTE_MAX_DIRECTIVES", DEFAULT_QUERY_LIMITS.maxDirectives),
      maxCost: positive(env, "ENTENTE_MAX_COST", DEFAULT_QUERY_LIMITS.maxCost),
    },
    admission: {
      maxConcurrent: positive(
        env,
        "ENTENTE_MAX_CONCURRENT",
        DEFAULT_ADMISSION_LIMITS.maxConcurrent,
      ),
      // The embedded store computes on the server's one JavaScript thread, where running
      // heavy queries side by side gains nothing and delays cheap ones; Neo4j computes them itself.
      maxHeavyConcurrent: positive(
        env,
        "ENTENTE_MAX_HEAVY_CONCURRENT",
        neo4j ? NEO4J_HEAVY_CONCURRENT : DEFAULT_ADMISSION_LIMITS.maxHeavyConcurrent,
      ),
      maxQueued: integer(env, "ENTENTE_MAX_QUEUED", DEFAULT_ADMISSION_LIMITS.maxQueued),
      heavyCost: positive(env, "ENTENTE_HEAVY_COST", DEFAULT_ADMISSION_LIMITS.heavyCost),
    },
    schemaSuggestions: env.ENTENTE_SCHEMA_SUGGESTIONS === "true",
    corsOrigins: parseCorsOrigins(env[CORS_ORIGINS_SETTING]),
    cacheMaxAgeSeconds: integer(env, CACHE_MAX_AGE_SETTING, 0),
  };
}
