/**
 * The schema's value objects, for clients with a normalised cache. An object type without
 * an `id` (Evidence, PartialDate, Link, Path, a connection and its edges…) has no identity of
 * its own: it is part of the node or root field it was read from, and the same field with
 * the same arguments always answers the same value, in the same order, for one dataset
 * version. Clients merge such values instead of replacing them (see docs/api.md).
 */
import {
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
} from "graphql";

export interface ValueTypes {
  /** Object types without an `id` field, by name. */
  readonly valueTypes: readonly string[];
  /** For each object type (the query type included), its fields that list value objects. */
  readonly valueLists: Readonly<Record<string, readonly string[]>>;
}

function hasIdentity(type: GraphQLObjectType): boolean {
  return "id" in type.getFields();
}

export function valueTypesOf(schema: GraphQLSchema): ValueTypes {
  const objects = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith("__"))
    .sort((a, b) => a.name.localeCompare(b.name));
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap(
      (root) => (root ? [root.name] : []),
    ),
  );
  const isValue = (type: GraphQLObjectType) => !roots.has(type.name) && !hasIdentity(type);
  const valueLists: Record<string, string[]> = {};
  for (const type of objects) {
    const fields = Object.values(type.getFields())
      .filter((field) => {
        const item = getNamedType(field.type);
        return isListType(getNullableType(field.type)) && isObjectType(item) && isValue(item);
      })
      .map((field) => field.name)
      .sort();
    if (fields.length > 0) valueLists[type.name] = fields;
  }
  return { valueTypes: objects.filter(isValue).map((type) => type.name), valueLists };
}
