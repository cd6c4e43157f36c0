import type { GraphEdge, GraphNode } from "../../domain/graph-types.js";
import type { RequestContext } from "../request-context.js";

/**
 * "A –TYPE→ B" for a relationship, by its ends' names (their ids where a node is
 * missing): at once when the request has read both ends or the store gives them so, as
 * a timeline page's ends are; through the batch loader otherwise.
 */
export function statementSummary(
  edge: GraphEdge,
  context: RequestContext,
): string | Promise<string> {
  const ends = context.loaders.nodeList([edge.from, edge.to]);
  return Array.isArray(ends) ? summaryOf(edge, ends) : ends.then((found) => summaryOf(edge, found));
}

function summaryOf(
  edge: GraphEdge,
  [from, to]: readonly (GraphNode | Error | undefined)[],
): string {
  const name = (node: GraphNode | Error | undefined, id: string) =>
    node && !(node instanceof Error) ? node.name : id;
  return `${name(from, edge.from)} –${edge.type}→ ${name(to, edge.to)}`;
}
