/**
 * Which nodes the sources date: an event takes place on a day, an agreement takes
 * effect on one. Such a node without a date is *undated* (the sources do not say
 * when), which is not the same as timeless: actors, topics, places and sources carry
 * no date at all. Explorer marks undated nodes and can hide them; exports of a scene
 * that hides them leave them out.
 */
import type { NodeCategory } from "./vocabulary.js";

export const DATED_CATEGORIES: readonly NodeCategory[] = ["Agreement", "Event"];

/** True for an agreement or event whose date the sources do not give. */
export function isUndated(node: {
  readonly category: NodeCategory;
  readonly date?: unknown;
}): boolean {
  return (
    DATED_CATEGORIES.includes(node.category) && (node.date === undefined || node.date === null)
  );
}
