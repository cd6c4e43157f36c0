/**
 * What a client with a normalised cache needs to know of the schema, as JSON files
 * computed once from the schema at start: `/possible-types.json` (Apollo Client's
 * `possibleTypes`, as it takes them) and `/value-types.json` (the object types without an
 * identity, and the fields that list them, from which docs/clients/entente-apollo-cache.js
 * builds Apollo Client's type policies).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { GraphQLSchema } from "graphql";
import { possibleTypesOf } from "../graphql/possible-types.js";
import { valueTypesOf } from "../graphql/value-types.js";
import { cacheControl, contentTag, ifNoneMatchIncludes } from "./http-caching.js";

export const POSSIBLE_TYPES_PATH = "/possible-types.json";
export const VALUE_TYPES_PATH = "/value-types.json";

/** Each file's path with its text and ETag. */
export type SchemaHints = ReadonlyMap<string, { readonly text: string; readonly tag: string }>;

export function schemaHintsOf(schema: GraphQLSchema): SchemaHints {
  const files: [string, unknown][] = [
    [POSSIBLE_TYPES_PATH, possibleTypesOf(schema)],
    [VALUE_TYPES_PATH, valueTypesOf(schema)],
  ];
  return new Map(
    files.map(([path, value]) => {
      const text = JSON.stringify(value);
      return [path, { text, tag: contentTag(text) }];
    }),
  );
}

/** Answers GET or HEAD of one of the files; false when `pathname` is none of them. */
export function serveSchemaHint(
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  hints: SchemaHints,
  maxAgeSeconds: number,
): boolean {
  const file = hints.get(pathname);
  if (!file) return false;
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { allow: "GET, HEAD", "content-type": "application/json" });
    response.end(JSON.stringify({ error: `${pathname} answers GET and HEAD only` }));
    return true;
  }
  response.setHeader("etag", file.tag);
  response.setHeader("cache-control", cacheControl(maxAgeSeconds));
  if (ifNoneMatchIncludes(request.headers["if-none-match"], file.tag)) {
    response.writeHead(304);
    response.end();
    return true;
  }
  response.writeHead(200, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(file.text),
  });
  response.end(request.method === "HEAD" ? undefined : file.text);
  return true;
}
