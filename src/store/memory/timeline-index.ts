/**
 * The timeline's date index: every dated Event and every dated status-change
 * relationship of one graph, in date order, so that a timeline call reads the
 * entries whose dates can overlap its range instead of scanning every node and
 * relationship (at 10^6 nodes and 5·10^6 relationships the scan and its sort took
 * about 0.7 s a call).
 *
 * A partial date is an interval of days (`earliest`..`latest`); it overlaps a
 * range when `earliest ≤ to` and `latest ≥ from`. Sorted by `earliest`, the first
 * condition is a binary search. The second is not, since `latest` does not follow
 * `earliest`'s order; but almost every date is a day, a month or a year, spanning
 * at most MAX_SHORT_SPAN_DAYS, and such a date can only reach `from` if it starts
 * no more than that many days before it. So short dates are kept in one sorted
 * list read from `from − MAX_SHORT_SPAN_DAYS` to `to`, and the few long ones
 * (ranges over years, and anything whose days cannot be computed) in another that
 * is checked whole. Both bounds only narrow the candidates: each is still checked
 * with overlapsRange, so the answer is the scan's, for every date and range.
 *
 * Order. Each entry has a position: by `earliest`, events before statements, and
 * otherwise in the order given (the scan's: events by node, then relationships in
 * dataset order). Entries sharing `earliest` and kind form a group of consecutive
 * positions, and only the id is left to order within it (compareEntries, in
 * timeline.ts). Sorting every group by id up front made the build take about 4 s at
 * 10^6 nodes (millions of string comparisons, each a few cache misses away), so a
 * group is put in id order the first time a page shows part of it, and the order is
 * kept. A page thus costs its candidates plus the groups it cuts, and building the
 * index a pass over the graph, a counting sort of the entries and a sort of their
 * distinct days.
 */
import type { GraphEdge, GraphNode } from "../../domain/graph-types.js";
import { type DayRange, overlapsRange, type PartialDate } from "../../domain/partial-date.js";
import { STATUS_CHANGE_TYPES } from "../../domain/timeline.js";
import type { TimelineEntry } from "../graph-store.js";
import type { EntenteGraph } from "./topic-reach.js";

/** Longest span (latest − earliest, in days) kept in the sorted list; a leap year spans 365. */
export const MAX_SHORT_SPAN_DAYS = 400;

interface Part {
  /** Positions of short-span entries, ascending (so by `earliest`). */
  readonly short: Int32Array;
  /** Positions of long-span entries, ascending; checked whole. */
  readonly long: Int32Array;
}

export class TimelineIndex {
  /** Dates, and the event or relationship dated, by position. */
  private readonly dates: PartialDate[];
  private readonly subjects: (GraphNode | GraphEdge)[];
  /** 1 where the subject at that position is an event, 0 for a relationship. */
  private readonly eventFlags: Uint8Array;
  /** The group (same `earliest`, same kind) of each position; groups are runs of positions. */
  private readonly groupOf: Int32Array;
  /** First position of each group, and the number of positions at the end. */
  private readonly groupStart: Int32Array;
  /** Each position's place in the full timeline order, once its group is `ranked`. */
  private readonly rank: Int32Array;
  /** 1 for a group whose entries have their `rank`. */
  private readonly ranked: Uint8Array;
  private readonly events: Part;
  private readonly statements: Part;

  /** The index of a graph's dated events and dated status-change relationships. */
  static of(graph: EntenteGraph): TimelineIndex {
    const subjects: (GraphNode | GraphEdge)[] = [];
    const dates: PartialDate[] = [];
    graph.forEachNode((_id, node) => {
      if (node.category === "Event" && node.date) {
        subjects.push(node);
        dates.push(node.date);
      }
    });
    const eventCount = subjects.length;
    const types = new Set(STATUS_CHANGE_TYPES);
    graph.forEachEdge((_key, edge) => {
      if (types.has(edge.type) && edge.date) {
        subjects.push(edge);
        dates.push(edge.date);
      }
    });
    return new TimelineIndex(subjects, dates, eventCount);
  }

  /**
   * Events and status-change relationships in the order the scan meets them (events
   * by node, then relationships in dataset order), with their dates: the first
   * `eventCount` are events. Dates are passed beside the subjects so that no subject
   * is read again (they lie all over the heap; a cache miss each).
   */
  constructor(
    given: readonly (GraphNode | GraphEdge)[],
    givenDates: readonly PartialDate[],
    eventCount: number,
  ) {
    const n = given.length;
    // A counting sort on (earliest, kind), stable, so that the entries are read in order
    // and each written once. First each entry's key: 2 × its day's number, + 1 for a statement.
    const dayOf = new Map<string, number>();
    const keys = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const earliest = (givenDates[i] as PartialDate).earliest;
      let day = dayOf.get(earliest);
      if (day === undefined) {
        day = dayOf.size;
        dayOf.set(earliest, day);
      }
      keys[i] = 2 * day + (i < eventCount ? 0 : 1);
    }
    const counts = new Int32Array(2 * dayOf.size);
    for (const key of keys) counts[key] = (counts[key] as number) + 1;
    // The groups in timeline order (by `earliest`, events first), where each starts,
    // and the day number of its `earliest` (NaN: not a real day).
    const next = new Int32Array(counts.length);
    const groupOfKey = new Int32Array(counts.length);
    const groupStart: number[] = [];
    const groupDay: number[] = [];
    let position = 0;
    for (const earliest of [...dayOf.keys()].sort(compare)) {
      const day = dayOf.get(earliest) as number;
      for (const key of [2 * day, 2 * day + 1]) {
        const count = counts[key] as number;
        if (count === 0) continue;
        groupOfKey[key] = groupStart.length;
        groupStart.push(position);
        groupDay.push(dayNumber(earliest) ?? Number.NaN);
        next[key] = position;
        position += count;
      }
    }
    this.dates = new Array<PartialDate>(n);
    this.subjects = new Array<GraphNode | GraphEdge>(n);
    this.eventFlags = new Uint8Array(n);
    this.groupOf = new Int32Array(n);
    this.rank = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const key = keys[i] as number;
      const at = next[key] as number;
      next[key] = at + 1;
      this.dates[at] = givenDates[i] as PartialDate;
      this.subjects[at] = given[i] as GraphNode | GraphEdge;
      this.eventFlags[at] = key % 2 === 0 ? 1 : 0;
      this.groupOf[at] = groupOfKey[key] as number;
      this.rank[at] = at;
    }
    // Short or long, in position order. Day numbers of `latest` texts computed once each.
    const eventLists = { short: [] as number[], long: [] as number[] };
    const statementLists = { short: [] as number[], long: [] as number[] };
    const latestDays = new Map<string, number>();
    for (let at = 0; at < n; at++) {
      const latest = (this.dates[at] as PartialDate).latest;
      let end = latestDays.get(latest);
      if (end === undefined) {
        end = dayNumber(latest) ?? Number.NaN;
        latestDays.set(latest, end);
      }
      const start = groupDay[this.groupOf[at] as number] as number;
      const lists = this.eventFlags[at] === 1 ? eventLists : statementLists;
      // Short: both ends are real days, at most MAX_SHORT_SPAN_DAYS apart (NaN is
      // neither). The search's lower bound relies on exactly this.
      (end - start <= MAX_SHORT_SPAN_DAYS ? lists.short : lists.long).push(at);
    }
    groupStart.push(n);
    this.groupStart = Int32Array.from(groupStart);
    this.ranked = new Uint8Array(groupStart.length - 1);
    this.events = {
      short: Int32Array.from(eventLists.short),
      long: Int32Array.from(eventLists.long),
    };
    this.statements = {
      short: Int32Array.from(statementLists.short),
      long: Int32Array.from(statementLists.long),
    };
  }

  /** Number of dated entries indexed. */
  get size(): number {
    return this.dates.length;
  }

  /**
   * Positions of the entries whose date overlaps `range`, ascending: events and/or
   * statements. Exactly those the scan would keep before its other filters.
   */
  overlapping(range: DayRange, parts: { events: boolean; statements: boolean }): Int32Array {
    const found: number[] = [];
    for (const part of [parts.events && this.events, parts.statements && this.statements]) {
      if (!part) continue;
      this.collectShort(part.short, range, found);
      for (const position of part.long) {
        if (overlapsRange(this.dates[position] as PartialDate, range)) found.push(position);
      }
    }
    // Up to four runs, each ascending: a typed array sorts them into one numerically.
    return Int32Array.from(found).sort();
  }

  /**
   * The page `positions` (ascending, as from `overlapping`, and maybe filtered) give in
   * timeline order: what `sorted.slice(offset, offset + limit)` gives for the entries
   * sorted with compareEntries, ties kept in the scan's order.
   */
  page(positions: readonly number[], offset: number, limit: number): TimelineEntry[] {
    const start = sliceIndex(positions.length, offset);
    const end = sliceIndex(positions.length, offset + limit);
    if (start >= end) return [];
    // Positions already follow the timeline order but for ids within a group, so
    // only the groups the page cuts need their id order.
    let first = start;
    const firstGroup = this.groupOf[positions[start] as number];
    while (first > 0 && this.groupOf[positions[first - 1] as number] === firstGroup) first--;
    let last = end;
    const lastGroup = this.groupOf[positions[end - 1] as number];
    while (last < positions.length && this.groupOf[positions[last] as number] === lastGroup) {
      last++;
    }
    const window = positions.slice(first, last);
    for (const position of window) {
      const group = this.groupOf[position] as number;
      if (this.ranked[group] === 0) this.rankGroup(group);
    }
    window.sort((a, b) => (this.rank[a] as number) - (this.rank[b] as number));
    return window.slice(start - first, end - first).map((position) => this.entry(position));
  }

  isEvent(position: number): boolean {
    return this.eventFlags[position] === 1;
  }

  /** The event at `position` (see isEvent). */
  event(position: number): GraphNode {
    return this.subjects[position] as GraphNode;
  }

  /** The relationship at `position` (see isEvent). */
  edge(position: number): GraphEdge {
    return this.subjects[position] as GraphEdge;
  }

  /** A fresh entry for `position`, as the scan made them. */
  entry(position: number): TimelineEntry {
    const date = this.dates[position] as PartialDate;
    return this.isEvent(position)
      ? { date, event: this.event(position) }
      : { date, edge: this.edge(position) };
  }

  /**
   * Ranks a group's entries by id, ties by position (the order given): within a group,
   * compareEntries comes down to the id.
   */
  private rankGroup(group: number): void {
    const from = this.groupStart[group] as number;
    const to = this.groupStart[group + 1] as number;
    const id = (position: number) => (this.subjects[position] as GraphNode | GraphEdge).id;
    let inOrder = true;
    for (let p = from + 1; p < to && inOrder; p++) inOrder = id(p - 1) <= id(p);
    if (!inOrder) {
      const members = Array.from({ length: to - from }, (_, k) => from + k);
      members.sort((a, b) => compare(id(a), id(b)) || a - b);
      members.forEach((position, k) => {
        this.rank[position] = from + k;
      });
    }
    this.ranked[group] = 1;
  }

  private collectShort(short: Int32Array, range: DayRange, found: number[]): void {
    const lowest =
      range.from === undefined ? undefined : shiftDay(range.from, -MAX_SHORT_SPAN_DAYS);
    const start =
      lowest === undefined ? 0 : this.firstFrom(short, (earliest) => earliest >= lowest);
    const to = range.to;
    const end =
      to === undefined ? short.length : this.firstFrom(short, (earliest) => earliest > to, start);
    for (let k = start; k < end; k++) {
      const position = short[k] as number;
      if (overlapsRange(this.dates[position] as PartialDate, range)) found.push(position);
    }
  }

  /** First k ≥ `from` whose entry's `earliest` passes `test` (which, once true, stays true). */
  private firstFrom(short: Int32Array, test: (earliest: string) => boolean, from = 0): number {
    let low = from;
    let high = short.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (test((this.dates[short[middle] as number] as PartialDate).earliest)) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}

/** Where Array.prototype.slice starts or ends for `at` in an array of `length`. */
function sliceIndex(length: number, at: number): number {
  const index = Math.trunc(at) || 0;
  return index < 0 ? Math.max(length + index, 0) : Math.min(index, length);
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 of a real calendar day written YYYY-MM-DD (years 0000–9999,
 * proleptic Gregorian, as Date counts them), or undefined for any other text. On
 * such days, the order of the numbers is the order of the strings.
 */
export function dayNumber(text: string): number | undefined {
  const match = DAY.exec(text);
  if (!match) return undefined;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, takes years 0–99 as they are.
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // A day its month does not have rolls over into another date.
  return dayText(date) === text ? date.getTime() / MS_PER_DAY : undefined;
}

/** The day `days` after `text` as YYYY-MM-DD; undefined if either is not a day in 0000–9999. */
export function shiftDay(text: string, days: number): string | undefined {
  const start = dayNumber(text);
  if (start === undefined) return undefined;
  const date = new Date((start + days) * MS_PER_DAY);
  const year = date.getUTCFullYear();
  return year < 0 || year > 9999 ? undefined : dayText(date);
}

/** YYYY-MM-DD of a date whose year is within 0000–9999 (toISOString's four-digit years). */
const dayText = (date: Date): string => date.toISOString().slice(0, 10);
