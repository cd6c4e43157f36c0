/**
 * A store whose dataset can be replaced while the server runs (a reload): every call
 * goes to the store current at the time, and a request pins the store current when
 * it began (`forRequest`), so no request mixes two datasets. The replaced store is
 * left to the requests still using it, never changed.
 */

import type { GraphStatistics } from "../domain/graph-statistics.js";
import type { GraphEdge, GraphNode, NodeHead } from "../domain/graph-types.js";
import type {
  AggregateQuery,
  DatasetInfo,
  DegreeQuery,
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
  NodePage,
  NodeSummary,
  NodeWithNeighbourHeads,
  PathQuery,
  SearchHit,
  SearchQuery,
  Subgraph,
  TimelinePage,
  TimelineQuery,
} from "./graph-store.js";
import type { RequestScope } from "./request-scope.js";

export class SwappableStore implements GraphStore {
  constructor(private current: GraphStore) {}

  /** The store calls go to now. */
  get active(): GraphStore {
    return this.current;
  }

  /** Serves `next` from now on and returns the store it replaces. */
  swap(next: GraphStore): GraphStore {
    const previous = this.current;
    this.current = next;
    return previous;
  }

  forRequest(scope: RequestScope): GraphStore {
    return this.current.forRequest?.(scope) ?? this.current;
  }

  getNodes(ids: readonly string[]): Promise<(GraphNode | undefined)[]> {
    return this.current.getNodes(ids);
  }
  getEdges(ids: readonly string[]): Promise<(GraphEdge | undefined)[]> {
    return this.current.getEdges(ids);
  }
  listNodes(query: ListQuery): Promise<NodePage> {
    return this.current.listNodes(query);
  }
  listEdges(query: EdgeListQuery): Promise<EdgePage> {
    return this.current.listEdges(query);
  }

  listNodeHeads(query: ListQuery): Promise<HeadPage> {
    return this.current.listNodeHeads(query);
  }
  sourceStatementPages(sourceIds: readonly string[], query: EdgeListQuery): Promise<EdgePage[]> {
    return this.current.sourceStatementPages(sourceIds, query);
  }
  listSummary(filter: NodeFilter): Promise<NodeSummary> {
    return this.current.listSummary(filter);
  }
  neighbours(ids: readonly string[], query: NeighbourQuery): Promise<Neighbour[][]> {
    return this.current.neighbours(ids, query);
  }
  neighbourHeads(ids: readonly string[], query: NeighbourQuery): Promise<NodeHead[][]> {
    return this.current.neighbourHeads(ids, query);
  }
  nodesWithNeighbourHeads(
    ids: readonly string[],
    query: NeighbourQuery,
  ): Promise<NodeWithNeighbourHeads[]> {
    return this.current.nodesWithNeighbourHeads(ids, query);
  }
  neighbourPages(ids: readonly string[], query: NeighbourPageQuery): Promise<NeighbourPage[]> {
    return this.current.neighbourPages(ids, query);
  }
  search(query: SearchQuery): Promise<SearchHit[]> {
    return this.current.search(query);
  }
  resolve(references: readonly string[]): Promise<string[][]> {
    return this.current.resolve(references);
  }
  shortestPaths(query: PathQuery): Promise<FoundPath[]> {
    return this.current.shortestPaths(query);
  }
  neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph> {
    return this.current.neighbourhood(query);
  }
  timeline(query: TimelineQuery): Promise<TimelinePage> {
    return this.current.timeline(query);
  }
  aggregate(query: AggregateQuery): Promise<GroupCount[]> {
    return this.current.aggregate(query);
  }
  topByDegree(query: DegreeQuery): Promise<NodeDegree[]> {
    return this.current.topByDegree(query);
  }
  info(): Promise<DatasetInfo> {
    return this.current.info();
  }
  statistics(): Promise<GraphStatistics> {
    return this.current.statistics();
  }
  close(): Promise<void> {
    return this.current.close();
  }
}
