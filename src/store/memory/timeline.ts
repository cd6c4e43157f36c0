/**
 * The timeline: dated events and dated status-changing statements in a range,
 * in date order (earliest possible day, events before statements, then id).
 * The candidates come from a date index built on the first call for each graph
 * (timeline-index.ts); the filters below then apply to those alone.
 */
import type { GraphEdge, GraphNode } from "../../domain/graph-types.js";
import { overlapsRange } from "../../domain/partial-date.js";
import { EVENT_ACTOR_LINKS } from "../../domain/timeline.js";
import type { TimelineEntry, TimelinePage, TimelineQuery } from "../graph-store.js";
import { entryOf, ON_TIMELINE, TimelineIndex } from "./timeline-index.js";
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
  const parts = {
    events: kinds === undefined || kinds.size > 0,
    statements: query.includeStatements,
  };
  if (actors !== undefined) {
    // An actor's own entries are usually far fewer than its range's: read them from its
    // side when that means reading fewer relationships than the range has entries.
    const inRange = index.unfilteredPage(query.range, parts, 0, 0)?.totalCount ?? index.size;
    const own = actorEntries(graph, actors, parts, inRange * READS_PER_RANGE_ENTRY);
    if (own) {
      const entries = [
        ...[...own.events].filter((node) => keepEvent(node)).map(entryOf),
        ...[...own.statements].filter((edge) => keepStatement(edge)).map(entryOf),
      ].filter((entry) => overlapsRange(entry.date, query.range));
      entries.sort(compareEntries);
      const items = entries.slice(query.offset, query.offset + query.limit);
      return { items, totalCount: entries.length };
    }
  }
  const kept: number[] = [];
  const candidates = index.overlapping(query.range, parts);
  for (const position of candidates) {
    const keep = index.isEvent(position)
      ? keepEvent(index.event(position))
      : keepStatement(index.edge(position));
    if (keep) kept.push(position);
  }
  return { items: index.page(kept, query.offset, query.limit), totalCount: kept.length };
}

/**
 * The dated events `actors` take part in (through the links the vocabulary declares) and
 * the dated status changes of which an actor, or an agreement it is party to, is an end:
 * a superset of what the actor filter keeps, whatever the range. Undefined once more
 * than `budget` relationships have been read, when reading the range costs less.
 */
function actorEntries(
  graph: EntenteGraph,
  actors: ReadonlySet<string>,
  parts: { events: boolean; statements: boolean },
  budget: number,
): { events: Set<GraphNode>; statements: Set<GraphEdge> } | undefined {
  const events = new Set<GraphNode>();
  const statements = new Set<GraphEdge>();
  const agreements: string[] = [];
  let read = 0;
  const event = (id: string) => {
    const node = graph.getNodeAttributes(id);
    if (node.category === "Event" && node.date) events.add(node);
  };
  const statement = (edge: GraphEdge) => {
    if (parts.statements && ON_TIMELINE.has(edge.type) && edge.date) statements.add(edge);
  };
  /** Visits `id`'s relationships out, then in; true once past the budget. */
  const overBudget = (
    id: string,
    out: (edge: GraphEdge) => void,
    into: (edge: GraphEdge) => void,
  ) =>
    graph.someOutEdge(id, (_key, edge) => {
      out(edge);
      return ++read > budget;
    }) ||
    graph.someInEdge(id, (_key, edge) => {
      into(edge);
      return ++read > budget;
    });
  for (const actor of actors) {
    const over = overBudget(
      actor,
      (edge) => {
        if (parts.events && EVENT_LINKS_FROM.has(edge.type)) event(edge.to);
        if (edge.type === "PARTY_TO") agreements.push(edge.to);
        statement(edge);
      },
      (edge) => {
        if (parts.events && EVENT_LINKS_TO.has(edge.type)) event(edge.from);
        statement(edge);
      },
    );
    if (over) return undefined;
  }
  if (parts.statements) {
    for (const agreement of agreements) {
      if (overBudget(agreement, statement, statement)) return undefined;
    }
  }
  return { events, statements };
}

/**
 * What checking one of the range's entries against an actor costs, in relationships read:
 * the links of an event, the parties of a statement's ends (dozens for a multilateral
 * agreement). At 10^6 nodes a range entry took about 10 µs to check, and a relationship
 * read from the actor's side well under 1 µs.
 */
const READS_PER_RANGE_ENTRY = 16;

const EVENT_LINKS_FROM = new Set<string>(
  EVENT_ACTOR_LINKS.filter((link) => link.actorIs === "from").map((link) => link.type),
);
const EVENT_LINKS_TO = new Set<string>(
  EVENT_ACTOR_LINKS.filter((link) => link.actorIs === "to").map((link) => link.type),
);

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
