/**
 * The embedded default store: the whole dataset in this process, indexed by
 * compact adjacency arrays (adjacency-graph.ts), so Entente runs with nothing to install.
 */

import { LRUCache } from "lru-cache";
import { inTime, shownAsOf } from "../../domain/as-of.js";
import { dateSpan } from "../../domain/date-span.js";
import { foldText } from "../../domain/fold-text.js";
import { type GraphStatistics, statisticsOf } from "../../domain/graph-statistics.js";
import type { Dataset, GraphEdge, GraphNode, NodeHead } from "../../domain/graph-types.js";
import {
  FILTER_CACHE_BYTES,
  MAX_PART_OF_DEPTH,
  SORTED_CACHE_BYTES,
  stringBytes,
} from "../../domain/limits.js";
import { overlapsRange } from "../../domain/partial-date.js";
import type { AsOfMode } from "../../domain/validity.js";
import { isProspective, type NodeCategory } from "../../domain/vocabulary.js";
import type {
  AggregateQuery,
  DatasetInfo,
  DegreeQuery,
  EdgeFilter,
  EdgeListQuery,
  EdgePage,
  FoundPath,
  GraphStore,
  GroupCount,
  HeadPage,
  ListQuery,
  Neighbour,
  NeighbourhoodQuery,
  NeighbourPage,
  NeighbourPageQuery,
  NeighbourQuery,
  NodeDegree,
  NodeFilter,
  NodeMatch,
  NodePage,
  NodeSort,
  NodeSummary,
  NodeWithNeighbourHeads,
  PathQuery,
  PathResult,
  SearchHit,
  SearchQuery,
  Subgraph,
  TimelinePage,
  TimelineQuery,
} from "../graph-store.js";
import { AdjacencyGraph } from "./adjacency-graph.js";
import { groupKeys, sortCounts } from "./aggregates.js";
import { defaultIndexWorker, IndexBuilder, runPausing } from "./build-off-thread.js";
import { FoldedNames } from "./folded-names.js";
import { neighbourhood } from "./neighbourhood.js";
import { rankNames } from "./rank-search.js";
import { encodeNames } from "./search-arrays.js";
import { shortestPaths } from "./shortest-paths.js";
import { hasTimelineIndex, keepTimelineIndex, timeline } from "./timeline.js";
import { gatherTimeline, TimelineIndex } from "./timeline-index.js";
import { type EntenteGraph, involvingTopic, narrowerTopics } from "./topic-reach.js";
import { TrigramIndex } from "./trigram-index.js";
import { compileWhere } from "./where.js";
import { WordIndex } from "./word-index.js";

/** A filtered list's cost per node listed: its slot in the array and its match object. */
const BYTES_PER_MATCH = 48;
/** A match's path (involvesTopic): the object, its two arrays, and a slot per node and relationship. */
const pathBytes = (path: PathResult | undefined) =>
  path ? 112 + 8 * (path.nodeIds.length + path.edges.length) : 0;
/** A sorted category's cost per node: its slot in the array. */
const BYTES_PER_SORTED_NODE = 8;
/** lru-cache's bookkeeping per entry, and the array's header. */
const ENTRY_OVERHEAD = 128;

/** Bounds of the two caches, in estimated bytes (tests make them small). */
export interface MemoryStoreOptions {
  readonly filterCacheBytes?: number;
  readonly sortedCacheBytes?: number;
  /**
   * Where the background indexes are built: the compiled index-worker.js to run on a
   * worker thread, or false to build them on this thread. By default the worker beside
   * the compiled store, and this thread when there is none (the TypeScript sources).
   */
  readonly indexWorker?: URL | false;
}

/** A node filter with its text references resolved once, then applied to many nodes. */
interface CompiledFilter {
  readonly test: (node: GraphNode) => boolean;
  /** Paths for nodes matched through `involvesTopic`. */
  readonly why?: ReadonlyMap<string, PathResult>;
}

export class MemoryStore implements GraphStore {
  private readonly graph: EntenteGraph;
  /** Nodes of each category, in id order. */
  private readonly byCategory = new Map<NodeCategory, GraphNode[]>();
  /**
   * Folded name, aliases and id of each node, at its graph index; they also resolve
   * references such as `parties: "Japan"` (a folded name or alias to its nodes).
   */
  private readonly names: FoldedNames;
  /**
   * Search's indexes, once built in the background (seconds at 10^6 nodes). Until then
   * a search ranks every name: slower, the same answer, and no request waits for a build.
   */
  private searchIndexes: SearchIndexes | undefined;
  private readonly indexing: Promise<void>;
  private readonly version: string;
  /** Computed on first use from the adjacency arrays, then kept: the dataset never changes. */
  private statisticsPromise: Promise<GraphStatistics> | undefined;
  /**
   * Filtered lists by filter and sort. Clients choose the filter's text, so the bound is
   * in bytes, keys included: a flood of distinct filters that match nothing costs as much
   * as a few that match much, and at most FILTER_CACHE_BYTES (plus room for one list of
   * every node). A result larger than the bound is not kept.
   */
  private readonly matchCache: LRUCache<string, readonly NodeMatch[]>;
  /** Whole categories in one sort order (few: the key is made of enum values only). */
  private readonly sortedCache: LRUCache<string, GraphNode[]>;

  constructor(dataset: Dataset, options: MemoryStoreOptions = {}) {
    this.version = dataset.version;
    this.graph = new AdjacencyGraph(dataset.nodes, dataset.edges);
    this.matchCache = new LRUCache({
      maxSize: options.filterCacheBytes ?? FILTER_CACHE_BYTES + BYTES_PER_MATCH * this.graph.order,
      sizeCalculation: (matches, key) => {
        let bytes = stringBytes(key) + BYTES_PER_MATCH * matches.length + ENTRY_OVERHEAD;
        for (const match of matches) bytes += pathBytes(match.why);
        return bytes;
      },
    });
    this.sortedCache = new LRUCache({
      maxSize: options.sortedCacheBytes ?? SORTED_CACHE_BYTES,
      sizeCalculation: (nodes, key) =>
        stringBytes(key) + BYTES_PER_SORTED_NODE * nodes.length + ENTRY_OVERHEAD,
    });
    for (let i = 0; i < this.graph.order; i++) {
      const node = this.graph.nodeAt(i);
      let group = this.byCategory.get(node.category);
      if (!group) {
        group = [];
        this.byCategory.set(node.category, group);
      }
      group.push(node);
    }
    this.names = FoldedNames.of(this.graph.order, (i) => this.graph.nodeAt(i));
    const worker =
      options.indexWorker === undefined ? defaultIndexWorker() : options.indexWorker || undefined;
    // Should the worker fail, the same indexes are built on this thread.
    this.indexing = this.buildIndexes(worker)
      .catch((error: unknown) => {
        if (!worker) throw error;
        return this.buildIndexes(undefined);
      })
      .then((built) => {
        this.searchIndexes = built;
      });
    // Without its indexes, search still answers by ranking every name.
    this.indexing.catch(() => undefined);
  }

  /**
   * Resolves once the indexes built in the background (search's, the timeline's dates,
   * and the relationship ids that do not name their ends) are ready: seconds at 10^6
   * nodes on top of the constructor. Callers that time requests wait for it so as to
   * leave the build out.
   */
  async whenIndexed(): Promise<void> {
    await this.indexing;
  }

  /** Forgets cached filter results, so a benchmark can time the work a cold filter does. */
  clearCaches(): void {
    this.matchCache.clear();
    this.sortedCache.clear();
  }

  /**
   * What the filter caches hold, counted from their entries (not from the bound's own
   * arithmetic), for tests and diagnostics: key characters, and nodes listed.
   */
  cacheContents(): { entries: number; keyCharacters: number; nodes: number } {
    let entries = 0;
    let keyCharacters = 0;
    let nodes = 0;
    for (const cache of [this.matchCache, this.sortedCache] as const) {
      for (const [key, value] of cache.entries()) {
        entries++;
        keyCharacters += key.length;
        nodes += value.length;
      }
    }
    return { entries, keyCharacters, nodes };
  }

  /**
   * Search's indexes and the timeline's, built from compact inputs on a worker thread
   * (build-off-thread.ts); this thread prepares the inputs in chunks, pausing between them.
   */
  private async buildIndexes(workerFile: URL | undefined): Promise<SearchIndexes> {
    const pause = () => new Promise<void>((resolve) => setImmediate(resolve));
    const builder = new IndexBuilder(workerFile);
    try {
      const names = await runPausing(
        encodeNames(this.names, (i) => this.graph.nodeAt(i).name.length),
        pause,
      );
      const searchArrays = builder.search(names);
      // Awaited below; if the timeline's build fails first, that failure is the one reported.
      searchArrays.catch(() => undefined);
      // Built here rather than by the first timeline request, which would wait for it.
      if (!hasTimelineIndex(this.graph)) {
        const source = await runPausing(gatherTimeline(this.graph), pause);
        const arrays = await builder.timeline(source.input);
        keepTimelineIndex(this.graph, new TimelineIndex(source, arrays));
      }
      await runPausing(this.graph.indexOtherIds(), pause);
      const search = await searchArrays;
      return { trigrams: TrigramIndex.of(search), words: WordIndex.of(search) };
    } finally {
      await builder.close();
    }
  }

  async getNodes(ids: readonly string[]): Promise<(GraphNode | undefined)[]> {
    return this.nodesNow(ids);
  }

  getNodesNow(ids: readonly string[]): (GraphNode | undefined)[] {
    return this.nodesNow(ids);
  }

  /** Both of the above (a view of the store without getNodesNow still reads through getNodes). */
  private nodesNow(ids: readonly string[]): (GraphNode | undefined)[] {
    return ids.map((id) => (this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : undefined));
  }

  async getEdges(ids: readonly string[]): Promise<(GraphEdge | undefined)[]> {
    return this.graph.edgesById(ids);
  }

  /** The whole nodes, which are their heads too. */
  async listNodeHeads(query: ListQuery): Promise<HeadPage> {
    const page = await this.listNodes(query);
    return { items: page.items.map((match) => match.node), totalCount: page.totalCount };
  }

  async listNodes(query: ListQuery): Promise<NodePage> {
    if (
      Object.entries(query.filter).every(
        ([key, value]) => key === "categories" || value === undefined,
      ) &&
      !query.thenBy?.length
    ) {
      // Whole categories in one order: sorted once, then every page is a slice.
      const sorted = this.sortedCategories(query.filter.categories, query.sort);
      return {
        items: sorted
          .slice(query.offset, query.offset + query.limit)
          .map((node) => ({ node, why: undefined })),
        totalCount: sorted.length,
      };
    }
    const matches = this.filteredMatches(query.filter, query.sort, query.thenBy ?? []);
    return {
      items: matches.slice(query.offset, query.offset + query.limit),
      totalCount: matches.length,
    };
  }

  /**
   * Every node a filter matches, sorted. The store never changes, so the result of a
   * filter is reused: a topic's involvement walk at 10^6 nodes costs tens of
   * milliseconds, the cached answer a slice. Bounded by the node references held.
   */
  private filteredMatches(
    filter: NodeFilter,
    sort: NodeSort,
    thenBy: readonly NodeSort[],
  ): readonly NodeMatch[] {
    const key = JSON.stringify([filter, sort, thenBy]);
    const cached = this.matchCache.get(key);
    if (cached) return cached;
    const compiled = this.compile(filter);
    // With involvesTopic, only the nodes the walk reached can match.
    const candidates = compiled.why
      ? [...compiled.why.keys()].map((id) => this.graph.getNodeAttributes(id))
      : this.candidates(filter);
    const found: NodeMatch[] = [];
    for (const node of candidates) {
      if (compiled.test(node)) found.push({ node, why: compiled.why?.get(node.id) });
    }
    const matches = sortByNode(found, (match) => match.node, sort, this.degreeOf, thenBy);
    this.matchCache.set(key, matches);
    return matches;
  }

  async listSummary(filter: NodeFilter): Promise<NodeSummary> {
    const byName = { field: "NAME", descending: false } as const;
    const nodes = Object.entries(filter).every(
      ([key, value]) => key === "categories" || value === undefined,
    )
      ? this.sortedCategories(filter.categories, byName)
      : this.filteredMatches(filter, byName, []).map((match) => match.node);
    return { totalCount: nodes.length, dates: dateSpan(nodes.map((node) => node.date)) };
  }

  async listEdges(query: EdgeListQuery): Promise<EdgePage> {
    return edgePage(this.matchingEdges(query.filter), query);
  }

  async sourceStatementPages(
    sourceIds: readonly string[],
    query: EdgeListQuery,
  ): Promise<EdgePage[]> {
    const bySource = new Map<string, GraphEdge[]>(sourceIds.map((id) => [id, []]));
    // One pass over the matches, already in order, so every source's list stays in order.
    for (const edge of this.matchingEdges(query.filter)) {
      for (const sourceId of new Set(edge.evidence.map((item) => item.sourceId))) {
        bySource.get(sourceId)?.push(edge);
      }
    }
    return sourceIds.map((id) => edgePage(bySource.get(id) ?? [], query));
  }

  /** The relationships passing `filter` (their ends shown too), in listEdges's order. */
  private matchingEdges(filter: EdgeFilter): GraphEdge[] {
    const items: GraphEdge[] = [];
    this.graph.forEachEdge((_key, edge) => {
      if (edgeMatches(edge, filter) && this.endsVisible(edge, filter.asOf, filter.asOfMode))
        items.push(edge);
    });
    return items.sort(
      (a, b) =>
        byCodePoint(a.date?.earliest ?? "9999", b.date?.earliest ?? "9999") ||
        byCodePoint(a.id, b.id),
    );
  }

  /** The whole far nodes, which are their heads too: everything is in memory already. */
  async neighbourHeads(ids: readonly string[], query: NeighbourQuery): Promise<NodeHead[][]> {
    const lists = await this.neighbours(ids, query);
    return lists.map((links) => links.map((link) => link.node.node));
  }

  async nodesWithNeighbourHeads(
    ids: readonly string[],
    query: NeighbourQuery,
  ): Promise<NodeWithNeighbourHeads[]> {
    const [nodes, heads] = await Promise.all([this.getNodes(ids), this.neighbourHeads(ids, query)]);
    return ids.map((_, index) => ({ node: nodes[index], heads: heads[index] ?? [] }));
  }

  async neighbours(ids: readonly string[], query: NeighbourQuery): Promise<Neighbour[][]> {
    return this.links(ids, query).map((found) =>
      found
        .sort(
          (a, b) =>
            compareNodes(
              a.node.node,
              b.node.node,
              { field: "NAME", descending: false },
              this.degreeOf,
            ) || byCodePoint(a.edge.id, b.edge.id),
        )
        .slice(0, query.limit),
    );
  }

  async neighbourPages(
    ids: readonly string[],
    query: NeighbourPageQuery,
  ): Promise<NeighbourPage[]> {
    const keys: readonly NodeSort[] =
      query.sort.length > 0 ? query.sort : [{ field: "NAME", descending: false }];
    return this.links(ids, query).map((found) => {
      found.sort((a, b) => {
        for (const key of keys) {
          const order = compareOnKey(a.node.node, b.node.node, key, this.degreeOf);
          if (order !== 0) return order;
        }
        return byCodePoint(a.node.node.id, b.node.node.id) || byCodePoint(a.edge.id, b.edge.id);
      });
      return {
        items: found.slice(query.offset, query.offset + query.limit),
        totalCount: found.length,
        nodeCount: new Set(found.map((link) => link.node.node.id)).size,
        nodeDates: dateSpan(found.map((link) => link.node.node.date)),
        edgeDates: dateSpan(found.map((link) => link.edge.date)),
      };
    });
  }

  /** Every link of each node that the query allows, in no particular order. */
  private links(ids: readonly string[], query: NeighbourQuery): Neighbour[][] {
    const far = query.far ? this.compile(query.far) : undefined;
    const types = query.types ? new Set(query.types) : undefined;
    const statuses = query.edgeStatuses ? new Set(query.edgeStatuses) : undefined;
    return ids.map((id) => {
      if (!this.graph.hasNode(id)) return [];
      const found: Neighbour[] = [];
      const visit = (farId: string) => (_key: string, edge: GraphEdge) => {
        if (types && !types.has(edge.type)) return;
        if (statuses && !statuses.has(edge.status)) return;
        if (!shownAsOf(edge, query.asOf, query.asOfMode)) return;
        const node = this.graph.getNodeAttributes(farId === "to" ? edge.to : edge.from);
        if (!shownAsOf(node, query.asOf, query.asOfMode)) return;
        if (far && !far.test(node)) return;
        found.push({ edge, node: { node, why: far?.why?.get(node.id) } });
      };
      if (query.direction !== "IN") this.graph.forEachOutEdge(id, visit("to"));
      if (query.direction !== "OUT") this.graph.forEachInEdge(id, visit("from"));
      return found;
    });
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const text = foldText(query.text);
    if (text === "") return [];
    const indexes = this.searchIndexes;
    const categories = query.categories ? new Set(query.categories) : undefined;
    const kinds = query.kinds ? new Set<string>(query.kinds) : undefined;
    const accepts = (node: GraphNode) =>
      (!categories || categories.has(node.category)) && (!kinds || kinds.has(node.kind));
    const hits: SearchHit[] = [];
    const firstWord = text.split(" ")[0] ?? text;
    const consider = (i: number): boolean => {
      const node = this.graph.nodeAt(i);
      if (!accepts(node) || !this.names.contains(i, firstWord)) return false;
      const rank = rankNames(text, this.names.namesOf(i, node));
      if (rank) hits.push({ node, ...rank });
      return rank !== undefined;
    };
    if (
      indexes &&
      !text.includes(" ") &&
      this.bestForOneWord(text, query.limit, indexes.words, consider)
    ) {
      return sortHits(hits).slice(0, query.limit);
    }
    hits.length = 0;
    const candidates = indexes?.trigrams.candidates(text.split(" "));
    if (candidates) for (const i of candidates) consider(i);
    else for (let i = 0; i < this.graph.order; i++) consider(i);
    return sortHits(hits).slice(0, query.limit);
  }

  /**
   * The best hits of a one-word query without ranking every name that holds the word:
   * exact names first (they outrank every list), then the word index best first, until
   * `limit` more hits. False when the lists run out first: substring matches, which only
   * a full ranking finds, may then belong in the answer.
   */
  private bestForOneWord(
    word: string,
    limit: number,
    words: WordIndex,
    consider: (i: number) => boolean,
  ): boolean {
    const exact = new Set<number>();
    for (const i of this.names.exact(word)) {
      exact.add(i);
      consider(i);
    }
    if (limit === 0) return true;
    let found = 0;
    for (const { entry } of words.best(word)) {
      if (exact.has(entry) || !consider(entry)) continue;
      if (++found === limit) return true;
    }
    return false;
  }

  async resolve(references: readonly string[]): Promise<string[][]> {
    return references.map((reference) => [...this.resolveIds([reference])].sort());
  }

  async shortestPaths(query: PathQuery): Promise<FoundPath[]> {
    const types = query.types ? new Set(query.types) : undefined;
    const everyStep = !types && query.asOf === undefined && query.during === undefined;
    const paths = shortestPaths(
      this.graph,
      query,
      everyStep
        ? undefined
        : (edge, other) =>
            (!types || types.has(edge.type)) &&
            inTime(edge, query.asOf, query.during, query.asOfMode) &&
            inTime(other, query.asOf, query.during, query.asOfMode),
      (node) => inTime(node, query.asOf, query.during, query.asOfMode),
    );
    return paths.map((path) => ({
      ...path,
      nodes: path.nodeIds.map((id) => this.graph.getNodeAttributes(id)),
    }));
  }

  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph> {
    const types = query.types ? new Set(query.types) : undefined;
    const categories = query.categories ? new Set(query.categories) : undefined;
    const kinds = query.kinds ? new Set<string>(query.kinds) : undefined;
    return neighbourhood(
      this.graph,
      query,
      (edge) =>
        (!types || types.has(edge.type)) && inTime(edge, query.asOf, query.during, query.asOfMode),
      (node) =>
        (!categories || categories.has(node.category)) &&
        (!kinds || kinds.has(node.kind)) &&
        inTime(node, query.asOf, query.during, query.asOfMode),
    );
  }

  async timeline(query: TimelineQuery): Promise<TimelinePage> {
    return timeline(this.graph, query, (reference) => this.resolveIds([reference]));
  }

  async aggregate(query: AggregateQuery): Promise<GroupCount[]> {
    const filter = this.compile(query.filter);
    const counts = new Map<string, number>();
    for (const node of this.candidates(query.filter)) {
      if (!filter.test(node)) continue;
      for (const key of groupKeys(this.graph, node, query.groupBy)) {
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    return sortCounts(counts);
  }

  async topByDegree(query: DegreeQuery): Promise<NodeDegree[]> {
    const types = query.types ? new Set(query.types) : undefined;
    const degrees: NodeDegree[] = [];
    for (const node of this.candidates({ categories: query.categories })) {
      if (!shownAsOf(node, query.asOf, query.asOfMode)) continue;
      let degree = 0;
      const count = (_key: string, edge: GraphEdge) => {
        if (types && !types.has(edge.type)) return;
        if (!this.endsVisible(edge, query.asOf, query.asOfMode)) return;
        if (!shownAsOf(edge, query.asOf, query.asOfMode)) return;
        degree++;
      };
      if (query.direction !== "IN") this.graph.forEachOutEdge(node.id, count);
      if (query.direction !== "OUT") this.graph.forEachInEdge(node.id, count);
      if (degree > 0) degrees.push({ node, degree });
    }
    degrees.sort((a, b) => b.degree - a.degree || byCodePoint(a.node.id, b.node.id));
    return degrees.slice(0, query.limit);
  }

  /** How many relationships a node has, out and in (the DEGREE sort key). */
  private readonly degreeOf: DegreeOf = (node) => {
    const index = this.graph.index(node.id);
    return index === undefined ? 0 : this.graph.outDegree(index) + this.graph.inDegree(index);
  };

  private endsVisible(edge: GraphEdge, day: string | undefined, mode?: AsOfMode): boolean {
    if (day === undefined) return true;
    return (
      shownAsOf(this.graph.getNodeAttributes(edge.from), day, mode) &&
      shownAsOf(this.graph.getNodeAttributes(edge.to), day, mode)
    );
  }

  async info(): Promise<DatasetInfo> {
    return { version: this.version, nodeCount: this.graph.order, edgeCount: this.graph.size };
  }

  /** The same promise every time, so that callers can tell they have seen it settle. */
  statistics(): Promise<GraphStatistics> {
    // Computed at the first call, as before; a failure rejects rather than throws.
    this.statisticsPromise ??= new Promise((resolve) => resolve(this.computeStatistics()));
    return this.statisticsPromise;
  }

  private computeStatistics(): GraphStatistics {
    const graph = this.graph;
    return statisticsOf({
      version: this.version,
      nodeCount: graph.order,
      edgeCount: graph.size,
      categoryOf: (node) => graph.nodeAt(node).category,
      typeOf: (edge) => graph.edgeAt(edge).type,
      fromOf: (edge) => graph.edgeSource(edge),
      toOf: (edge) => graph.edgeTarget(edge),
    });
  }

  async close(): Promise<void> {}

  private sortedCategories(
    categories: readonly NodeCategory[] | undefined,
    sort: NodeSort,
  ): GraphNode[] {
    // The same set of categories in any order or repeated is one entry.
    const set = categories ? [...new Set(categories)].sort() : null;
    const key = JSON.stringify([set, sort.field, sort.descending]);
    let sorted = this.sortedCache.get(key);
    if (!sorted) {
      sorted = sortByNode(
        [...this.candidates({ categories: set ?? undefined })],
        (node) => node,
        sort,
        this.degreeOf,
      );
      this.sortedCache.set(key, sorted);
    }
    return sorted;
  }

  /** The nodes of the categories, each category once however often the list names it. */
  private *candidates(filter: Pick<NodeFilter, "categories">): Iterable<GraphNode> {
    const categories = new Set(filter.categories ?? this.byCategory.keys());
    for (const category of categories) {
      yield* this.byCategory.get(category) ?? [];
    }
  }

  /** Ids for references given as ids, names or aliases (case- and accent-insensitive). */
  private resolveIds(references: readonly string[]): Set<string> {
    const ids = new Set<string>();
    for (const reference of references) {
      if (this.graph.hasNode(reference)) ids.add(reference);
      for (const i of this.names.exact(foldText(reference))) ids.add(this.graph.nodeAt(i).id);
    }
    return ids;
  }

  /** Adds the sub-bodies of `ids` (PART_OF them, at most MAX_PART_OF_DEPTH steps down). */
  private addParts(ids: Set<string>): void {
    let frontier = [...ids];
    for (let depth = 0; depth < MAX_PART_OF_DEPTH && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const id of frontier) {
        this.graph.forEachInEdge(id, (_key, edge) => {
          if (edge.type === "PART_OF" && !ids.has(edge.from)) {
            ids.add(edge.from);
            next.push(edge.from);
          }
        });
      }
      frontier = next;
    }
  }

  private resolveTopics(reference: string): string[] {
    return [...this.resolveIds([reference])].filter(
      (id) => this.graph.getNodeAttributes(id).category === "Topic",
    );
  }

  private compile(filter: NodeFilter): CompiledFilter {
    const tests: ((node: GraphNode) => boolean)[] = [];
    if (filter.categories) {
      const set = new Set(filter.categories);
      tests.push((node) => set.has(node.category));
    }
    if (filter.kinds) {
      const set = new Set<string>(filter.kinds);
      tests.push((node) => set.has(node.kind));
    }
    if (filter.statuses) {
      const set = new Set(filter.statuses);
      tests.push((node) => node.status !== undefined && set.has(node.status));
    }
    const day = filter.asOf;
    if (day !== undefined) tests.push((node) => shownAsOf(node, day, filter.asOfMode));
    const range = filter.date;
    if (range) tests.push((node) => node.date !== undefined && overlapsRange(node.date, range));
    for (const related of filter.relatedTo ?? []) {
      const targets = this.resolveIds(related.nodes);
      if (related.includeParts) this.addParts(targets);
      const types = new Set(related.types);
      tests.push((node) => {
        const hit = (_key: string, edge: GraphEdge) =>
          types.has(edge.type) && targets.has(edge.from === node.id ? edge.to : edge.from);
        return (
          (related.direction !== "IN" && this.graph.someOutEdge(node.id, hit)) ||
          (related.direction !== "OUT" && this.graph.someInEdge(node.id, hit))
        );
      });
    }
    if (filter.coversTopic !== undefined) {
      const topics = narrowerTopics(this.graph, this.resolveTopics(filter.coversTopic));
      tests.push((node) =>
        this.graph.someOutEdge(
          node.id,
          (_key, edge) => edge.type === "COVERS" && topics.has(edge.to),
        ),
      );
    }
    if (filter.where) tests.push(compileWhere(this.graph, filter.where));
    let why: Map<string, PathResult> | undefined;
    if (filter.involvesTopic) {
      const { topic, maxHops } = filter.involvesTopic;
      const paths = involvingTopic(this.graph, this.resolveTopics(topic), maxHops);
      why = paths;
      tests.push((node) => paths.has(node.id));
    }
    return { test: (node) => tests.every((test) => test(node)), why };
  }
}

interface SearchIndexes {
  readonly trigrams: TrigramIndex;
  readonly words: WordIndex;
}

/** Best score first, then shorter names, then id: the order both stores return. */
function sortHits(hits: SearchHit[]): SearchHit[] {
  return hits.sort(
    (a, b) =>
      b.score - a.score ||
      a.node.name.length - b.node.name.length ||
      byCodePoint(a.node.id, b.node.id),
  );
}

/** The page `query` asks for of relationships already filtered and in order. */
function edgePage(matches: readonly GraphEdge[], query: EdgeListQuery): EdgePage {
  return {
    items: matches.slice(query.offset, query.offset + query.limit),
    totalCount: matches.length,
  };
}

function edgeMatches(edge: GraphEdge, filter: EdgeFilter): boolean {
  if (!shownAsOf(edge, filter.asOf, filter.asOfMode)) return false;
  if (filter.types && !filter.types.includes(edge.type)) return false;
  if (filter.from && !filter.from.includes(edge.from)) return false;
  if (filter.to && !filter.to.includes(edge.to)) return false;
  if (filter.sources && !edge.evidence.some((item) => filter.sources?.includes(item.sourceId))) {
    return false;
  }
  if (filter.statuses && !filter.statuses.includes(edge.status)) return false;
  if (filter.date && !(edge.date && overlapsRange(edge.date, filter.date))) return false;
  if (filter.prospective !== undefined && isProspective(edge.status) !== filter.prospective) {
    return false;
  }
  if (filter.inferred !== undefined && (edge.inference !== undefined) !== filter.inferred) {
    return false;
  }
  return true;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A node's DEGREE sort key: how many relationships it has (see SORT_FIELDS). */
export type DegreeOf = (node: GraphNode) => number;

/** Sorts by compareNodes, lower-casing each name once rather than at every comparison. */
function sortByNode<T>(
  items: readonly T[],
  nodeOf: (item: T) => GraphNode,
  sort: NodeSort,
  degreeOf: DegreeOf,
  thenBy: readonly NodeSort[] = [],
): T[] {
  if (sort.field !== "NAME" || thenBy.length > 0)
    return [...items].sort((a, b) => compareNodes(nodeOf(a), nodeOf(b), sort, degreeOf, thenBy));
  const sign = sort.descending ? -1 : 1;
  return items
    .map((item) => ({ item, node: nodeOf(item), name: nodeOf(item).name.toLowerCase() }))
    .sort((a, b) => sign * byCodePoint(a.name, b.name) || byCodePoint(a.node.id, b.node.id))
    .map((keyed) => keyed.item);
}

/**
 * The order of two nodes on one sort key alone (0 when they tie on it): undated nodes last
 * in both directions for DATE.
 */
export function compareOnKey(
  a: GraphNode,
  b: GraphNode,
  sort: NodeSort,
  degreeOf: DegreeOf,
): number {
  const sign = sort.descending ? -1 : 1;
  if (sort.field === "DEGREE") return sign * (degreeOf(a) - degreeOf(b));
  if (sort.field === "DATE") {
    if (a.date && b.date) return sign * byCodePoint(a.date.earliest, b.date.earliest);
    return a.date ? (b.date ? 0 : -1) : b.date ? 1 : 0;
  }
  if (sort.field === "NAME") return sign * byCodePoint(a.name.toLowerCase(), b.name.toLowerCase());
  return sign * byCodePoint(a.id, b.id);
}

/**
 * Sort order both stores implement: the field (names compared lower-cased, by
 * code point, as Cypher's ORDER BY toLower(name) does), undated last, then the keys of
 * `thenBy` in turn, then id.
 */
export function compareNodes(
  a: GraphNode,
  b: GraphNode,
  sort: NodeSort,
  degreeOf: DegreeOf,
  thenBy: readonly NodeSort[] = [],
): number {
  let order = compareOnKey(a, b, sort, degreeOf);
  for (const key of thenBy) {
    if (order !== 0) return order;
    order = compareOnKey(a, b, key, degreeOf);
  }
  return order || byCodePoint(a.id, b.id);
}
