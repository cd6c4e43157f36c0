/**
 * Runs one GraphQL operation in-process, with the same schema, limits and error
 * masking as over HTTP: used by the CLI's `query` and by tests.
 */
import type { ApolloServer } from "@apollo/server";
import type { FormattedExecutionResult } from "graphql";
import { invariant } from "../domain/invariant.js";
import type { GraphStore } from "../store/graph-store.js";
import { createRequestContext, type RequestContext } from "./request-context.js";

export async function executeQuery(
  server: ApolloServer<RequestContext>,
  store: GraphStore,
  query: string,
  variables?: Record<string, unknown>,
  options: { countRoundTrips?: boolean } = {},
): Promise<FormattedExecutionResult> {
  const response = await server.executeOperation(
    { query, variables },
    { contextValue: createRequestContext(store, options) },
  );
  invariant(response.body.kind === "single", "incremental delivery is not used by Entente");
  return response.body.singleResult;
}
