/**
 * Comparing partial dates with `lt`, `lte`, `gt` and `gte`, as `where` filters do. Both
 * sides are spans of days (a year, a month, a day or a range), and a comparison holds only
 * when it holds for every day of both: "before May 2024" (`lt: "2024-05"`) is a date whose
 * last possible day is before 1 May, so "2024" is not before May 2024, and neither is
 * "2024-05-02"; "on or before May 2024" (`lte`) is a date whose last day is on or before
 * 31 May. An undated node satisfies no comparison.
 *
 * | condition   | holds when                           |
 * | ----------- | ------------------------------------ |
 * | `lt: X`     | date.latest < X.earliest             |
 * | `lte: X`    | date.latest ≤ X.latest               |
 * | `gt: X`     | date.earliest > X.latest             |
 * | `gte: X`    | date.earliest ≥ X.earliest           |
 */
import type { PartialDate } from "./partial-date.js";

/** The comparisons asked, each as the days of its partial date. */
export interface DateComparison {
  readonly lt?: DaySpan;
  readonly lte?: DaySpan;
  readonly gt?: DaySpan;
  readonly gte?: DaySpan;
}

/** The first and last day (YYYY-MM-DD) a partial date can denote. */
export interface DaySpan {
  readonly earliest: string;
  readonly latest: string;
}

/** Whether `date` meets every comparison given (an undated node meets none, unless none is given). */
export function compareDate(date: PartialDate | undefined, condition: DateComparison): boolean {
  const { lt, lte, gt, gte } = condition;
  if (!lt && !lte && !gt && !gte) return true;
  if (!date) return false;
  return (
    (!lt || date.latest < lt.earliest) &&
    (!lte || date.latest <= lte.latest) &&
    (!gt || date.earliest > gt.latest) &&
    (!gte || date.earliest >= gte.earliest)
  );
}
