/**
 * Serving from a Neo4j that cannot be reached: the server still starts, says
 * why it is not ready, and answers GraphQL with STORE_UNAVAILABLE instead of
 * hanging or leaking a stack trace. Loopback only: the "database" is a port
 * on which nothing listens.
 */
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readServerConfig } from "../../src/server/server-config.js";
import { type RunningServer, startServer } from "../../src/server/start-server.js";

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

describe("a server configured for a Neo4j that is down", () => {
  let server: RunningServer;
  let base: string;
  const logged: string[] = [];

  beforeAll(async () => {
    const config = readServerConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      NEO4J_URI: `bolt://127.0.0.1:${await closedPort()}`,
      NEO4J_PASSWORD: "secret",
      NEO4J_CONNECTION_TIMEOUT_MS: "500",
      NEO4J_MAX_RETRY_TIME_MS: "500",
    });
    server = await startServer(config, (line) => logged.push(line));
    base = server.url.replace(/\/graphql$/, "");
  });
  afterAll(() => server.stop());

  it("starts and stays alive (/healthz)", async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
  });

  it("reports not ready on /readyz, saying the database cannot be reached", async () => {
    await expect
      .poll(async () => (await fetch(`${base}/readyz`)).status, { timeout: 10_000 })
      .toBe(503);
    const body = (await (await fetch(`${base}/readyz`)).json()) as {
      status: string;
      reason: string;
    };
    expect(body.status).toBe("not ready");
    expect(body.reason).toMatch(/cannot be reached|loading the dataset/);
  });

  it("answers queries with STORE_UNAVAILABLE and no internals", async () => {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ node(id: "japan") { name } }' }),
    });
    const body = (await response.json()) as {
      errors?: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(body.errors?.[0]?.extensions.code).toBe("STORE_UNAVAILABLE");
    expect(body.errors?.[0]?.message).toMatch(/cannot be reached/);
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  it("logs that it keeps retrying to load the dataset", async () => {
    await expect
      .poll(() => logged.some((line) => line.includes("retrying")), { timeout: 10_000 })
      .toBe(true);
  });
});
