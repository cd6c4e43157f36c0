/**
 * What is wrong with a path a store returned, as a list of readable problems: shared
 * by the tests that check shortest paths against an independent search.
 */
import type { GraphEdge } from "../../src/domain/graph-types.js";
import type { PathResult } from "../../src/store/graph-store.js";

export interface PathExpectation {
  readonly from: readonly string[];
  readonly to: readonly string[];
  /** Steps every returned path must have: the shortest distance. */
  readonly length: number;
  /** The dataset's relationships by id: a path must return these very objects. */
  readonly edges: ReadonlyMap<string, GraphEdge>;
  /** Nodes and relationships the query's filters let through; all when absent. */
  readonly nodeOk?: (id: string) => boolean;
  readonly edgeOk?: (edge: GraphEdge) => boolean;
}

/** Problems with `path` as a walk of `length` steps from a source to a target; none when fine. */
export function pathProblems(path: PathResult, expected: PathExpectation): string[] {
  const { nodeIds } = path;
  const where = nodeIds.join(" → ");
  const problems: string[] = [];
  if (path.edges.length !== expected.length || nodeIds.length !== expected.length + 1) {
    problems.push(`${where}: ${path.edges.length} steps, not ${expected.length}`);
  }
  if (!expected.from.includes(nodeIds[0] ?? "")) problems.push(`${where}: starts elsewhere`);
  if (!expected.to.includes(nodeIds.at(-1) ?? "")) problems.push(`${where}: ends elsewhere`);
  if (new Set(nodeIds).size !== nodeIds.length) problems.push(`${where}: repeats a node`);
  for (const id of nodeIds) {
    if (expected.nodeOk && !expected.nodeOk(id)) problems.push(`${where}: ${id} is filtered out`);
  }
  path.edges.forEach((edge, i) => {
    const a = nodeIds[i];
    const b = nodeIds[i + 1];
    const joins = (edge.from === a && edge.to === b) || (edge.from === b && edge.to === a);
    if (!joins) problems.push(`${where}: step ${i} (${edge.id}) does not join ${a} and ${b}`);
    if (expected.edges.get(edge.id) !== edge) {
      problems.push(`${where}: ${edge.id} is not in the dataset`);
    }
    if (expected.edgeOk && !expected.edgeOk(edge)) {
      problems.push(`${where}: ${edge.id} is filtered out`);
    }
  });
  return problems;
}
