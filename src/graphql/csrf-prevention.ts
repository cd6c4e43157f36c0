/**
 * Apollo Server's CSRF prevention, kept, with one addition it cannot be configured for.
 *
 * Apollo refuses a request that a browser would send cross-origin without a preflight —
 * no `content-type`, or a CORS-simple one (`text/plain`, forms) — unless it carries one of
 * `csrfPrevention.requestHeaders`. That stops a page on another origin from making a
 * visitor's browser run an operation with side effects. A GET that holds only queries has
 * none here: the API is read-only and uses no cookies or other credentials, so such a
 * request tells another page nothing it could not ask for itself. urql and `fetch` send
 * queries as plain GETs, and browsers cache them, so those are let through.
 *
 * The HTTP handler marks a GET whose document defines only queries with
 * READ_ONLY_GET_HEADER, one of the request headers Apollo is given below; everything else
 * (a POST as `text/plain`, a GET holding a mutation) still meets Apollo's check unchanged.
 * A client may send the header itself, like `apollo-require-preflight`: as any header
 * outside the CORS-safelisted ones, it makes the browser ask first.
 */
import { type DocumentNode, Kind, parse } from "graphql";

/** Set by the HTTP handler on a GET that holds only queries. */
export const READ_ONLY_GET_HEADER = "x-entente-read-only-get";

/**
 * Apollo's recommended headers (Apollo Client and Apollo Kotlin/iOS send them; any client
 * can add `apollo-require-preflight`), and the handler's mark.
 */
export const CSRF_REQUEST_HEADERS: readonly string[] = [
  "x-apollo-operation-name",
  "apollo-require-preflight",
  READ_ONLY_GET_HEADER,
];

/**
 * Whether a GET's query string holds a document that defines queries and nothing else.
 * A document that does not parse runs nothing (Apollo answers its syntax error), and a
 * persisted-query hash without text is run by Apollo over GET only if it is a query, so
 * both count as read-only. The request line's length is bounded by Node's header limit,
 * so parsing it here costs little; Apollo parses it again (and caches the result).
 */
export function holdsOnlyQueries(search: string): boolean {
  const texts = new URLSearchParams(search).getAll("query");
  // Apollo refuses a repeated `query` parameter itself.
  if (texts.length !== 1) return true;
  let document: DocumentNode;
  try {
    document = parse(texts[0] as string, { noLocation: true });
  } catch {
    return true;
  }
  return document.definitions.every(
    (definition) =>
      definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === "query",
  );
}
