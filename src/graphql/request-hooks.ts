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
} from "@apollo/server";

/** One part's hooks for one request; each may answer at once or with a promise. */
export interface RequestHooks<Context extends object> {
  didResolveOperation?(
    request: GraphQLRequestContextDidResolveOperation<Context>,
  ): void | Promise<void>;
  willSendResponse?(request: GraphQLRequestContextWillSendResponse<Context>): void | Promise<void>;
}

/** Makes a part's hooks for each request (a part may keep state per request in them). */
export type RequestHooksFactory<Context extends object> = () => RequestHooks<Context>;

/**
 * One plugin running each part's hooks in the order of `parts`. A hook that throws stops
 * the later parts' hooks of that step, as a refusal should (the operation is not run).
 */
export function requestHooksPlugin<Context extends object>(
  parts: readonly RequestHooksFactory<Context>[],
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const hooks = parts.map((part) => part());
      return {
        async didResolveOperation(request) {
          for (const part of hooks) {
            const pending = part.didResolveOperation?.(request);
            if (pending) await pending;
          }
        },
        async willSendResponse(request) {
          for (const part of hooks) {
            const pending = part.willSendResponse?.(request);
            if (pending) await pending;
          }
        },
      };
    },
  };
}
