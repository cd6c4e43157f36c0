/**
 * Cross-origin access. The API is public and read-only and uses no cookies or other
 * credentials, so by default any page may read it (`Access-Control-Allow-Origin: *`): an
 * Observable notebook, a local Vite app, a page opened from disk. ENTENTE_CORS_ORIGINS
 * narrows that to a list of origins, for an operator who wants it; the answer then depends
 * on the request's Origin, and says so with `Vary: Origin`.
 *
 * Requests are never refused for their origin: only the browser's permission to read the
 * answer is given or withheld, as CORS intends. (Apollo's CSRF prevention decides which
 * requests a browser may send without a preflight; see src/graphql/csrf-prevention.ts.)
 */
import type { IncomingMessage, ServerResponse } from "node:http";

/** Any origin, or only the listed ones (serialised origins, e.g. `https://example.org`). */
export type CorsOrigins = "*" | readonly string[];

export const CORS_ORIGINS_SETTING = "ENTENTE_CORS_ORIGINS";

/** What a preflight may ask for: the methods the server answers. */
export const ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";

/**
 * Response headers a page's script may read beyond the safelisted ones (Content-Type,
 * Cache-Control…): the ETag of a cacheable answer, Retry-After of a 503, the file name of
 * an export.
 */
export const EXPOSED_HEADERS = "ETag, Retry-After, Content-Disposition";

/**
 * How long a browser may reuse a preflight's answer. Browsers cap it (Chromium at two
 * hours, Firefox at a day); the allowed headers and methods change only with a release.
 */
export const PREFLIGHT_MAX_AGE_SECONDS = 86_400;

/** An HTTP header name (RFC 9110 token). */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Reads the setting: unset, empty or `*` for any origin; `none` for no cross-origin reads;
 * otherwise origins separated by commas or spaces. An entry that is not an origin
 * (scheme, host and port only) is a configuration error naming it.
 */
export function parseCorsOrigins(value: string | undefined): CorsOrigins {
  const text = value?.trim() ?? "";
  if (text === "" || text === "*") return "*";
  if (text === "none") return [];
  const origins: string[] = [];
  for (const entry of text.split(/[\s,]+/).filter((part) => part !== "")) {
    const url = URL.canParse(entry) ? new URL(entry) : undefined;
    const isOrigin =
      (url?.protocol === "http:" || url?.protocol === "https:") &&
      url.pathname === "/" &&
      url.search === "" &&
      url.hash === "" &&
      url.username === "" &&
      url.password === "";
    if (!url || !isOrigin) {
      throw new Error(
        `${CORS_ORIGINS_SETTING}: "${entry}" is not an origin; write scheme://host[:port] with nothing after it, e.g. https://observablehq.com`,
      );
    }
    // As browsers send it: lower case, without a default port.
    origins.push(url.origin);
  }
  return origins;
}

/** Adds `value` to the response's Vary header, once. */
export function addVary(response: ServerResponse, value: string): void {
  const current = response.getHeader("vary");
  const listed = (Array.isArray(current) ? current.join(",") : String(current ?? ""))
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
  if (listed.some((part) => part.toLowerCase() === value.toLowerCase() || part === "*")) return;
  response.setHeader("vary", [...listed, value].join(", "));
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify(body));
}

/**
 * Sets the CORS headers of the answer to `request`, and answers OPTIONS itself (a preflight,
 * or a plain question about the methods). True when it has answered.
 */
export function applyCors(
  request: IncomingMessage,
  response: ServerResponse,
  origins: CorsOrigins,
): boolean {
  const origin = request.headers.origin;
  if (origins !== "*") addVary(response, "Origin");
  const allowed =
    origin === undefined
      ? undefined
      : origins === "*"
        ? "*"
        : origins.includes(origin)
          ? origin
          : undefined;
  if (allowed !== undefined) {
    response.setHeader("access-control-allow-origin", allowed);
    response.setHeader("access-control-expose-headers", EXPOSED_HEADERS);
  }
  if (request.method !== "OPTIONS") return false;

  const preflight = origin !== undefined && request.headers["access-control-request-method"];
  if (!preflight) {
    response.writeHead(204, { allow: ALLOWED_METHODS });
    response.end();
    return true;
  }
  if (allowed === undefined) {
    sendJson(response, 403, {
      error: `origin ${origin} is not among the origins allowed to read this API (${CORS_ORIGINS_SETTING})`,
      code: "ORIGIN_NOT_ALLOWED",
    });
    return true;
  }
  // The answer repeats the headers the preflight asked for: any header may accompany a
  // request to a read-only API without credentials (tracing headers, client names…).
  const asked = String(request.headers["access-control-request-headers"] ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter((name) => TOKEN.test(name));
  addVary(response, "Access-Control-Request-Headers");
  response.setHeader("access-control-allow-methods", ALLOWED_METHODS);
  if (asked.length > 0) response.setHeader("access-control-allow-headers", asked.join(", "));
  response.setHeader("access-control-max-age", String(PREFLIGHT_MAX_AGE_SECONDS));
  // Chromium asks before a public page may call a server on the visitor's own machine
  // (a notebook calling http://localhost:4000): say yes, as for any other origin allowed.
  if (request.headers["access-control-request-private-network"] === "true") {
    response.setHeader("access-control-allow-private-network", "true");
  }
  response.writeHead(204);
  response.end();
  return true;
}
