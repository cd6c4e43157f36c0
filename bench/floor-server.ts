/**
 * The floor: Apollo Server 5 with Entente's schema and HTTP handler, whose root
 * resolvers return the precomputed response objects of the benchmark's requests.
 * Nested fields use GraphQL's default resolvers (property reads), so what it costs
 * is parsing, validation, execution over the response shape and HTTP alone. It adds
 * the same `extensions.dataset` as Entente, so both answer byte for byte alike.
 */
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { type DocumentNode, type GraphQLResolveInfo, Kind } from "graphql";
import { citationFor } from "../src/domain/citation.js";
import { loadTypeDefs } from "../src/graphql/load-type-defs.js";
import type { RequestContext } from "../src/graphql/request-context.js";
import type { DatasetInfo } from "../src/store/graph-store.js";

interface FloorContext extends RequestContext {
  /** While recording: the response data whose root fields become the answers. */
  readonly record?: Record<string, unknown>;
}

type RootResolver = (
  root: unknown,
  args: Record<string, unknown>,
  context: FloorContext,
  info: GraphQLResolveInfo,
) => unknown;

function rootFields(typeDefs: DocumentNode): string[] {
  const fields: string[] = [];
  for (const definition of typeDefs.definitions) {
    const isObject =
      definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
      definition.kind === Kind.OBJECT_TYPE_EXTENSION;
    if (isObject && definition.name.value === "Query") {
      for (const field of definition.fields ?? []) fields.push(field.name.value);
    }
  }
  return fields;
}

export function createFloorServer(info: DatasetInfo) {
  const typeDefs = loadTypeDefs();
  const answers = new Map<string, unknown>();
  const resolve: RootResolver = (_root, args, context, resolveInfo) => {
    const key = `${resolveInfo.fieldName}${JSON.stringify(args)}`;
    if (context.record) answers.set(key, context.record[resolveInfo.fieldName]);
    if (!answers.has(key)) throw new Error(`floor: no precomputed answer for ${key}`);
    return answers.get(key);
  };
  const dataset = { version: info.version, citation: citationFor(info) };
  const server = new ApolloServer<FloorContext>({
    typeDefs,
    resolvers: {
      Query: Object.fromEntries(rootFields(typeDefs).map((field) => [field, resolve])),
      Node: { __resolveType: (node: { __typename?: string }) => node.__typename },
    },
    includeStacktraceInErrorResponses: false,
    // As Entente's server does (create-apollo-server.ts): compact JSON, no cache-control hints.
    stringifyResult: (value) => JSON.stringify(value),
    allowBatchedHttpRequests: false,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              if (response.body.kind !== "single") return;
              response.body.singleResult.extensions = {
                ...response.body.singleResult.extensions,
                dataset,
              };
            },
          };
        },
      },
    ],
  });
  return server;
}
