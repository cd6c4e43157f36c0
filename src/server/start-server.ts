/**
 * Starts Entente: validates the seed, opens the store it serves from (embedded by
 * default, Neo4j when configured), serves HTTP, and shuts down cleanly on
 * SIGTERM/SIGINT (in-flight requests finish). `reload()` (SIGHUP) serves the seed
 * again if it is valid and keeps the current dataset if it is not.
 */
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { buildASTSchema } from "graphql";
import { AdmissionControl } from "../graphql/admission-control.js";
import { createApolloServer } from "../graphql/create-apollo-server.js";
import { loadTypeDefs } from "../graphql/load-type-defs.js";
import { loadSeed, validateSeed } from "../seed/load-seed.js";
import { formatSeedIssue } from "../seed/seed-issue.js";
import type { GraphStore } from "../store/graph-store.js";
import { createHttpHandler } from "./create-http-handler.js";
import { openMemoryStore, openNeo4jStore } from "./open-store.js";
import { schemaHintsOf } from "./schema-hints-route.js";
import type { ServerConfig } from "./server-config.js";

export interface RunningServer {
  readonly url: string;
  readonly store: GraphStore;
  readonly http: Server;
  /** Stops accepting, lets in-flight requests finish (up to the grace period), then closes. */
  stop(): Promise<void>;
  /**
   * Validates the seed directory again and serves it if it is valid; otherwise, or if
   * the store cannot take it, keeps serving the current dataset, unchanged.
   */
  reload(): Promise<ReloadResult>;
  /** Bounds on concurrent work, shared by GraphQL and exports (for diagnostics and tests). */
  readonly admission: AdmissionControl;
}

export type ReloadResult =
  | { readonly outcome: "reloaded" | "pending" | "unchanged"; readonly version: string }
  | { readonly outcome: "rejected"; readonly version: string; readonly reason: string };

export async function startServer(
  config: ServerConfig,
  log: (line: string) => void = (line) => console.log(line),
): Promise<RunningServer> {
  const dataset = await loadSeed({ seedDir: config.seedDir, sourcesDir: config.sourcesDir });
  const opened = config.neo4j
    ? openNeo4jStore(dataset, config.neo4j, log)
    : openMemoryStore(dataset);
  const store = opened.store;
  const admission = new AdmissionControl(config.admission);
  const typeDefs = loadTypeDefs();
  const apollo = createApolloServer(store, {
    typeDefs,
    introspection: config.introspection,
    datasetVersion: () => opened.version(),
    limits: config.limits,
    admission,
    schemaSuggestions: config.schemaSuggestions,
  });
  apollo.addPlugin(ApolloServerPluginLandingPageDisabled());
  await apollo.start();

  let accepting = true;
  const handler = createHttpHandler(apollo, store, {
    maxBodyBytes: config.maxBodyBytes,
    accepting: () => accepting,
    readiness: () => opened.readiness(),
    requestTimeoutMs: config.requestTimeoutMs,
    admission,
    corsOrigins: config.corsOrigins,
    cacheMaxAgeSeconds: config.cacheMaxAgeSeconds,
    datasetVersion: () => opened.version(),
    schemaHints: schemaHintsOf(buildASTSchema(typeDefs)),
  });
  // Responses not yet begun when shutdown starts close their connection once sent, so
  // that stop() need not wait for the keep-alive timeout of connections busy at the time.
  const unanswered = new Set<ServerResponse>();
  // A client must have sent its whole request within the request deadline too (slow
  // senders are answered 408), checked every quarter of it.
  const receiveTimeouts = {
    requestTimeout: config.requestTimeoutMs,
    headersTimeout: Math.min(60_000, config.requestTimeoutMs),
    connectionsCheckingInterval: Math.max(100, Math.min(30_000, config.requestTimeoutMs / 4)),
  };
  const http = createServer(receiveTimeouts, (request, response) => {
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

  // One reload at a time; a SIGHUP during a reload waits for it.
  let reloading: Promise<unknown> = Promise.resolve();
  const reloadOnce = async (): Promise<ReloadResult> => {
    const current = opened.version();
    const seed = { seedDir: config.seedDir, sourcesDir: config.sourcesDir };
    const checked = await validateSeed(seed).catch((error: Error) => ({
      issues: [{ file: config.seedDir, message: error.message }],
      dataset: undefined,
    }));
    if (!checked.dataset) {
      const reason = `seed has ${checked.issues.length} issue(s):\n${checked.issues.map(formatSeedIssue).join("\n")}`;
      log(`reload rejected, still serving dataset ${current}: ${reason}`);
      return { outcome: "rejected", version: current, reason };
    }
    if (checked.dataset.version === current) {
      log(`reload: the seed is unchanged, still serving dataset ${current}`);
      return { outcome: "unchanged", version: current };
    }
    try {
      const outcome = await opened.replace(checked.dataset);
      log(
        outcome === "served"
          ? `reloaded: serving dataset ${checked.dataset.version} (was ${current})`
          : `reload: dataset ${checked.dataset.version} will be served once Neo4j is synced`,
      );
      return { outcome: outcome === "served" ? "reloaded" : "pending", version: opened.version() };
    } catch (error) {
      const reason = (error as Error).message;
      log(`reload failed, still serving dataset ${current}: ${reason}`);
      return { outcome: "rejected", version: current, reason };
    }
  };
  const reload = () => {
    const next = reloading.then(reloadOnce, reloadOnce);
    reloading = next;
    return next;
  };
  return { url: `http://${shownHost}:${port}/graphql`, store, http, stop, reload, admission };
}
