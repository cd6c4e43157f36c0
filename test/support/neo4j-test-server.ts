/**
 * The Neo4j server this test worker may use (see neo4j-global-setup.ts): one per worker,
 * so that files running side by side never load datasets into the same database.
 */
import { inject } from "vitest";
import type { Neo4jConfig } from "../../src/store/neo4j/neo4j-config.js";

export interface Neo4jTestServers {
  readonly uris: readonly string[];
  /** Why there is no server, when there is none. */
  readonly unavailable?: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jTestServers;
  }
}

/** Connection settings for this worker's server, or undefined when Neo4j is unavailable. */
export function neo4jTestConfig(): Neo4jConfig | undefined {
  const { uris } = inject("neo4j");
  if (uris.length === 0) return undefined;
  const worker = Number(process.env.VITEST_POOL_ID ?? "1");
  const uri = uris[(worker - 1) % uris.length];
  if (!uri) return undefined;
  return {
    uri,
    user: "neo4j",
    password: "",
    connectionTimeoutMs: 5_000,
    maxRetryTimeMs: 2_000,
    // Generous: a noisy two-core machine, and the contract's larger statements.
    transactionTimeoutMs: 60_000,
    failFastMs: 1_000,
  };
}

/** Why the Neo4j runs are skipped here (install advice), when they are. */
export function neo4jUnavailable(): string | undefined {
  const servers = inject("neo4j");
  return servers.uris.length === 0 ? (servers.unavailable ?? "no Neo4j server") : undefined;
}
