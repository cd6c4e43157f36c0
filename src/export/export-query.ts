/**
 * From the text parameters of `GET /export/<format>` and `entente export` to an
 * export: each value is checked (a BadUserInputError names the parameter), the
 * start references are resolved through the store, and the neighbourhood is
 * serialised with the dataset version, the citation and the sources its evidence
 * cites. Also the whole graph (`all`), and a scene from Explorer (`POST`, `--scene`)
 * with the positions its reader arranged.
 */
import { citationFor } from "../domain/citation.js";
import { isUndated, isUndatedRelationship } from "../domain/dated-categories.js";
import { BadUserInputError } from "../domain/errors.js";
import type { GraphNode } from "../domain/graph-types.js";
import { DEFAULT_FAN_OUT } from "../domain/limits.js";
import { quoteValue } from "../domain/quote-value.js";
import { topicFocusIds } from "../domain/topic-focus.js";
import { RELATIONSHIP_TYPES, type RelationshipType } from "../domain/vocabulary.js";
import type { GraphStore, Subgraph } from "../store/graph-store.js";
import {
  checkNeighbourhoodRequest,
  type NeighbourhoodRequest,
  resolveNeighbourhood,
} from "../store/neighbourhood-request.js";
import { resolveReferences } from "../store/resolve-references.js";
import { topicInvolvement } from "../store/topic-involvement.js";
import {
  EXPORT_FORMATS,
  type ExportedSubgraph,
  type ExportFormat,
  type ExportMeta,
  type SourceSummary,
} from "./export-format.js";
import { renderExport } from "./render-off-thread.js";
import { MAX_SCENE_NODES, type Scene } from "./scene.js";

/** The parameters as text, as a query string or command line gives them. */
export interface ExportParameters {
  /** Ids, names or aliases of the start nodes. */
  readonly around: readonly string[];
  readonly depth?: string;
  /** Relationship types, each entry possibly a comma-separated list. */
  readonly types?: readonly string[];
  readonly asOf?: string;
  readonly limit?: string;
}

/** An export around start nodes: a neighbourhood request (src/store/neighbourhood-request.ts). */
export type ExportRequest = NeighbourhoodRequest;

export function isExportFormat(text: string): text is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(text);
}

function checkTypes(entries: readonly string[] | undefined): RelationshipType[] | undefined {
  if (entries === undefined) return undefined;
  const types: RelationshipType[] = [];
  for (const piece of entries.flatMap((entry) => entry.split(","))) {
    const name = piece.trim().toUpperCase();
    const type = RELATIONSHIP_TYPES.find((candidate) => candidate === name);
    if (!type) {
      throw new BadUserInputError(
        "types",
        `${quoteValue(piece.trim())} is not a relationship type; use ${RELATIONSHIP_TYPES.join(", ")}`,
      );
    }
    if (!types.includes(type)) types.push(type);
  }
  return types;
}

/**
 * Checks every parameter as every entry point does (checkNeighbourhoodRequest), after
 * reading the relationship types from their text; throws a BadUserInputError naming
 * the first wrong one.
 */
export function checkExportParameters(parameters: ExportParameters): ExportRequest {
  return checkNeighbourhoodRequest(
    {
      starts: parameters.around,
      depth: parameters.depth,
      types: checkTypes(parameters.types),
      asOf: parameters.asOf,
      limit: parameters.limit,
    },
    { starts: "around", types: "types" },
  );
}

export interface ExportResult {
  readonly exported: ExportedSubgraph;
  readonly subgraph: Subgraph;
  /** The start node ids the `around` references resolved to, in order. */
  readonly ids: readonly string[];
}

/**
 * Resolves `around` as every entry point does (resolveReferences: ids, names, aliases,
 * then the best search hit), walks the neighbourhood and serialises it. A reference
 * that matches nothing is a BadUserInputError on `around`.
 */
export async function exportAround(
  store: GraphStore,
  format: ExportFormat,
  request: ExportRequest,
): Promise<ExportResult> {
  const query = await resolveNeighbourhood(store, request);
  const ids = query.ids;
  const subgraph = await store.neighbourhood(query);
  const exported = await renderExport(subgraph, format, await exportMeta(store, subgraph));
  return { exported, subgraph, ids };
}

/**
 * The meta every export carries: the dataset version and citation, and the sources
 * that the evidence cites (and any Source node shown), by id, with title and address.
 */
export async function exportMeta(
  store: GraphStore,
  subgraph: Subgraph,
  positions?: ExportMeta["positions"],
): Promise<ExportMeta> {
  const cited = new Set<string>();
  for (const item of [...subgraph.nodes, ...subgraph.edges]) {
    for (const evidence of item.evidence) cited.add(evidence.sourceId);
  }
  const shown = subgraph.nodes.filter((node) => node.source);
  const missing = [...cited].filter((id) => !shown.some((node) => node.id === id));
  const [info, found] = await Promise.all([store.info(), store.getNodes(missing)]);
  const sources: Record<string, SourceSummary> = {};
  for (const node of [...shown, ...found]) {
    if (!node?.source) continue;
    sources[node.id] = {
      title: node.source.title,
      publisher: node.source.publisher,
      url: node.source.url,
      publishedOn: node.source.publishedOn.iso,
    };
  }
  return {
    datasetVersion: info.version,
    citation: citationFor(info),
    sources,
    ...(positions ? { positions } : {}),
  };
}

/**
 * Every node (sources included) and relationship of the dataset, as of a day when
 * one is given: the whole-graph export.
 */
export async function wholeGraph(store: GraphStore, asOf?: string): Promise<Subgraph> {
  const info = await store.info();
  const [nodes, edges] = await Promise.all([
    store.listNodes({
      filter: { asOf },
      sort: { field: "ID", descending: false },
      offset: 0,
      limit: Math.max(info.nodeCount, 1),
    }),
    store.listEdges({ filter: { asOf }, offset: 0, limit: Math.max(info.edgeCount, 1) }),
  ]);
  return {
    nodes: nodes.items.map((match) => match.node),
    edges: [...edges.items],
    truncated: nodes.totalCount > nodes.items.length || edges.totalCount > edges.items.length,
  };
}

export async function exportWholeGraph(
  store: GraphStore,
  format: ExportFormat,
  asOf?: string,
): Promise<ExportedSubgraph> {
  const subgraph = await wholeGraph(store, asOf);
  return renderExport(subgraph, format, await exportMeta(store, subgraph));
}

/**
 * The nodes a scene's topic focus keeps, by the rule Explorer applies
 * (src/domain/topic-focus.ts) on the scene's day; a topic that names no topic is a
 * BadUserInputError on `topic`.
 */
async function sceneTopicFocus(store: GraphStore, scene: Scene): Promise<Set<string> | undefined> {
  if (scene.topic === undefined) return undefined;
  const [ids = []] = await resolveReferences(store, [
    { argument: "topic", text: scene.topic, categories: ["Topic"], searchFallback: false },
  ]);
  const topic = ids.length === 1 ? (ids[0] ?? scene.topic) : scene.topic;
  return topicFocusIds(ids, await topicInvolvement(store, topic, scene.asOf));
}

/**
 * What a scene shows, as the API reads it: its nodes and the relationships among
 * them, on its day or range, without the kinds, relationship types or undated items
 * it hides, and only what its topic focus keeps, as Explorer shows it.
 */
export async function sceneSubgraph(store: GraphStore, scene: Scene): Promise<Subgraph> {
  const hiddenTypes = new Set(scene.hiddenTypes ?? []);
  const types =
    hiddenTypes.size === 0
      ? undefined
      : RELATIONSHIP_TYPES.filter((type) => !hiddenTypes.has(type));
  const existing = await store.getNodes(scene.nodes);
  const unknown = scene.nodes.filter((_id, index) => existing[index] === undefined);
  if (unknown.length > 0) {
    throw new BadUserInputError(
      "nodes",
      `${unknown.length} of the scene's nodes are not in this dataset, e.g. ${quoteValue(unknown[0] ?? "")}`,
    );
  }
  const during = scene.during && (scene.during.from || scene.during.to) ? scene.during : undefined;
  const focus = await sceneTopicFocus(store, scene);
  const subgraph = await store.neighbourhood({
    ids: scene.nodes,
    depth: 0,
    types,
    limit: MAX_SCENE_NODES,
    fanOut: DEFAULT_FAN_OUT,
    asOf: scene.asOf,
    during,
    ...(scene.asOfMode ? { asOfMode: scene.asOfMode } : {}),
  });
  const hiddenKinds = new Set(scene.hiddenKinds ?? []);
  const keep = (node: GraphNode) =>
    !hiddenKinds.has(node.kind) &&
    !(scene.hideUndated && isUndated(node)) &&
    (focus === undefined || focus.has(node.id));
  const nodes = subgraph.nodes.filter(keep);
  const kept = new Set(nodes.map((node) => node.id));
  return {
    nodes,
    edges: subgraph.edges.filter(
      (edge) =>
        kept.has(edge.from) &&
        kept.has(edge.to) &&
        !(scene.hideUndated && isUndatedRelationship(edge)),
    ),
    truncated: subgraph.truncated,
  };
}

export async function exportScene(
  store: GraphStore,
  format: ExportFormat,
  scene: Scene,
): Promise<ExportedSubgraph> {
  const subgraph = await sceneSubgraph(store, scene);
  return renderExport(subgraph, format, await exportMeta(store, subgraph, scene.positions));
}

/** A file name for the export: `entente-<first start id>[-and-N-more]-depth-<d>.<ext>`. */
export function exportFileName(result: ExportResult, depth: number): string {
  const [first = "subgraph"] = result.ids;
  const slug = first.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 80);
  const more = result.ids.length > 1 ? `-and-${result.ids.length - 1}-more` : "";
  return `entente-${slug}${more}-depth-${depth}.${result.exported.extension}`;
}
