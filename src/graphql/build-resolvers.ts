/**
 * Assembles the resolver map: the hand-written resolvers plus the generic
 * relation resolver on every field the SDL marks with `@relation`.
 */
import { type DocumentNode, Kind } from "graphql";
import { explorationResolvers } from "./resolvers/exploration-resolvers.js";
import { nodeResolvers } from "./resolvers/node-resolvers.js";
import { queryResolvers } from "./resolvers/query-resolvers.js";
import { resolveRelation } from "./resolvers/relation-resolver.js";
import { valueResolvers } from "./resolvers/value-resolvers.js";

type ResolverMap = Record<string, Record<string, unknown>>;

export function buildResolvers(typeDefs: DocumentNode): ResolverMap {
  const resolvers: ResolverMap = {};
  for (const part of [
    nodeResolvers,
    queryResolvers,
    valueResolvers,
    explorationResolvers,
  ] as ResolverMap[]) {
    for (const [type, fields] of Object.entries(part)) {
      resolvers[type] = { ...resolvers[type], ...fields };
    }
  }
  for (const definition of typeDefs.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? []) {
      if (!field.directives?.some((directive) => directive.name.value === "relation")) continue;
      const type = definition.name.value;
      resolvers[type] = { ...resolvers[type], [field.name.value]: resolveRelation };
    }
  }
  return resolvers;
}
