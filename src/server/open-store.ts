/**
 * Chooses and prepares the store: the embedded one by default, Neo4j when
 * NEO4J_URI is set. With Neo4j the seed is loaded in the background whenever the
 * database holds another (or no) dataset version, retrying until Neo4j answers,
 * so the server starts, reports not-ready with the reason, and recovers by itself.
 * Either store can be given a new dataset while serving (`replace`, on reload); if
 * that fails, the previous dataset stays served, unchanged.
 */
import type { Dataset } from "../domain/graph-types.js";
import type { GraphStore } from "../store/graph-store.js";
import { MemoryStore } from "../store/memory/memory-store.js";
import { loadIntoNeo4j, readLoadedVersion } from "../store/neo4j/load-into-neo4j.js";
import type { Neo4jConfig } from "../store/neo4j/neo4j-config.js";
import { createDriver, Neo4jStore } from "../store/neo4j/neo4j-store.js";
import { warmUpPlans } from "../store/neo4j/warm-up-plans.js";
import { SwappableStore } from "../store/swappable-store.js";

export interface Readiness {
  readonly ready: boolean;
  readonly reason?: string;
  readonly dataset?: { version: string; nodeCount: number; edgeCount: number };
}

export interface OpenedStore {
  readonly store: GraphStore;
  readonly kind: "memory" | "neo4j";
  /** Version of the dataset served (with Neo4j: once synced; until then, the one being loaded). */
  version(): string;
  readiness(): Promise<Readiness>;
  /**
   * Serves `dataset` from now on: "served" once it is, "pending" when Neo4j has not yet
   * been synced and the background load will take it. Throws, leaving the previous
   * dataset served and unchanged, when it cannot be loaded.
   */
  replace(dataset: Dataset): Promise<"served" | "pending">;
  close(): Promise<void>;
}

/** Ready when the store answers; the reason otherwise. */
export async function probeStore(store: GraphStore): Promise<Readiness> {
  try {
    return { ready: true, dataset: await store.info() };
  } catch (error) {
    return { ready: false, reason: (error as Error).message };
  }
}

/** A memory store with its statistics computed now, at start or reload, not by the first request. */
function memoryStore(dataset: Dataset): MemoryStore {
  const store = new MemoryStore(dataset);
  void store.statistics();
  return store;
}

export function openMemoryStore(dataset: Dataset): OpenedStore {
  const store = new SwappableStore(memoryStore(dataset));
  let version = dataset.version;
  return {
    store,
    kind: "memory",
    version: () => version,
    readiness: () => probeStore(store),
    replace: async (next) => {
      // Built aside and swapped in one step: requests see the old dataset or the new one.
      store.swap(memoryStore(next));
      version = next.version;
      return "served";
    },
    close: () => store.close(),
  };
}

export function openNeo4jStore(
  dataset: Dataset,
  config: Neo4jConfig,
  log: (line: string) => void,
  retryDelayMs = 2_000,
): OpenedStore {
  const driver = createDriver(config);
  const store = new Neo4jStore(driver, config);
  let synced = false;
  let closed = false;
  let lastProblem = "loading the dataset into Neo4j";
  /** The dataset to serve; a reload before the first sync replaces it. */
  let target = dataset;

  const sync = async () => {
    while (!closed && !synced) {
      try {
        const wanted = target;
        const loaded = await readLoadedVersion(driver, config.database);
        if (loaded !== wanted.version) {
          log(`Neo4j holds dataset ${loaded ?? "none"}; loading ${wanted.version}`);
          await loadIntoNeo4j(driver, wanted, { database: config.database, replace: true });
        }
        if (wanted !== target) continue;
        // Ready only once every statement is planned and the cost estimate's statistics
        // are read: the first requests then pay for neither.
        await warmUpPlans(driver, config);
        store.forgetStatistics();
        await store.statistics();
        synced = true;
        log(`Neo4j serves dataset ${wanted.version}`);
      } catch (error) {
        lastProblem = (error as Error).message;
        log(`Neo4j not ready: ${lastProblem}; retrying in ${retryDelayMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs).unref());
      }
    }
  };
  const syncing = sync();

  return {
    store,
    kind: "neo4j",
    version: () => target.version,
    readiness: async () => (synced ? probeStore(store) : { ready: false, reason: lastProblem }),
    replace: async (next) => {
      if (!synced) {
        target = next;
        return "pending";
      }
      // One write transaction: if it fails, Neo4j rolls it back and keeps the previous dataset.
      await loadIntoNeo4j(driver, next, { database: config.database, replace: true });
      store.forgetStatistics();
      // Served from now on whatever happens here: a failed read is retried by the next request.
      await store.statistics().catch(() => undefined);
      target = next;
      return "served";
    },
    close: async () => {
      closed = true;
      await store.close();
      await syncing.catch(() => undefined);
    },
  };
}
