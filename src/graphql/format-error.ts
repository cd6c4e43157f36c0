/**
 * Decides what of an error a client sees: our typed errors keep their code and
 * message, GraphQL's own request errors pass as they are (less any "Did you mean"
 * suggestion), and anything else is masked so that no internal detail or stack
 * trace leaves the server.
 */
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { EntenteError } from "../domain/errors.js";
import { tokenLimitError } from "./query-limits.js";

const PASS_THROUGH = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
  // Raised by the request limits before execution (request-limits-plugin.ts).
  "SERVER_BUSY",
  "DEADLINE_EXCEEDED",
]);

/**
 * GraphQL's suggestions ("Did you mean "name"?", "Did you mean the enum value …?")
 * name fields and values of the schema; they are dropped unless asked for.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean [^?]*\?/g, "").trimEnd();
}

/**
 * graphql-js stops coercing variables after 50 bad values with this error, which has
 * no code and no location; it is the client's input, not a failure of the server.
 */
const VARIABLE_ERROR_LIMIT = "Too many errors processing variables, error limit reached.";

export interface FormatOptions {
  /** Keep "Did you mean …?" suggestions (development only). */
  readonly suggestions?: boolean;
}

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (error: unknown) => void = (e) => console.error(e),
  options: FormatOptions = {},
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
  if (code === "GRAPHQL_PARSE_FAILED") {
    // graphql-js's token limit is a parse failure; answer it like the other query limits.
    const limit = tokenLimitError(formatted.message);
    if (limit) {
      const { http: _http, ...extensions } = limit.extensions;
      return { message: limit.message, extensions };
    }
  }
  if (formatted.message.startsWith(VARIABLE_ERROR_LIMIT) && formatted.path === undefined) {
    return { message: formatted.message, extensions: { code: "BAD_USER_INPUT" } };
  }
  if (typeof code === "string" && PASS_THROUGH.has(code)) {
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    const message = options.suggestions ? formatted.message : withoutSuggestions(formatted.message);
    return { ...formatted, message, extensions };
  }
  log(original);
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
