/**
 * The HTTP surface: GraphQL at /graphql through Apollo's own request handling,
 * file exports at /export/<format> (export-route.ts), the Explorer page at / and its
 * files at /explorer/ (explorer-route.ts), the schema's files for client caches
 * (schema-hints-route.ts), and the probes /healthz (the process answers) and /readyz
 * (the store answers). Every answer carries CORS headers (cors.ts); GraphQL answers to
 * GET are cacheable by dataset version (http-caching.ts).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { type ApolloServer, HeaderMap } from "@apollo/server";
import { buildASTSchema } from "graphql";
import { Deadline, DeadlineExceededError } from "../domain/deadline.js";
import { EntenteError } from "../domain/errors.js";
import type { AdmissionControl } from "../graphql/admission-control.js";
import { CACHEABLE_VERSION_HEADER } from "../graphql/create-apollo-server.js";
import { holdsOnlyQueries, READ_ONLY_GET_HEADER } from "../graphql/csrf-prevention.js";
import { loadTypeDefs } from "../graphql/load-type-defs.js";
import type { RequestContext } from "../graphql/request-context.js";
import { createRequestContext } from "../graphql/request-context.js";
import { RETRY_AFTER_SECONDS } from "../graphql/request-limits-hooks.js";
import type { GraphStore } from "../store/graph-store.js";
import { scopeStore } from "../store/request-scope.js";
import { apiIndex, ROUTE_PATHS } from "./api-index.js";
import { addVary, applyCors, type CorsOrigins } from "./cors.js";
import {
  EXPLORER_PATH_PREFIX,
  prefersJson,
  serveExplorerAsset,
  serveExplorerPage,
} from "./explorer-route.js";
import { EXPORT_PATH_PREFIX, handleExportRequest } from "./export-route.js";
import { answerTag, cacheControl, ifNoneMatchIncludes, processSalt } from "./http-caching.js";
import { probeStore, type Readiness } from "./open-store.js";
import { type SchemaHints, schemaHintsOf, serveSchemaHint } from "./schema-hints-route.js";

class BodyTooLargeError extends Error {}

/**
 * Reads the body, keeping at most `limit` bytes. Past the limit the rest is read and
 * dropped rather than left unread: leaving the loop early would destroy the request and
 * stall its keep-alive connection, so the client's next request on it would hang.
 */
async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  if (size > limit) throw new BodyTooLargeError();
  return Buffer.concat(chunks).toString("utf8");
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify(body));
}

export interface HandlerOptions {
  readonly maxBodyBytes: number;
  /** False while shutting down, so load balancers stop sending traffic. */
  readonly accepting: () => boolean;
  /** Whether the store can answer (and, for Neo4j, holds the dataset); defaults to asking the store. */
  readonly readiness?: () => Promise<Readiness>;
  /** Where the built Explorer is; defaults to dist/explorer/ of the package. */
  readonly explorerDir?: string;
  /** Deadline of each GraphQL or export request, from its body being read (default 10 s). */
  readonly requestTimeoutMs?: number;
  /** Shared with Apollo's request limits; exports count as heavy operations. */
  readonly admission?: AdmissionControl;
  /** Origins whose pages may read the answers (default: any). */
  readonly corsOrigins?: CorsOrigins;
  /** max-age of cacheable answers, in seconds (default 0: kept, and revalidated each time). */
  readonly cacheMaxAgeSeconds?: number;
  /**
   * The dataset version served now, so that a GET whose If-None-Match names it is answered
   * 304 without running the query; without it, the query runs and its answer is compared.
   */
  readonly datasetVersion?: () => string | undefined;
  /** The schema's files for client caches; by default computed from the SDL in schema/. */
  readonly schemaHints?: SchemaHints;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/** A 503 that tells the client why and when to retry (deadline passed, or no room to run). */
function sendUnavailable(response: ServerResponse, error: EntenteError, graphql: boolean): void {
  response.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
  sendJson(
    response,
    503,
    graphql
      ? { errors: [{ message: error.message, extensions: { code: error.code } }] }
      : { error: error.message, code: error.code },
  );
}

/** 304 Not Modified: the client's copy, named by its ETag, is still the answer. */
function sendNotModified(response: ServerResponse, tag: string, cacheControlValue: string): void {
  response.setHeader("etag", tag);
  response.setHeader("cache-control", cacheControlValue);
  response.writeHead(304);
  response.end();
}

export function createHttpHandler(
  apollo: ApolloServer<RequestContext>,
  store: GraphStore,
  options: HandlerOptions,
) {
  const corsOrigins = options.corsOrigins ?? "*";
  const maxAge = options.cacheMaxAgeSeconds ?? 0;
  const schemaHints = options.schemaHints ?? schemaHintsOf(buildASTSchema(loadTypeDefs()));
  const salt = processSalt();
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    // No answer of this server is meant to be sniffed into another type (JSON as HTML).
    response.setHeader("x-content-type-options", "nosniff");
    // Preflights and other OPTIONS requests are answered here, for every path.
    if (applyCors(request, response, corsOrigins)) return;
    const target = request.url ?? "/";
    if (!URL.canParse(target, "http://localhost")) {
      // A request line such as `GET //[ HTTP/1.1`: the client's mistake, not a failure.
      return sendJson(response, 400, {
        error: "the request target is not a valid URL path",
        code: "BAD_REQUEST",
      });
    }
    const url = new URL(target, "http://localhost");
    if (url.pathname === ROUTE_PATHS.health) return sendJson(response, 200, { status: "ok" });
    if (url.pathname === ROUTE_PATHS.readiness) {
      if (!options.accepting()) return sendJson(response, 503, { status: "shutting down" });
      const state = await (options.readiness ?? (() => probeStore(store)))();
      if (state.ready) return sendJson(response, 200, { status: "ready", dataset: state.dataset });
      return sendJson(response, 503, { status: "not ready", reason: state.reason });
    }
    if (url.pathname === "/" && !prefersJson(request.headers.accept)) {
      return serveExplorerPage(request, response, options.explorerDir);
    }
    if (url.pathname.startsWith(EXPLORER_PATH_PREFIX)) {
      return serveExplorerAsset(request, response, url, options.explorerDir);
    }
    if (serveSchemaHint(request, response, url.pathname, schemaHints, maxAge)) return;
    if (url.pathname === "/") {
      response.setHeader("vary", "accept");
      return sendJson(response, 200, apiIndex());
    }
    if (url.pathname.startsWith(EXPORT_PATH_PREFIX)) {
      if (!options.accepting())
        return sendJson(response, 503, { error: "server is shutting down" });
      // An export walks and serialises a neighbourhood: a heavy operation with a deadline.
      const deadline = new Deadline(options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS);
      try {
        const release = await options.admission?.acquire(true, deadline.signal);
        try {
          return await deadline.race(
            handleExportRequest(request, response, url, scopeStore(store, { deadline })),
          );
        } finally {
          release?.();
        }
      } catch (error) {
        const overloaded =
          error instanceof EntenteError &&
          (error.code === "DEADLINE_EXCEEDED" || error.code === "SERVER_BUSY");
        if (overloaded && !response.headersSent) return sendUnavailable(response, error, false);
        throw error;
      } finally {
        deadline.dispose();
      }
    }
    if (url.pathname !== ROUTE_PATHS.graphql)
      return sendJson(response, 404, { error: "not found" });
    if (!options.accepting()) return sendJson(response, 503, { error: "server is shutting down" });

    let body: unknown;
    try {
      const text = request.method === "POST" ? await readBody(request, options.maxBodyBytes) : "";
      body = text === "" ? undefined : JSON.parse(text);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        return sendJson(response, 413, {
          errors: [
            {
              message: `request body exceeds ${options.maxBodyBytes} bytes`,
              extensions: { code: "BAD_REQUEST" },
            },
          ],
        });
      }
      return sendJson(response, 400, {
        errors: [
          { message: "request body is not valid JSON", extensions: { code: "BAD_REQUEST" } },
        ],
      });
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    // A GET of queries only may pass Apollo's CSRF prevention without a preflight header.
    const isGet = request.method === "GET";
    if (isGet && holdsOnlyQueries(url.search)) headers.set(READ_ONLY_GET_HEADER, "true");
    // The answer to a GET depends on the query string and, for its content type, on Accept.
    if (isGet) addVary(response, "Accept");
    const tagOf = (version: string) =>
      answerTag({ salt, version, search: url.search, accept: request.headers.accept });
    const servedNow = isGet ? options.datasetVersion?.() : undefined;
    if (servedNow !== undefined) {
      const tag = tagOf(servedNow);
      // The client holds the answer this request had from this dataset: no need to run it.
      if (ifNoneMatchIncludes(request.headers["if-none-match"], tag)) {
        return sendNotModified(response, tag, cacheControl(maxAge));
      }
    }
    // The deadline runs from here: Apollo's answer, or DEADLINE_EXCEEDED when it passes first
    // (the store calls of the request stop then too, see scopeStore).
    const deadline = new Deadline(options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS);
    let result: Awaited<ReturnType<typeof apollo.executeHTTPGraphQLRequest>>;
    try {
      result = await deadline.race(
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: {
            method: request.method ?? "GET",
            headers,
            search: url.search,
            body,
          },
          context: async () => createRequestContext(store, { deadline }),
        }),
      );
    } catch (error) {
      if (error instanceof DeadlineExceededError) return sendUnavailable(response, error, true);
      throw error;
    } finally {
      deadline.dispose();
    }
    const answered = result.headers.get(CACHEABLE_VERSION_HEADER);
    result.headers.delete(CACHEABLE_VERSION_HEADER);
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (isGet) {
      // Cacheable: a complete answer without errors, tagged with the dataset it read.
      if (answered !== undefined && response.statusCode === 200) {
        const tag = tagOf(answered);
        if (ifNoneMatchIncludes(request.headers["if-none-match"], tag)) {
          return sendNotModified(response, tag, cacheControl(maxAge));
        }
        response.setHeader("etag", tag);
        response.setHeader("cache-control", cacheControl(maxAge));
      } else {
        response.setHeader("cache-control", "no-store");
      }
    }
    if (result.body.kind === "complete") {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };
}
