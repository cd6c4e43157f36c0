/**
 * Apollo Client's `possibleTypes`: for each interface and union of the schema, the object
 * types that implement or belong to it. Without it Apollo Client's cache cannot tell whether
 * a fragment on `Node` applies to an `Actor`, and guesses from the data it has seen.
 */
import { type GraphQLSchema, isAbstractType } from "graphql";

export type PossibleTypes = Readonly<Record<string, readonly string[]>>;

export function possibleTypesOf(schema: GraphQLSchema): PossibleTypes {
  const possible: Record<string, string[]> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type) || type.name.startsWith("__")) continue;
    possible[type.name] = schema
      .getPossibleTypes(type)
      .map((member) => member.name)
      .sort();
  }
  return possible;
}
