/**
 * One resolver for every field marked `@relation` in the SDL: it reads the
 * directive, maps the filter for the far side, and asks the request's batched
 * neighbour loader, so N parents cost one store call.
 */

import type { GraphQLObjectType, GraphQLResolveInfo } from "graphql";
import type { GraphNode, NodeHead } from "../../domain/graph-types.js";
import { invariant } from "../../domain/invariant.js";
import type { NeighbourQuery } from "../../store/graph-store.js";
import {
  checkDay,
  checkPageSize,
  type FilterInput,
  requestResolver,
  toNodeFilter,
} from "../input-mapping.js";
import { readsHeadsOnly } from "../reads-heads-only.js";
import type { RequestContext } from "../request-context.js";
import { toNodeWhere } from "../where-mapping.js";
import { type RelationSpec, relationSpecOf } from "./relation-spec.js";

function specOf(info: GraphQLResolveInfo): RelationSpec {
  const field = (info.parentType as GraphQLObjectType).getFields()[info.fieldName];
  invariant(field, `no field ${info.parentType.name}.${info.fieldName}`);
  const spec = relationSpecOf(field);
  invariant(spec, `${info.parentType.name}.${info.fieldName} has no @relation`);
  return spec;
}

/** The arguments a `@relation` field and its connection twin share. */
export type RelationArgs = {
  readonly filter?: FilterInput | null;
  readonly where?: Readonly<Record<string, unknown>> | null;
  readonly asOf?: string | null;
};

/**
 * The store query a `@relation` field (or its connection twin) asks, but for how many
 * links: the relationships `spec` follows (of its statuses), the far side's filter and `where`, and the
 * day and the mode of reading it, which the relationships and the far nodes share (a day
 * in `filter` wins over the field's own `asOf` for the far nodes).
 */
export async function neighbourQueryOf(
  spec: RelationSpec,
  args: RelationArgs,
  context: RequestContext,
  info: Pick<GraphQLResolveInfo, "schema">,
): Promise<Omit<NeighbourQuery, "limit">> {
  const asOf = checkDay("asOf", args.asOf);
  const filter = await toNodeFilter(
    "filter",
    spec.category,
    args.filter,
    requestResolver(context.loaders),
  );
  const where = toNodeWhere("where", spec.category ?? "Node", args.where, info.schema);
  const far = where ? { ...filter, where } : filter;
  return {
    types: spec.types,
    direction: spec.direction,
    ...(spec.edgeStatuses ? { edgeStatuses: spec.edgeStatuses } : {}),
    far: asOf === undefined || far.asOf !== undefined ? far : { ...far, asOf },
    asOf,
    // The mode asked for in `filter` reads the relationships the same way.
    ...(far.asOfMode ? { asOfMode: far.asOfMode } : {}),
  };
}

/** The arguments of a `@relation` field. */
export type RelationFieldArgs = RelationArgs & { readonly first?: number | null };

/**
 * The store query of a `@relation` field, built the same way by its resolver and by a
 * lookup that reads it ahead (relation-prefetch.ts): the loaders are keyed by its JSON.
 */
export async function relationQueryOf(
  spec: RelationSpec,
  args: RelationFieldArgs,
  context: RequestContext,
  info: Pick<GraphQLResolveInfo, "schema">,
): Promise<NeighbourQuery> {
  return {
    ...(await neighbourQueryOf(spec, args, context, info)),
    limit: checkPageSize("first", args.first, 50),
  };
}

/**
 * The far nodes of the field's links, each once. When the selection asks them for no more
 * than their heads, only heads are read (see reads-heads-only.ts); the fields resolved on
 * them then read nothing a head lacks.
 */
export async function resolveRelation(
  parent: GraphNode,
  args: RelationFieldArgs,
  context: RequestContext,
  info: GraphQLResolveInfo,
): Promise<(GraphNode | NodeHead)[]> {
  const query = await relationQueryOf(specOf(info), args, context, info);
  const nodes = readsHeadsOnly(info)
    ? await context.loaders.neighbourHeads(query).load(parent.id)
    : (await context.loaders.neighbours(query).load(parent.id)).map((link) => link.node.node);
  const seen = new Set<string>();
  // A node linked twice (e.g. COORDINATES_WITH both ways) is listed once.
  return nodes.filter((node) => !seen.has(node.id) && seen.add(node.id));
}
