/**
 * A server for client tests: the one `entente serve` runs, on a free port of 127.0.0.1,
 * and the plain answer to a query (one POST, no client library) to compare a client's
 * cache with.
 */
import type { AddressInfo } from "node:net";
import { readServerConfig } from "../../src/server/server-config.js";
import { type RunningServer, startServer } from "../../src/server/start-server.js";

export interface ClientTestServer {
  readonly server: RunningServer;
  /** http://127.0.0.1:PORT, without a path. */
  readonly base: string;
  /** The GraphQL endpoint. */
  readonly url: string;
  /** The `data` of a query, asked by one POST. */
  answer<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** A JSON file the server publishes (possible types, value types). */
  json<T>(path: string): Promise<T>;
}

export async function startClientTestServer(
  env: NodeJS.ProcessEnv = {},
): Promise<ClientTestServer> {
  const server = await startServer(
    { ...readServerConfig(env), port: 0, host: "127.0.0.1" },
    () => {},
  );
  const base = `http://127.0.0.1:${(server.http.address() as AddressInfo).port}`;
  const url = `${base}/graphql`;
  return {
    server,
    base,
    url,
    async answer<T>(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(5_000),
      });
      const body = (await response.json()) as { data?: T; errors?: unknown[] };
      if (body.errors || body.data === undefined) {
        throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
      }
      return body.data;
    },
    async json<T>(path: string) {
      const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(5_000) });
      return (await response.json()) as T;
    },
  };
}

/** `value` without the `__typename` fields a client adds to every selection. */
export function withoutTypename(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypename);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== "__typename")
      .map(([key, item]) => [key, withoutTypename(item)]),
  );
}
