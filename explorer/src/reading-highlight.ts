/**
 * What to draw in red for the path being read: its nodes and relationships (from its
 * steps when known; for a path known only by its nodes, the relationships between
 * consecutive ones in the view), and its nodes in order, for the scene.
 */
import type { Reading } from "./explorer-state.js";

export interface Highlight {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
  readonly order: readonly string[];
}

/** The nodes and relationships to draw in red for the path being read. */
export function readingHighlight(
  reading: Reading | undefined,
  edges: readonly { id: string; from: { id: string }; to: { id: string } }[],
): Highlight {
  if (!reading)
    return { nodes: new Set<string>(), edges: new Set<string>(), order: [] as string[] };
  if (reading.paths && reading.paths.length > 0) {
    return {
      nodes: new Set(reading.paths.flatMap((path) => path.nodes.map((node) => node.id))),
      edges: new Set(
        reading.paths.flatMap((path) => path.steps.map((step) => step.relationship.id)),
      ),
      order: reading.paths[0]?.nodes.map((node) => node.id) ?? [],
    };
  }
  const ids = reading.nodes ?? [];
  const steps = new Set<string>();
  ids.forEach((id, index) => {
    const next = ids[index + 1];
    if (next !== undefined) steps.add(`${id} ${next}`).add(`${next} ${id}`);
  });
  return {
    nodes: new Set(ids),
    edges: new Set(
      edges.filter((edge) => steps.has(`${edge.from.id} ${edge.to.id}`)).map((edge) => edge.id),
    ),
    order: [...ids],
  };
}
