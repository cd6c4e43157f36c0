/**
 * Chooses and prepares the store: the embedded one by default, Neo4j when
 * NEO4J_URI is set. With Neo4j the seed is loaded in the background whenever the
 * database holds another (or no) dataset version, retrying until Neo4j answers,
 * so the server starts, reports not-ready with the reason, and recovers by itself.
 */
import type { Dataset } from "../domain/graph-types.js";
import type { GraphStore } from "../store/graph-store.js";
import { MemoryStore } from "../store/memory/memory-store.js";
import { loadIntoNeo4j, readLoadedVersion } from "../store/neo4j/load-into-neo4j.js";
import type { Neo4jConfig } from "../store/neo4j/neo4j-config.js";
import { createDriver, Neo4jStore } from "../store/neo4j/neo4j-store.js";

export interface Readiness {
  readonly ready: boolean;
  readonly reason?: string;
  readonly dataset?: { version: string; nodeCount: number; edgeCount: number };
}

export interface OpenedStore {
  readonly store: GraphStore;
  readonly kind: "memory" | "neo4j";
  readiness(): Promise<Readiness>;
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

export function openMemoryStore(dataset: Dataset): OpenedStore {
  const store = new MemoryStore(dataset);
  return { store, kind: "memory", readiness: () => probeStore(store), close: () => store.close() };
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

  const sync = async () => {
    while (!closed && !synced) {
      try {
        const loaded = await readLoadedVersion(driver, config.database);
        if (loaded !== dataset.version) {
          log(`Neo4j holds dataset ${loaded ?? "none"}; loading ${dataset.version}`);
          await loadIntoNeo4j(driver, dataset, { database: config.database, replace: true });
        }
        synced = true;
        log(`Neo4j serves dataset ${dataset.version}`);
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
    readiness: async () => (synced ? probeStore(store) : { ready: false, reason: lastProblem }),
    close: async () => {
      closed = true;
      await store.close();
      await syncing.catch(() => undefined);
    },
  };
}
