/**
 * Decides what of an error a client sees: our typed errors keep their code and
 * message, GraphQL's own request errors pass as they are, and anything else is
 * masked so that no internal detail or stack trace leaves the server.
 */
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { EntenteError } from "../domain/errors.js";

const PASS_THROUGH = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
]);

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (error: unknown) => void = (e) => console.error(e),
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof EntenteError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: original.code, ...original.details },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && PASS_THROUGH.has(code)) {
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log(original);
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
