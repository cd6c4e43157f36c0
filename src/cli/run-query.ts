import { createApolloServer } from "../graphql/create-apollo-server.js";
import { executeQuery } from "../graphql/execute-query.js";
import { loadSeed } from "../seed/load-seed.js";
import { MemoryStore } from "../store/memory/memory-store.js";

/** `entente query`: runs one GraphQL operation in-process and prints the JSON result. */
export async function runQuery(
  options: { seedDir: string; query: string; variables?: string },
  out: (line: string) => void,
): Promise<number> {
  let variables: Record<string, unknown> | undefined;
  if (options.variables !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(options.variables);
    } catch (error) {
      out(`--variables is not valid JSON: ${(error as Error).message}`);
      return 2;
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      out(`--variables must be a JSON object of variable values, such as '{"id": "g7"}'`);
      return 2;
    }
    variables = parsed as Record<string, unknown>;
  }
  const store = new MemoryStore(await loadSeed({ seedDir: options.seedDir }));
  const server = createApolloServer(store);
  await server.start();
  try {
    const result = await executeQuery(server, store, options.query, variables);
    out(JSON.stringify(result, null, 2));
    return result.errors ? 1 : 0;
  } finally {
    await server.stop();
  }
}
