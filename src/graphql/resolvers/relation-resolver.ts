/**
 * One resolver for every field marked `@relation` in the SDL: it reads the
 * directive, maps the filter for the far side, and asks the request's batched
 * neighbour loader, so N parents cost one store call.
 */

import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  getNamedType,
  isObjectType,
  valueFromASTUntyped,
} from "graphql";
import type { GraphNode } from "../../domain/graph-types.js";
import { invariant } from "../../domain/invariant.js";
import {
  isNodeCategory,
  isProspective,
  type NodeCategory,
  type RelationshipType,
  STATUSES,
  type Status,
} from "../../domain/vocabulary.js";
import type { Direction, NeighbourQuery } from "../../store/graph-store.js";
import { CONNECTION_SUFFIX } from "../connection-sdl.js";
import {
  checkDay,
  checkPageSize,
  type FilterInput,
  requestResolver,
  toNodeFilter,
} from "../input-mapping.js";
import type { RequestContext } from "../request-context.js";
import { toNodeWhere } from "../where-mapping.js";

export interface RelationSpec {
  readonly types: RelationshipType[];
  readonly direction: Direction;
  /**
   * The statuses a relationship must have (from the directive's `prospective`): a field
   * named for a fact (`signed`) lists no planned signing; absent, any status.
   */
  readonly edgeStatuses?: readonly Status[];
  /** Category of the far node, from the field's return type (none for `Node`). */
  readonly category?: NodeCategory;
}

const specs = new WeakMap<GraphQLField<unknown, unknown>, RelationSpec>();

function specOf(info: GraphQLResolveInfo): RelationSpec {
  const field = (info.parentType as GraphQLObjectType).getFields()[info.fieldName];
  invariant(field, `no field ${info.parentType.name}.${info.fieldName}`);
  const spec = relationSpecOf(field);
  invariant(spec, `${info.parentType.name}.${info.fieldName} has no @relation`);
  return spec;
}

/** What a field marked `@relation` follows, read from the directive once; undefined for other fields. */
export function relationSpecOf(field: GraphQLField<unknown, unknown>): RelationSpec | undefined {
  const cached = specs.get(field);
  if (cached) return cached;
  const directive = field.astNode?.directives?.find((d) => d.name.value === "relation");
  if (!directive) return undefined;
  const argument = (name: string) =>
    directive.arguments?.find((arg) => arg.name.value === name)?.value;
  const typesNode = argument("types");
  const directionNode = argument("direction");
  invariant(typesNode && directionNode, `@relation on ${field.name} lacks arguments`);
  const returnType = getNamedType(field.type).name;
  const prospectiveNode = argument("prospective");
  const prospective =
    prospectiveNode === undefined ? undefined : valueFromASTUntyped(prospectiveNode) === true;
  const spec: RelationSpec = {
    types: valueFromASTUntyped(typesNode) as RelationshipType[],
    direction: valueFromASTUntyped(directionNode) as Direction,
    ...(prospective === undefined
      ? {}
      : { edgeStatuses: STATUSES.filter((status) => isProspective(status) === prospective) }),
    category: isNodeCategory(returnType) ? returnType : undefined,
  };
  specs.set(field, spec);
  return spec;
}

/**
 * The relationships a field of `parentType` follows: its own `@relation`, or for a
 * connection twin (`partiesConnection`) that of the field it pages (`parties`).
 */
export function followedRelationOf(
  parentType: GraphQLNamedType,
  field: GraphQLField<unknown, unknown>,
): RelationSpec | undefined {
  const own = relationSpecOf(field);
  if (own || !field.name.endsWith(CONNECTION_SUFFIX) || !isObjectType(parentType)) return own;
  const paged = parentType.getFields()[field.name.slice(0, -CONNECTION_SUFFIX.length)];
  return paged ? relationSpecOf(paged) : undefined;
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
  info: GraphQLResolveInfo,
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

export async function resolveRelation(
  parent: GraphNode,
  args: RelationArgs & { readonly first?: number | null },
  context: RequestContext,
  info: GraphQLResolveInfo,
): Promise<GraphNode[]> {
  const query: NeighbourQuery = {
    ...(await neighbourQueryOf(specOf(info), args, context, info)),
    limit: checkPageSize("first", args.first, 50),
  };
  const links = await context.loaders.neighbours(query).load(parent.id);
  const seen = new Set<string>();
  // A node linked twice (e.g. COORDINATES_WITH both ways) is listed once.
  return links
    .map((link) => link.node.node)
    .filter((node) => !seen.has(node.id) && seen.add(node.id));
}
