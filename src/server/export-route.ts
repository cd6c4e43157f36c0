/**
 * `GET /export/<format>?around=<id or name>&depth=<n>`: a neighbourhood as a file for
 * Cytoscape, D3, yEd or Gephi. Also `around` repeated, `types=A,B`, `asOf=YYYY-MM-DD`
 * and `limit`. A wrong parameter is a 400 whose JSON names it; an unknown format a 404.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { BadUserInputError, EntenteError } from "../domain/errors.js";
import { clip, quoteValue } from "../domain/quote-value.js";
import { EXPORT_FORMATS } from "../export/export-format.js";
import {
  checkExportParameters,
  exportAround,
  exportFileName,
  isExportFormat,
} from "../export/export-query.js";
import type { GraphStore } from "../store/graph-store.js";

export const EXPORT_PATH_PREFIX = "/export/";
const PARAMETERS = ["around", "depth", "types", "asOf", "limit"] as const;
const SINGLE_VALUED = ["depth", "asOf", "limit"] as const;

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify(body));
}

function badParameter(response: ServerResponse, parameter: string, message: string): void {
  sendJson(response, 400, { error: message, parameter });
}

export async function handleExportRequest(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  store: GraphStore,
): Promise<void> {
  const format = url.pathname.slice(EXPORT_PATH_PREFIX.length);
  if (!isExportFormat(format)) {
    return sendJson(response, 404, {
      error: `unknown export format ${quoteValue(format)}; use one of ${EXPORT_FORMATS.join(", ")}`,
      formats: EXPORT_FORMATS,
    });
  }
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.setHeader("allow", "GET, HEAD");
    return sendJson(response, 405, { error: `${request.method} is not allowed; use GET` });
  }
  const params = url.searchParams;
  for (const name of new Set(params.keys())) {
    if (!(PARAMETERS as readonly string[]).includes(name)) {
      return badParameter(
        response,
        clip(name),
        `${clip(name)}: unknown parameter; use ${PARAMETERS.join(", ")}`,
      );
    }
  }
  for (const name of SINGLE_VALUED) {
    if (params.getAll(name).length > 1) {
      return badParameter(response, name, `${name}: give it once`);
    }
  }
  try {
    const exportRequest = checkExportParameters({
      around: params.getAll("around"),
      depth: params.get("depth") ?? undefined,
      types: params.has("types") ? params.getAll("types") : undefined,
      asOf: params.get("asOf") ?? undefined,
      limit: params.get("limit") ?? undefined,
    });
    const result = await exportAround(store, format, exportRequest);
    response.writeHead(200, {
      "content-type": `${result.exported.mimeType}; charset=utf-8`,
      "content-disposition": `attachment; filename="${exportFileName(result, exportRequest.depth)}"`,
    });
    response.end(result.exported.content);
  } catch (error) {
    if (error instanceof BadUserInputError) {
      return badParameter(response, String(error.details.argument), error.message);
    }
    if (error instanceof EntenteError && error.code === "STORE_UNAVAILABLE") {
      return sendJson(response, 503, { error: error.message });
    }
    throw error;
  }
}
