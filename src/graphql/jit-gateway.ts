/**
 * graphql-jit as Apollo Server's executor. Apollo Server 5 has one supported way to replace
 * graphql-js's `execute`: the gateway interface, whose `load()` returns an `executor` that
 * Apollo then calls for every operation, after everything it does before executing (parsing
 * and validation with our limits, persisted queries, our plugins' cost limits and admission)
 * and before everything after (error formatting and masking, the dataset extensions). This
 * "gateway" serves one fixed schema and no supergraph: it hands Apollo the served schema
 * once and executes with compiled operations (compiled-operations.ts).
 *
 * graphql-js still answers what graphql-jit does not: a document it cannot compile, and any
 * request refused before execution (bad variables), so that such answers keep graphql-js's
 * exact messages, which Apollo recognises as BAD_USER_INPUT.
 */
import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import { type ExecutionResult, execute, GraphQLError, type GraphQLSchema } from "graphql";
import { CompiledOperations } from "./compiled-operations.js";
import type { RequestContext } from "./request-context.js";

type Gateway = ApolloServerOptionsWithGateway<RequestContext>["gateway"];
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway["load"]>>["executor"]>;

export function jitGateway(
  schema: GraphQLSchema,
  compiled: CompiledOperations = new CompiledOperations(schema),
): Gateway {
  const executor: GatewayExecutor = async (request) => {
    const { document, operation, queryHash, context } = request;
    // The name the client sent (Apollo's `operationName` is that of the operation it found).
    const { operationName, variables = {} } = request.request;
    const query = operation ? compiled.get(document, queryHash, operationName) : undefined;
    if (query) {
      const result = await query.query(undefined, context, variables);
      // No data and errors: the request was refused before execution; graphql-js words it.
      if (result.data !== undefined || !result.errors?.length) return withGraphQLJsErrors(result);
    }
    return execute({
      schema,
      document,
      contextValue: context,
      variableValues: variables,
      operationName,
    });
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors inherit from GraphQLError but are built by its own constructor, with
 * no `extensions` object when the original error has none; Apollo reads `extensions.code` of
 * every error, so each becomes a graphql-js GraphQLError with the same message, locations,
 * path and original error (which format-error.ts classifies, as for graphql-js's own). The
 * errors come first, as graphql-js puts them, so that the two answers are the same bytes.
 */
function withGraphQLJsErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  return { errors: result.errors.map(asGraphQLJsError), data: result.data };
}

function asGraphQLJsError(error: GraphQLError): GraphQLError {
  if (Object.getPrototypeOf(error) === GraphQLError.prototype) return error;
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  // graphql-js computes locations from AST nodes, which graphql-jit does not keep.
  (converted as { locations?: GraphQLError["locations"] }).locations = error.locations;
  return converted;
}
