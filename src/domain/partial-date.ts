/**
 * Dates as sources give them: "June 2024" is a month, not 1 June. Keeping the
 * precision (and ranges such as 2–3 May) lets time filters answer honestly:
 * a month-precise date overlaps every day of its month and precedes none of them.
 */

import { quoteValue } from "./quote-value.js";

export const DATE_PRECISIONS = ["YEAR", "MONTH", "DAY"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface PartialDate {
  /** ISO 8601 text as written in the seed: `2024`, `2024-06`, `2024-04-30` or a range `2024-05-02/2024-05-03`. */
  readonly iso: string;
  readonly precision: DatePrecision;
  /** First day the date can denote, `YYYY-MM-DD`. */
  readonly earliest: string;
  /** Last day the date can denote, `YYYY-MM-DD`. */
  readonly latest: string;
}

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface ParsedPart {
  precision: DatePrecision;
  earliest: string;
  latest: string;
}

/**
 * Days in a month of the proleptic Gregorian calendar, for any year 0000–9999.
 * (`Date.UTC` reads years 0–99 as 1900–1999, which made 0000-02-29 a day that 1900,
 * not a leap year, does not have.)
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

function parsePart(text: string): ParsedPart | string {
  const match = PART.exec(text);
  if (!match)
    return `${quoteValue(text)} is not an ISO date (expected YYYY, YYYY-MM or YYYY-MM-DD)`;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) {
    return { precision: "YEAR", earliest: `${y}-01-01`, latest: `${y}-12-31` };
  }
  const month = Number(m);
  if (month < 1 || month > 12) return `"${text}" has month ${m}, which does not exist`;
  const lastDay = daysInMonth(year, month);
  if (d === undefined) {
    return {
      precision: "MONTH",
      earliest: `${y}-${m}-01`,
      latest: `${y}-${m}-${pad(lastDay)}`,
    };
  }
  const day = Number(d);
  if (day < 1 || day > lastDay) return `"${text}" has day ${d}, which ${y}-${m} does not have`;
  return { precision: "DAY", earliest: text, latest: text };
}

/** Parses seed or client text into a PartialDate, or returns a message saying what is wrong. */
export function parsePartialDate(text: string): PartialDate | string {
  const pieces = text.split("/");
  if (pieces.length > 2) return `${quoteValue(text)} has more than one "/"; a range is START/END`;
  const [startText = "", endText] = pieces;
  const start = parsePart(startText);
  if (typeof start === "string") return start;
  if (endText === undefined) return { iso: text, ...start };
  const end = parsePart(endText);
  if (typeof end === "string") return end;
  if (end.precision !== start.precision) {
    return `"${text}" mixes precisions; both ends of a range must be ${start.precision.toLowerCase()}s`;
  }
  if (end.earliest <= start.earliest) return `"${text}" ends before or when it starts`;
  return { iso: text, precision: start.precision, earliest: start.earliest, latest: end.latest };
}

/** Strict calendar day (YYYY-MM-DD) used for filter bounds; returns a message when invalid. */
export function parseDay(text: string): string | { error: string } {
  const parsed = parsePart(text);
  if (typeof parsed === "string") return { error: parsed };
  if (parsed.precision !== "DAY")
    return { error: `${quoteValue(text)} is not a full day (YYYY-MM-DD)` };
  return parsed.earliest;
}

/** A closed interval of days, either end open when absent. */
export interface DayRange {
  readonly from?: string;
  readonly to?: string;
}

/**
 * True when the date may fall within the range: a month-precise date overlaps a
 * range that shares at least one day with its month.
 */
export function overlapsRange(date: PartialDate, range: DayRange): boolean {
  if (range.from !== undefined && date.latest < range.from) return false;
  if (range.to !== undefined && date.earliest > range.to) return false;
  return true;
}
