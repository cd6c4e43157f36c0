/**
 * Which nodes the sources date: an event takes place on a day, an agreement takes
 * effect on one. Such a node without a date is *undated* (the sources do not say
 * when), which is not the same as timeless: actors, topics, places and sources carry
 * no date at all. A relationship is undated when its sources give it no date, unless
 * its type is timeless (a subtopic is one whatever the date). When an undated one starts
 * to be known is its validity (src/domain/validity.ts): from its source's date. Explorer
 * marks undated items and can hide them; exports of a scene that hides them leave them out.
 */
import { declarationOf, type NodeCategory, type RelationshipType } from "./vocabulary.js";

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

/** True for a relationship that the sources do not date and that is not timeless. */
export function isUndatedRelationship(edge: {
  readonly type: RelationshipType;
  readonly date?: unknown;
}): boolean {
  return (
    (edge.date === undefined || edge.date === null) &&
    declarationOf(edge.type).temporal !== "TIMELESS"
  );
}
