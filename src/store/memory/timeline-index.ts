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
import type { TimelineEntry, TimelinePage } from "../graph-store.js";
import { IntList } from "./int-list.js";
import { sharedArray } from "./shared-array.js";
import { runToEnd, TimeSlice } from "./time-slice.js";
import type { EntenteGraph } from "./topic-reach.js";

/** Longest span (latest − earliest, in days) kept in the sorted list; a leap year spans 365. */
export const MAX_SHORT_SPAN_DAYS = 400;

/**
 * What the index is computed from, in compact form so that it can be sent to a worker
 * thread (build-off-thread.ts): the n dated entries in the order given, the first
 * `eventCount` of them events, each date as the ranks of its `earliest` and `latest`
 * among the distinct date texts sorted by code unit.
 */
export interface TimelineInput {
  readonly eventCount: number;
  readonly earliest: Int32Array;
  readonly latest: Int32Array;
  /** Day number of each distinct date text (dayNumber), NaN when it is not a real day. */
  readonly dayOfRank: Float64Array;
}

/** The index's arrays, by position (see the file's comment); each has a buffer of its own. */
export interface TimelineArrays {
  /** Position → the entry's place in the order given. */
  readonly order: Int32Array;
  readonly eventFlags: Uint8Array;
  /** The group (same `earliest`, same kind) of each position; groups are runs of positions. */
  readonly groupOf: Int32Array;
  /** First position of each group, and the number of positions at the end. */
  readonly groupStart: Int32Array;
  /** Each position's place in the full timeline order, once its group is ranked (identity until then). */
  readonly rank: Int32Array;
  /** Ranks of `earliest` and `latest`, by position. */
  readonly earliestAt: Int32Array;
  readonly latestAt: Int32Array;
  /** Positions of short-span and long-span entries of each kind, ascending. */
  readonly eventsShort: Int32Array;
  readonly eventsLong: Int32Array;
  readonly statementsShort: Int32Array;
  readonly statementsLong: Int32Array;
  /** Every position of each kind, ascending. */
  readonly eventPositions: Int32Array;
  readonly statementPositions: Int32Array;
  /** The `latest` ranks of each kind's entries, ascending: how many end before a day. */
  readonly eventLatest: Int32Array;
  readonly statementLatest: Int32Array;
  /** 1 when no entry's `latest` sorts before its `earliest` (what counting by ranks assumes). */
  readonly ordered: number;
}

interface Part {
  /** Positions of short-span entries, ascending (so by `earliest`). */
  readonly short: Int32Array;
  /** Positions of long-span entries, ascending; checked whole. */
  readonly long: Int32Array;
  /** Every position, ascending, and the `latest` ranks, ascending. */
  readonly all: Int32Array;
  readonly latest: Int32Array;
}

/** What a graph gives the index: its dated entries, in the scan's order, and their input. */
export interface TimelineSource {
  readonly graph: EntenteGraph;
  /**
   * Entry i's node index (for the first `input.eventCount`, the events) or relationship
   * index (the rest), in the order given: numbers rather than references, so that
   * gathering them copies no pointers (int-list.ts says why that matters).
   */
  readonly subjects: Int32Array;
  /** The distinct date texts, sorted by code unit. */
  readonly dictionary: readonly string[];
  readonly input: TimelineInput;
}

/** Relationship types whose dated relationships are on the timeline. */
export const ON_TIMELINE: ReadonlySet<string> = new Set<string>(STATUS_CHANGE_TYPES);

/** A graph's dated entries, in the order given (see TimelineSource.subjects). */
interface Given {
  readonly graph: EntenteGraph;
  readonly subjects: Int32Array;
  readonly eventCount: number;
}

/** Entry i's event or relationship. */
function subjectOf(given: Given, i: number): GraphNode | GraphEdge {
  const subject = given.subjects[i] as number;
  return i < given.eventCount ? given.graph.nodeAt(subject) : given.graph.edgeAt(subject);
}

/** A timeline entry for a dated event or relationship: its own date. */
export function entryOf(subject: GraphNode | GraphEdge): TimelineEntry {
  const date = subject.date as PartialDate;
  return "category" in subject ? { date, event: subject } : { date, edge: subject };
}

/**
 * The dated events (by node) and status-change relationships (in dataset order) of a
 * graph and the index's input, yielding every few milliseconds so that a caller can
 * pause there.
 */
export function* gatherTimeline(graph: EntenteGraph): Generator<void, TimelineSource> {
  const slice = new TimeSlice();
  const found = new IntList();
  for (let i = 0; i < graph.order; i++) {
    if (slice.due()) yield;
    const node = graph.nodeAt(i);
    if (node.category === "Event" && node.date) found.push(i);
  }
  const eventCount = found.length;
  for (let e = 0; e < graph.size; e++) {
    if (slice.due()) yield;
    const edge = graph.edgeAt(e);
    if (ON_TIMELINE.has(edge.type) && edge.date) found.push(e);
  }
  const subjects = found.toArray();
  const n = subjects.length;
  const given: Given = { graph, subjects, eventCount };
  // Each distinct text gets a number in order of appearance, then its rank once sorted.
  const idOf = new Map<string, number>();
  const earliest = new Int32Array(n);
  const latest = new Int32Array(n);
  const id = (text: string): number => {
    let found = idOf.get(text);
    if (found === undefined) {
      found = idOf.size;
      idOf.set(text, found);
    }
    return found;
  };
  for (let i = 0; i < n; i++) {
    if (slice.due()) yield;
    const date = subjectOf(given, i).date as PartialDate;
    earliest[i] = id(date.earliest);
    latest[i] = id(date.latest);
  }
  const texts = [...idOf.keys()];
  const dictionary = [...texts].sort(compare);
  yield;
  const rankOfId = new Int32Array(texts.length);
  const dayOfRank = new Float64Array(texts.length);
  for (let rank = 0; rank < dictionary.length; rank++) {
    if (slice.due()) yield;
    const text = dictionary[rank] as string;
    rankOfId[idOf.get(text) as number] = rank;
    dayOfRank[rank] = dayNumber(text) ?? Number.NaN;
  }
  for (let i = 0; i < n; i++) {
    if (slice.due()) yield;
    earliest[i] = rankOfId[earliest[i] as number] as number;
    latest[i] = rankOfId[latest[i] as number] as number;
  }
  return { graph, subjects, dictionary, input: { eventCount, earliest, latest, dayOfRank } };
}

/**
 * The index's arrays, in one piece (meant for a worker thread): a stable counting sort
 * on (earliest, kind), then the short and long lists of each kind.
 */
export function buildTimelineArrays(input: TimelineInput): TimelineArrays {
  const { eventCount, earliest, latest, dayOfRank } = input;
  const n = earliest.length;
  const counts = new Int32Array(2 * dayOfRank.length);
  const keyOf = (i: number) => 2 * (earliest[i] as number) + (i < eventCount ? 0 : 1);
  for (let i = 0; i < n; i++) counts[keyOf(i)] = (counts[keyOf(i)] as number) + 1;
  // Keys are already in timeline order (by `earliest`, events first): a group per key used.
  const next = new Int32Array(counts.length);
  const groupOfKey = new Int32Array(counts.length);
  const groupStart: number[] = [];
  let position = 0;
  for (let key = 0; key < counts.length; key++) {
    const count = counts[key] as number;
    if (count === 0) continue;
    groupOfKey[key] = groupStart.length;
    groupStart.push(position);
    next[key] = position;
    position += count;
  }
  groupStart.push(n);
  const order = sharedArray(Int32Array, n);
  const eventFlags = sharedArray(Uint8Array, n);
  const groupOf = sharedArray(Int32Array, n);
  const rank = sharedArray(Int32Array, n);
  const earliestAt = sharedArray(Int32Array, n);
  const latestAt = sharedArray(Int32Array, n);
  let ordered = 1;
  for (let i = 0; i < n; i++) {
    const key = keyOf(i);
    const at = next[key] as number;
    next[key] = at + 1;
    order[at] = i;
    eventFlags[at] = key % 2 === 0 ? 1 : 0;
    groupOf[at] = groupOfKey[key] as number;
    rank[at] = at;
    earliestAt[at] = earliest[i] as number;
    latestAt[at] = latest[i] as number;
    if ((latest[i] as number) < (earliest[i] as number)) ordered = 0;
  }
  const lists = {
    events: { short: [] as number[], long: [] as number[], all: [] as number[] },
    statements: { short: [] as number[], long: [] as number[], all: [] as number[] },
  };
  for (let at = 0; at < n; at++) {
    const start = dayOfRank[earliestAt[at] as number] as number;
    const end = dayOfRank[latestAt[at] as number] as number;
    const part = eventFlags[at] === 1 ? lists.events : lists.statements;
    part.all.push(at);
    // Short: both ends are real days, at most MAX_SHORT_SPAN_DAYS apart (NaN is
    // neither). The search's lower bound relies on exactly this.
    (end - start <= MAX_SHORT_SPAN_DAYS ? part.short : part.long).push(at);
  }
  const latestOf = (positions: readonly number[]) => {
    const latest = sharedArray(Int32Array, positions.length);
    positions.forEach((at, k) => {
      latest[k] = latestAt[at] as number;
    });
    return latest.sort();
  };
  return {
    order,
    eventFlags,
    groupOf,
    groupStart: sharedArray(Int32Array, groupStart),
    rank,
    earliestAt,
    latestAt,
    eventsShort: sharedArray(Int32Array, lists.events.short),
    eventsLong: sharedArray(Int32Array, lists.events.long),
    statementsShort: sharedArray(Int32Array, lists.statements.short),
    statementsLong: sharedArray(Int32Array, lists.statements.long),
    eventPositions: sharedArray(Int32Array, lists.events.all),
    statementPositions: sharedArray(Int32Array, lists.statements.all),
    eventLatest: latestOf(lists.events.all),
    statementLatest: latestOf(lists.statements.all),
    ordered,
  };
}

export class TimelineIndex {
  /** Where each entry's event or relationship is (subjectOf). */
  private readonly given: Given;
  private readonly dictionary: readonly string[];
  private readonly order: Int32Array;
  private readonly eventFlags: Uint8Array;
  private readonly groupOf: Int32Array;
  private readonly groupStart: Int32Array;
  private readonly rank: Int32Array;
  /** 1 for a group whose entries have their `rank`. */
  private readonly ranked: Uint8Array;
  private readonly earliestAt: Int32Array;
  private readonly latestAt: Int32Array;
  private readonly ordered: boolean;
  private readonly events: Part;
  private readonly statements: Part;

  /** The index of a graph's dated events and dated status-change relationships, built here. */
  static of(graph: EntenteGraph): TimelineIndex {
    const source = runToEnd(gatherTimeline(graph));
    return new TimelineIndex(source, buildTimelineArrays(source.input));
  }

  constructor(source: TimelineSource, arrays: TimelineArrays) {
    this.given = {
      graph: source.graph,
      subjects: source.subjects,
      eventCount: source.input.eventCount,
    };
    this.dictionary = source.dictionary;
    this.order = arrays.order;
    this.eventFlags = arrays.eventFlags;
    this.groupOf = arrays.groupOf;
    this.groupStart = arrays.groupStart;
    this.rank = arrays.rank;
    this.ranked = new Uint8Array(arrays.groupStart.length - 1);
    this.earliestAt = arrays.earliestAt;
    this.latestAt = arrays.latestAt;
    this.ordered = arrays.ordered === 1;
    this.events = {
      short: arrays.eventsShort,
      long: arrays.eventsLong,
      all: arrays.eventPositions,
      latest: arrays.eventLatest,
    };
    this.statements = {
      short: arrays.statementsShort,
      long: arrays.statementsLong,
      all: arrays.statementPositions,
      latest: arrays.statementLatest,
    };
  }

  /** Number of dated entries indexed. */
  get size(): number {
    return this.order.length;
  }

  private dateAt(position: number): PartialDate {
    return this.subjectAt(position).date as PartialDate;
  }

  private subjectAt(position: number): GraphNode | GraphEdge {
    return subjectOf(this.given, this.order[position] as number);
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
        if (overlapsRange(this.dateAt(position), range)) found.push(position);
      }
    }
    // Up to four runs, each ascending: a typed array sorts them into one numerically.
    return Int32Array.from(found).sort();
  }

  /**
   * The page and count of every entry overlapping `range` (events, and statements if
   * asked), without other filters, reading only what the page shows: the count is
   * worked out from the ranks (entries starting by `to`, less those ending before
   * `from`), and the entries starting before `from` that still reach it are the only
   * ones looked through. Undefined when that arithmetic does not hold (a range whose
   * `from` is after its `to`, or a date that ends before it starts): the caller then
   * filters the candidates of `overlapping`.
   */
  unfilteredPage(
    range: DayRange,
    kinds: { events: boolean; statements: boolean },
    offset: number,
    limit: number,
  ): TimelinePage | undefined {
    if (!this.ordered) return undefined;
    if (range.from !== undefined && range.to !== undefined && range.from > range.to) {
      return undefined;
    }
    // Overlapping: latest rank ≥ low and earliest rank < high.
    const low = range.from === undefined ? 0 : this.textsBelow(range.from, false);
    const high = range.to === undefined ? this.dictionary.length : this.textsBelow(range.to, true);
    const parts: Part[] = [];
    if (kinds.events) parts.push(this.events);
    if (kinds.statements) parts.push(this.statements);
    // Before: entries starting before `from` that reach it. Within: those starting in the range.
    let beforeCount = 0;
    for (const part of parts) {
      beforeCount +=
        this.startingBelow(part.all, low) - firstAtLeast(part.latest, low, 0, part.latest.length);
    }
    // Entries starting in the range are one run of positions (both kinds) or of one kind's list.
    const one = parts.length === 1 ? (parts[0] as Part).all : undefined;
    const withinFrom = one ? this.startingBelow(one, low) : this.startingBelowAll(low);
    const withinTo = one ? this.startingBelow(one, high) : this.startingBelowAll(high);
    const within = one
      ? (k: number) => one[withinFrom + k] as number
      : (k: number) => withinFrom + k;
    const totalCount = parts.length === 0 ? 0 : beforeCount + withinTo - withinFrom;
    const start = sliceIndex(totalCount, offset);
    const end = sliceIndex(totalCount, offset + limit);
    if (start >= end) return { items: [], totalCount };
    const before = start < beforeCount ? this.startingBefore(parts, range, low) : [];
    const at = (k: number) => (k < beforeCount ? (before[k] as number) : within(k - beforeCount));
    return { items: this.pageOf(at, totalCount, start, end), totalCount };
  }

  /** Entries of the parts starting before rank `low` whose `latest` is not below it, ascending. */
  private startingBefore(parts: readonly Part[], range: DayRange, low: number): number[] {
    const found: number[] = [];
    const from = range.from as string;
    const lowest = shiftDay(from, -MAX_SHORT_SPAN_DAYS);
    for (const part of parts) {
      const first =
        lowest === undefined ? 0 : this.startingBelow(part.short, this.textsBelow(lowest, false));
      const last = this.startingBelow(part.short, low);
      for (let k = first; k < last; k++) {
        const position = part.short[k] as number;
        if ((this.latestAt[position] as number) >= low) found.push(position);
      }
      for (const position of part.long) {
        if ((this.earliestAt[position] as number) >= low) break;
        if ((this.latestAt[position] as number) >= low) found.push(position);
      }
    }
    return found.sort((a, b) => a - b);
  }

  /** How many date texts sort before `text` (or at it too, with `orEqual`). */
  private textsBelow(text: string, orEqual: boolean): number {
    let low = 0;
    let high = this.dictionary.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const at = this.dictionary[middle] as string;
      if (at < text || (orEqual && at === text)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** How many of the ascending positions `list` start before rank `rank`. */
  private startingBelow(list: Int32Array, rank: number): number {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.earliestAt[list[middle] as number] as number) < rank) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** How many positions (of either kind) start before rank `rank`. */
  private startingBelowAll(rank: number): number {
    return firstAtLeast(this.earliestAt, rank, 0, this.earliestAt.length);
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
    return this.pageOf((k) => positions[k] as number, positions.length, start, end);
  }

  /**
   * Entries start … end − 1 of the ascending positions at(0) … at(length − 1), in
   * timeline order. Positions already follow that order but for ids within a group, so
   * only the groups the page cuts need their id order.
   */
  private pageOf(
    at: (k: number) => number,
    length: number,
    start: number,
    end: number,
  ): TimelineEntry[] {
    let first = start;
    const firstGroup = this.groupOf[at(start)];
    while (first > 0 && this.groupOf[at(first - 1)] === firstGroup) first--;
    let last = end;
    const lastGroup = this.groupOf[at(end - 1)];
    while (last < length && this.groupOf[at(last)] === lastGroup) last++;
    const window: number[] = [];
    for (let k = first; k < last; k++) window.push(at(k));
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
    return this.subjectAt(position) as GraphNode;
  }

  /** The relationship at `position` (see isEvent). */
  edge(position: number): GraphEdge {
    return this.subjectAt(position) as GraphEdge;
  }

  /** A fresh entry for `position`, as the scan made them. */
  entry(position: number): TimelineEntry {
    return entryOf(this.subjectAt(position));
  }

  /**
   * Ranks a group's entries by id, ties by position (the order given): within a group,
   * compareEntries comes down to the id.
   */
  private rankGroup(group: number): void {
    const from = this.groupStart[group] as number;
    const to = this.groupStart[group + 1] as number;
    const id = (position: number) => this.subjectAt(position).id;
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
      if (overlapsRange(this.dateAt(position), range)) found.push(position);
    }
  }

  /** First k ≥ `from` whose entry's `earliest` passes `test` (which, once true, stays true). */
  private firstFrom(short: Int32Array, test: (earliest: string) => boolean, from = 0): number {
    let low = from;
    let high = short.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (test(this.dateAt(short[middle] as number).earliest)) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}

/** First k in [low, high) of the ascending `list` with list[k] ≥ value (high if none). */
function firstAtLeast(list: Int32Array, value: number, low: number, high: number): number {
  let lo = low;
  let hi = high;
  while (lo < hi) {
    const middle = (lo + hi) >>> 1;
    if ((list[middle] as number) < value) lo = middle + 1;
    else hi = middle;
  }
  return lo;
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
