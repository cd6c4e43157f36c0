/**
 * What the graph shows "as of" a day, or during a range: what is known to hold then,
 * from each node's and statement's validity (src/domain/validity.ts; decision 0008).
 * An undated fact shows from the date of the first source that supports it, a point in
 * time only then; `INCLUDE_UNKNOWN` also shows what is not known to hold, leaving out only
 * what a source says had not begun or had ended.
 */
import type { GraphEdge, GraphNode } from "./graph-types.js";
import type { DayRange } from "./partial-date.js";
import { type AsOfMode, shownDuring, shownOn, validityOf } from "./validity.js";

/** Whether a node or statement shows as of the day: known to hold then (or, INCLUDE_UNKNOWN, not known not to). */
export function shownAsOf(
  item: GraphNode | GraphEdge,
  day: string | undefined,
  mode: AsOfMode = "KNOWN",
): boolean {
  return day === undefined || shownOn(validityOf(item), day, mode);
}

/** Whether a node or statement may hold at some point of a range (see `shownDuring`). */
export function shownWithin(
  item: GraphNode | GraphEdge,
  range: DayRange | undefined,
  mode: AsOfMode = "KNOWN",
): boolean {
  return range === undefined || shownDuring(validityOf(item), range, mode);
}

/** Both time conditions a traversal takes: as of a day, and within a range. */
export function inTime(
  item: GraphNode | GraphEdge,
  day: string | undefined,
  range: DayRange | undefined,
  mode: AsOfMode = "KNOWN",
): boolean {
  return shownAsOf(item, day, mode) && shownWithin(item, range, mode);
}
