/**
 * Counts the calls made to a store: each is one round trip to Neo4j (one Cypher
 * statement), so the count says what a GraphQL request costs the database. The
 * memory store is counted the same way, so tests can bound the cost without Neo4j.
 * A Proxy keeps up with the GraphStore interface without a wrapper per method.
 */
import type { GraphStore } from "./graph-store.js";

export interface CountedStore {
  readonly store: GraphStore;
  /** Store calls made so far (`close` and `statistics` are not counted). */
  readonly count: () => number;
}

export function countStoreCalls(inner: GraphStore): CountedStore {
  let calls = 0;
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      // `statistics` is read once per dataset and remembered (before the server is ready,
      // with Neo4j), so asking for it is no round trip.
      if (typeof value !== "function" || property === "close" || property === "statistics") {
        return value;
      }
      // Counted, a store reads as Neo4j does: in batches, one call per level of the query,
      // so the count bounds what the request costs the database. (getNodesNow is no round
      // trip; left out here, the memory store's reads take the batched way too.)
      if (property === "getNodesNow") return undefined;
      return (...args: unknown[]) => {
        calls++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store, count: () => calls };
}

/** The debug setting: ENTENTE_DEBUG_ROUND_TRIPS=true adds `extensions.roundTrips` to responses. */
export function roundTripsDebugFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.ENTENTE_DEBUG_ROUND_TRIPS === "true";
}
