/**
 * Which engine executes operations: `jit` (graphql-jit, each document and operation compiled
 * once into a JavaScript function, see jit-gateway.ts) or `graphql-js` (graphql-js's
 * interpreter, as Apollo Server runs it by default). Both give the same answers; the GraphQL
 * suites run under each. The setting exists so that a difference found in production can be
 * ruled in or out by switching engines without a new release.
 */
export type ExecutorKind = "jit" | "graphql-js";

export const EXECUTOR_SETTING = "ENTENTE_EXECUTOR";
export const DEFAULT_EXECUTOR: ExecutorKind = "jit";

/** ENTENTE_EXECUTOR, `jit` when unset; any other value is a configuration mistake. */
export function executorFromEnv(env: NodeJS.ProcessEnv = process.env): ExecutorKind {
  const value = env[EXECUTOR_SETTING];
  if (value === undefined || value === "") return DEFAULT_EXECUTOR;
  if (value === "jit" || value === "graphql-js") return value;
  throw new Error(`${EXECUTOR_SETTING} must be "jit" or "graphql-js", got "${value}"`);
}
