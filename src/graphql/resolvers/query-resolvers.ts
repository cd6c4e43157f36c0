/** Root fields: lookups, search, paged lists and dataset information. */
import type { GraphQLResolveInfo } from "graphql";
import { BadUserInputError } from "../../domain/errors.js";
import { foldText } from "../../domain/fold-text.js";
import type { GraphNode, NodeHead } from "../../domain/graph-types.js";
import { invariant } from "../../domain/invariant.js";
import { MAX_IDS } from "../../domain/limits.js";
import { quoteValue } from "../../domain/quote-value.js";
import type { NodeCategory } from "../../domain/vocabulary.js";
import type { ListQuery, NeighbourQuery, NodeFilter, PathResult } from "../../store/graph-store.js";
import { cursorBinding, offsetAfter } from "../cursor.js";
import type {
  QueryActorsArgs,
  QueryAgreementsArgs,
  QueryEventsArgs,
  QueryNodeArgs,
  QueryNodesArgs,
  QueryPlacesArgs,
  QueryRelationshipArgs,
  QueryRelationshipsArgs,
  QuerySearchArgs,
  QuerySourcesArgs,
  QueryTopicsArgs,
} from "../generated/schema-types.js";
import {
  checkPageSize,
  checkText,
  requestResolver,
  toEdgeFilter,
  toNodeFilter,
  toSort,
  toSorts,
} from "../input-mapping.js";
import { connectionReadsHeadsOnly } from "../reads-heads-only.js";
import { prefetchedRelation } from "../relation-prefetch.js";
import { datasetVersion, type RequestContext } from "../request-context.js";
import { toNodeWhere } from "../where-mapping.js";
import { toConnection } from "./connection.js";

type ListArgs =
  | QueryActorsArgs
  | QueryAgreementsArgs
  | QueryEventsArgs
  | QueryTopicsArgs
  | QueryPlacesArgs
  | QuerySourcesArgs;

function listResolver(category: NodeCategory) {
  return async (
    _root: unknown,
    args: ListArgs,
    context: RequestContext,
    info: GraphQLResolveInfo,
  ) => {
    const binding = cursorBinding(info.fieldName, args, await datasetVersion(context));
    const offset = offsetAfter(args.after, binding);
    const limit = checkPageSize("first", args.first, 20);
    const filter = await toNodeFilter(
      "filter",
      category,
      "filter" in args ? args.filter : undefined,
      requestResolver(context.loaders),
    );
    const where = toNodeWhere(
      "where",
      category,
      "where" in args ? args.where : undefined,
      info.schema,
    );
    const [sort = toSort(undefined), ...thenBy] = toSorts("sort", args.sort);
    const query: ListQuery = {
      filter: where ? { ...filter, where } : filter,
      sort,
      thenBy,
      offset,
      limit,
    };
    // Nodes asked only for their heads are read as heads (see reads-heads-only.ts).
    const { items, totalCount }: { items: ListEdge[]; totalCount: number } =
      connectionReadsHeadsOnly(info)
        ? await context.store.listNodeHeads(query).then((page) => ({
            totalCount: page.totalCount,
            items: page.items.map((node) => ({ node, why: null })),
          }))
        : await context.store.listNodes(query).then((page) => ({
            totalCount: page.totalCount,
            items: page.items.map((match) => ({ node: match.node, why: match.why ?? null })),
          }));
    return {
      ...toConnection(items, offset, totalCount, (edge) => edge, binding),
      [LIST_FILTER]: where ? { ...filter, where } : filter,
    };
  };
}

/** An edge of a root list: a whole node with its `why`, or only a head where that is all it is asked. */
type ListEdge = { node: GraphNode | NodeHead; why: PathResult | null };

/** Where a root list's connection keeps its filter, for its `aggregate`. */
const LIST_FILTER = Symbol("list filter");

/**
 * A root list's `aggregate` (schema/connections.graphql): asked of the store only when
 * selected, over every node the list's filter matches.
 */
export function resolveListAggregate(
  parent: { readonly [LIST_FILTER]?: NodeFilter },
  _args: unknown,
  context: RequestContext,
) {
  const filter = parent[LIST_FILTER];
  invariant(filter, "aggregate on a connection no root list returned");
  return context.store.listSummary(filter).then((summary) => ({
    count: { nodes: summary.totalCount },
    node: { date: summary.dates },
  }));
}

/**
 * `node(id:)` with the relation under it read alongside (relation-prefetch.ts): through
 * that batch loader, and failing an id, as a name or an alias (byName).
 */
async function lookUpWith(
  args: QueryNodeArgs,
  context: RequestContext,
  prefetch: Promise<NeighbourQuery | undefined>,
): Promise<GraphNode | null> {
  const relation = await prefetch;
  const load = (id: string) =>
    relation
      ? context.loaders.nodesWithNeighbourHeads(relation).load(id)
      : context.loaders.nodes.load(id);
  return (await load(args.id)) ?? byName(args, context, load);
}

/**
 * `node(id:)` whose id is no node's: a name or an alias of exactly one node, read with
 * `load`, or an error with the closest names.
 */
async function byName(
  args: QueryNodeArgs,
  context: RequestContext,
  load: (id: string) => GraphNode | undefined | Promise<GraphNode | undefined>,
): Promise<GraphNode | null> {
  const text = checkText("id", args.id) ?? "";
  const { ids } = await context.loaders.references.load({
    argument: "id",
    text,
    searchFallback: false,
  });
  if (ids.length > 1) {
    throw new BadUserInputError(
      "id",
      `${quoteValue(text)} names ${ids.length} nodes; give one of their ids: ${ids.slice(0, 5).join(", ")}`,
    );
  }
  return (await load(ids[0] ?? "")) ?? null;
}

/** A list of nodes by id as the schema gives it: null where no node has the id. */
const foundOrNull = (nodes: readonly (GraphNode | Error | undefined)[]): (GraphNode | null)[] =>
  nodes.map((node) => (node instanceof Error || node === undefined ? null : node));

export const queryResolvers = {
  Query: {
    node: (
      _root: unknown,
      args: QueryNodeArgs,
      context: RequestContext,
      info: GraphQLResolveInfo,
    ) => {
      // The one relation under the lookup, when it can be read with it (relation-prefetch.ts).
      const prefetch = prefetchedRelation(info, context);
      if (prefetch) return lookUpWith(args, context, prefetch);
      // At once where the store gives nodes so (no promise, no turn), else batched.
      const load = (id: string) => context.loaders.node(id);
      const found = load(args.id);
      if (found instanceof Promise)
        return found.then((node) => node ?? byName(args, context, load));
      return found ?? byName(args, context, load);
    },
    nodes: (_root: unknown, args: QueryNodesArgs, context: RequestContext) => {
      if (args.ids.length > MAX_IDS) {
        throw new BadUserInputError(
          "ids",
          `at most ${MAX_IDS} ids per request, got ${args.ids.length}`,
        );
      }
      const nodes = context.loaders.nodeList(args.ids);
      return nodes instanceof Promise ? nodes.then(foundOrNull) : foundOrNull(nodes);
    },
    search: (_root: unknown, args: QuerySearchArgs, context: RequestContext) => {
      const text = checkText("text", args.text) ?? "";
      if (foldText(text) === "")
        throw new BadUserInputError("text", "must contain a letter or a digit");
      return context.store.search({
        text,
        categories: args.categories ?? undefined,
        kinds: args.kinds ?? undefined,
        limit: checkPageSize("first", args.first, 10),
      });
    },
    actors: listResolver("Actor"),
    agreements: listResolver("Agreement"),
    events: listResolver("Event"),
    topics: listResolver("Topic"),
    places: listResolver("Place"),
    sources: listResolver("Source"),
    relationship: async (_root: unknown, args: QueryRelationshipArgs, context: RequestContext) => {
      const id = checkText("id", args.id) ?? "";
      const [edge] = await context.store.getEdges([id]);
      return edge ?? null;
    },
    relationships: async (
      _root: unknown,
      args: QueryRelationshipsArgs,
      context: RequestContext,
    ) => {
      const binding = cursorBinding("relationships", args, await datasetVersion(context));
      const offset = offsetAfter(args.after, binding);
      const limit = checkPageSize("first", args.first, 20);
      const page = await context.store.listEdges({
        filter: await toEdgeFilter(args.filter, requestResolver(context.loaders)),
        offset,
        limit,
      });
      return toConnection(page.items, offset, page.totalCount, (edge) => ({ node: edge }), binding);
    },
    dataset: async (_root: unknown, _args: unknown, context: RequestContext) => {
      const info = await context.store.info();
      return {
        version: info.version,
        nodeCount: info.nodeCount,
        relationshipCount: info.edgeCount,
      };
    },
  },
};
