/**
 * What a field marked `@relation` in the SDL follows (relationship types, direction, the
 * statuses it keeps to, the far side's category), read from the directive once per field.
 */
import {
  type GraphQLField,
  type GraphQLNamedType,
  getNamedType,
  isObjectType,
  valueFromASTUntyped,
} from "graphql";
import { invariant } from "../../domain/invariant.js";
import {
  isNodeCategory,
  isProspective,
  type NodeCategory,
  type RelationshipType,
  STATUSES,
  type Status,
} from "../../domain/vocabulary.js";
import type { Direction } from "../../store/graph-store.js";
import { CONNECTION_SUFFIX } from "../connection-sdl.js";

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
