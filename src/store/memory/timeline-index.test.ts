/**
 * The memory store's timeline, read through its date index, checked against a plain
 * scan written here: every event and status-change relationship whose date overlaps
 * the range, filtered by kinds, actor and topic, sorted with compareEntries. On the
 * seed and on generated graphs, to which long date ranges are added (generated dates
 * span at most a year), for many ranges: open at either end, one day long, before
 * and after all data, and cutting through years and multi-year ranges.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset, GraphEdge, GraphNode } from "../../domain/graph-types.js";
import { MAX_SUBTOPIC_DEPTH } from "../../domain/involvement.js";
import {
  type DayRange,
  overlapsRange,
  type PartialDate,
  parsePartialDate,
} from "../../domain/partial-date.js";
import { STATUS_CHANGE_TYPES } from "../../domain/timeline.js";
import { NODE_KINDS, type NodeKind, type RelationshipType } from "../../domain/vocabulary.js";
import { DEFAULT_SEED_DIR } from "../../package-paths.js";
import { loadSeed } from "../../seed/load-seed.js";
import { generateDataset } from "../../synthetic/generate-dataset.js";
import { randomInt, seededRandom } from "../../synthetic/random.js";
import type { TimelineEntry, TimelineQuery } from "../graph-store.js";
import { AdjacencyGraph } from "./adjacency-graph.js";
import { compareEntries, timeline, timelineIndex } from "./timeline.js";
import { dayNumber, MAX_SHORT_SPAN_DAYS, shiftDay } from "./timeline-index.js";

const EVENT_KINDS: readonly NodeKind[] = NODE_KINDS.Event;

function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (typeof parsed === "string") throw new Error(parsed);
  return parsed;
}

/** The day `days` after `day`, by the JavaScript Date (years 0001–9999). */
function addDays(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const at = new Date(0);
  at.setUTCFullYear(y, m - 1, d + days);
  const year = at.getUTCFullYear();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(year).padStart(4, "0")}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
}

const spanDays = (d: PartialDate): number =>
  (Date.parse(`${d.latest}T00:00:00Z`) - Date.parse(`${d.earliest}T00:00:00Z`)) / 86_400_000;

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[randomInt(random, list.length)] as T;

/** Multi-year ranges, the short list's limit, leap days and the ends of the calendar. */
const EDGE_CASE_DATES = [
  "1996/1999",
  "2019/2021",
  "2020/2021",
  "2000-03/2003-11",
  "2019-11/2020-02",
  "2019-11-20/2020-02-10",
  "2018-06-01/2019-08-15",
  // Exactly MAX_SHORT_SPAN_DAYS, and one day more.
  "2019-01-01/2020-02-05",
  "2019-01-01/2020-02-06",
  "2020",
  "2020-02-29",
  "2020-01-01",
  "2020-03-31",
  "0001",
  "0001-01-01",
  "9999-12-31",
  "9999",
  "1995/2025",
  "1990-01/2030-12",
];

/**
 * Events and status-change relationships with long and edge-case dates, linked to
 * the dataset's actors, agreements and topics so that the filters see them too.
 */
function withLongDates(dataset: Dataset, seed: number): Dataset {
  const random = seededRandom(seed);
  const ofCategory = (category: string) => dataset.nodes.filter((n) => n.category === category);
  const actors = ofCategory("Actor");
  const agreements = ofCategory("Agreement");
  const topics = ofCategory("Topic");
  const events = ofCategory("Event");
  const randomLong = (): string => {
    const start = 1990 + randomInt(random, 36);
    const end = start + 1 + randomInt(random, 6);
    const roll = random();
    if (roll < 0.4) return `${start}/${end}`;
    const m1 = 1 + randomInt(random, 12);
    const m2 = 1 + randomInt(random, 12);
    const pad = (n: number) => String(n).padStart(2, "0");
    if (roll < 0.7) return `${start}-${pad(m1)}/${end}-${pad(m2)}`;
    const [d1, d2] = [pad(1 + randomInt(random, 28)), pad(1 + randomInt(random, 28))];
    return `${start}-${pad(m1)}-${d1}/${end}-${pad(m2)}-${d2}`;
  };
  const texts = [...EDGE_CASE_DATES, ...EDGE_CASE_DATES, ...Array.from({ length: 60 }, randomLong)];
  const nodes: GraphNode[] = [...dataset.nodes];
  const edges: GraphEdge[] = [...dataset.edges];
  const link = (type: RelationshipType, from: GraphNode, to: GraphNode, d?: PartialDate) => {
    edges.push({
      id: `${from.id}/${type}/${to.id}#x${edges.length}`,
      type,
      from: from.id,
      to: to.id,
      status: "ACTIVE",
      evidence: [],
      ...(d ? { date: d } : {}),
    });
  };
  texts.forEach((text, i) => {
    const event: GraphNode = {
      id: `event-x${String(i).padStart(3, "0")}`,
      category: "Event",
      kind: pick(random, EVENT_KINDS),
      name: `Long event ${i}`,
      aliases: [],
      evidence: [],
      date: date(text),
    };
    nodes.push(event);
    if (actors.length > 0 && random() < 0.6) link("PARTICIPATES_IN", pick(random, actors), event);
    if (actors.length > 0 && random() < 0.3) link("ORGANISED_BY", event, pick(random, actors));
    if (topics.length > 0 && random() < 0.5) link("COVERS", event, pick(random, topics));
    // A status change with a long date, between existing nodes or to the new event.
    const type = pick(random, STATUS_CHANGE_TYPES);
    const from = pick(random, [...actors.slice(0, 50), ...agreements.slice(0, 50)]);
    const to = random() < 0.5 ? event : pick(random, [...agreements.slice(0, 50), ...events]);
    if (from && to) link(type, from, to, date(pick(random, texts)));
  });
  return { ...dataset, nodes, edges };
}

interface Fixture {
  readonly name: string;
  readonly dataset: Dataset;
  readonly graph: AdjacencyGraph;
  readonly nodeById: Map<string, GraphNode>;
  readonly outOf: Map<string, GraphEdge[]>;
  readonly into: Map<string, GraphEdge[]>;
  readonly resolve: (reference: string) => Set<string>;
  readonly actors: readonly GraphNode[];
  /** The actors with the most outgoing relationships. */
  readonly busyActors: readonly GraphNode[];
  readonly topics: readonly GraphNode[];
  /** Topics with narrower topics. */
  readonly broadTopics: readonly GraphNode[];
}

function fixture(name: string, dataset: Dataset): Fixture {
  const nodeById = new Map(dataset.nodes.map((n) => [n.id, n]));
  const outOf = new Map<string, GraphEdge[]>();
  const into = new Map<string, GraphEdge[]>();
  for (const edge of dataset.edges) {
    outOf.get(edge.from)?.push(edge) ?? outOf.set(edge.from, [edge]);
    into.get(edge.to)?.push(edge) ?? into.set(edge.to, [edge]);
  }
  const actors = dataset.nodes.filter((n) => n.category === "Actor");
  const topics = dataset.nodes.filter((n) => n.category === "Topic");
  return {
    actors,
    busyActors: [...actors]
      .sort((a, b) => (outOf.get(b.id)?.length ?? 0) - (outOf.get(a.id)?.length ?? 0))
      .slice(0, 10),
    topics,
    broadTopics: topics.filter((t) => (into.get(t.id) ?? []).some((e) => e.type === "SUBTOPIC_OF")),
    name,
    dataset,
    graph: new AdjacencyGraph(dataset.nodes, dataset.edges),
    nodeById,
    outOf,
    into,
    resolve: (reference) => new Set(nodeById.has(reference) ? [reference] : []),
  };
}

/** The timeline as a scan of the whole dataset. */
function scan(f: Fixture, query: TimelineQuery): TimelineEntry[] {
  const out = (id: string) => f.outOf.get(id) ?? [];
  const into = (id: string) => f.into.get(id) ?? [];
  const actors = query.actor === undefined ? undefined : f.resolve(query.actor);
  let topics: Set<string> | undefined;
  if (query.topic !== undefined) {
    topics = new Set(
      [...f.resolve(query.topic)].filter((id) => f.nodeById.get(id)?.category === "Topic"),
    );
    let frontier = [...topics];
    for (let depth = 0; depth < MAX_SUBTOPIC_DEPTH; depth++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const edge of into(id)) {
          if (edge.type === "SUBTOPIC_OF" && !topics.has(edge.from)) {
            topics.add(edge.from);
            next.push(edge.from);
          }
        }
      }
      frontier = next;
    }
  }
  const covering = new Map<string, boolean>();
  const covers = (id: string): boolean => {
    if (!topics) return true;
    let known = covering.get(id);
    if (known === undefined) {
      known = out(id).some((e) => e.type === "COVERS" && topics?.has(e.to) === true);
      covering.set(id, known);
    }
    return known;
  };
  const parties = new Map<string, boolean>();
  const partyTo = (id: string): boolean => {
    let known = parties.get(id);
    if (known === undefined) {
      known = into(id).some((e) => e.type === "PARTY_TO" && actors?.has(e.from) === true);
      parties.set(id, known);
    }
    return known;
  };

  const entries: TimelineEntry[] = [];
  for (const node of f.dataset.nodes) {
    if (node.category !== "Event" || !node.date || !overlapsRange(node.date, query.range)) continue;
    if (query.kinds && !query.kinds.includes(node.kind)) continue;
    if (
      actors &&
      !into(node.id).some((e) => e.type === "PARTICIPATES_IN" && actors.has(e.from)) &&
      !out(node.id).some((e) => e.type === "ORGANISED_BY" && actors.has(e.to))
    ) {
      continue;
    }
    if (covers(node.id)) entries.push({ date: node.date, event: node });
  }
  if (query.includeStatements) {
    for (const edge of f.dataset.edges) {
      if (!STATUS_CHANGE_TYPES.includes(edge.type) || !edge.date) continue;
      if (!overlapsRange(edge.date, query.range)) continue;
      if (
        actors &&
        !actors.has(edge.from) &&
        !actors.has(edge.to) &&
        !partyTo(edge.from) &&
        !partyTo(edge.to)
      ) {
        continue;
      }
      if (covers(edge.from) || covers(edge.to)) entries.push({ date: edge.date, edge });
    }
  }
  return entries.sort(compareEntries);
}

const keyOf = (entry: TimelineEntry): string =>
  entry.event ? `E ${entry.event.id} ${entry.date.iso}` : `S ${entry.edge?.id} ${entry.date.iso}`;

/** Every dated entry's date, to aim ranges at. */
function datesOf(dataset: Dataset): PartialDate[] {
  const dates: PartialDate[] = [];
  for (const node of dataset.nodes)
    if (node.category === "Event" && node.date) dates.push(node.date);
  for (const edge of dataset.edges) {
    if (edge.date && STATUS_CHANGE_TYPES.includes(edge.type)) dates.push(edge.date);
  }
  return dates;
}

/** Ranges of every shape the timeline must answer. */
function randomRange(random: () => number, dates: readonly PartialDate[]): DayRange {
  const years = dates
    .filter((d) => spanDays(d) <= MAX_SHORT_SPAN_DAYS && d.earliest > "1000" && d.latest < "9000")
    .map((d) => Number(d.earliest.slice(0, 4)));
  const firstYear = Math.min(...years) - 2;
  const lastYear = Math.max(...years) + 2;
  const randomDay = (fromYear: number, years: number) =>
    addDays(`${fromYear + randomInt(random, years)}-01-01`, randomInt(random, 366));
  const nearDate = () => {
    const d = pick(random, dates);
    const edge = random() < 0.5 ? d.earliest : d.latest;
    const inRange = d.earliest >= "0002" && d.latest < "9999";
    return inRange ? addDays(edge, randomInt(random, 3) - 1) : edge;
  };
  const day = () => (random() < 0.5 ? randomDay(firstYear, lastYear - firstYear + 1) : nearDate());
  const shape = randomInt(random, 12);
  switch (shape) {
    case 0:
      return { from: day() };
    case 1:
      return { to: day() };
    case 2:
      return {};
    case 3: {
      const d = day();
      return { from: d, to: d };
    }
    case 4:
      return random() < 0.5 ? { to: "1900-01-01" } : { from: "1900-01-01", to: "1980-12-31" };
    case 5:
      return random() < 0.5 ? { from: "2100-01-01" } : { from: "2040-01-01", to: "2050-06-30" };
    case 6: {
      // Through the middle of years, across several years.
      const year = firstYear + randomInt(random, lastYear - firstYear + 1);
      return { from: `${year}-07-01`, to: `${year + randomInt(random, 4)}-03-15` };
    }
    case 7: {
      const year = firstYear + randomInt(random, lastYear - firstYear + 1);
      return { from: `${year}-12-31`, to: `${year + 1}-01-01` };
    }
    case 8: {
      const from = day();
      return { from, to: addDays(from, randomInt(random, 120)) };
    }
    case 9: {
      // From after to: nothing.
      const to = day();
      return { from: addDays(to, 1 + randomInt(random, 30)), to };
    }
    default: {
      const [a, b] = [day(), day()].sort();
      return { from: a, to: b };
    }
  }
}

function randomQuery(random: () => number, f: Fixture, dates: readonly PartialDate[]) {
  const { actors, busyActors, topics, broadTopics } = f;
  const kindsRoll = random();
  const kinds =
    kindsRoll < 0.55 ? undefined : kindsRoll < 0.65 ? [] : EVENT_KINDS.filter(() => random() < 0.5);
  const actorRoll = random();
  const actor =
    actorRoll < 0.6 || actors.length === 0
      ? undefined
      : actorRoll < 0.8
        ? pick(random, busyActors).id
        : actorRoll < 0.97
          ? pick(random, actors).id
          : "no-such-actor";
  const topicRoll = random();
  const topic =
    topicRoll < 0.65 || topics.length === 0
      ? undefined
      : topicRoll < 0.85 && broadTopics.length > 0
        ? pick(random, broadTopics).id
        : topicRoll < 0.97
          ? pick(random, topics).id
          : "no-such-topic";
  return {
    range: randomRange(random, dates),
    includeStatements: random() < 0.7,
    ...(kinds ? { kinds } : {}),
    ...(actor ? { actor } : {}),
    ...(topic ? { topic } : {}),
  };
}

/** Where two timelines first differ, shown by key; undefined when they are the same. */
function firstDifference(actual: readonly TimelineEntry[], expected: readonly TimelineEntry[]) {
  for (let i = 0; i < Math.max(actual.length, expected.length); i++) {
    const [a, b] = [actual[i], expected[i]];
    const same =
      a !== undefined &&
      b !== undefined &&
      a.date === b.date &&
      a.event === b.event &&
      a.edge === b.edge &&
      Object.keys(a).length === Object.keys(b).length;
    if (!same) return { at: i, actual: a && keyOf(a), expected: b && keyOf(b) };
  }
  return undefined;
}

function checkAgainstScan(f: Fixture, queries: number, seed: number): void {
  const random = seededRandom(seed);
  const dates = datesOf(f.dataset);
  let nonEmpty = 0;
  for (let q = 0; q < queries; q++) {
    const base = randomQuery(random, f, dates);
    const expected = scan(f, { ...base, offset: 0, limit: Number.MAX_SAFE_INTEGER });
    const context = `${f.name} query ${q}: ${JSON.stringify(base)}`;
    // Pages first (a group is put in id order the first time a page cuts it), then the
    // whole timeline. Pages: the first, one from the middle, and (in turn) one past the
    // end or an empty one.
    const pages: [number, number][] = [
      [0, 1 + randomInt(random, 50)],
      [randomInt(random, expected.length + 1), 1 + randomInt(random, 20)],
      q % 2 === 0
        ? [expected.length + randomInt(random, 3), 10]
        : [randomInt(random, expected.length + 1), 0],
    ];
    for (const [offset, limit] of pages) {
      const page = timeline(f.graph, { ...base, offset, limit }, f.resolve);
      expect(page.totalCount, context).toBe(expected.length);
      expect(page.items, `${context} page ${offset}+${limit}`).toStrictEqual(
        expected.slice(offset, offset + limit),
      );
    }
    const all = timeline(
      f.graph,
      { ...base, offset: 0, limit: Number.MAX_SAFE_INTEGER },
      f.resolve,
    );
    expect(all.totalCount, context).toBe(expected.length);
    expect(firstDifference(all.items, expected), context).toBeUndefined();
    if (expected.length > 0) nonEmpty++;
  }
  expect(nonEmpty).toBeGreaterThan(queries / 4);
}

function expectUniqueIds(dataset: Dataset): void {
  const ids = datesOf(dataset).length;
  const events = dataset.nodes.filter((n) => n.category === "Event" && n.date).map((n) => n.id);
  const edges = dataset.edges
    .filter((e) => e.date && STATUS_CHANGE_TYPES.includes(e.type))
    .map((e) => e.id);
  // compareEntries is then a total order, so the scan's order is the only right one.
  expect(new Set(events).size + new Set(edges).size).toBe(ids);
}

describe("timeline through the date index", () => {
  let seed: Fixture;
  let seedWithLong: Fixture;
  let synthetic: Fixture;
  let sparse: Fixture;

  beforeAll(async () => {
    const seedData = await loadSeed({ seedDir: DEFAULT_SEED_DIR });
    seed = fixture("seed", seedData);
    seedWithLong = fixture("seed+long", withLongDates(seedData, 7));
    synthetic = fixture(
      "synthetic 10000",
      withLongDates(generateDataset({ nodes: 10_000, seed: 20_240_430 }), 11),
    );
    sparse = fixture(
      "synthetic 3000",
      withLongDates(generateDataset({ nodes: 3_000, edgesPerNode: 2, seed: 5 }), 13),
    );
  });

  it("has datasets with the dates it is meant to exercise", () => {
    for (const f of [seed, seedWithLong, synthetic, sparse]) expectUniqueIds(f.dataset);
    const generated = datesOf(generateDataset({ nodes: 10_000, seed: 20_240_430 }));
    expect(generated.some((d) => d.precision === "YEAR")).toBe(true);
    expect(generated.some((d) => d.iso.includes("/"))).toBe(true);
    for (const f of [seedWithLong, synthetic, sparse]) {
      const dates = datesOf(f.dataset);
      expect(dates.filter((d) => spanDays(d) > MAX_SHORT_SPAN_DAYS).length).toBeGreaterThan(30);
      expect(dates.some((d) => spanDays(d) === MAX_SHORT_SPAN_DAYS)).toBe(true);
      expect(dates.some((d) => spanDays(d) === MAX_SHORT_SPAN_DAYS + 1)).toBe(true);
    }
  });

  it("answers as the scan does on the seed", () => {
    checkAgainstScan(seed, 300, 1);
    checkAgainstScan(seedWithLong, 300, 2);
  });

  it("answers as the scan does on a generated graph with long date ranges", () => {
    checkAgainstScan(synthetic, 300, 3);
  }, 60_000);

  it("answers as the scan does on a sparse generated graph", () => {
    checkAgainstScan(sparse, 300, 4);
  });

  it("answers as the scan does at the ends of every hand-made date", () => {
    for (const text of EDGE_CASE_DATES) {
      const { earliest, latest } = date(text);
      const ranges: DayRange[] = [
        { from: latest },
        { to: earliest },
        { from: earliest, to: earliest },
        { from: latest, to: latest },
      ];
      if (latest < "9999") ranges.push({ from: addDays(latest, 1) });
      if (earliest > "0001") ranges.push({ to: addDays(earliest, -1) });
      for (const range of ranges) {
        const query = { range, includeStatements: true, offset: 0, limit: 1_000_000 };
        const page = timeline(sparse.graph, query, sparse.resolve);
        const context = `${text} ${JSON.stringify(range)}`;
        expect(firstDifference(page.items, scan(sparse, query)), context).toBeUndefined();
      }
    }
  });

  it("answers the GraphQL default (all kinds, statements) for a quarter", () => {
    const query = {
      range: { from: "2020-01-01", to: "2020-03-31" },
      includeStatements: true,
      offset: 0,
      limit: 50,
    };
    const expected = scan(synthetic, query);
    const page = timeline(synthetic.graph, query, synthetic.resolve);
    expect(expected.length).toBeGreaterThan(50);
    expect(page.totalCount).toBe(expected.length);
    expect(page.items).toStrictEqual(expected.slice(0, 50));
    // Long ranges over the quarter are in, from the list scanned whole.
    expect(expected.some((e) => spanDays(e.date) > MAX_SHORT_SPAN_DAYS)).toBe(true);
  });

  it("pages as Array.prototype.slice does, whatever the offset and limit", () => {
    const query = { range: { from: "2010-01-01", to: "2010-12-31" }, includeStatements: true };
    const expected = scan(sparse, { ...query, offset: 0, limit: 0 });
    const n = expected.length;
    expect(n).toBeGreaterThan(20);
    const pages: [number, number][] = [
      [0, n],
      [0, n + 5],
      [n - 1, 1],
      [n, 1],
      [3, -1],
      [-5, 3],
      [-5, 10],
      [-n - 10, 4],
      [2.7, 3.2],
      [Number.NaN, 5],
      [0, Number.POSITIVE_INFINITY],
      [5, Number.NEGATIVE_INFINITY],
    ];
    for (const [offset, limit] of pages) {
      const page = timeline(sparse.graph, { ...query, offset, limit }, sparse.resolve);
      expect(page.items, `${offset}+${limit}`).toStrictEqual(
        expected.slice(offset, offset + limit),
      );
      expect(page.totalCount).toBe(n);
    }
  });

  it("counts and pages unfiltered timelines from the index as the scan does", () => {
    const random = seededRandom(29);
    const dates = datesOf(sparse.dataset);
    const ranges: DayRange[] = [
      {},
      { from: "2020-01-01", to: "2020-03-31" },
      { from: "2020-03-31", to: "2020-01-01" },
      { from: "2020-02-30", to: "2020-03" },
      ...EDGE_CASE_DATES.map((text) => ({ from: date(text).earliest, to: date(text).latest })),
    ];
    for (let r = 0; r < 60; r++) ranges.push(randomRange(random, dates));
    for (const range of ranges) {
      for (const parts of [{}, { kinds: [] }] as const) {
        for (const includeStatements of [true, false]) {
          const base = { range, includeStatements, ...parts };
          const expected = scan(sparse, { ...base, offset: 0, limit: Number.MAX_SAFE_INTEGER });
          for (const offset of [0, 1, Math.floor(expected.length / 2), expected.length - 3]) {
            const query = { ...base, offset, limit: 7 };
            const page = timeline(sparse.graph, query, sparse.resolve);
            expect(page.totalCount, JSON.stringify(query)).toBe(expected.length);
            expect(page.items, JSON.stringify(query)).toStrictEqual(
              expected.slice(offset, offset + 7),
            );
          }
        }
      }
    }
  });

  it("builds one index per graph, on first use", () => {
    const graph = new AdjacencyGraph(sparse.dataset.nodes, sparse.dataset.edges);
    const index = timelineIndex(graph);
    expect(timelineIndex(graph)).toBe(index);
    expect(timelineIndex(sparse.graph)).not.toBe(index);
    expect(index.size).toBe(datesOf(sparse.dataset).length);
  });

  it("finds exactly the overlapping entries even for bounds that are not real days", () => {
    const index = timelineIndex(synthetic.graph);
    const ranges: DayRange[] = [
      { from: "2020-02-30" },
      { from: "2020-02-30", to: "2020-03-01" },
      { from: "2020-13-01" },
      { to: "2020-13" },
      { from: "0000-01-05", to: "0001-06-01" },
      { from: "0001-01-01" },
      { from: "9999-12-31" },
      { from: "2020", to: "2020-1" },
    ];
    for (const range of ranges) {
      for (const parts of [
        { events: true, statements: true },
        { events: true, statements: false },
        { events: false, statements: true },
      ]) {
        const expected: number[] = [];
        for (let p = 0; p < index.size; p++) {
          const wanted = index.isEvent(p) ? parts.events : parts.statements;
          if (wanted && overlapsRange(index.entry(p).date, range)) expected.push(p);
        }
        expect([...index.overlapping(range, parts)], JSON.stringify(range)).toEqual(expected);
      }
    }
  });
});

describe("day arithmetic of the index", () => {
  it("numbers and shifts days as the JavaScript Date does", () => {
    const random = seededRandom(99);
    for (let i = 0; i < 5_000; i++) {
      const day = addDays("0001-01-01", randomInt(random, 3_652_059));
      const shift = randomInt(random, 2_000) - 1_000;
      const at = new Date(0);
      const [y, m, d] = day.split("-").map(Number) as [number, number, number];
      at.setUTCFullYear(y, m - 1, d);
      expect(dayNumber(day)).toBe(at.getTime() / 86_400_000);
      at.setUTCDate(at.getUTCDate() + shift);
      const year = at.getUTCFullYear();
      expect(shiftDay(day, shift), `${day} ${shift}`).toBe(
        year < 0 || year > 9999 ? undefined : addDays(day, shift),
      );
    }
    expect(shiftDay("0001-01-01", -400)).toBeUndefined();
    expect(shiftDay("9999-12-31", 1)).toBeUndefined();
    expect(shiftDay("0000-03-01", -1)).toBe("0000-02-29");
    for (const bad of [
      "2020-02-30",
      "2021-02-29",
      "2020-13-01",
      "2020-00-10",
      "2020-1-1",
      "2020",
    ]) {
      expect(dayNumber(bad), bad).toBeUndefined();
    }
    expect(dayNumber("2000-02-29")).toBe(11_016);
    expect(dayNumber("1900-02-29")).toBeUndefined();
  });
});
