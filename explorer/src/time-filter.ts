/**
 * The time a view is seen at: every date, one day ("as of"), or a range of days.
 * Which items show at a time is the API's rule: the view asks the API with `asOf` or
 * `during`, and for the few items the API returns whatever their date (the start
 * nodes of a neighbourhood) applies the very functions the API uses, imported from
 * the domain, so Explorer follows when that rule changes.
 */
import { type AsOfMode, shownDuring, shownOn } from "../../src/domain/validity.js";
import type { ViewValidity } from "./api.js";
import { formatIsoPart } from "./format.js";

/**
 * `unknown`: also what is not known to hold then (the API's asOfMode INCLUDE_UNKNOWN),
 * drawn faded; otherwise only what is known to.
 */
export type TimeFilter =
  | { readonly kind: "all" }
  | { readonly kind: "day"; readonly day: string; readonly unknown?: boolean }
  | {
      readonly kind: "range";
      readonly from: string;
      readonly to: string;
      readonly unknown?: boolean;
    };

export const ALL_TIME: TimeFilter = { kind: "all" };

export function asOfOf(time: TimeFilter): string | undefined {
  return time.kind === "day" ? time.day : undefined;
}

export function duringOf(time: TimeFilter): { from: string; to: string } | undefined {
  return time.kind === "range" ? { from: time.from, to: time.to } : undefined;
}

/** How the API reads the day or range: INCLUDE_UNKNOWN when asked, else its default. */
export function asOfModeOf(time: TimeFilter): AsOfMode {
  return time.kind !== "all" && time.unknown ? "INCLUDE_UNKNOWN" : "KNOWN";
}

/**
 * Whether an item with this validity shows at this time, by the API's own rule for
 * `asOf` and `during`: known to hold on the day, or at some point of the range (or, with
 * `unknown`, not said to have begun after it or ended before it).
 */
export function shownAt(validity: ViewValidity, time: TimeFilter): boolean {
  const known = {
    from: validity.from ?? undefined,
    until: validity.until ?? undefined,
    begun: validity.begun,
    ended: validity.ended,
  };
  const mode = asOfModeOf(time);
  return shownOn(known, asOfOf(time), mode) && shownDuring(known, duringOf(time), mode);
}

/** "all dates", "30 April 2022", "1 January 2023 – 31 December 2023". */
export function describeTime(time: TimeFilter): string {
  switch (time.kind) {
    case "all":
      return "all dates";
    case "day":
      return formatIsoPart(time.day);
    case "range":
      return `${formatIsoPart(time.from)} – ${formatIsoPart(time.to)}`;
  }
}

/** A key that tells two times apart (for caches and effects). */
export function timeKey(time: TimeFilter): string {
  if (time.kind === "all") return "all";
  const key = time.kind === "day" ? time.day : `${time.from}/${time.to}`;
  return time.unknown ? `${key}+unknown` : key;
}

/** `day` moved by a number of days, months or years (a month from 31 January ends in February). */
export function stepDay(day: string, unit: "day" | "month" | "year", count: number): string {
  const [year = 2000, month = 1, date = 1] = day.split("-").map(Number);
  if (unit === "day") {
    return new Date(Date.UTC(year, month - 1, date + count)).toISOString().slice(0, 10);
  }
  const months = month - 1 + (unit === "month" ? count : 12 * count);
  const targetYear = year + Math.floor(months / 12);
  const targetMonth = ((months % 12) + 12) % 12;
  const last = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(targetYear, targetMonth, Math.min(date, last)))
    .toISOString()
    .slice(0, 10);
}
