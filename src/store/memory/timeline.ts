/**
 * The timeline: dated events and dated status-changing statements in a range,
 * in date order (earliest possible day, events before statements, then id).
 * The candidates come from a date index built on the first call for each graph
 * (timeline-index.ts); the filters below then apply to those alone.
 */
import type { GraphEdge, GraphNode } from "../../domain/graph-types.js";
import { EVENT_ACTOR_LINKS } from "../../domain/timeline.js";
import type { TimelineEntry, TimelinePage, TimelineQuery } from "../graph-store.js";
import { TimelineIndex } from "./timeline-index.js";
import { type EntenteGraph, narrowerTopics } from "./topic-reach.js";

/** One index per graph; a graph never changes, and a new dataset is a new graph. */
const indexes = new WeakMap<EntenteGraph, TimelineIndex>();

/**
 * The graph's timeline index: the one built in the background (memory-store.ts), or
 * built here on first use when a request comes before it.
 */
export function timelineIndex(graph: EntenteGraph): TimelineIndex {
  let index = indexes.get(graph);
  if (!index) {
    index = TimelineIndex.of(graph);
    indexes.set(graph, index);
  }
  return index;
}

/** Keeps an index built elsewhere for the graph, unless a request built one first. */
export function keepTimelineIndex(graph: EntenteGraph, index: TimelineIndex): void {
  if (!indexes.has(graph)) indexes.set(graph, index);
}

/** Whether the graph's timeline index is there. */
export function hasTimelineIndex(graph: EntenteGraph): boolean {
  return indexes.has(graph);
}

export function timeline(
  graph: EntenteGraph,
  query: TimelineQuery,
  resolve: (reference: string) => Set<string>,
): TimelinePage {
  const actors = query.actor === undefined ? undefined : resolve(query.actor);
  const topics =
    query.topic === undefined
      ? undefined
      : narrowerTopics(
          graph,
          [...resolve(query.topic)].filter(
            (id) => graph.getNodeAttributes(id).category === "Topic",
          ),
        );
  const kinds = query.kinds ? new Set<string>(query.kinds) : undefined;

  const covers = (id: string) =>
    topics === undefined ||
    graph.someOutEdge(id, (_key, edge) => edge.type === "COVERS" && topics.has(edge.to));
  const partyTo = (agreement: string) =>
    actors !== undefined &&
    graph.someInEdge(agreement, (_key, edge) => edge.type === "PARTY_TO" && actors.has(edge.from));

  const keepEvent = (node: GraphNode): boolean => {
    if (kinds && !kinds.has(node.kind)) return false;
    if (actors) {
      const id = node.id;
      // An actor takes part through the links the vocabulary declares (`eventActor`).
      const involved = EVENT_ACTOR_LINKS.some(({ type, actorIs }) =>
        actorIs === "from"
          ? graph.someInEdge(id, (_key, edge) => edge.type === type && actors.has(edge.from))
          : graph.someOutEdge(id, (_key, edge) => edge.type === type && actors.has(edge.to)),
      );
      if (!involved) return false;
    }
    return covers(node.id);
  };
  const keepStatement = (edge: GraphEdge): boolean => {
    if (actors) {
      const touches =
        actors.has(edge.from) || actors.has(edge.to) || partyTo(edge.from) || partyTo(edge.to);
      if (!touches) return false;
    }
    return !topics || covers(edge.from) || covers(edge.to);
  };

  const index = timelineIndex(graph);
  if (actors === undefined && topics === undefined && (kinds === undefined || kinds.size === 0)) {
    // Nothing to check entry by entry: the page and the count come from the index.
    const page = index.unfilteredPage(
      query.range,
      { events: kinds === undefined, statements: query.includeStatements },
      query.offset,
      query.limit,
    );
    if (page) return page;
  }
  const kept: number[] = [];
  const candidates = index.overlapping(query.range, {
    events: kinds === undefined || kinds.size > 0,
    statements: query.includeStatements,
  });
  for (const position of candidates) {
    const keep = index.isEvent(position)
      ? keepEvent(index.event(position))
      : keepStatement(index.edge(position));
    if (keep) kept.push(position);
  }
  return { items: index.page(kept, query.offset, query.limit), totalCount: kept.length };
}

const idOf = (entry: TimelineEntry): string => entry.event?.id ?? entry.edge?.id ?? "";

/** Earliest possible day, then events before statements, then id: the order both stores use. */
export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return (
    compare(a.date.earliest, b.date.earliest) ||
    Number(a.event === undefined) - Number(b.event === undefined) ||
    compare(idOf(a), idOf(b))
  );
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
