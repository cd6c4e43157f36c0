/** Words and dates as people read them. */
import type { PartialDate } from "./api.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** INTERNATIONAL_ORGANISATION → "international organisation". */
export function humanise(word: string): string {
  return word.toLowerCase().replaceAll("_", " ");
}

/** "2024-04-30" → "30 April 2024"; "2022-05" → "May 2022"; "2024" stays. */
export function formatIsoPart(iso: string): string {
  const [year = "", month, day] = iso.split("-");
  if (month === undefined) return year;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** A partial date or range as written in the sources' precision. */
export function formatDate(date: PartialDate | null | undefined): string {
  if (!date) return "";
  const [start = "", end] = date.iso.split("/");
  if (end === undefined) return formatIsoPart(start);
  return `${formatIsoPart(start)} – ${formatIsoPart(end)}`;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a YYYY-MM-DD day (UTC, so no time zone can shift it). */
export function dayNumber(day: string): number {
  const [year = 1970, month = 1, date = 1] = day.split("-").map(Number);
  return Math.round(Date.UTC(year, month - 1, date) / DAY_MS);
}

/** The YYYY-MM-DD day of a day number. */
export function dayFromNumber(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** A file name part from a label: lower case, dashes. */
export function slug(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "view"
  );
}
