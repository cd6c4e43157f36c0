/**
 * A Neo4j that cannot be reached is a clear state, not a hang or a stack trace:
 * driver failures become STORE_UNAVAILABLE. The socket cases use real TCP
 * endpoints on loopback that refuse, reset or never answer, so the driver sees
 * genuine network faults.
 */
import { createServer, type Server, type Socket } from "node:net";
import { Neo4jError } from "neo4j-driver";
import { afterEach, describe, expect, it } from "vitest";
import { EntenteError } from "../../src/domain/errors.js";
import { mapDriverError } from "../../src/store/neo4j/map-driver-error.js";
import { readNeo4jConfig } from "../../src/store/neo4j/neo4j-config.js";
import { createDriver, Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";

const driverError = (code: string) =>
  new Neo4jError("driver says no", code, "50N42", "general error");

describe("mapping driver errors", () => {
  it.each([
    ["ServiceUnavailable", /cannot be reached/],
    ["SessionExpired", /cannot be reached/],
    ["Neo.ClientError.Security.Unauthorized", /refused the configured credentials/],
    [
      "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
      /did not answer in time/,
    ],
    ["Neo.ClientError.Database.DatabaseNotFound", /does not exist/],
  ])("turns %s into STORE_UNAVAILABLE", (code, message) => {
    const mapped = mapDriverError(driverError(code));
    expect(mapped).toBeInstanceOf(EntenteError);
    expect((mapped as EntenteError).code).toBe("STORE_UNAVAILABLE");
    expect((mapped as EntenteError).message).toMatch(message);
  });

  it("turns the pool's connection acquisition timeout, which has no code, into STORE_UNAVAILABLE", () => {
    const timeout = new Neo4jError(
      "Connection acquisition timed out in 1000 ms.",
      "N/A",
      "50N42",
      "general error",
    );
    expect(mapDriverError(timeout)).toMatchObject({ code: "STORE_UNAVAILABLE" });
  });

  it("leaves other errors alone, so they are masked as internal errors upstream", () => {
    const syntax = driverError("Neo.ClientError.Statement.SyntaxError");
    expect(mapDriverError(syntax)).toBe(syntax);
    const plain = new Error("bug");
    expect(mapDriverError(plain)).toBe(plain);
  });
});

describe("a Neo4j store whose server misbehaves on the wire", () => {
  const servers: Server[] = [];
  const sockets = new Set<Socket>();
  afterEach(async () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    await Promise.all(
      servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
    );
  });

  async function listen(onConnection: (socket: Socket) => void): Promise<number> {
    const server = createServer((socket) => {
      sockets.add(socket);
      onConnection(socket);
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    if (!address || typeof address === "string") throw new Error("no port");
    return address.port;
  }

  function storeAt(port: number) {
    const config = readNeo4jConfig({
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
      NEO4J_PASSWORD: "secret",
      NEO4J_CONNECTION_TIMEOUT_MS: "1000",
      NEO4J_MAX_RETRY_TIME_MS: "500",
    });
    if (!config) throw new Error("config not read");
    return new Neo4jStore(createDriver(config), config);
  }

  async function expectUnavailable(store: Neo4jStore) {
    try {
      await expect(store.getNodes(["japan"])).rejects.toMatchObject({ code: "STORE_UNAVAILABLE" });
      await expect(store.info()).rejects.toMatchObject({ code: "STORE_UNAVAILABLE" });
    } finally {
      await store.close();
    }
  }

  it("reports STORE_UNAVAILABLE when nothing listens on the port", async () => {
    const port = await listen(() => {});
    await new Promise((resolve) => servers.pop()?.close(resolve));
    await expectUnavailable(storeAt(port));
  });

  it("reports STORE_UNAVAILABLE when the server resets every connection", async () => {
    const port = await listen((socket) => socket.resetAndDestroy());
    await expectUnavailable(storeAt(port));
  });

  it("reports STORE_UNAVAILABLE, after the connection timeout, when the server never answers", async () => {
    const port = await listen(() => {});
    await expectUnavailable(storeAt(port));
  });
});
