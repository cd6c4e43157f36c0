/**
 * One resolver for every nested connection (`partiesConnection`, generated into
 * schema/connections.graphql): it reads the `@relation` of the field it pages
 * (`parties`), maps its arguments as the relation resolver does, and asks the request's
 * batched page loader, so N parents asking for the same page cost one store call.
 * Cursors are bound like the root lists' to the field, its arguments and the dataset
 * version, and also to the parent node: a cursor of Japan's agreements is no cursor of
 * the EU's.
 */
import type { GraphQLResolveInfo } from "graphql";
import type { GraphNode } from "../../domain/graph-types.js";
import { invariant } from "../../domain/invariant.js";
import type { DateSpan, Neighbour, NeighbourPageQuery } from "../../store/graph-store.js";
import { NESTED_PAGE_SIZE } from "../connection-sdl.js";
import { cursorBinding, offsetAfter } from "../cursor.js";
import { checkPageSize, toSorts } from "../input-mapping.js";
import { datasetVersion, type RequestContext } from "../request-context.js";
import { type Connection, toConnection } from "./connection.js";
import { neighbourQueryOf, type RelationArgs } from "./relation-resolver.js";
import { followedRelationOf } from "./relation-spec.js";

export type RelationConnectionArgs = RelationArgs & {
  readonly sort?: readonly { field?: string; direction?: string }[] | null;
  readonly first?: number | null;
  readonly after?: string | null;
};

/** The shape schema/connections.graphql gives a nested connection. */
export interface RelationConnection
  extends Connection<{ node: GraphNode; properties: Neighbour["edge"] }> {
  readonly aggregate: {
    readonly count: { readonly nodes: number; readonly edges: number };
    readonly node: { readonly date: DateSpan };
    readonly edge: { readonly date: DateSpan };
  };
}

export async function resolveRelationConnection(
  parent: GraphNode,
  args: RelationConnectionArgs,
  context: RequestContext,
  info: GraphQLResolveInfo,
): Promise<RelationConnection> {
  const field = info.parentType.getFields()[info.fieldName];
  const spec = field ? followedRelationOf(info.parentType, field) : undefined;
  invariant(spec, `${info.parentType.name}.${info.fieldName} pages no @relation field`);
  const binding = cursorBinding(
    `${info.parentType.name}.${info.fieldName}@${parent.id}`,
    args,
    await datasetVersion(context),
  );
  const offset = offsetAfter(args.after, binding);
  const query: NeighbourPageQuery = {
    ...(await neighbourQueryOf(spec, args, context, info)),
    limit: checkPageSize("first", args.first, NESTED_PAGE_SIZE),
    offset,
    sort: toSorts("sort", args.sort),
  };
  const page = await context.loaders.neighbourPages(query).load(parent.id);
  return {
    ...toConnection(
      page.items,
      offset,
      page.totalCount,
      (link) => ({ node: link.node.node, properties: link.edge }),
      binding,
    ),
    aggregate: {
      count: { nodes: page.nodeCount, edges: page.totalCount },
      node: { date: page.nodeDates },
      edge: { date: page.edgeDates },
    },
  };
}
