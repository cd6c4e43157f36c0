/** Settings read from the environment, with the defaults the README documents. */
import { DEFAULT_SEED_DIR } from "../package-paths.js";
import { type Neo4jConfig, readNeo4jConfig } from "../store/neo4j/neo4j-config.js";

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly seedDir: string;
  readonly introspection: boolean;
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes: number;
  /** How long in-flight requests may take to finish after SIGTERM/SIGINT. */
  readonly shutdownGraceMs: number;
  /** Set when NEO4J_URI is: serve from Neo4j instead of the embedded store. */
  readonly neo4j?: Neo4jConfig;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${text}"`);
  }
  return value;
}

export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: integer(env, "PORT", 4000),
    host: env.HOST || "0.0.0.0",
    seedDir: env.ENTENTE_SEED_DIR || DEFAULT_SEED_DIR,
    introspection: env.ENTENTE_INTROSPECTION !== "false",
    maxBodyBytes: integer(env, "ENTENTE_MAX_BODY_BYTES", 100_000),
    shutdownGraceMs: integer(env, "ENTENTE_SHUTDOWN_GRACE_MS", 10_000),
    neo4j: readNeo4jConfig(env),
  };
}
