/**
 * Decides what of an error a client sees: our typed errors keep their code and
 * message, GraphQL's own request errors pass as they are (less any "Did you mean"
 * suggestion), and anything else is masked so that no internal detail or stack
 * trace leaves the server. Every message leaves with the client's values in it cut
 * short (shortenQuotedValues), and every step here is linear in the message.
 */
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { EntenteError } from "../domain/errors.js";
import { MAX_QUOTED_LENGTH } from "../domain/limits.js";
import { clip } from "../domain/quote-value.js";
import { tokenLimitError } from "./query-limits.js";
import { shortenQuotedValues } from "./shorten-quoted-values.js";

const PASS_THROUGH = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
  // A mutation or subscription sent to this read-only API (request-limits-hooks.ts).
  "OPERATION_NOT_SUPPORTED",
  // Raised by the request limits before execution (request-limits-hooks.ts).
  "SERVER_BUSY",
  "DEADLINE_EXCEEDED",
]);

/**
 * Apollo answers these persisted-query mistakes with a status 400 but no code; they
 * are the client's (a hash that is not the query's, a protocol version it never had).
 */
const PERSISTED_QUERY_ERRORS: ReadonlyMap<string, string> = new Map([
  ["provided sha does not match query", "PERSISTED_QUERY_HASH_MISMATCH"],
  ["Unsupported persisted query version", "PERSISTED_QUERY_VERSION_NOT_SUPPORTED"],
]);

const SUGGESTION = " Did you mean ";
/**
 * What graphql-js's didYouMean appends: one to five quoted schema names, optionally
 * introduced by "the enum value" or "to use an inline fragment on", then "?". Anchored
 * and without nested quantifiers, so it is linear in what follows the last SUGGESTION.
 */
const SUGGESTED_NAMES =
  /^(?:the enum value |to use an inline fragment on )?"[^"]*"(?:(?:, or |, | or )"[^"]*")*\?$/;

/**
 * GraphQL's suggestions ("Did you mean "name"?", "Did you mean the enum value …?")
 * name fields and values of the schema; they are dropped unless asked for. graphql-js
 * always puts the suggestion last, after any value the client sent, so only the last
 * occurrence is looked at (a client's own "Did you mean" text stays as it was sent).
 */
export function withoutSuggestions(message: string): string {
  const at = message.lastIndexOf(SUGGESTION);
  if (at === -1) return message;
  return SUGGESTED_NAMES.test(message.slice(at + SUGGESTION.length))
    ? message.slice(0, at)
    : message;
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
  const shown = classify(formatted, error, log, options);
  return { ...shown, message: clip(shortenQuotedValues(shown.message), MAX_MESSAGE_LENGTH) };
}

/**
 * Longest message sent: a dozen quoted values' worth. graphql-js prints every key of an
 * object value, so a value with thousands of short keys is long even with each one cut.
 */
export const MAX_MESSAGE_LENGTH = 12 * MAX_QUOTED_LENGTH;

function classify(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (error: unknown) => void,
  options: FormatOptions,
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
  const persisted =
    original instanceof GraphQLError && original.extensions.code === undefined
      ? PERSISTED_QUERY_ERRORS.get(original.message)
      : undefined;
  if (persisted) return { message: formatted.message, extensions: { code: persisted } };
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
