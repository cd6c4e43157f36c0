/**
 * Graph walks shared by the memory store's filters: resolving a topic to itself
 * and its narrower topics, and finding which agreements involve a topic.
 */
import type { GraphEdge } from "../../domain/graph-types.js";
import { INVOLVEMENT_STEPS, MAX_SUBTOPIC_DEPTH } from "../../domain/involvement.js";
import type { PathResult } from "../graph-store.js";
import type { AdjacencyGraph } from "./adjacency-graph.js";

export type EntenteGraph = AdjacencyGraph;

interface Reached {
  /** The edge that led here, walking back towards the topic, and the node it came from. */
  readonly via?: { edge: GraphEdge; previous: string };
}

/**
 * Topics at or below `topicIds`, each with the SUBTOPIC_OF chain from it up to the
 * topic asked for, nearest first (breadth-first), so exact matches rank first.
 */
export function narrowerTopics(
  graph: EntenteGraph,
  topicIds: readonly string[],
): Map<string, Reached> {
  const reached = new Map<string, Reached>(topicIds.map((id) => [id, {}]));
  let frontier = [...topicIds];
  for (let depth = 0; depth < MAX_SUBTOPIC_DEPTH && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      graph.forEachInEdge(id, (_key, edge) => {
        if (edge.type !== "SUBTOPIC_OF" || reached.has(edge.from)) return;
        reached.set(edge.from, { via: { edge, previous: id } });
        next.push(edge.from);
      });
    }
    frontier = next;
  }
  return reached;
}

/**
 * For every node that involves one of the topics within `maxHops` involvement
 * steps, the best path to the topic: exact topics before narrower ones, then
 * fewer steps. One backward breadth-first walk per level of topic depth, so the
 * cost is bounded by the part of the graph that is reached (times the small,
 * fixed number of depth levels), not by the number of agreements.
 */
export function involvingTopic(
  graph: EntenteGraph,
  topicIds: readonly string[],
  maxHops: number,
): Map<string, PathResult> {
  const topics = narrowerTopics(graph, topicIds);
  const paths = new Map<string, PathResult>();
  for (const level of topicLevels(topics)) {
    const reached = new Map<string, Reached>();
    let frontier: string[] = [];
    for (const topicId of level) {
      graph.forEachInEdge(topicId, (_key, edge) => {
        if (edge.type !== "COVERS" || reached.has(edge.from)) return;
        reached.set(edge.from, { via: { edge, previous: topicId } });
        frontier.push(edge.from);
      });
    }
    for (let hop = 0; hop < maxHops && frontier.length > 0; hop++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const step of INVOLVEMENT_STEPS) {
          // Walking back towards the agreement reverses each step's direction.
          const visit = (_key: string, edge: GraphEdge) => {
            if (edge.type !== step.type) return;
            const other = step.direction === "IN" ? edge.to : edge.from;
            if (reached.has(other) || topics.has(other)) return;
            reached.set(other, { via: { edge, previous: id } });
            next.push(other);
          };
          if (step.direction === "IN") graph.forEachOutEdge(id, visit);
          else graph.forEachInEdge(id, visit);
        }
      }
      frontier = next;
    }
    for (const id of reached.keys()) {
      if (!paths.has(id)) paths.set(id, pathFrom(id, reached, topics));
    }
  }
  return paths;
}

/** Topics grouped by their distance below the topics asked for. */
function topicLevels(topics: ReadonlyMap<string, Reached>): string[][] {
  const depth = new Map<string, number>();
  const levels: string[][] = [];
  for (const [id, entry] of topics) {
    const level = entry.via ? (depth.get(entry.via.previous) ?? 0) + 1 : 0;
    depth.set(id, level);
    const ids = levels[level] ?? [];
    ids.push(id);
    levels[level] = ids;
  }
  return levels;
}

function pathFrom(
  start: string,
  reached: ReadonlyMap<string, Reached>,
  topics: ReadonlyMap<string, Reached>,
): PathResult {
  const nodeIds = [start];
  const edges: GraphEdge[] = [];
  let via = reached.get(start)?.via;
  while (via) {
    edges.push(via.edge);
    nodeIds.push(via.previous);
    via = (reached.get(via.previous) ?? topics.get(via.previous))?.via;
  }
  return { nodeIds, edges };
}
