/** Fields every node type shares, and those particular to agreements, events and sources. */
import type { GraphNode } from "../../domain/graph-types.js";
import { knownOn, validityOf } from "../../domain/validity.js";
import { isProspective } from "../../domain/vocabulary.js";
import { cursorBinding, offsetAfter } from "../cursor.js";
import type {
  NodeKnownOnArgs,
  NodeLinksArgs,
  SourceStatementsArgs,
} from "../generated/schema-types.js";
import { checkDay, checkPageSize, requestResolver, toEdgeFilter } from "../input-mapping.js";
import { datasetVersion, type RequestContext } from "../request-context.js";
import { toConnection } from "./connection.js";
import { toLink } from "./value-resolvers.js";

const commonFields = {
  inferred: (node: GraphNode) => node.inference !== undefined,
  inference: (node: GraphNode) => node.inference ?? null,
  inferredProperties: (node: GraphNode) => node.inferredProperties ?? [],
  description: (node: GraphNode) => node.description ?? null,
  validity: (node: GraphNode) => validityOf(node),
  knownOn: (node: GraphNode, args: NodeKnownOnArgs) =>
    knownOn(validityOf(node), checkDay("day", args.day) ?? args.day),
  links: async (node: GraphNode, args: NodeLinksArgs, context: RequestContext) => {
    const asOf = checkDay("asOf", args.asOf);
    const neighbours = await context.loaders
      .neighbours({
        types: args.types ?? undefined,
        direction: args.direction ?? "BOTH",
        edgeStatuses: args.statuses ?? undefined,
        asOf,
        ...(asOf !== undefined && args.asOfMode ? { asOfMode: args.asOfMode } : {}),
        limit: checkPageSize("first", args.first, 50),
      })
      .load(node.id);
    return neighbours.map((neighbour) => toLink(node.id, neighbour, asOf));
  },
};

const datedFields = {
  date: (node: GraphNode) => node.date ?? null,
  status: (node: GraphNode) => node.status ?? null,
  prospective: (node: GraphNode) => (node.status ? isProspective(node.status) : null),
};

export const nodeResolvers = {
  Node: {
    __resolveType: (node: GraphNode) => node.category,
  },
  Actor: commonFields,
  Agreement: { ...commonFields, ...datedFields },
  Event: { ...commonFields, ...datedFields, ordinal: (node: GraphNode) => node.ordinal ?? null },
  Topic: commonFields,
  Place: commonFields,
  Source: {
    ...commonFields,
    title: (node: GraphNode) => node.source?.title,
    publisher: (node: GraphNode) => node.source?.publisher,
    section: (node: GraphNode) => node.source?.section ?? null,
    author: (node: GraphNode) => node.source?.author ?? null,
    publishedOn: (node: GraphNode) => node.source?.publishedOn,
    url: (node: GraphNode) => node.source?.url,
    basedOn: (node: GraphNode) => node.source?.basedOn ?? null,
    language: (node: GraphNode) => node.source?.language ?? null,
    retrievedOn: (node: GraphNode) => node.source?.retrievedOn ?? null,
    contentHash: (node: GraphNode) => node.source?.contentHash ?? null,
    statements: async (node: GraphNode, args: SourceStatementsArgs, context: RequestContext) => {
      // Bound to the source as well: a cursor of one source's statements is no other's.
      const binding = cursorBinding(
        `Source.statements@${node.id}`,
        args,
        await datasetVersion(context),
      );
      const offset = offsetAfter(args.after, binding);
      const limit = checkPageSize("first", args.first, 20);
      const filter = await toEdgeFilter(args.filter, requestResolver(context.loaders));
      const page = await context.loaders.sourceStatements({ filter, offset, limit }).load(node.id);
      return toConnection(page.items, offset, page.totalCount, (edge) => ({ node: edge }), binding);
    },
  },
};
