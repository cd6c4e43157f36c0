/**
 * Per-request state: the store and DataLoaders that batch every lookup made
 * while resolving one level of a query into a single store call.
 */
import DataLoader from "dataloader";
import type { GraphNode } from "../domain/graph-types.js";
import type { GraphStore, Neighbour, NeighbourQuery } from "../store/graph-store.js";

export interface RequestContext {
  readonly store: GraphStore;
  readonly loaders: Loaders;
}

export class Loaders {
  readonly nodes: DataLoader<string, GraphNode | undefined>;
  private readonly neighbourLoaders = new Map<string, DataLoader<string, Neighbour[]>>();

  constructor(private readonly store: GraphStore) {
    this.nodes = new DataLoader((ids) => store.getNodes(ids));
  }

  /**
   * One loader per distinct query (field, arguments), so all parents that ask
   * the same question at one level are answered by one `neighbours` call.
   */
  neighbours(query: NeighbourQuery): DataLoader<string, Neighbour[]> {
    const key = JSON.stringify(query);
    let loader = this.neighbourLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const lists = await this.store.neighbours(ids, query);
        for (const list of lists) {
          for (const { node } of list) this.nodes.prime(node.node.id, node.node);
        }
        return lists;
      });
      this.neighbourLoaders.set(key, loader);
    }
    return loader;
  }
}

export function createRequestContext(store: GraphStore): RequestContext {
  return { store, loaders: new Loaders(store) };
}
