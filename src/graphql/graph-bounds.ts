/**
 * What the graph itself bounds, for the cost estimate: a list field cannot return more
 * items than the graph holds for it, whatever its `first` asks, and a `where` tree
 * costs the conditions it makes the store evaluate. Both are read from the schema's own
 * declarations (`@relation`, the node types of connections, the `where` arguments) and
 * the served dataset's statistics, so nothing here names a field.
 */
import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isObjectType,
} from "graphql";
import { type GraphStatistics, maxRelationships } from "../domain/graph-statistics.js";
import { isNodeCategory, RELATIONSHIP_TYPES, type RelationshipType } from "../domain/vocabulary.js";
import type { NodeWhere } from "../store/graph-store.js";
import { followedRelationOf } from "./resolvers/relation-spec.js";
import { toNodeWhere } from "./where-mapping.js";

/**
 * Condition evaluations that cost as much as one resolved field: a store tests a
 * condition on a node it already holds far faster than the API resolves and serialises
 * a field, so a `where` scanning a category of 10^5 nodes costs about 10^4.
 */
export const CONDITIONS_PER_COST_UNIT = 10;

/**
 * The node type a connection lists (`ActorConnection` → `Actor`: its `edges.node`), or
 * `Relationship` for the statements' connection; undefined for other types.
 */
function listedType(type: GraphQLOutputType): string | undefined {
  const named = getNamedType(type);
  if (!isObjectType(named)) return undefined;
  const edges = named.getFields().edges;
  if (!edges) return undefined;
  const edge = getNamedType(edges.type);
  if (!isObjectType(edge)) return undefined;
  const node = edge.getFields().node;
  return node ? getNamedType(node.type).name : undefined;
}

/**
 * The most items `field` can return on this graph, or undefined when the graph does not
 * bound it (paths, timelines, search):
 * - a relationship field (`@relation`, or the field a connection twin pages): the most
 *   relationships of its types one node has;
 * - `links(types, direction)`: the same, for the types and direction asked;
 * - a connection of one node category: that category's count; of statements: their count.
 */
export function graphBound(
  parentType: GraphQLNamedType,
  field: GraphQLField<unknown, unknown>,
  args: Readonly<Record<string, unknown>>,
  statistics: GraphStatistics,
): number | undefined {
  const relation = followedRelationOf(parentType, field);
  if (relation) return maxRelationships(statistics, relation.types, relation.direction);
  const typesArgument = field.args.find((arg) => arg.name === "types");
  const directionArgument = field.args.find((arg) => arg.name === "direction");
  if (
    typesArgument &&
    directionArgument &&
    getNamedType(typesArgument.type).name === "RelationshipType"
  ) {
    const types = Array.isArray(args.types)
      ? (args.types as RelationshipType[])
      : RELATIONSHIP_TYPES;
    const direction = args.direction === "OUT" || args.direction === "IN" ? args.direction : "BOTH";
    return maxRelationships(statistics, types, direction);
  }
  const listed = listedType(field.type);
  if (listed === undefined) return undefined;
  if (isNodeCategory(listed)) return statistics.nodesByCategory[listed];
  if (listed === "Relationship") return statistics.edgeCount;
  return undefined;
}

/** The node type a field's `where` argument speaks of: the listed or related node type. */
function whereTypeOf(field: GraphQLField<unknown, unknown>): string | undefined {
  const listed = listedType(field.type);
  if (listed !== undefined) return listed;
  const named = getNamedType(field.type).name;
  return isNodeCategory(named) ? named : undefined;
}

/**
 * Condition evaluations a tree asks for on `examined` nodes: each plain condition once per
 * node, and each relationship condition once per relationship it follows (at most the
 * relationships of its types that many nodes can have, and never more than the graph
 * holds), plus what its far-side conditions ask of the nodes it reaches.
 */
export function whereEvaluations(
  where: NodeWhere,
  examined: number,
  statistics: GraphStatistics,
): number {
  let total = 0;
  for (const each of [...(where.AND ?? []), ...(where.OR ?? [])]) {
    total += whereEvaluations(each, examined, statistics);
  }
  if (where.NOT) total += whereEvaluations(where.NOT, examined, statistics);
  for (const plain of [where.ids, where.name, where.kinds, where.statuses, where.date]) {
    if (plain !== undefined) total += examined;
  }
  for (const related of where.related ?? []) {
    const relationships = Math.min(
      examined * maxRelationships(statistics, related.types, related.direction),
      related.types.reduce((sum, type) => sum + (statistics.edgesByType[type] ?? 0), 0) *
        (related.direction === "BOTH" ? 2 : 1),
    );
    total += relationships;
    if (related.edge) total += relationships;
    if (related.node) total += whereEvaluations(related.node, relationships, statistics);
  }
  return total;
}

/**
 * What the `where` argument of `field` costs once, in cost units, for a list of
 * `examined` candidates; 0 without one, or when the tree is malformed (the resolver
 * then refuses it, naming what is wrong, before any work).
 */
export function whereCost(
  field: GraphQLField<unknown, unknown>,
  args: Readonly<Record<string, unknown>>,
  examined: number,
  statistics: GraphStatistics,
  schema: GraphQLSchema,
): number {
  const input = args.where;
  if (input === null || input === undefined || typeof input !== "object") return 0;
  const typeName = whereTypeOf(field);
  if (typeName === undefined) return 0;
  let where: NodeWhere | undefined;
  try {
    where = toNodeWhere("where", typeName, input as Record<string, unknown>, schema);
  } catch {
    return 0;
  }
  if (!where) return 0;
  return Math.ceil(whereEvaluations(where, examined, statistics) / CONDITIONS_PER_COST_UNIT);
}
