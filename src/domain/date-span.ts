/**
 * The earliest and latest of some partial dates, kept as recorded: "2024" stays a year.
 * A minimum or maximum taken over days would invent a precision no source gives (the
 * minimum of "2024" and "2024-05" is not 1 January 2024), so the answer is one of the
 * dates itself, chosen by the days it can denote:
 * - `min` is the date whose first possible day is earliest; among those, the one whose
 *   last possible day is earliest (the more precise), then the one first met;
 * - `max` is the date whose last possible day is latest; among those, the one whose first
 *   possible day is latest (the more precise), then the one first met.
 * So of "2024" and "2024-05", `min` and `max` are both "2024": it may begin before May
 * and may end after it. Undated items take no part.
 */
import type { PartialDate } from "./partial-date.js";

export interface DateSpan {
  readonly min?: PartialDate;
  readonly max?: PartialDate;
}

/** Whether `a` comes before `b` as a minimum. */
const earlierMin = (a: PartialDate, b: PartialDate): boolean =>
  a.earliest < b.earliest || (a.earliest === b.earliest && a.latest < b.latest);

/** Whether `a` comes after `b` as a maximum. */
const laterMax = (a: PartialDate, b: PartialDate): boolean =>
  a.latest > b.latest || (a.latest === b.latest && a.earliest > b.earliest);

export function dateSpan(dates: Iterable<PartialDate | undefined>): DateSpan {
  let min: PartialDate | undefined;
  let max: PartialDate | undefined;
  for (const date of dates) {
    if (!date) continue;
    if (!min || earlierMin(date, min)) min = date;
    if (!max || laterMax(date, max)) max = date;
  }
  return { ...(min ? { min } : {}), ...(max ? { max } : {}) };
}
