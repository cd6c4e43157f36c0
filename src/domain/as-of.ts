/**
 * What the graph shows "as of" a day. A fact is visible when it is undated
 * (timeless as far as the sources say) or when it may have begun by then: its
 * earliest possible day is on or before the day. So a fact dated "June 2024"
 * shows on 10 June (it is neither before nor after that day) but not on 31 May.
 */
import { type DayRange, overlapsRange, type PartialDate } from "./partial-date.js";

export function visibleOn(date: PartialDate | undefined, day: string | undefined): boolean {
  if (day === undefined || date === undefined) return true;
  return date.earliest <= day;
}

/**
 * Whether a fact may hold at some point of a range: undated facts always may;
 * dated ones when their date overlaps it (counting precision).
 */
export function visibleDuring(date: PartialDate | undefined, range: DayRange | undefined): boolean {
  if (range === undefined || date === undefined) return true;
  return overlapsRange(date, range);
}

/** Both time conditions a traversal takes: as of a day, and within a range. */
export function inTime(
  date: PartialDate | undefined,
  day: string | undefined,
  range: DayRange | undefined,
): boolean {
  return visibleOn(date, day) && visibleDuring(date, range);
}
