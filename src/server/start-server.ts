/**
 * Starts Entente: validates the seed, opens the store it serves from (embedded by
 * default, Neo4j when configured), serves HTTP, and shuts down cleanly on
 * SIGTERM/SIGINT (in-flight requests finish).
 */
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { createApolloServer } from "../graphql/create-apollo-server.js";
import { loadSeed } from "../seed/load-seed.js";
import type { GraphStore } from "../store/graph-store.js";
import { createHttpHandler } from "./create-http-handler.js";
import { openMemoryStore, openNeo4jStore } from "./open-store.js";
import type { ServerConfig } from "./server-config.js";

export interface RunningServer {
  readonly url: string;
  readonly store: GraphStore;
  readonly http: Server;
  /** Stops accepting, lets in-flight requests finish (up to the grace period), then closes. */
  stop(): Promise<void>;
}

export async function startServer(
  config: ServerConfig,
  log: (line: string) => void = (line) => console.log(line),
): Promise<RunningServer> {
  const dataset = await loadSeed({ seedDir: config.seedDir });
  const opened = config.neo4j
    ? openNeo4jStore(dataset, config.neo4j, log)
    : openMemoryStore(dataset);
  const store = opened.store;
  const apollo = createApolloServer(store, {
    introspection: config.introspection,
    datasetVersion: dataset.version,
  });
  apollo.addPlugin(ApolloServerPluginLandingPageDisabled());
  await apollo.start();

  let accepting = true;
  const handler = createHttpHandler(apollo, store, {
    maxBodyBytes: config.maxBodyBytes,
    accepting: () => accepting,
    readiness: () => opened.readiness(),
  });
  // Responses not yet begun when shutdown starts close their connection once sent, so
  // that stop() need not wait for the keep-alive timeout of connections busy at the time.
  const unanswered = new Set<ServerResponse>();
  const http = createServer((request, response) => {
    if (!accepting) response.setHeader("connection", "close");
    unanswered.add(response);
    response.once("close", () => unanswered.delete(response));
    handler(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify({ errors: [{ message: "Internal server error" }] }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(config.port, config.host, () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;

  const stop = async () => {
    accepting = false;
    for (const response of unanswered) {
      if (!response.headersSent) response.setHeader("connection", "close");
    }
    const closed = new Promise<void>((resolve) => http.close(() => resolve()));
    http.closeIdleConnections();
    const timer = setTimeout(() => http.closeAllConnections(), config.shutdownGraceMs);
    await closed;
    clearTimeout(timer);
    await apollo.stop();
    await opened.close();
  };
  return { url: `http://${shownHost}:${port}/graphql`, store, http, stop };
}
