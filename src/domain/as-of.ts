/**
 * What the graph shows "as of" a day, or during a range: what is known to hold then,
 * from each node's and statement's validity (src/domain/validity.ts; decision 0008).
 * An undated fact shows from the date of the first source that supports it, a point in
 * time only then; `INCLUDE_UNKNOWN` also shows what is not known to hold, leaving out only
 * what a source says had not begun or had ended.
 */
import type { GraphEdge, GraphNode } from "./graph-types.js";
import { type DayRange, overlapsRange, type PartialDate } from "./partial-date.js";
import { type AsOfMode, shownDuring, shownOn, validityOf } from "./validity.js";

/**
 * The former rule, by a single date (undated: always; dated: from its earliest day),
 * still used by Explorer's slider until it follows validity (issue 16).
 */
export function visibleOn(date: PartialDate | undefined, day: string | undefined): boolean {
  if (day === undefined || date === undefined) return true;
  return date.earliest <= day;
}

/** The former rule for a range: undated facts always; dated ones when their date overlaps it. */
export function visibleDuring(date: PartialDate | undefined, range: DayRange | undefined): boolean {
  if (range === undefined || date === undefined) return true;
  return overlapsRange(date, range);
}

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
