/**
 * Assembles the resolver map: the hand-written resolvers plus the generic
 * relation resolver on every field the SDL marks with `@relation`. For heavy
 * requests every one of them passes through `paced` (see pace.ts).
 */
import { type DocumentNode, Kind, print } from "graphql";
import { CONNECTION_SUFFIX, hasRelation, LIST_AGGREGATE } from "./connection-sdl.js";
import { paced } from "./pace.js";
import type { RequestContext } from "./request-context.js";
import { claimResolvers } from "./resolvers/claim-resolvers.js";
import { ENUM_INTERNAL_VALUES } from "./resolvers/enum-values.js";
import { explorationResolvers } from "./resolvers/exploration-resolvers.js";
import { nodeResolvers } from "./resolvers/node-resolvers.js";
import { queryResolvers, resolveListAggregate } from "./resolvers/query-resolvers.js";
import { resolveRelationConnection } from "./resolvers/relation-connection-resolver.js";
import { resolveRelation } from "./resolvers/relation-resolver.js";
import { valueResolvers } from "./resolvers/value-resolvers.js";

type ResolverMap = Record<string, Record<string, unknown>>;
type Resolver = (parent: unknown, args: unknown, context: RequestContext, info: unknown) => unknown;

/** The resolver, letting the event loop turn after it when the request is heavy and its slice is used up. */
function pacedWhenHeavy(resolve: Resolver): Resolver {
  return (parent, args, context, info) => {
    const result = resolve(parent, args, context, info);
    return context.weight?.heavy ? paced(result) : result;
  };
}

/** Whether an extension of `type` declares the connection twin of its field `field`. */
function hasConnection(typeDefs: DocumentNode, type: string, field: string): boolean {
  return typeDefs.definitions.some(
    (definition) =>
      definition.kind === Kind.OBJECT_TYPE_EXTENSION &&
      definition.name.value === type &&
      (definition.fields ?? []).some((each) => each.name.value === `${field}${CONNECTION_SUFFIX}`),
  );
}

export function buildResolvers(typeDefs: DocumentNode): ResolverMap {
  const resolvers: ResolverMap = {};
  for (const part of [
    nodeResolvers,
    queryResolvers,
    valueResolvers,
    explorationResolvers,
    claimResolvers,
    ENUM_INTERNAL_VALUES,
  ] as ResolverMap[]) {
    for (const [type, fields] of Object.entries(part)) {
      resolvers[type] = { ...resolvers[type], ...fields };
    }
  }
  for (const fields of Object.values(resolvers)) {
    for (const [name, value] of Object.entries(fields)) {
      if (typeof value === "function" && !name.startsWith("__")) {
        fields[name] = pacedWhenHeavy(value as Resolver);
      }
    }
  }
  for (const definition of typeDefs.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    // A root list's aggregate (ActorConnection.aggregate…).
    const aggregate = definition.fields?.find((field) => field.name.value === "aggregate");
    if (aggregate && print(aggregate.type) === `${LIST_AGGREGATE}!`) {
      const type = definition.name.value;
      resolvers[type] = {
        ...resolvers[type],
        aggregate: pacedWhenHeavy(resolveListAggregate as Resolver),
      };
    }
    for (const field of definition.fields ?? []) {
      if (!hasRelation(field)) continue;
      const type = definition.name.value;
      resolvers[type] = {
        ...resolvers[type],
        [field.name.value]: pacedWhenHeavy(resolveRelation as Resolver),
        // Its twin in schema/connections.graphql, where the SDL has one.
        ...(hasConnection(typeDefs, type, field.name.value)
          ? {
              [`${field.name.value}${CONNECTION_SUFFIX}`]: pacedWhenHeavy(
                resolveRelationConnection as Resolver,
              ),
            }
          : {}),
      };
    }
  }
  return resolvers;
}
