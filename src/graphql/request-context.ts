/**
 * Per-request state: the store and DataLoaders that batch every lookup made
 * while resolving one level of a query into a single store call.
 */
import DataLoader from "dataloader";
import type { Deadline } from "../domain/deadline.js";
import type { GraphNode, NodeHead } from "../domain/graph-types.js";
import { countStoreCalls, roundTripsDebugFromEnv } from "../store/count-store-calls.js";
import type {
  DatasetInfo,
  EdgeListQuery,
  EdgePage,
  GraphStore,
  Neighbour,
  NeighbourPage,
  NeighbourPageQuery,
  NeighbourQuery,
} from "../store/graph-store.js";
import { scopeStore } from "../store/request-scope.js";
import { type Reference, type Resolved, resolveEach } from "../store/resolve-references.js";
import { SwappableStore } from "../store/swappable-store.js";
import type { Release } from "./admission-control.js";

export interface RequestContext {
  readonly store: GraphStore;
  /**
   * The store holding the dataset this request reads, taken when the request pinned it:
   * the response's citation and dataset version are asked of it, so an answer computed
   * from one dataset never cites the next one (a reload in between).
   */
  readonly datasetSource: GraphStore;
  readonly loaders: Loaders;
  /** Store calls made for this request so far; set only when round trips are counted. */
  readonly roundTrips?: () => number;
  /** When the request must be answered by; absent for in-process runs without one. */
  readonly deadline?: Deadline;
  /**
   * Set by the request limits (request-limits-hooks.ts): whether the operation is heavy,
   * once its cost is known (see scopeStore), and the admission turn it holds until the
   * response is sent. Kept here so that the limits' hooks are one object for every request.
   */
  readonly weight: { heavy: boolean; release: Release | undefined };
  /**
   * What the request's dataset is, once the server has asked (rememberDatasetInfo): held
   * here rather than in a table keyed by the context, which cost a lookup every request.
   */
  readonly dataset: { info?: Promise<DatasetInfo> };
}

export class Loaders {
  private nodeLoader: DataLoader<string, GraphNode | undefined> | undefined;
  private referenceLoader: DataLoader<Reference, Resolved, string> | undefined;
  private readonly neighbourLoaders = new Map<string, DataLoader<string, Neighbour[]>>();
  private readonly headLoaders = new Map<string, DataLoader<string, NodeHead[]>>();
  private readonly lookupLoaders = new Map<string, DataLoader<string, GraphNode | undefined>>();
  private readonly pageLoaders = new Map<string, DataLoader<string, NeighbourPage>>();
  private readonly statementPageLoaders = new Map<string, DataLoader<string, EdgePage>>();
  /**
   * Every node this request has read so far, by id. The request reads one dataset, which
   * never changes, so a field asking again for a node already read (the far end of a link,
   * a path's nodes, the source of the next piece of evidence) gets it at once: a value, not
   * a promise, which spares the executor a turn per field (see node()).
   */
  private readonly known = new Map<string, GraphNode>();

  constructor(private readonly store: GraphStore) {}

  /**
   * Nodes by id, batched per level of the query. Made on first use, as the references'
   * loader is: many requests (a lookup, a search, a list) never need one, and every
   * request makes a Loaders.
   */
  get nodes(): DataLoader<string, GraphNode | undefined> {
    // Nodes read before the loader was made are in `known`, not in its cache: asked of
    // the store only when some id of the batch is not there.
    this.nodeLoader ??= new DataLoader(async (ids) => {
      const had = ids.map((id) => this.known.get(id));
      const missing = ids.filter((_, at) => had[at] === undefined);
      if (missing.length === 0) return had;
      const read = await this.store.getNodes(missing);
      for (const node of read) if (node) this.known.set(node.id, node);
      let next = 0;
      return had.map((node) => node ?? read[next++]);
    });
    return this.nodeLoader;
  }

  /**
   * References typed by a person (filters' names, traversal starts), resolved as
   * resolveReferences does: every reference of one level of a query in one store call,
   * and each distinct one once per request, however many parents repeat it.
   */
  get references(): DataLoader<Reference, Resolved, string> {
    this.referenceLoader ??= new DataLoader<Reference, Resolved, string>(
      (references) => resolveEach(this.store, references),
      {
        cacheKeyFn: (reference) =>
          JSON.stringify([
            reference.argument,
            reference.text,
            reference.categories ?? null,
            reference.searchFallback ?? true,
          ]),
      },
    );
    return this.referenceLoader;
  }

  /** Records a node read by another call (a neighbourhood, a subgraph), for node() and the loader. */
  prime(node: GraphNode): void {
    this.known.set(node.id, node);
    // A loader made later finds the node in `known` first (node(), nodeList()).
    this.nodeLoader?.prime(node.id, node);
  }

  /**
   * The node `id`: at once when this request has read it or the store holds it in this
   * process (getNodesNow), otherwise through the batch loader.
   */
  node(id: string): GraphNode | undefined | Promise<GraphNode | undefined> {
    const known = this.known.get(id);
    if (known) return known;
    const now = this.readNow([id]);
    return now ? now[0] : this.nodes.load(id);
  }

  /** The nodes `ids` at once, recorded as read, when the store gives them so; else undefined. */
  private readNow(ids: readonly string[]): (GraphNode | undefined)[] | undefined {
    const read = this.store.getNodesNow?.(ids);
    if (read) for (const node of read) if (node) this.known.set(node.id, node);
    return read;
  }

  /**
   * Reads the nodes `ids` this request has not read yet, in one store call, for a resolver
   * that knows what the fields below it will ask (a page's worth at once, rather than one
   * loader call per id). Ids no node has are left out.
   */
  async readAhead(ids: readonly string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.known.has(id));
    if (missing.length === 0 || this.readNow(missing)) return;
    for (const node of await this.store.getNodes(missing)) if (node) this.prime(node);
  }

  /** The nodes `ids`, in order: at once when this request has read them all or the store can. */
  nodeList(
    ids: readonly string[],
  ): (GraphNode | undefined)[] | Promise<(GraphNode | Error | undefined)[]> {
    const nodes: GraphNode[] = [];
    for (const id of ids) {
      const node = this.known.get(id);
      if (!node) return this.readNow(ids) ?? this.nodes.loadMany(ids);
      nodes.push(node);
    }
    return nodes;
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
          for (const { node } of list) this.prime(node.node);
        }
        return lists;
      });
      this.neighbourLoaders.set(key, loader);
    }
    return loader;
  }

  /**
   * As `neighbours`, for a relation field whose far nodes are asked only for their heads
   * (src/graphql/reads-heads-only.ts). The heads are not recorded as nodes read: a later
   * field asking for one of those nodes needs the whole node.
   */
  neighbourHeads(query: NeighbourQuery): DataLoader<string, NodeHead[]> {
    const key = JSON.stringify(query);
    let loader = this.headLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => this.store.neighbourHeads(ids, query));
      this.headLoaders.set(key, loader);
    }
    return loader;
  }

  /**
   * Nodes by id, each read together with the heads of its links of `query`
   * (`nodesWithNeighbourHeads`, see relation-prefetch.ts): the nodes are recorded as read
   * and the heads answer `neighbourHeads(query)` for them, so the relation field under the
   * lookup asks the store nothing.
   */
  nodesWithNeighbourHeads(query: NeighbourQuery): DataLoader<string, GraphNode | undefined> {
    const key = JSON.stringify(query);
    let loader = this.lookupLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const found = await this.store.nodesWithNeighbourHeads(ids, query);
        const heads = this.neighbourHeads(query);
        return found.map(({ node, heads: far }) => {
          if (!node) return undefined;
          this.prime(node);
          heads.prime(node.id, [...far]);
          return node;
        });
      });
      this.lookupLoaders.set(key, loader);
    }
    return loader;
  }

  /**
   * As `neighbours`, for nested connections: all parents asking for the same page of the
   * same field (arguments, offset) at one level are answered by one `neighbourPages` call.
   */
  neighbourPages(query: NeighbourPageQuery): DataLoader<string, NeighbourPage> {
    const key = JSON.stringify(query);
    let loader = this.pageLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const pages = await this.store.neighbourPages(ids, query);
        for (const page of pages) {
          for (const { node } of page.items) this.prime(node.node);
        }
        return pages;
      });
      this.pageLoaders.set(key, loader);
    }
    return loader;
  }

  /**
   * The page of statements each source supports (`Source.statements`): all sources asking
   * for the same page at one level are answered by one `sourceStatementPages` call.
   */
  sourceStatements(query: EdgeListQuery): DataLoader<string, EdgePage> {
    const key = JSON.stringify(query);
    let loader = this.statementPageLoaders.get(key);
    if (!loader) {
      loader = new DataLoader((ids) => this.store.sourceStatementPages(ids, query));
      this.statementPageLoaders.set(key, loader);
    }
    return loader;
  }
}

/**
 * Sets what the request's dataset is, as the server learns it once per store (see
 * datasetHooks in create-apollo-server.ts), so cursors and the response's extensions
 * name the same version without asking the store twice.
 */
export function rememberDatasetInfo(context: RequestContext, info: Promise<DatasetInfo>): void {
  context.dataset.info = info;
}

/** The version of the dataset this request reads, for binding cursors to it. */
export function datasetVersion(context: RequestContext): Promise<string> {
  context.dataset.info ??= context.datasetSource.info();
  return context.dataset.info.then((known) => known.version);
}

const DEBUG_ROUND_TRIPS = roundTripsDebugFromEnv();

/**
 * The context of one request. With `countRoundTrips` (by default the setting
 * ENTENTE_DEBUG_ROUND_TRIPS=true), store calls are counted and the response's
 * `extensions.roundTrips` says how many the request made.
 */
export function createRequestContext(
  store: GraphStore,
  options: { countRoundTrips?: boolean; deadline?: Deadline } = {},
): RequestContext {
  // Pinned to the dataset served now, bound to the deadline, paced when heavy (see scopeStore).
  const weight: RequestContext["weight"] = { heavy: false, release: undefined };
  const deadline = options.deadline;
  // Both taken in the same synchronous step, so no reload can come between them.
  const datasetSource = store instanceof SwappableStore ? store.active : store;
  const scoped = scopeStore(store, { deadline, yieldBeforeCalls: () => weight.heavy });
  if (!(options.countRoundTrips ?? DEBUG_ROUND_TRIPS))
    return {
      store: scoped,
      datasetSource,
      loaders: new Loaders(scoped),
      deadline,
      weight,
      dataset: {},
    };
  const counted = countStoreCalls(scoped);
  return {
    store: counted.store,
    datasetSource,
    loaders: new Loaders(counted.store),
    roundTrips: counted.count,
    deadline,
    weight,
    dataset: {},
  };
}
