/**
 * The Apollo Server over a store: schema from `schema/`, resolvers, error
 * masking, and the dataset version in every response's extensions so that a
 * researcher can cite exactly what an answer came from.
 */
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { citationFor } from "../domain/citation.js";
import type { DatasetInfo, GraphStore } from "../store/graph-store.js";
import { AdmissionControl } from "./admission-control.js";
import { buildResolvers } from "./build-resolvers.js";
import { formatError } from "./format-error.js";
import { loadTypeDefs } from "./load-type-defs.js";
import { DEFAULT_QUERY_LIMITS, limitValidationRules, type QueryLimits } from "./query-limits.js";
import type { RequestContext } from "./request-context.js";
import { requestLimitsPlugin } from "./request-limits-plugin.js";

export interface ApiOptions {
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
}

function datasetPlugin(
  store: GraphStore,
  known?: string | (() => string | undefined),
): ApolloServerPlugin<RequestContext> {
  // Asked once, not per response (with Neo4j every call is a round trip), and asked
  // again while the store does not yet hold the version being served.
  const expected = typeof known === "function" ? known : () => known;
  let cached: Promise<DatasetInfo> | undefined;
  let cachedFor: string | undefined;
  const current = () => {
    if (cachedFor !== expected()) cached = undefined;
    cachedFor = expected();
    cached ??= store.info().then((info) => {
      if (cachedFor !== undefined && info.version !== cachedFor) cached = undefined;
      return info;
    });
    return cached.catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
  };
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          if (contextValue.roundTrips) {
            // Debug setting: how many store calls (Cypher statements, with Neo4j) this request made.
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              roundTrips: contextValue.roundTrips(),
            };
          }
          const info = await current().catch(() => undefined);
          if (!info) return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            dataset: { version: info.version, citation: citationFor(info) },
          };
        },
      };
    },
  };
}

export function createApolloServer(store: GraphStore, options: ApiOptions = {}) {
  const typeDefs = loadTypeDefs();
  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  const suggestions = options.schemaSuggestions ?? false;
  return new ApolloServer<RequestContext>({
    typeDefs,
    resolvers: buildResolvers(typeDefs),
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
    hideSchemaDetailsFromClientErrors: !suggestions,
    formatError: (formatted, error) =>
      formatError(formatted, error, options.logError, { suggestions }),
    plugins: [
      // No HTTP caching of answers; and Apollo's cache-control hints would wrap every
      // field resolver, lengthening the stretches of CPU a large query holds the thread.
      ApolloServerPluginCacheControlDisabled(),
      datasetPlugin(store, options.datasetVersion),
      requestLimitsPlugin(limits, options.admission ?? new AdmissionControl()),
    ],
  });
}
