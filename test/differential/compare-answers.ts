/**
 * What "the two stores answer identically" means where the contract leaves a choice:
 *
 * - an `involvesTopic` match's `why` is one best path, and the contract ranks paths only by
 *   whether they reach the exact topic (how many SUBTOPIC_OF steps) and then by how many
 *   involvement steps they take: of several such paths, either may be given. So a `why` is
 *   compared by that rank, and checked on its own to be a real path from the node to the topic;
 * - of several shortest paths, which survive `limit` is not specified: the paths returned
 *   are compared as a set when all of them fit, and otherwise must be `limit` of them.
 *
 * Everything else is compared as it is, order included.
 */
import { isDeepStrictEqual } from "node:util";
import type { Dataset, GraphEdge } from "../../src/domain/graph-types.js";
import type {
  GraphStore,
  Neighbour,
  NodeMatch,
  NodePage,
  PathQuery,
  PathResult,
} from "../../src/store/graph-store.js";
import { pathProblems } from "../support/path-problems.js";

/** A `why` by what the contract ranks it on. */
export interface WhyRank {
  readonly subtopicSteps: number;
  readonly involvementSteps: number;
}

export type ComparableMatch = Omit<NodeMatch, "why"> & { readonly why?: WhyRank };

export function rankOf(why: PathResult): WhyRank {
  const subtopicSteps = why.edges.filter((edge) => edge.type === "SUBTOPIC_OF").length;
  // Every other step but the one COVERS is an involvement step.
  return { subtopicSteps, involvementSteps: why.edges.length - subtopicSteps - 1 };
}

/** Problems with a `why`: not a chain of the dataset's relationships from the node to a topic. */
export function whyProblems(match: NodeMatch, edgesById: ReadonlyMap<string, GraphEdge>): string[] {
  const why = match.why;
  if (!why) return [];
  const problems: string[] = [];
  const { nodeIds, edges } = why;
  if (nodeIds[0] !== match.node.id) problems.push(`${match.node.id}: why starts at ${nodeIds[0]}`);
  if (nodeIds.length !== edges.length + 1) problems.push(`${match.node.id}: why is not a chain`);
  if (edges.filter((edge) => edge.type === "COVERS").length !== 1) {
    problems.push(`${match.node.id}: why has not exactly one COVERS step`);
  }
  edges.forEach((edge, i) => {
    const a = nodeIds[i];
    const b = nodeIds[i + 1];
    if (!((edge.from === a && edge.to === b) || (edge.from === b && edge.to === a))) {
      problems.push(`${match.node.id}: why step ${edge.id} does not join ${a} and ${b}`);
    }
    const stored = edgesById.get(edge.id);
    if (!isDeepStrictEqual(stored, edge)) {
      problems.push(`${match.node.id}: why step ${edge.id} is not the dataset's`);
    }
  });
  return problems;
}

export function comparableMatch(match: NodeMatch): ComparableMatch {
  return match.why ? { node: match.node, why: rankOf(match.why) } : { node: match.node };
}

export function comparablePage(page: NodePage) {
  return { totalCount: page.totalCount, items: page.items.map(comparableMatch) };
}

export function comparableNeighbours(lists: readonly (readonly Neighbour[])[]) {
  return lists.map((links) =>
    links.map((link) => ({ edge: link.edge, node: comparableMatch(link.node) })),
  );
}

export function edgesById(dataset: Dataset): Map<string, GraphEdge> {
  return new Map(dataset.edges.map((edge) => [edge.id, edge]));
}

const pathKey = (path: PathResult) =>
  `${path.nodeIds.join(">")}|${path.edges.map((edge) => edge.id).join(">")}`;

/**
 * How `paths` (from the store under test) differ from what the reference store allows for
 * `query`: the reference store is asked for every shortest path (limit raised), and the
 * answer must be all of them when they fit in `limit`, or else `limit` of them, each a
 * well-formed path of the shortest length. Returns readable problems; none when they agree.
 */
export async function pathDisagreements(
  paths: readonly PathResult[],
  query: PathQuery,
  reference: GraphStore,
  edges: ReadonlyMap<string, GraphEdge>,
): Promise<string[]> {
  const all = await reference.shortestPaths({ ...query, limit: 1_000_000 });
  const allowed = new Set(all.map(pathKey));
  const problems: string[] = [];
  const expectedCount = Math.min(query.limit, all.length);
  if (paths.length !== expectedCount) {
    problems.push(`${paths.length} paths, where ${expectedCount} of ${all.length} were expected`);
  }
  const keys = paths.map(pathKey);
  if (new Set(keys).size !== keys.length) problems.push("a path is returned twice");
  for (const path of paths) {
    if (!allowed.has(pathKey(path))) problems.push(`${pathKey(path)} is not a shortest path`);
    const length = all[0]?.edges.length ?? 0;
    problems.push(
      ...pathProblems(path, { from: query.from, to: query.to, length, edges }).filter(
        // Identity with the dataset's object does not hold across a database; content does.
        (problem) => !problem.endsWith("is not in the dataset"),
      ),
    );
    for (const edge of path.edges) {
      if (!isDeepStrictEqual(edges.get(edge.id), edge)) {
        problems.push(`${edge.id} differs from the dataset's`);
      }
    }
  }
  return problems;
}
