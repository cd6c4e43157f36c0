/**
 * The store as a store with round trips sees reads: without `getNodesNow`, so every node
 * read goes through the request's batch loaders, as it does with Neo4j. Tests of batching
 * (one store call per level, however many nodes) run the memory store this way.
 */
import type { GraphStore } from "../../src/store/graph-store.js";

export function batchedOnly(inner: GraphStore): GraphStore {
  return new Proxy(inner, {
    get(target, property, receiver) {
      if (property === "getNodesNow") return undefined;
      const value = Reflect.get(target, property, receiver);
      if (property === "forRequest" && typeof value === "function") {
        // A request's own view of the store is batched-only too.
        return (...args: unknown[]) =>
          batchedOnly((value as (...a: unknown[]) => GraphStore).apply(target, args));
      }
      return value;
    },
  });
}
