/**
 * What the graph shows "as of" a day. A fact is visible when it is undated
 * (timeless as far as the sources say) or when it may have begun by then: its
 * earliest possible day is on or before the day. So a fact dated "June 2024"
 * shows on 10 June (it is neither before nor after that day) but not on 31 May.
 */
import type { PartialDate } from "./partial-date.js";

export function visibleOn(date: PartialDate | undefined, day: string | undefined): boolean {
  if (day === undefined || date === undefined) return true;
  return date.earliest <= day;
}
