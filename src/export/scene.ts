/**
 * A scene: what an Explorer view shows, as data a researcher can keep, share and
 * cite. The nodes in view, where each one is drawn, the day or range it is seen
 * as of, the filters, the selection, the path being read, the styling rules, and
 * the dataset version with its citation. Explorer writes one into its address and
 * into files; the API renders one into any export format (`POST /export/<format>`,
 * `entente export --scene`), with the positions the reader arranged.
 *
 * Plain TypeScript with no Node imports: Explorer bundles this module, so the page
 * and the API read scenes by the same rules and report the same mistakes.
 */
import { parseDay } from "../domain/partial-date.js";
import { AS_OF_MODES } from "../domain/validity.js";
import { RELATIONSHIP_TYPES } from "../domain/vocabulary.js";

export const SCENE_FORMAT = "entente-scene";
export const SCENE_VERSION = 1;
/** Most nodes one scene holds (the view's own limit). */
export const MAX_SCENE_NODES = 1_000;
/** Longest id or text a scene may carry. */
const MAX_TEXT = 200;

export const COLOUR_RULES = ["category", "status", "date", "degree"] as const;
export type ColourRule = (typeof COLOUR_RULES)[number];
export const SIZE_RULES = ["degree", "date", "uniform"] as const;
export type SizeRule = (typeof SIZE_RULES)[number];

export interface SceneStyle {
  readonly colour: ColourRule;
  readonly size: SizeRule;
}

export const DEFAULT_STYLE: SceneStyle = { colour: "category", size: "degree" };

export interface ScenePosition {
  readonly x: number;
  readonly y: number;
}

export interface Scene {
  readonly format: typeof SCENE_FORMAT;
  readonly version: typeof SCENE_VERSION;
  /** The dataset the scene was made from; a different version may show different facts. */
  readonly dataset?: { readonly version: string; readonly citation?: string };
  readonly title?: string;
  /** Node ids in view. */
  readonly nodes: readonly string[];
  /** Where each node is drawn (model coordinates). */
  readonly positions?: Readonly<Record<string, ScenePosition>>;
  /** Seen as of this day (YYYY-MM-DD)… */
  readonly asOf?: string;
  /** …or only what is known to hold at some point of these days. */
  readonly during?: { readonly from?: string; readonly to?: string };
  /**
   * How the day or range is read (src/domain/validity.ts): absent, what is known to hold
   * then; INCLUDE_UNKNOWN, also what is not known to (drawn faded).
   */
  readonly asOfMode?: "INCLUDE_UNKNOWN";
  readonly hiddenKinds?: readonly string[];
  readonly hiddenTypes?: readonly string[];
  /** Undated agreements, events and relationships left out. */
  readonly hideUndated?: boolean;
  /** Keep only what involves this topic. */
  readonly topic?: string;
  /** Selected node and relationship ids, in the order they were selected. */
  readonly selection?: readonly string[];
  /** The path being read, as its nodes in order. */
  readonly path?: readonly string[];
  readonly style?: SceneStyle;
}

/** A scene that cannot be read, with what is wrong in it. */
export class SceneError extends Error {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = "SceneError";
  }
}

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function text(field: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new SceneError(field, "must be a non-empty text");
  }
  if (value.length > MAX_TEXT)
    throw new SceneError(field, `must be at most ${MAX_TEXT} characters`);
  return value;
}

function optionalText(field: string, value: unknown): string | undefined {
  return value === undefined ? undefined : text(field, value);
}

function texts(field: string, value: unknown, max = MAX_SCENE_NODES): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new SceneError(field, "must be a list of texts");
  if (value.length > max) throw new SceneError(field, `must hold at most ${max} entries`);
  return value.map((entry, index) => text(`${field}[${index}]`, entry));
}

function day(field: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new SceneError(field, "must be a day, YYYY-MM-DD");
  const parsed = parseDay(value);
  if (typeof parsed !== "string") throw new SceneError(field, parsed.error);
  return parsed;
}

function oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new SceneError(field, `must be one of ${allowed.join(", ")}`);
  return found;
}

const KNOWN_FIELDS = new Set([
  "format",
  "version",
  "dataset",
  "title",
  "nodes",
  "positions",
  "asOf",
  "during",
  "asOfMode",
  "hiddenKinds",
  "hiddenTypes",
  "hideUndated",
  "topic",
  "selection",
  "path",
  "style",
]);

/**
 * Reads a scene from parsed JSON, checking every field; a SceneError names the
 * first wrong one. Unknown fields are refused too, so a typo is never silently ignored.
 */
export function parseScene(value: unknown): Scene {
  if (!isRecord(value)) throw new SceneError("scene", "must be a JSON object");
  if (value.format !== SCENE_FORMAT) {
    throw new SceneError("format", `must be "${SCENE_FORMAT}" (is this an Entente scene?)`);
  }
  if (value.version !== SCENE_VERSION) {
    throw new SceneError("version", `must be ${SCENE_VERSION}; this Explorer reads no other`);
  }
  for (const key of Object.keys(value)) {
    if (!KNOWN_FIELDS.has(key)) throw new SceneError(key.slice(0, 40), "unknown field");
  }
  const nodes = texts("nodes", value.nodes);
  if (!nodes) throw new SceneError("nodes", "must be a list of node ids");
  const known = new Set(nodes);

  let dataset: Scene["dataset"];
  if (value.dataset !== undefined) {
    if (!isRecord(value.dataset)) throw new SceneError("dataset", "must be an object");
    dataset = {
      version: text("dataset.version", value.dataset.version),
      citation:
        value.dataset.citation === undefined
          ? undefined
          : String(value.dataset.citation).slice(0, 1_000),
    };
  }

  let positions: Record<string, ScenePosition> | undefined;
  if (value.positions !== undefined) {
    if (!isRecord(value.positions)) {
      throw new SceneError("positions", "must map node ids to [x, y]");
    }
    positions = {};
    for (const [id, point] of Object.entries(value.positions)) {
      const field = `positions.${id.slice(0, 40)}`;
      if (!known.has(id)) throw new SceneError(field, "is not one of the scene's nodes");
      if (
        !Array.isArray(point) ||
        point.length !== 2 ||
        !point.every((coordinate) => typeof coordinate === "number" && Number.isFinite(coordinate))
      ) {
        throw new SceneError(field, "must be [x, y], two finite numbers");
      }
      positions[id] = { x: point[0] as number, y: point[1] as number };
    }
  }

  let during: Scene["during"];
  if (value.during !== undefined) {
    if (!isRecord(value.during)) throw new SceneError("during", "must be { from, to }");
    during = { from: day("during.from", value.during.from), to: day("during.to", value.during.to) };
    if (during.from && during.to && during.from > during.to) {
      throw new SceneError("during", "from must not be after to");
    }
  }
  const asOf = day("asOf", value.asOf);
  if (asOf && during) throw new SceneError("asOf", "give asOf or during, not both");
  const asOfMode =
    value.asOfMode === undefined ? undefined : oneOf("asOfMode", value.asOfMode, AS_OF_MODES);
  if (asOfMode && !asOf && !during) {
    throw new SceneError("asOfMode", "needs asOf or during, the time it reads");
  }

  const hiddenTypes = texts("hiddenTypes", value.hiddenTypes);
  for (const [index, type] of (hiddenTypes ?? []).entries()) {
    oneOf(`hiddenTypes[${index}]`, type, RELATIONSHIP_TYPES);
  }

  let style: SceneStyle | undefined;
  if (value.style !== undefined) {
    if (!isRecord(value.style)) throw new SceneError("style", "must be { colour, size }");
    style = {
      colour: oneOf("style.colour", value.style.colour ?? "category", COLOUR_RULES),
      size: oneOf("style.size", value.style.size ?? "degree", SIZE_RULES),
    };
  }
  if (value.hideUndated !== undefined && typeof value.hideUndated !== "boolean") {
    throw new SceneError("hideUndated", "must be true or false");
  }
  const path = texts("path", value.path);
  if (path && path.length === 1) throw new SceneError("path", "must name at least two nodes");

  return {
    format: SCENE_FORMAT,
    version: SCENE_VERSION,
    dataset,
    title: optionalText("title", value.title),
    nodes,
    positions,
    asOf,
    during,
    asOfMode: asOfMode === "INCLUDE_UNKNOWN" ? asOfMode : undefined,
    hiddenKinds: texts("hiddenKinds", value.hiddenKinds),
    hiddenTypes,
    hideUndated: value.hideUndated === true ? true : undefined,
    topic: optionalText("topic", value.topic),
    selection: texts("selection", value.selection),
    path,
    style,
  };
}

/** The scene as JSON with its fields in a fixed order and without empty ones. */
export function sceneToJson(scene: Scene): Json {
  const json: Json = {};
  for (const key of KNOWN_FIELDS) {
    const field = (scene as unknown as Json)[key];
    if (field === undefined) continue;
    if (Array.isArray(field) && field.length === 0 && key !== "nodes") continue;
    if (key === "positions") {
      json[key] = Object.fromEntries(
        Object.entries(field as Record<string, ScenePosition>).map(([id, { x, y }]) => [
          id,
          [Math.round(x), Math.round(y)],
        ]),
      );
    } else json[key] = field;
  }
  return json;
}
