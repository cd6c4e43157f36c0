/**
 * HTTP caching of what only a reload or a restart can change: GraphQL answers to GET
 * (they depend on the request and the dataset, which is immutable between reloads) and
 * the schema's client files. Each answer gets an ETag; a client that sends it back in
 * If-None-Match gets 304 Not Modified, without the query being run again when the
 * dataset has not changed since.
 */
import { createHash, randomBytes } from "node:crypto";

export const CACHE_MAX_AGE_SETTING = "ENTENTE_CACHE_MAX_AGE";

/**
 * Cache-Control of a cacheable answer. With the default of 0 seconds a cache keeps the
 * answer but asks again each time (a 304 costs a hash, no query), so a reload shows at
 * once; a longer max-age saves those round trips where reloads are rare and planned.
 */
export function cacheControl(maxAgeSeconds: number): string {
  return `public, max-age=${maxAgeSeconds}, must-revalidate`;
}

function digest(parts: readonly string[]): string {
  const hash = createHash("sha256");
  // Each part's length first, so that no two lists of parts hash the same text.
  for (const part of parts) hash.update(`${part.length}:${part}`);
  return hash.digest("base64url").slice(0, 22);
}

/**
 * A fresh value per server process, part of every answer's ETag: a restart may bring
 * other code (a corrected resolver) over the same dataset, and its answers must not be
 * taken for the old ones. (Replicas of a server therefore have ETags of their own.)
 */
export function processSalt(): string {
  return randomBytes(12).toString("base64url");
}

/**
 * The ETag of a GraphQL answer to a GET: the dataset version it read, and a hash of the
 * process, the version, the query string (query, variables, operation name, extensions)
 * and the Accept header (which chooses the content type).
 */
export function answerTag(answer: {
  readonly salt: string;
  readonly version: string;
  readonly search: string;
  readonly accept: string | undefined;
}): string {
  const hash = digest([answer.salt, answer.version, answer.search, answer.accept ?? ""]);
  return `"${answer.version.slice(0, 16)}-${hash}"`;
}

/** The ETag of a fixed text. */
export function contentTag(text: string): string {
  return `"${digest([text])}"`;
}

/**
 * Whether If-None-Match names `tag` (or is `*`), comparing weakly as RFC 9110 says for
 * this header: `W/"x"` matches `"x"`.
 */
export function ifNoneMatchIncludes(header: string | string[] | undefined, tag: string): boolean {
  if (header === undefined) return false;
  const text = Array.isArray(header) ? header.join(",") : header;
  if (text.trim() === "*") return true;
  const opaque = tag.replace(/^W\//, "");
  return (text.match(/(?:W\/)?"[^"]*"/g) ?? []).some(
    (listed) => listed.replace(/^W\//, "") === opaque,
  );
}
