/**
 * The Apollo Server over a store: schema from `schema/` (less the directives only the
 * server reads, see served-schema.ts), resolvers, error masking, CSRF prevention, and the
 * dataset version in every response's extensions so that a researcher can cite exactly
 * what an answer came from.
 */
import { ApolloServer, type GraphQLRequestContextWillSendResponse } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { DocumentNode } from "graphql";
import { citationFor } from "../domain/citation.js";
import {
  DOCUMENT_CACHE_BYTES,
  PERSISTED_QUERY_CACHE_BYTES,
  stringBytes,
} from "../domain/limits.js";
import type { DatasetInfo, GraphStore } from "../store/graph-store.js";
import { AdmissionControl } from "./admission-control.js";
import { buildResolvers } from "./build-resolvers.js";
import { CSRF_REQUEST_HEADERS } from "./csrf-prevention.js";
import { type ExecutorKind, executorFromEnv } from "./executor-setting.js";
import { formatError } from "./format-error.js";
import { jitGateway } from "./jit-gateway.js";
import { loadTypeDefs } from "./load-type-defs.js";
import { DEFAULT_QUERY_LIMITS, limitValidationRules, type QueryLimits } from "./query-limits.js";
import { type RequestContext, rememberDatasetInfo } from "./request-context.js";
import { type RequestHooks, requestHooksPlugin } from "./request-hooks.js";
import { requestLimitsHooks } from "./request-limits-hooks.js";
import { buildServedSchema } from "./served-schema.js";

/**
 * Set on an answer without errors, naming the dataset version it read: the HTTP handler
 * makes such an answer to a GET cacheable, with an ETag of that version, and removes the
 * header. An answer with errors (a store that failed, a deadline) is never cached.
 */
export const CACHEABLE_VERSION_HEADER = "x-entente-cacheable-version";

export interface ApiOptions {
  /** The SDL served; schema/*.graphql by default (a test may serve another vocabulary). */
  readonly typeDefs?: DocumentNode;
  /** Allow schema introspection (on by default for this read-only research API). */
  readonly introspection?: boolean;
  readonly logError?: (error: unknown) => void;
  /**
   * The dataset version being served, when known up front (saves asking the store);
   * a function when it can change (a reload), so citations follow it.
   */
  readonly datasetVersion?: string | (() => string | undefined);
  /** Depth, aliases, tokens, directives and cost limits (defaults: DEFAULT_QUERY_LIMITS). */
  readonly limits?: QueryLimits;
  /** How many operations may run and wait at once (default: a fresh AdmissionControl). */
  readonly admission?: AdmissionControl;
  /** Keep GraphQL's "Did you mean …?" suggestions in error messages (off by default). */
  readonly schemaSuggestions?: boolean;
  /** What executes operations (default: ENTENTE_EXECUTOR, else graphql-jit; see executor-setting.ts). */
  readonly executor?: ExecutorKind;
}

/**
 * Adds the dataset version and citation to every response, asked of the store the
 * request read (`datasetSource`, pinned with the request's store). Asked once per store
 * and version, not per response (with Neo4j every call is a round trip), and asked
 * again while the store does not yet hold the version being served.
 */
function datasetHooks(known?: string | (() => string | undefined)): RequestHooks<RequestContext> {
  const expected = typeof known === "function" ? known : () => known;
  /** What one store said of its dataset: the promise, and its value once it has resolved. */
  interface Asked {
    readonly info: Promise<DatasetInfo>;
    readonly for: string | undefined;
    value?: DatasetInfo;
  }
  const asked = new WeakMap<GraphStore, Asked>();
  const infoOf = (source: GraphStore): Asked => {
    const wanted = expected();
    const cached = asked.get(source);
    if (cached && cached.for === wanted) return cached;
    const entry: Asked = { info: source.info(), for: wanted };
    asked.set(source, entry);
    const forget = () => {
      if (asked.get(source) === entry) asked.delete(source);
    };
    // A store that does not hold the version being served (a replaced dataset still
    // answering its requests, Neo4j before its sync) is asked again next time.
    entry.info.then((info) => {
      entry.value = info;
      if (wanted !== undefined && info.version !== wanted) forget();
    }, forget);
    return entry;
  };
  return {
    didResolveOperation({ contextValue }) {
      // Cursors are bound to the version: the same answer as the extensions', asked once.
      rememberDatasetInfo(contextValue, infoOf(contextValue.datasetSource).info);
    },
    willSendResponse({ response, contextValue }) {
      if (response.body.kind !== "single") return;
      const result = response.body.singleResult;
      if (contextValue.roundTrips) {
        // Debug setting: how many store calls (Cypher statements, with Neo4j) this request made.
        result.extensions = { ...result.extensions, roundTrips: contextValue.roundTrips() };
      }
      // Awaited only until this store's information is first seen (a turn saved per response).
      const entry = infoOf(contextValue.datasetSource);
      if (entry.value) return addDataset(response, contextValue, entry.value);
      return entry.info.then(
        (info) => addDataset(response, contextValue, info),
        () => undefined,
      );
    },
  };
}

/** Cites the dataset in the response, and marks an answer without errors cacheable. */
function addDataset(
  response: GraphQLRequestContextWillSendResponse<RequestContext>["response"],
  contextValue: RequestContext,
  info: DatasetInfo,
): void {
  if (response.body.kind !== "single") return;
  const result = response.body.singleResult;
  const dataset = datasetExtension(info);
  result.extensions = result.extensions ? { ...result.extensions, dataset } : { dataset };
  // Round-trip counts differ from one run of a query to the next.
  if (!result.errors?.length && !contextValue.roundTrips) {
    response.http.headers.set(CACHEABLE_VERSION_HEADER, info.version);
  }
}

const datasetExtensions = new WeakMap<DatasetInfo, { version: string; citation: string }>();

/**
 * `extensions.dataset` of every answer from one dataset: made once per dataset, not once
 * per response (the citation is a sentence of some length). Shared between responses,
 * which serialise it and never change it.
 */
function datasetExtension(info: DatasetInfo): { version: string; citation: string } {
  let extension = datasetExtensions.get(info);
  if (!extension) {
    extension = { version: info.version, citation: citationFor(info) };
    datasetExtensions.set(info, extension);
  }
  return extension;
}

/**
 * Apollo's document store, bounded by an estimate of the heap a parsed document holds:
 * graphql-js keeps every token (with its neighbours) for error locations, about 300
 * bytes each with the AST around them, ten to forty times the query text.
 */
function documentStore(): InMemoryLRUCache<DocumentNode> {
  return new InMemoryLRUCache<DocumentNode>({
    maxSize: DOCUMENT_CACHE_BYTES,
    sizeCalculation: (document) => {
      let tokens = 0;
      for (let token = document.loc?.startToken ?? null; token; token = token.next) tokens++;
      return BYTES_PER_TOKEN * tokens + stringBytes(document.loc?.source.body ?? "");
    },
  });
}
const BYTES_PER_TOKEN = 300;

/**
 * The server answering from `store`. (Each request reads the store its context pinned,
 * and cites that one, so the server itself no longer asks `store` anything.)
 */
export function createApolloServer(_store: GraphStore, options: ApiOptions = {}) {
  const typeDefs = options.typeDefs ?? loadTypeDefs();
  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  const suggestions = options.schemaSuggestions ?? false;
  const schema = buildServedSchema(typeDefs, buildResolvers(typeDefs));
  // graphql-jit plugs in as a gateway's executor, which serves the schema itself.
  const served =
    (options.executor ?? executorFromEnv()) === "jit"
      ? { gateway: jitGateway(schema) }
      : { schema };
  return new ApolloServer<RequestContext>({
    ...served,
    // Apollo's check, with the read-only GETs the HTTP handler marks let through.
    csrfPrevention: { requestHeaders: [...CSRF_REQUEST_HEADERS] },
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // `entente serve` handles SIGTERM/SIGINT itself (in-flight requests finish, exit 0);
    // Apollo's own handler would stop at once and re-raise the signal outside tests.
    stopOnTerminationSignals: false,
    // Compact JSON: Apollo indents by default, which costs CPU and bytes on large answers.
    stringifyResult: (value) => JSON.stringify(value),
    // Query limits, checked before execution (see query-limits.ts).
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: limitValidationRules(limits),
    // Suggestions are removed by formatError, in linear time; Apollo's own removal (this
    // setting) runs a regular expression that is quadratic on the client's text.
    hideSchemaDetailsFromClientErrors: false,
    documentStore: documentStore(),
    // Registered persisted queries are query texts, keyed by their hash.
    cache: new InMemoryLRUCache<string>({
      maxSize: PERSISTED_QUERY_CACHE_BYTES,
      sizeCalculation: (text, key) => stringBytes(text) + stringBytes(key),
    }),
    formatError: (formatted, error) =>
      formatError(formatted, error, options.logError, { suggestions }),
    plugins: [
      // No per-field cache hints: answers change only with the dataset, so the HTTP
      // handler caches GETs by dataset version (ETag); and Apollo's hints would wrap every
      // field resolver, lengthening the stretches of CPU a large query holds the thread.
      ApolloServerPluginCacheControlDisabled(),
      // The limits decide first whether the operation runs at all; the turn they take is
      // given back before the dataset's extensions are added.
      requestHooksPlugin([
        requestLimitsHooks(limits, options.admission ?? new AdmissionControl()),
        datasetHooks(options.datasetVersion),
      ]),
    ],
  });
}
