/**
 * Store queries as the parameter maps the Cypher statements read: absent
 * conditions become null (match all), present lists are copied (an empty one
 * matches nothing), days become Neo4j dates and counts Neo4j integers, and text
 * references carry their folded form for matching names and aliases.
 */
import neo4j from "neo4j-driver";
import { foldText } from "../../domain/fold-text.js";
import { MAX_SORT_KEYS } from "../../domain/limits.js";
import { isProspective, STATUSES } from "../../domain/vocabulary.js";
import type {
  AggregateQuery,
  DegreeQuery,
  EdgeFilter,
  EdgeListQuery,
  ListQuery,
  NeighbourhoodQuery,
  NeighbourPageQuery,
  NeighbourQuery,
  NodeFilter,
  NodeSort,
  PathQuery,
  SearchQuery,
  TimelineQuery,
} from "../graph-store.js";
import { compileWhere } from "./cypher-where.js";
import { nameKey, toNeo4jDate } from "./record-mapping.js";

/**
 * A text reference as Cypher compares it: the raw text for ids, and the folded text
 * between name-key separators, which occurs in a node's `nameKey` exactly where one of its
 * whole folded names equals it (found through the text index).
 */
export function referenceParam(texts: readonly string[]) {
  return { refs: [...texts], keys: texts.map((text) => nameKey([foldText(text)])) };
}

/** A day (YYYY-MM-DD) as a Neo4j Date, or null when absent. */
export function dayParam(day: string | undefined) {
  return day === undefined ? null : toNeo4jDate(day);
}

function listParam<T>(list: readonly T[] | undefined): T[] | null {
  return list ? [...list] : null;
}

/** A NodeFilter as the `$filter`/`$far` parameter map the statements read. */
export function filterParam(filter: NodeFilter | undefined) {
  return {
    categories: listParam(filter?.categories),
    kinds: listParam(filter?.kinds),
    statuses: listParam(filter?.statuses),
    hasDate: filter?.date !== undefined,
    dateFrom: dayParam(filter?.date?.from),
    dateTo: dayParam(filter?.date?.to),
    relatedTo: (filter?.relatedTo ?? []).map((related) => ({
      types: [...related.types],
      direction: related.direction,
      includeParts: related.includeParts ?? false,
      ...referenceParam(related.nodes),
    })),
    coversTopic: filter?.coversTopic === undefined ? null : referenceParam([filter.coversTopic]),
    involvesTopic:
      filter?.involvesTopic === undefined
        ? null
        : {
            ...referenceParam([filter.involvesTopic.topic]),
            maxHops: neo4j.int(filter.involvesTopic.maxHops),
          },
    asOf: dayParam(filter?.asOf),
    asOfUnknown: filter?.asOfMode === "INCLUDE_UNKNOWN",
    whereValues: filter?.where ? compileWhere("n", filter.where, "").values : [],
  };
}

/** An EdgeFilter as the `$filter` map of LIST_EDGES. */
export function edgeFilterParam(filter: EdgeFilter) {
  return {
    types: listParam(filter.types),
    from: listParam(filter.from),
    to: listParam(filter.to),
    sources: listParam(filter.sources),
    statuses: listParam(filter.statuses),
    hasDate: filter.date !== undefined,
    dateFrom: dayParam(filter.date?.from),
    dateTo: dayParam(filter.date?.to),
    prospective: filter.prospective ?? null,
    inferred: filter.inferred ?? null,
    asOf: dayParam(filter.asOf),
    asOfUnknown: filter.asOfMode === "INCLUDE_UNKNOWN",
  };
}

export function getNodesParams(ids: readonly string[]) {
  return { ids: [...new Set(ids)] };
}

/** `from/TYPE/to#key` → its ends, so that a lookup by id can use the node id index. */
export function parseEdgeId(id: string): { from: string; to: string } | undefined {
  const [from, , ...rest] = id.split("/");
  const to = rest.join("/").split("#")[0];
  return from && to ? { from, to } : undefined;
}

export function getEdgesParams(ids: readonly string[]) {
  return {
    rows: [...new Set(ids)].flatMap((id) => {
      const parsed = parseEdgeId(id);
      return parsed ? [{ id, ...parsed }] : [];
    }),
  };
}

export function listNodesParams(query: ListQuery) {
  return {
    filter: filterParam(query.filter),
    sort: { field: query.sort.field, descending: query.sort.descending },
    // Only the sorted statement (listNodesStatement(where, true)) takes further keys.
    ...(query.thenBy?.length
      ? {
          thenBy: Array.from({ length: MAX_SORT_KEYS - 1 }, (_, i) => {
            const key = query.thenBy?.[i];
            return key ? { field: key.field, descending: key.descending } : null;
          }),
        }
      : {}),
    offset: neo4j.int(query.offset),
    limit: neo4j.int(query.limit),
  };
}

/**
 * The folded text, its words, and the longest word, which every name that scores contains
 * (SEARCH finds its candidates through it); undefined when the text folds to nothing.
 */
export function searchParams(query: SearchQuery) {
  const text = foldText(query.text);
  if (text === "") return undefined;
  const tokens = text.split(" ");
  return {
    text,
    tokens,
    anchor: tokens.reduce((longest, token) => (token.length > longest.length ? token : longest)),
    categories: listParam(query.categories),
    kinds: listParam(query.kinds),
    limit: neo4j.int(query.limit),
  };
}

export function listEdgesParams(query: EdgeListQuery) {
  return {
    filter: edgeFilterParam(query.filter),
    prospectiveStatuses: STATUSES.filter(isProspective),
    offset: neo4j.int(query.offset),
    limit: neo4j.int(query.limit),
  };
}

/** SOURCE_STATEMENT_PAGES's parameters: the sources (each once) and the page of each. */
export function sourceStatementPagesParams(sourceIds: readonly string[], query: EdgeListQuery) {
  return { sourceIds: [...new Set(sourceIds)], ...listEdgesParams(query) };
}

export function neighboursParams(ids: readonly string[], query: NeighbourQuery) {
  return {
    ids: [...new Set(ids)],
    types: listParam(query.types),
    direction: query.direction,
    edgeStatuses: listParam(query.edgeStatuses),
    asOf: dayParam(query.asOf),
    asOfUnknown: query.asOfMode === "INCLUDE_UNKNOWN",
    far: filterParam(query.far),
    limit: neo4j.int(query.limit),
  };
}

/** NEIGHBOURS' parameters and the page: `sort` padded with nulls to MAX_SORT_KEYS keys. */
export function neighbourPagesParams(ids: readonly string[], query: NeighbourPageQuery) {
  const keys: readonly NodeSort[] =
    query.sort.length > 0 ? query.sort : [{ field: "NAME", descending: false }];
  return {
    ...neighboursParams(ids, query),
    sort: Array.from({ length: MAX_SORT_KEYS }, (_, i) => {
      const key = keys[i];
      return key ? { field: key.field, descending: key.descending } : null;
    }),
    offset: neo4j.int(query.offset),
  };
}

/** One { refs, keys } entry per reference, in order (duplicates kept: each gets its answer). */
export function resolveParams(references: readonly string[]) {
  return { references: references.map((reference) => referenceParam([reference])) };
}

/** The ends without repeats: SHORTEST_PATHS walks from each once (the query treats them as sets). */
export function shortestPathsParams(query: PathQuery) {
  return {
    from: [...new Set(query.from)],
    to: [...new Set(query.to)],
    maxHops: neo4j.int(query.maxHops),
    types: listParam(query.types),
    asOf: dayParam(query.asOf),
    asOfUnknown: query.asOfMode === "INCLUDE_UNKNOWN",
    duringFrom: dayParam(query.during?.from),
    duringTo: dayParam(query.during?.to),
    limit: neo4j.int(query.limit),
  };
}

export function neighbourhoodParams(query: NeighbourhoodQuery) {
  return {
    ids: [...query.ids],
    depth: neo4j.int(query.depth),
    types: listParam(query.types),
    categories: listParam(query.categories),
    kinds: listParam(query.kinds),
    limit: neo4j.int(query.limit),
    fanOut: neo4j.int(query.fanOut),
    asOf: dayParam(query.asOf),
    asOfUnknown: query.asOfMode === "INCLUDE_UNKNOWN",
    duringFrom: dayParam(query.during?.from),
    duringTo: dayParam(query.during?.to),
  };
}

export function timelineParams(query: TimelineQuery) {
  return {
    dayFrom: dayParam(query.range.from),
    dayTo: dayParam(query.range.to),
    actor: query.actor === undefined ? null : referenceParam([query.actor]),
    topic: query.topic === undefined ? null : referenceParam([query.topic]),
    kinds: listParam(query.kinds),
    includeStatements: query.includeStatements,
    offset: neo4j.int(query.offset),
    limit: neo4j.int(query.limit),
  };
}

export function aggregateParams(query: AggregateQuery) {
  return { filter: filterParam(query.filter), groupBy: query.groupBy };
}

export function topByDegreeParams(query: DegreeQuery) {
  return {
    categories: listParam(query.categories),
    types: listParam(query.types),
    direction: query.direction,
    asOf: dayParam(query.asOf),
    asOfUnknown: query.asOfMode === "INCLUDE_UNKNOWN",
    limit: neo4j.int(query.limit),
  };
}
