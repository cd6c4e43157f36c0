/**
 * A store that runs `before(method, args)` ahead of every call to the real one:
 * for counting calls or making one method fail. Built with a Proxy so it keeps
 * up with the interface without a hand-written method per call.
 */
import type { GraphStore } from "../../src/store/graph-store.js";

export type StoreMethod = Exclude<keyof GraphStore, "close" | "forRequest">;

export function interceptStore(
  inner: GraphStore,
  before: (method: StoreMethod, args: readonly unknown[]) => void,
): GraphStore {
  return new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function" || property === "close") return value;
      if (property === "forRequest") {
        // A request's own view of the store (Neo4j's bounds its transactions) is watched too.
        return (...args: unknown[]) =>
          interceptStore((value as (...a: unknown[]) => GraphStore).apply(target, args), before);
      }
      return (...args: unknown[]) => {
        before(property as StoreMethod, args);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
