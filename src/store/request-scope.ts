/**
 * The store as one request sees it: pinned to the dataset being served when the
 * request began (a reload swaps datasets between requests, never within one), and
 * bound to the request's deadline, after which no further store call starts and
 * any call still waiting is abandoned with DEADLINE_EXCEEDED. A heavy request also
 * lets the event loop turn before each store call, so that the cheap requests that
 * arrived meanwhile are read and answered between its steps rather than after it.
 */
import type { Deadline } from "../domain/deadline.js";
import type { GraphStore } from "./graph-store.js";

export interface RequestScope {
  readonly deadline?: Deadline;
  /** Whether to yield to the event loop before each store call (set once the request is known to be heavy). */
  readonly yieldBeforeCalls?: () => boolean;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function scopeStore(store: GraphStore, scope: RequestScope): GraphStore {
  const pinned = store.forRequest?.(scope) ?? store;
  const { deadline, yieldBeforeCalls } = scope;
  if (!deadline && !yieldBeforeCalls) return pinned;
  return new Proxy(pinned, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function" || property === "close" || property === "forRequest") {
        return value;
      }
      if (property === "getNodesNow") {
        // At once, but not past the deadline; a heavy request takes the turn getNodes gives.
        return (...args: unknown[]) => {
          if (yieldBeforeCalls?.()) return undefined;
          deadline?.check();
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      const call = (args: unknown[]) => {
        deadline?.check();
        const result = Promise.resolve((value as (...a: unknown[]) => unknown).apply(target, args));
        return deadline ? deadline.race(result) : result;
      };
      return (...args: unknown[]) =>
        yieldBeforeCalls?.() ? nextTurn().then(() => call(args)) : call(args);
    },
  });
}
