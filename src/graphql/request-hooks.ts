/**
 * Entente's own steps around each operation, given to Apollo Server as one plugin.
 *
 * Why one: Apollo calls every plugin's `requestDidStart` and each hook it defines through
 * promises of its own (`Promise.all` over the plugins, an async call per hook). For a
 * lookup, which does little else, each plugin with hooks cost about a tenth of the
 * request in-process, measured by leaving them out and by plugins with empty hooks. One
 * plugin runs every part's hooks in order, awaiting a hook only when it returned a
 * promise.
 */
import type {
  ApolloServerPlugin,
  GraphQLRequestContextDidResolveOperation,
  GraphQLRequestContextWillSendResponse,
  GraphQLRequestListener,
} from "@apollo/server";

/** One part's hooks for one request; each may answer at once or with a promise. */
export interface RequestHooks<Context extends object> {
  didResolveOperation?(
    request: GraphQLRequestContextDidResolveOperation<Context>,
  ): void | Promise<void>;
  willSendResponse?(request: GraphQLRequestContextWillSendResponse<Context>): void | Promise<void>;
}

/**
 * One plugin running each part's hooks in the order of `parts`. A hook that throws stops
 * the later parts' hooks of that step, as a refusal should (the operation is not run).
 *
 * Nothing here is an async function: Apollo awaits every plugin's `requestDidStart` and
 * hooks through `Promise.all`, which takes a plain value as well as a promise, so a step
 * whose parts all answer at once costs no promise of its own, nor the turns of the
 * microtask queue that resolving one takes (2–17% more lookups per CPU second than the
 * async version, both in one process: docs/performance.md). Apollo's types ask for
 * promises, hence the casts; a part that throws gives a rejected promise, as an async
 * hook would.
 */
export function requestHooksPlugin<Context extends object>(
  parts: readonly RequestHooks<Context>[],
): ApolloServerPlugin<Context> {
  // One listener for every request: a part keeps what it needs per request in the context.
  const listener = {
    didResolveOperation: (request: GraphQLRequestContextDidResolveOperation<Context>) =>
      runInOrder(parts, (part) => part.didResolveOperation?.(request)),
    willSendResponse: (request: GraphQLRequestContextWillSendResponse<Context>) =>
      runInOrder(parts, (part) => part.willSendResponse?.(request)),
  } as unknown as GraphQLRequestListener<Context>;
  const requestDidStart = () => listener;
  return {
    requestDidStart: requestDidStart as unknown as ApolloServerPlugin<Context>["requestDidStart"],
  };
}

/**
 * Calls `step` for each part in order, waiting for a part's promise before the next part;
 * undefined when no part returned one, else a promise of the whole step.
 */
function runInOrder<Part>(
  parts: readonly Part[],
  step: (part: Part) => void | Promise<void>,
): void | Promise<void> {
  for (let k = 0; k < parts.length; k++) {
    let pending: void | Promise<void>;
    try {
      pending = step(parts[k] as Part);
    } catch (error) {
      return Promise.reject(error);
    }
    if (pending) return pending.then(() => runInOrder(parts.slice(k + 1), step));
  }
  return undefined;
}
