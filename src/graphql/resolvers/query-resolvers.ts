/** Root fields: lookups, search, paged lists and dataset information. */
import { BadUserInputError } from "../../domain/errors.js";
import { foldText } from "../../domain/fold-text.js";
import type { NodeCategory, NodeKind } from "../../domain/vocabulary.js";
import type { NodeMatch } from "../../store/graph-store.js";
import {
  checkPageSize,
  checkText,
  type FilterInput,
  offsetAfter,
  type RelationshipFilterInput,
  toEdgeFilter,
  toNodeFilter,
  toSort,
} from "../input-mapping.js";
import type { RequestContext } from "../request-context.js";
import { toConnection } from "./connection.js";

const MAX_IDS = 100;

interface ListArgs {
  filter?: FilterInput | null;
  sort?: { field?: string; direction?: string } | null;
  first?: number | null;
  after?: string | null;
}

function listResolver(category: NodeCategory) {
  return async (_root: unknown, args: ListArgs, context: RequestContext) => {
    const offset = offsetAfter(args.after);
    const limit = checkPageSize("first", args.first, 20);
    const page = await context.store.listNodes({
      filter: toNodeFilter("filter", category, args.filter),
      sort: toSort(args.sort),
      offset,
      limit,
    });
    return toConnection(page.items, offset, page.totalCount, (match: NodeMatch) => ({
      node: match.node,
      why: match.why ?? null,
    }));
  };
}

export const queryResolvers = {
  Query: {
    node: (_root: unknown, args: { id: string }, context: RequestContext) =>
      context.loaders.nodes.load(args.id).then((node) => node ?? null),
    nodes: async (_root: unknown, args: { ids: string[] }, context: RequestContext) => {
      if (args.ids.length > MAX_IDS) {
        throw new BadUserInputError(
          "ids",
          `at most ${MAX_IDS} ids per request, got ${args.ids.length}`,
        );
      }
      const nodes = await context.loaders.nodes.loadMany(args.ids);
      return nodes.map((node) => (node instanceof Error || node === undefined ? null : node));
    },
    search: (
      _root: unknown,
      args: {
        text: string;
        categories?: NodeCategory[] | null;
        kinds?: NodeKind[] | null;
        first?: number | null;
      },
      context: RequestContext,
    ) => {
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
    relationships: async (
      _root: unknown,
      args: {
        filter?: RelationshipFilterInput | null;
        first?: number | null;
        after?: string | null;
      },
      context: RequestContext,
    ) => {
      const offset = offsetAfter(args.after);
      const limit = checkPageSize("first", args.first, 20);
      const page = await context.store.listEdges({
        filter: toEdgeFilter(args.filter),
        offset,
        limit,
      });
      return toConnection(page.items, offset, page.totalCount, (edge) => ({ node: edge }));
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
