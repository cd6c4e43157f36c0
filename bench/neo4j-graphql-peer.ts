/**
 * The Neo4j peer: the Neo4j GraphQL Library (@neo4j/graphql 7), which turns each GraphQL
 * request into one generated Cypher statement, over the very database Entente's loader
 * wrote. Its type definitions are derived from Entente's own schema, so the two describe
 * the same graph: every node type with the properties the loader stores (labels are the
 * node categories), and every relationship field of Entente's `@relation` directive that
 * leads to one node type, as an `@relationship` of the same type and direction. Fields
 * leading to the `Node` interface have no counterpart (the library would need a union
 * type per field), nor fields that keep to some statuses (`signed`, `plannedSignings`:
 * an @relationship follows every relationship of its type, and two fields may not share
 * one), nor Entente's derived answers (paths, search, timeline).
 * The schema is read-only: no mutations are generated.
 */
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { Neo4jGraphQL } from "@neo4j/graphql";
import {
  type ConstValueNode,
  type FieldDefinitionNode,
  Kind,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from "graphql";
import type { Driver } from "neo4j-driver";
import { loadTypeDefs } from "../src/graphql/load-type-defs.js";
import type { RequestContext } from "../src/graphql/request-context.js";

/** Properties the loader stores on every node (record-mapping.ts), as the peer reads them. */
const NODE_PROPERTIES = [
  "id: ID!",
  "kind: String!",
  "name: String!",
  "sortName: String!",
  "aliases: [String!]!",
  "description: String",
];
/** Agreements and events also carry a status. */
const STATUS_PROPERTY = "status: String";

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function enumArgument(value: ConstValueNode | undefined): string[] {
  if (!value) return [];
  if (value.kind === Kind.ENUM) return [value.value];
  if (value.kind === Kind.LIST) return value.values.flatMap((item) => enumArgument(item));
  return [];
}

/** The peer's counterpart of one of Entente's relationship fields, if it has one. */
function relationshipField(field: FieldDefinitionNode, nodeTypes: Set<string>): string | undefined {
  const relation = field.directives?.find((d) => d.name.value === "relation");
  // A field that keeps to some statuses (`signed`, `plannedSignings`: `prospective`) has no
  // counterpart: an @relationship follows every relationship of its type.
  if (!relation || relation.arguments?.some((a) => a.name.value === "prospective")) {
    return undefined;
  }
  const argument = (name: string) =>
    enumArgument(relation.arguments?.find((a) => a.name.value === name)?.value);
  const [type, ...others] = argument("types");
  const [direction] = argument("direction");
  const target = namedType(field.type);
  if (!type || others.length > 0 || !direction || !nodeTypes.has(target)) return undefined;
  const how =
    direction === "BOTH"
      ? "direction: OUT, queryDirection: UNDIRECTED"
      : `direction: ${direction === "IN" ? "IN" : "OUT"}`;
  return `  ${field.name.value}: [${target}!]! @relationship(type: "${type}", ${how})`;
}

/** The peer's type definitions, derived from Entente's schema (see the module comment). */
export function peerTypeDefs(): string {
  const nodeTypes = loadTypeDefs().definitions.filter(
    (d): d is ObjectTypeDefinitionNode =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION &&
      (d.interfaces ?? []).some((i) => i.name.value === "Node"),
  );
  const names = new Set(nodeTypes.map((t) => t.name.value));
  const types = nodeTypes.map((type) => {
    const fieldNames = new Set((type.fields ?? []).map((f) => f.name.value));
    const lines = [
      ...NODE_PROPERTIES.map((p) => `  ${p}`),
      ...(fieldNames.has("status") ? [`  ${STATUS_PROPERTY}`] : []),
      ...(type.fields ?? []).flatMap((f) => relationshipField(f, names) ?? []),
    ];
    return `type ${type.name.value} @node {\n${lines.join("\n")}\n}`;
  });
  return ["extend schema @mutation(operations: [])", ...types].join("\n\n");
}

/**
 * The peer served by Apollo Server 5 with the same options as Entente's and the floor's
 * (compact JSON, no cache-control hints), so that the HTTP layer costs all three alike.
 */
export async function createNeo4jGraphqlPeer(
  driver: Driver,
): Promise<ApolloServer<RequestContext>> {
  const library = new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver });
  const schema = await library.getSchema();
  return new ApolloServer<RequestContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    stringifyResult: (value) => JSON.stringify(value),
    allowBatchedHttpRequests: false,
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
}
