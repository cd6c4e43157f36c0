/** Resolvers of the value types: relationships, evidence, links and paths. */
import type { Evidence, GraphEdge, GraphNode } from "../../domain/graph-types.js";
import { type Knowledge, knownOn, validityOf } from "../../domain/validity.js";
import { isProspective } from "../../domain/vocabulary.js";
import type { FoundPath, Neighbour, PathResult } from "../../store/graph-store.js";
import type { RequestContext } from "../request-context.js";

const ARROWS = { FORWARD: ["–", "→"], BACKWARD: ["←", "–"] } as const;

export const valueResolvers = {
  Relationship: {
    from: (edge: GraphEdge, _args: unknown, context: RequestContext) =>
      context.loaders.node(edge.from),
    to: (edge: GraphEdge, _args: unknown, context: RequestContext) => context.loaders.node(edge.to),
    prospective: (edge: GraphEdge) => isProspective(edge.status),
    inferred: (edge: GraphEdge) => edge.inference !== undefined,
    inference: (edge: GraphEdge) => edge.inference ?? null,
  },
  Evidence: {
    source: (evidence: Evidence, _args: unknown, context: RequestContext) =>
      context.loaders.node(evidence.sourceId),
  },
  Link: {
    relationship: (link: LinkValue) => link.edge,
    node: (link: LinkValue) => link.node,
    knowledge: (link: LinkValue) => link.knowledge ?? null,
  },
  Path: {
    nodes: (path: PathResult, _args: unknown, context: RequestContext) => nodesOf(path, context),
    steps: (path: PathResult) =>
      path.edges.map((edge, index) => ({
        relationship: edge,
        traversal: edge.from === path.nodeIds[index] ? "FORWARD" : "BACKWARD",
      })),
    length: (path: PathResult) => path.edges.length,
    summary: (path: PathResult, _args: unknown, context: RequestContext) => {
      const nodes = nodesOf(path, context);
      return Array.isArray(nodes) ? summarise(path, nodes) : nodes.then((n) => summarise(path, n));
    },
  },
};

/**
 * The nodes of a path: those `shortestPaths` read with it (no further store call), else
 * those the request has read, else from the request's node loader (a `why` path of topic
 * involvement).
 */
function nodesOf(
  path: PathResult | FoundPath,
  context: RequestContext,
): Promise<(GraphNode | Error | undefined)[]> | (GraphNode | Error | undefined)[] {
  return "nodes" in path ? [...path.nodes] : context.loaders.nodeList(path.nodeIds);
}

/** A path as one line: names and arrows, `ids` in place of nodes the store did not find. */
function summarise(path: PathResult, nodes: readonly (GraphNode | Error | undefined)[]): string {
  const name = (index: number) => {
    const node = nodes[index];
    return node && !(node instanceof Error) ? node.name : (path.nodeIds[index] ?? "?");
  };
  let text = name(0);
  path.edges.forEach((edge, index) => {
    const [left, right] = ARROWS[edge.from === path.nodeIds[index] ? "FORWARD" : "BACKWARD"];
    text += ` ${left}${edge.type}${right} ${name(index + 1)}`;
  });
  return text;
}

export interface LinkValue {
  edge: GraphEdge;
  node: GraphNode;
  direction: "OUT" | "IN";
  /** What is known of the relationship and its far node on the day asked for, if one was. */
  knowledge?: Knowledge;
}

/** Worst first: a link is as known as the less known of its relationship and far node. */
const KNOWLEDGE_ORDER: readonly Knowledge[] = ["NOT_HOLDING", "UNKNOWN", "KNOWN"];

/** A neighbour as a Link seen from `fromId`, flagged with what is known of it on `day`. */
export function toLink(fromId: string, neighbour: Neighbour, day?: string): LinkValue {
  const edge = neighbour.edge;
  const node = neighbour.node.node;
  const direction = edge.from === fromId ? "OUT" : "IN";
  if (day === undefined) return { edge, node, direction };
  const edgeKnowledge = knownOn(validityOf(edge), day);
  const nodeKnowledge = knownOn(validityOf(node), day);
  const knowledge =
    KNOWLEDGE_ORDER.indexOf(edgeKnowledge) < KNOWLEDGE_ORDER.indexOf(nodeKnowledge)
      ? edgeKnowledge
      : nodeKnowledge;
  return { edge, node, direction, knowledge };
}
