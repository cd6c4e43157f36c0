/**
 * The Apollo Server over a store: schema from `schema/`, resolvers, error
 * masking, and the dataset version in every response's extensions so that a
 * researcher can cite exactly what an answer came from.
 */
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { citationFor } from "../domain/citation.js";
import type { DatasetInfo, GraphStore } from "../store/graph-store.js";
import { buildResolvers } from "./build-resolvers.js";
import { formatError } from "./format-error.js";
import { loadTypeDefs } from "./load-type-defs.js";
import type { RequestContext } from "./request-context.js";

export interface ApiOptions {
  /** Allow schema introspection (on by default for this read-only research API). */
  readonly introspection?: boolean;
  readonly logError?: (error: unknown) => void;
  /** The dataset version being served, when known up front (saves asking the store). */
  readonly datasetVersion?: string;
}

function datasetPlugin(store: GraphStore, known?: string): ApolloServerPlugin<RequestContext> {
  // Asked once, not per response (with Neo4j every call is a round trip), and asked
  // again while the store does not yet hold the version being served.
  let cached: Promise<DatasetInfo> | undefined;
  const current = () => {
    cached ??= store.info().then((info) => {
      if (known !== undefined && info.version !== known) cached = undefined;
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
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
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
  return new ApolloServer<RequestContext>({
    typeDefs,
    resolvers: buildResolvers(typeDefs),
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    formatError: (formatted, error) => formatError(formatted, error, options.logError),
    plugins: [datasetPlugin(store, options.datasetVersion)],
  });
}
