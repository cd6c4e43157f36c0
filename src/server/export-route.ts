/**
 * `GET /export/<format>?around=<id or name>&depth=<n>`: a neighbourhood as a file for
 * Cytoscape, D3, yEd or Gephi. Also `around` repeated, `types=A,B`, `asOf=YYYY-MM-DD`
 * and `limit`; `all=true` (with `asOf` at most) for the whole graph, sources included.
 * `POST /export/<format>` with a scene (the JSON Explorer saves) renders that scene,
 * positions included. A wrong parameter or scene is a 400 whose JSON names the
 * parameter or field; an unknown format a 404.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { BadUserInputError, EntenteError } from "../domain/errors.js";
import { parseDay } from "../domain/partial-date.js";
import { clip, quoteValue } from "../domain/quote-value.js";
import { EXPORT_FORMATS } from "../export/export-format.js";
import {
  checkExportParameters,
  exportAround,
  exportFileName,
  exportScene,
  exportWholeGraph,
  isExportFormat,
} from "../export/export-query.js";
import { parseScene, SceneError } from "../export/scene.js";
import type { GraphStore } from "../store/graph-store.js";

export const EXPORT_PATH_PREFIX = "/export/";

/** One way of asking `/export/<format>` for a file. */
export interface ExportForm {
  readonly method: "GET" | "POST";
  /** The query parameters it takes, the first one required. */
  readonly parameters: readonly string[];
  /** What the request looks like, `{format}` standing for one of EXPORT_FORMATS. */
  readonly example: string;
  /** What the file holds. */
  readonly gives: string;
}

/**
 * The forms the export route answers, declared once: the handler reads its parameters
 * and methods from here, and the JSON index at `/` lists them as they are.
 */
export const EXPORT_FORMS = {
  around: {
    method: "GET",
    parameters: ["around", "depth", "types", "asOf", "limit"],
    example: `${EXPORT_PATH_PREFIX}{format}?around=ID&depth=N&types=A,B&asOf=YYYY-MM-DD&limit=N`,
    gives: "the neighbourhood of the start nodes (around may be repeated)",
  },
  all: {
    method: "GET",
    parameters: ["all", "asOf"],
    example: `${EXPORT_PATH_PREFIX}{format}?all=true&asOf=YYYY-MM-DD`,
    gives: "the whole graph, sources with title and address included",
  },
  scene: {
    method: "POST",
    parameters: [],
    example: `POST ${EXPORT_PATH_PREFIX}{format} with a scene as the JSON body (what Explorer saves)`,
    gives: "that scene, with the positions it holds",
  },
} as const satisfies Record<string, ExportForm>;

const GET_FORMS = Object.values(EXPORT_FORMS).filter((form) => form.method === "GET");
const PARAMETERS = [...new Set(GET_FORMS.flatMap((form) => form.parameters))];
const SINGLE_VALUED = ["depth", "asOf", "limit", "all"] as const;
/** GET forms answer HEAD too. */
export const EXPORT_METHODS = [
  ...new Set(
    Object.values(EXPORT_FORMS).flatMap((form) =>
      form.method === "GET" ? ["GET", "HEAD"] : [form.method],
    ),
  ),
];

/** The export route as the JSON index lists it. */
export function exportIndexEntry() {
  return {
    path: `${EXPORT_PATH_PREFIX}{format}`,
    formats: EXPORT_FORMATS,
    methods: EXPORT_METHODS,
    forms: Object.values(EXPORT_FORMS),
  };
}
/** Largest scene body: a thousand nodes with positions fit in a tenth of it. */
export const MAX_SCENE_BYTES = 512 * 1024;

class SceneTooLargeError extends Error {}

async function readScene(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Read to the end even past the limit, so the keep-alive connection stays usable.
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size <= MAX_SCENE_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_SCENE_BYTES) throw new SceneTooLargeError();
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new SceneError("scene", "the body is not JSON");
  }
}

function attachment(response: ServerResponse, mimeType: string, name: string, content: string) {
  response.writeHead(200, {
    "content-type": `${mimeType}; charset=utf-8`,
    "content-disposition": `attachment; filename="${name}"`,
  });
  response.end(content);
}

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
  if (request.method === EXPORT_FORMS.scene.method) {
    try {
      const scene = parseScene(await readScene(request));
      const exported = await exportScene(store, format, scene);
      return attachment(
        response,
        exported.mimeType,
        `entente-scene.${exported.extension}`,
        exported.content,
      );
    } catch (error) {
      if (error instanceof SceneTooLargeError) {
        return sendJson(response, 413, { error: `a scene is at most ${MAX_SCENE_BYTES} bytes` });
      }
      if (error instanceof SceneError) return badParameter(response, error.field, error.message);
      if (error instanceof BadUserInputError) {
        return badParameter(response, String(error.details.argument), error.message);
      }
      throw error;
    }
  }
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.setHeader("allow", EXPORT_METHODS.join(", "));
    return sendJson(response, 405, {
      error: `${request.method} is not allowed; use GET, or POST with a scene`,
    });
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
  if (params.has("all")) {
    if (params.get("all") !== "true") return badParameter(response, "all", "all: must be true");
    const allowed: readonly string[] = EXPORT_FORMS.all.parameters;
    const other = [...params.keys()].find((name) => !allowed.includes(name));
    if (other) {
      return badParameter(
        response,
        other,
        `${other}: the whole graph takes ${allowed.filter((name) => name !== "all").join(", ")} only`,
      );
    }
    let asOf: string | undefined;
    const day = params.get("asOf");
    if (day !== null) {
      const parsed = parseDay(day.trim());
      if (typeof parsed !== "string")
        return badParameter(response, "asOf", `asOf: ${parsed.error}`);
      asOf = parsed;
    }
    const exported = await exportWholeGraph(store, format, asOf);
    const name = `entente-graph${asOf ? `-as-of-${asOf}` : ""}.${exported.extension}`;
    return attachment(response, exported.mimeType, name, exported.content);
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
    attachment(
      response,
      result.exported.mimeType,
      exportFileName(result, exportRequest.depth),
      result.exported.content,
    );
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
