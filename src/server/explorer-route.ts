/**
 * Explorer, the browser front-end, served by the API itself from the files that
 * `npm run build` writes to dist/explorer/ (sources in explorer/). `GET /` serves
 * its page to browsers and keeps the JSON index for clients that ask for JSON;
 * `GET /explorer/<file>` serves its scripts, styles and icons. Nothing is fetched
 * from elsewhere: the page's Content-Security-Policy allows this origin only.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { PACKAGE_ROOT } from "../package-paths.js";

export const EXPLORER_PATH_PREFIX = "/explorer/";
export const DEFAULT_EXPLORER_DIR = join(PACKAGE_ROOT, "dist", "explorer");

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
};

/** The page may load and fetch from its own origin only (inline styles: React and CodeMirror set them). */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** esbuild names bundles `<name>-<8-character hash>.<ext>`: their content never changes. */
const HASHED_NAME = /-[A-Z0-9]{8}\.[a-z0-9]+(\.map)?$/;

/**
 * Whether the client asked for JSON rather than a page: it accepts application/json
 * with a higher quality than text/html. Browsers list text/html first; curl and
 * fetch send `*∕*`, which gets the page, as the issue asks.
 */
export function prefersJson(accept: string | undefined): boolean {
  if (!accept) return false;
  let json = 0;
  let html = 0;
  for (const part of accept.split(",")) {
    const [type = "", ...parameters] = part.split(";").map((text) => text.trim().toLowerCase());
    const qParameter = parameters.find((parameter) => parameter.startsWith("q="));
    const q = qParameter === undefined ? 1 : Number(qParameter.slice(2));
    if (!Number.isFinite(q)) continue;
    if (type === "application/json") json = Math.max(json, q);
    if (type === "text/html" || type === "application/xhtml+xml") html = Math.max(html, q);
  }
  return json > 0 && json > html;
}

function sendText(response: ServerResponse, status: number, text: string, type: string): void {
  response.writeHead(status, {
    "content-type": type,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  response.end(text);
}

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Entente: Explorer is not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>Explorer is not built</h1>
<p>The API is running, but the Explorer page has not been built. In the checkout, run</p>
<pre>npm run build</pre>
<p>(<code>npm start</code> runs it for you), then reload this page.</p>
<p>GraphQL answers at <a href="/graphql">/graphql</a>; <code>curl -H 'accept: application/json' /</code> lists the endpoints.</p>
</body>
</html>
`;

/** Sends one regular file under `dir` with its content type, ETag and cache policy; false when there is none. */
async function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  dir: string,
  relative: string,
  extraHeaders: Record<string, string> = {},
): Promise<boolean> {
  const root = resolve(dir);
  const file = resolve(root, relative);
  if (!file.startsWith(root + sep)) return false;
  const type = CONTENT_TYPES[extname(file).toLowerCase()];
  if (type === undefined) return false;
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return false;

  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    "content-type": type,
    "cache-control": HASHED_NAME.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
    etag,
    "last-modified": info.mtime.toUTCString(),
    "x-content-type-options": "nosniff",
    ...extraHeaders,
  };
  if (request.headers["if-none-match"] === etag) {
    response.writeHead(304, headers);
    response.end();
    return true;
  }
  response.writeHead(200, { ...headers, "content-length": String(info.size) });
  if (request.method === "HEAD") {
    response.end();
    return true;
  }
  await new Promise<void>((done, fail) => {
    const stream = createReadStream(file);
    stream.once("error", fail);
    response.once("close", () => {
      stream.destroy();
      done();
    });
    stream.pipe(response);
  });
  return true;
}

function refuseMethod(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method === "GET" || request.method === "HEAD") return false;
  response.setHeader("allow", "GET, HEAD");
  sendText(
    response,
    405,
    JSON.stringify({ error: `${request.method} is not allowed; use GET` }),
    "application/json; charset=utf-8",
  );
  return true;
}

/** `GET /` for a browser: the Explorer page, or how to build it. */
export async function serveExplorerPage(
  request: IncomingMessage,
  response: ServerResponse,
  dir: string = DEFAULT_EXPLORER_DIR,
): Promise<void> {
  if (refuseMethod(request, response)) return;
  response.setHeader("vary", "accept");
  const sent = await sendFile(request, response, dir, "index.html", {
    "content-security-policy": EXPLORER_CSP,
    "referrer-policy": "no-referrer",
  });
  if (!sent) sendText(response, 404, NOT_BUILT_PAGE, "text/html; charset=utf-8");
}

/** `GET /explorer/<file>`: a built asset, never anything outside the Explorer folder. */
export async function serveExplorerAsset(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  dir: string = DEFAULT_EXPLORER_DIR,
): Promise<void> {
  if (refuseMethod(request, response)) return;
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname.slice(EXPLORER_PATH_PREFIX.length));
  } catch {
    return sendText(response, 400, "bad path\n", "text/plain; charset=utf-8");
  }
  const safe =
    relative !== "" &&
    !relative.includes("\0") &&
    !relative.includes("\\") &&
    relative.split("/").every((segment) => segment !== "" && !segment.startsWith("."));
  if (safe && (await sendFile(request, response, dir, relative))) return;
  sendText(response, 404, "not found\n", "text/plain; charset=utf-8");
}
