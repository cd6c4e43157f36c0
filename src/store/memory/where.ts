/**
 * `where` trees (NodeWhere in src/store/graph-store.ts) as predicates over the memory
 * store's graph. Built once per filter, then applied to many nodes; each relationship
 * condition walks the node's own relationships only.
 */
import { compareDate } from "../../domain/date-comparison.js";
import type { GraphEdge, GraphNode } from "../../domain/graph-types.js";
import type { EdgeWhere, NodeWhere, RelatedWhere, StringCondition } from "../graph-store.js";
import type { EntenteGraph } from "./topic-reach.js";

export type NodePredicate = (node: GraphNode) => boolean;

export function compileWhere(graph: EntenteGraph, where: NodeWhere): NodePredicate {
  const tests: NodePredicate[] = [];
  if (where.ids) {
    const ids = new Set(where.ids);
    tests.push((node) => ids.has(node.id));
  }
  const name = where.name;
  if (name) tests.push((node) => matchesText(node.name.toLowerCase(), name));
  if (where.kinds) {
    const kinds = new Set<string>(where.kinds);
    tests.push((node) => kinds.has(node.kind));
  }
  if (where.statuses) {
    const statuses = new Set<string>(where.statuses);
    tests.push((node) => node.status !== undefined && statuses.has(node.status));
  }
  const date = where.date;
  if (date) tests.push((node) => compareDate(node.date, date));
  for (const related of where.related ?? []) tests.push(relatedTest(graph, related));
  if (where.AND) {
    const all = where.AND.map((each) => compileWhere(graph, each));
    tests.push((node) => all.every((test) => test(node)));
  }
  if (where.OR) {
    const any = where.OR.map((each) => compileWhere(graph, each));
    tests.push((node) => any.some((test) => test(node)));
  }
  if (where.NOT) {
    const not = compileWhere(graph, where.NOT);
    tests.push((node) => !not(node));
  }
  return (node) => tests.every((test) => test(node));
}

/** Whether a lower-cased text meets every condition given. */
export function matchesText(text: string, condition: StringCondition): boolean {
  return (
    (condition.in === undefined || condition.in.includes(text)) &&
    (condition.contains === undefined || text.includes(condition.contains)) &&
    (condition.startsWith === undefined || text.startsWith(condition.startsWith)) &&
    (condition.endsWith === undefined || text.endsWith(condition.endsWith))
  );
}

function edgeTest(where: EdgeWhere | undefined): (edge: GraphEdge) => boolean {
  if (!where) return () => true;
  const statuses = where.statuses ? new Set<string>(where.statuses) : undefined;
  const { date, role } = where;
  return (edge) =>
    (!statuses || statuses.has(edge.status)) &&
    (!date || compareDate(edge.date, date)) &&
    (!role || (edge.role !== undefined && matchesText(edge.role.toLowerCase(), role)));
}

function relatedTest(graph: EntenteGraph, related: RelatedWhere): NodePredicate {
  const types = new Set<string>(related.types);
  const scope = related.statuses ? new Set<string>(related.statuses) : undefined;
  const far = related.node ? compileWhere(graph, related.node) : () => true;
  const edgeOk = edgeTest(related.edge);
  return (node) => {
    let total = 0;
    let matched = 0;
    const count = (farId: "from" | "to") => (_key: string, edge: GraphEdge) => {
      if (!types.has(edge.type) || (scope && !scope.has(edge.status))) return;
      total++;
      if (edgeOk(edge) && far(graph.getNodeAttributes(edge[farId]))) matched++;
    };
    if (related.direction !== "IN") graph.forEachOutEdge(node.id, count("to"));
    if (related.direction !== "OUT") graph.forEachInEdge(node.id, count("from"));
    switch (related.quantifier) {
      case "SOME":
        return matched > 0;
      case "ALL":
        return matched === total;
      case "NONE":
        return matched === 0;
      case "SINGLE":
        return matched === 1;
    }
  };
}
