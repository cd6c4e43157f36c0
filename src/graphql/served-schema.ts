/**
 * The schema Apollo serves: the SDL with its resolvers, less the definitions of the
 * directives only the server reads. `@relation` (which relationships a field follows) and
 * the cost directives `@listSize`, `@walk` and `@cost` describe how Entente answers, not
 * what a client may write, so introspection does not list them. Their uses stay on the
 * fields' and input fields' `astNode`, where the relation resolver and the cost estimator
 * read them; the SDL in `schema/` keeps both definitions and uses.
 */
import { makeExecutableSchema } from "@graphql-tools/schema";
import { type DocumentNode, GraphQLSchema } from "graphql";

/** Directives of the SDL that no client can use and introspection does not show. */
export const INTERNAL_DIRECTIVES: readonly string[] = ["relation", "listSize", "walk", "cost"];

export function buildServedSchema(
  typeDefs: DocumentNode,
  resolvers: Parameters<typeof makeExecutableSchema>[0]["resolvers"],
): GraphQLSchema {
  // What Apollo Server itself would build from `typeDefs` and `resolvers`.
  const executable = makeExecutableSchema({ typeDefs, resolvers });
  const config = executable.toConfig();
  return new GraphQLSchema({
    ...config,
    directives: config.directives.filter(
      (directive) => !INTERNAL_DIRECTIVES.includes(directive.name),
    ),
  });
}
