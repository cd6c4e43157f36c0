import { readFile } from "node:fs/promises";
import { BadUserInputError } from "../domain/errors.js";
import { DEFAULT_FAN_OUT } from "../domain/limits.js";
import { quoteValue } from "../domain/quote-value.js";
import { EXPORT_FORMATS } from "../export/export-format.js";
import {
  checkExportParameters,
  type ExportParameters,
  exportAround,
  exportScene,
  exportWholeGraph,
  isExportFormat,
} from "../export/export-query.js";
import { parseScene, type Scene, SceneError } from "../export/scene.js";
import { loadSeed } from "../seed/load-seed.js";
import { MemoryStore } from "../store/memory/memory-store.js";

export interface ExportCommandOptions extends Partial<ExportParameters> {
  readonly seedDir: string;
  readonly format?: string;
  /** The whole graph instead of a neighbourhood. */
  readonly all?: boolean;
  /** A scene file saved by Explorer, rendered as it was drawn. */
  readonly scene?: string;
}

export interface ExportOutput {
  /** Receives the file's text unchanged (stdout, for `> out.gexf`). */
  readonly write: (text: string) => void;
  /** Receives messages, one line each (stderr, so that they never end up in the file). */
  readonly error: (line: string) => void;
}

/** "depth: must be…" as the command line spells the option: "--depth: must be…". */
function optionMessage(error: BadUserInputError): string {
  const parameter = String(error.details.argument);
  const option = parameter === "asOf" ? "as-of" : parameter;
  const reason = error.message.startsWith(`${parameter}: `)
    ? error.message.slice(parameter.length + 2)
    : error.message;
  return `export: --${option}: ${reason}`;
}

/** Reads and checks a scene file; a SceneError or a read error names the file. */
async function readSceneFile(path: string): Promise<Scene> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new SceneError(
      "--scene",
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SceneError("--scene", `${path} is not JSON`);
  }
  return parseScene(json);
}

/**
 * `entente export`: the neighbourhood of some nodes (or the whole graph, or a scene
 * saved by Explorer) as Cytoscape.js JSON, D3 JSON, GraphML or GEXF on stdout, with
 * the parameters and limits of `GET /export/<format>`.
 */
export async function runExport(
  options: ExportCommandOptions,
  output: ExportOutput,
): Promise<number> {
  const format = options.format;
  if (format === undefined || !isExportFormat(format)) {
    const problem = format === undefined ? "give" : `unknown format ${quoteValue(format)}; give`;
    output.error(`export: ${problem} --format ${EXPORT_FORMATS.join("|")}`);
    return 2;
  }
  if (options.all || options.scene !== undefined) {
    const other = (["around", "depth", "types", "limit"] as const).find(
      (name) => options[name] !== undefined,
    );
    const mode = options.all ? "--all" : "--scene";
    if ((options.all && options.scene !== undefined) || other) {
      output.error(`export: ${mode} does not take --${other ?? "scene"}`);
      return 2;
    }
    if (options.scene !== undefined && options.asOf !== undefined) {
      output.error("export: --scene does not take --as-of (the scene has its own date)");
      return 2;
    }
    try {
      const scene = options.scene === undefined ? undefined : await readSceneFile(options.scene);
      const asOf =
        options.asOf === undefined
          ? undefined
          : checkExportParameters({ around: ["all"], asOf: options.asOf }).asOf;
      const store = new MemoryStore(await loadSeed({ seedDir: options.seedDir }));
      try {
        const exported = scene
          ? await exportScene(store, format, scene)
          : await exportWholeGraph(store, format, asOf);
        output.write(exported.content);
        return 0;
      } finally {
        await store.close();
      }
    } catch (error) {
      if (error instanceof SceneError) {
        output.error(`export: scene ${error.message}`);
        return 2;
      }
      if (!(error instanceof BadUserInputError)) throw error;
      output.error(optionMessage(error));
      return 2;
    }
  }
  try {
    const request = checkExportParameters({
      around: options.around ?? [],
      depth: options.depth,
      types: options.types,
      asOf: options.asOf,
      limit: options.limit,
    });
    const store = new MemoryStore(await loadSeed({ seedDir: options.seedDir }));
    try {
      const result = await exportAround(store, format, request);
      output.write(result.exported.content);
      if (result.subgraph.truncated) {
        output.error(
          `export: limits cut the neighbourhood (at most ${request.limit} nodes, ${DEFAULT_FAN_OUT} relationships followed per node); raise --limit or lower --depth`,
        );
      }
      return 0;
    } finally {
      await store.close();
    }
  } catch (error) {
    if (!(error instanceof BadUserInputError)) throw error;
    output.error(optionMessage(error));
    return 2;
  }
}
