/**
 * The timeline: dated events and dated status-changing statements in a range,
 * in date order (earliest possible day, events before statements, then id).
 */
import type { GraphEdge, GraphNode } from "../../domain/graph-types.js";
import { overlapsRange } from "../../domain/partial-date.js";
import { STATUS_CHANGE_TYPES } from "../../domain/timeline.js";
import type { TimelineEntry, TimelinePage, TimelineQuery } from "../graph-store.js";
import { type EntenteGraph, narrowerTopics } from "./topic-reach.js";

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

  const entries: TimelineEntry[] = [];
  graph.forEachNode((id, node: GraphNode) => {
    if (node.category !== "Event" || !node.date || !overlapsRange(node.date, query.range)) return;
    if (kinds && !kinds.has(node.kind)) return;
    if (actors) {
      const involved =
        graph.someInEdge(
          id,
          (_key, edge) => edge.type === "PARTICIPATES_IN" && actors.has(edge.from),
        ) ||
        graph.someOutEdge(id, (_key, edge) => edge.type === "ORGANISED_BY" && actors.has(edge.to));
      if (!involved) return;
    }
    if (covers(id)) entries.push({ date: node.date, event: node });
  });
  if (query.includeStatements) {
    const types = new Set(STATUS_CHANGE_TYPES);
    graph.forEachEdge((_key, edge: GraphEdge) => {
      if (!types.has(edge.type) || !edge.date || !overlapsRange(edge.date, query.range)) return;
      if (actors) {
        const touches =
          actors.has(edge.from) || actors.has(edge.to) || partyTo(edge.from) || partyTo(edge.to);
        if (!touches) return;
      }
      if (topics && !covers(edge.from) && !covers(edge.to)) return;
      entries.push({ date: edge.date, edge });
    });
  }
  entries.sort(compareEntries);
  return {
    items: entries.slice(query.offset, query.offset + query.limit),
    totalCount: entries.length,
  };
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
