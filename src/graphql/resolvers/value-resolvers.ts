/** Resolvers of the value types: relationships, evidence, links and paths. */
import type { Evidence, GraphEdge, GraphNode } from "../../domain/graph-types.js";
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
}

/** A neighbour as a Link seen from `fromId`. */
export function toLink(fromId: string, neighbour: Neighbour): LinkValue {
  return {
    edge: neighbour.edge,
    node: neighbour.node.node,
    direction: neighbour.edge.from === fromId ? "OUT" : "IN",
  };
}
