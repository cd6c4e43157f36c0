/**
 * fast-check arbitraries for the arguments of every store method, drawn from one
 * dataset's own ids, names, aliases, topics, relationships and dates, so that most
 * calls hit data (a random string would almost always find nothing, and two stores
 * agree trivially on nothing). A share of every draw still names nothing, or names
 * things loosely (other case, no accents, ASCII dashes), because that is where
 * reference folding and empty answers can differ.
 */
import fc from "fast-check";
import type { Dataset, GraphNode } from "../../src/domain/graph-types.js";
import { MAX_INVOLVEMENT_HOPS } from "../../src/domain/involvement.js";
import { MAX_SORT_KEYS } from "../../src/domain/limits.js";
import type { DayRange } from "../../src/domain/partial-date.js";
import { AS_OF_MODES } from "../../src/domain/validity.js";
import {
  NODE_CATEGORIES,
  NODE_KINDS,
  type NodeKind,
  RELATIONSHIP_TYPES,
  type RelationshipType,
  STATUSES,
} from "../../src/domain/vocabulary.js";
import {
  type AggregateQuery,
  type DegreeQuery,
  type Direction,
  type EdgeFilter,
  type EdgeListQuery,
  GROUP_BYS,
  type ListQuery,
  type NeighbourhoodQuery,
  type NeighbourQuery,
  type NodeFilter,
  type PathQuery,
  type RelatedToFilter,
  type SearchQuery,
  SORT_FIELDS,
  type TimelineQuery,
} from "../../src/store/graph-store.js";

const ALL_KINDS = Object.values(NODE_KINDS).flat() as NodeKind[];
const DIRECTIONS: readonly Direction[] = ["OUT", "IN", "BOTH"];
const DAY_MS = 86_400_000;
/** Days are drawn from a little before the generator's first year to a little after its last. */
const FIRST_DAY = Date.UTC(1994, 0, 1);
const LAST_DAY = Date.UTC(2026, 11, 31);

/** An optional value, absent `absent` times for each time it is present (3: present a quarter of the time). */
/** Both ways `asOf` and `during` read time (src/domain/validity.ts). */
const asOfMode = fc.constantFrom(...AS_OF_MODES);

function sometimes<T>(arbitrary: fc.Arbitrary<T>, absent = 3): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: absent, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });
}

/** Drops keys whose value is undefined: stores may tell an absent key from an undefined one. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * A few members of a closed list; now and then none (`[]` matches nothing), and now and
 * then one twice (a list is a set of alternatives: a repeat changes nothing).
 */
function someOf<T>(items: readonly T[], maxLength = 3): fc.Arbitrary<T[]> {
  return fc.oneof(
    {
      weight: 9,
      arbitrary: fc
        .subarray([...items], { minLength: 1, maxLength })
        .chain((some) => fc.constantFrom(some, some, some, [...some, some[0] as T])),
    },
    { weight: 1, arbitrary: fc.constant<T[]>([]) },
  );
}

/** Ways people write a name: as stored, other case, accents dropped, ASCII dash, extra spaces. */
function looseSpellings(name: string): fc.Arbitrary<string> {
  const plain = name.normalize("NFKD").replace(/\p{M}+/gu, "");
  return fc.constantFrom(
    name,
    name.toUpperCase(),
    name.toLowerCase(),
    plain,
    name.replace(/–/g, "-"),
    ` ${name.replace(/ /g, "  ")} `,
  );
}

export interface StoreCallArbitraries {
  readonly nodeId: fc.Arbitrary<string>;
  readonly reference: fc.Arbitrary<string>;
  readonly topicReference: fc.Arbitrary<string>;
  readonly day: fc.Arbitrary<string>;
  readonly dayRange: fc.Arbitrary<DayRange>;
  readonly nodeFilter: fc.Arbitrary<NodeFilter>;
  readonly getNodes: fc.Arbitrary<string[]>;
  readonly getEdges: fc.Arbitrary<string[]>;
  readonly listNodes: fc.Arbitrary<ListQuery>;
  readonly listEdges: fc.Arbitrary<EdgeListQuery>;
  readonly sourceStatementPages: fc.Arbitrary<{ ids: string[]; query: EdgeListQuery }>;
  readonly neighbours: fc.Arbitrary<{ ids: string[]; query: NeighbourQuery }>;
  readonly search: fc.Arbitrary<SearchQuery>;
  readonly resolve: fc.Arbitrary<string[]>;
  readonly shortestPaths: fc.Arbitrary<PathQuery>;
  readonly neighbourhood: fc.Arbitrary<NeighbourhoodQuery>;
  readonly timeline: fc.Arbitrary<TimelineQuery>;
  readonly aggregate: fc.Arbitrary<AggregateQuery>;
  readonly topByDegree: fc.Arbitrary<DegreeQuery>;
}

export function storeCallArbitraries(dataset: Dataset): StoreCallArbitraries {
  const nodes = dataset.nodes;
  const edges = dataset.edges;
  const topics = nodes.filter((node) => node.category === "Topic");
  const actors = nodes.filter((node) => node.category === "Actor");
  const byId = new Map(nodes.map((node) => [node.id, node]));
  if (nodes.length === 0 || edges.length === 0 || topics.length === 0) {
    throw new Error("the differential test needs a dataset with nodes, relationships and topics");
  }

  const nodeId = fc.constantFrom(...nodes.map((node) => node.id));
  const edge = fc.constantFrom(...edges);
  const unknownId = fc.constantFrom("actor-999999", "nothing-here", "Actor", "agreement-");

  /** Any name or alias of `node`, loosely spelled, or its id. */
  const referenceTo = (node: GraphNode): fc.Arbitrary<string> =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(node.name, ...node.aliases).chain(looseSpellings) },
      { weight: 1, arbitrary: fc.constant(node.id) },
    );
  const unknownName = fc.constantFrom("Atlantis", "Nowhere Summit", "semiconductors in space", "x");
  const reference = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...nodes).chain(referenceTo) },
    { weight: 1, arbitrary: unknownName },
    { weight: 1, arbitrary: unknownId },
  );
  const topicReference = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...topics).chain(referenceTo) },
    // A subject shared by many topic names, or a name that is not a topic's: matches no topic
    // or (through a shared name) some.
    { weight: 1, arbitrary: fc.constantFrom(...actors.slice(0, 20)).chain(referenceTo) },
    { weight: 1, arbitrary: unknownName },
  );

  /** Days the data itself starts and ends on (dates and validity), where an off-by-one would show. */
  const boundaryDays = [
    ...new Set(
      [...nodes, ...edges].flatMap((item) => [
        ...(item.date ? [item.date.earliest, item.date.latest] : []),
        ...(item.validity?.from ? [item.validity.from] : []),
        ...(item.validity?.until ? [item.validity.until] : []),
      ]),
    ),
  ].sort();
  const anyDay = fc
    .integer({ min: 0, max: Math.floor((LAST_DAY - FIRST_DAY) / DAY_MS) })
    .map((n) => new Date(FIRST_DAY + n * DAY_MS).toISOString().slice(0, 10));
  // Boundary days twice as often as any day: with asOf meaning known to hold, a random
  // day often falls before every source, where both stores agree trivially on nothing.
  const day =
    boundaryDays.length > 0
      ? fc.oneof(
          { weight: 1, arbitrary: anyDay },
          { weight: 2, arbitrary: fc.constantFrom(...boundaryDays) },
        )
      : anyDay;
  const dayRange: fc.Arbitrary<DayRange> = fc
    .tuple(sometimes(day, 1), sometimes(day, 1))
    .map(([a, b]) => {
      const [from, to] = a !== undefined && b !== undefined && b < a ? [b, a] : [a, b];
      return defined({ from, to });
    });

  /** A relatedTo entry built from a real relationship, seen from one of its ends. */
  const relatedTo: fc.Arbitrary<RelatedToFilter> = fc
    .tuple(edge, fc.boolean(), fc.boolean(), someOf(RELATIONSHIP_TYPES, 2))
    .chain(([link, fromSide, strict, moreTypes]) => {
      const far = byId.get(fromSide ? link.to : link.from) as GraphNode;
      return fc
        .tuple(fc.array(fc.oneof(referenceTo(far), reference), { minLength: 1, maxLength: 2 }))
        .map(([references]) => ({
          types: [...new Set<RelationshipType>([link.type, ...moreTypes])],
          direction: strict ? (fromSide ? "OUT" : "IN") : "BOTH",
          nodes: references,
        }));
    });

  /** A node filter with up to three conditions, each drawn to hit data. */
  const nodeFilter: fc.Arbitrary<NodeFilter> = fc
    .subarray(
      [
        "categories",
        "kinds",
        "statuses",
        "date",
        "relatedTo",
        "coversTopic",
        "involvesTopic",
        "asOf",
      ] as const,
      { maxLength: 3 },
    )
    .chain((conditions) => {
      const has = (name: (typeof conditions)[number]) => conditions.includes(name);
      return fc
        .record({
          categories: has("categories") ? someOf(NODE_CATEGORIES) : fc.constant(undefined),
          kinds: has("kinds") ? someOf(ALL_KINDS, 6) : fc.constant(undefined),
          statuses: has("statuses") ? someOf(STATUSES, 6) : fc.constant(undefined),
          date: has("date") ? dayRange : fc.constant(undefined),
          relatedTo: has("relatedTo")
            ? fc.array(relatedTo, { minLength: 0, maxLength: 2 })
            : fc.constant(undefined),
          coversTopic: has("coversTopic") ? topicReference : fc.constant(undefined),
          involvesTopic: has("involvesTopic")
            ? fc.record({
                topic: topicReference,
                maxHops: fc.integer({ min: 0, max: MAX_INVOLVEMENT_HOPS }),
              })
            : fc.constant(undefined),
          asOf: has("asOf") ? day : fc.constant(undefined),
          asOfMode: has("asOf") ? sometimes(asOfMode, 1) : fc.constant(undefined),
        })
        .map((filter) => defined(filter) as NodeFilter);
    });

  const limit = (max: number) =>
    fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max }) }, fc.constant(0));
  const offset = fc.oneof(
    { weight: 4, arbitrary: fc.constant(0) },
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 60 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: nodes.length + 10 }) },
  );

  const sortKey = fc.record({ field: fc.constantFrom(...SORT_FIELDS), descending: fc.boolean() });
  const listNodes: fc.Arbitrary<ListQuery> = fc
    .record({
      filter: fc.oneof(
        { weight: 1, arbitrary: fc.constant({}) },
        { weight: 4, arbitrary: nodeFilter },
      ),
      sort: sortKey,
      thenBy: sometimes(fc.array(sortKey, { minLength: 1, maxLength: MAX_SORT_KEYS - 1 }), 2),
      offset,
      limit: limit(100),
    })
    .map(({ thenBy, ...query }) => {
      // Further keys as the API passes them: each field once, none repeating the first.
      const seen = new Set([query.sort.field]);
      const keys = (thenBy ?? []).filter((key) => !seen.has(key.field) && seen.add(key.field));
      return keys.length > 0 ? { ...query, thenBy: keys } : query;
    });

  const edgeFilter: fc.Arbitrary<EdgeFilter> = fc
    .record({
      types: sometimes(someOf(RELATIONSHIP_TYPES, 4)),
      statuses: sometimes(someOf(STATUSES, 5)),
      date: sometimes(dayRange),
      prospective: sometimes(fc.boolean()),
      inferred: sometimes(fc.boolean()),
      asOf: sometimes(day),
      asOfMode: sometimes(asOfMode, 1),
    })
    .map((filter) => defined(filter));
  const listEdges: fc.Arbitrary<EdgeListQuery> = fc.record({
    filter: edgeFilter,
    offset: fc.oneof(offset, fc.integer({ min: 0, max: edges.length + 10 })),
    limit: limit(100),
  });

  /** Sources (each several times now and then), and a few ids that name none. */
  const sourceIds = nodes.filter((node) => node.category === "Source").map((node) => node.id);
  if (sourceIds.length === 0) throw new Error("the differential test needs sources");
  const sourceStatementPages = fc.record({
    ids: fc.array(
      fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...sourceIds) }, unknownId, nodeId),
      { maxLength: 5 },
    ),
    query: listEdges,
  });

  /** Some ids, now and then an unknown one or a repeat. */
  const someIds = (max: number) =>
    fc.oneof(
      {
        weight: 12,
        arbitrary: fc
          .array(fc.oneof({ weight: 6, arbitrary: nodeId }, { weight: 1, arbitrary: unknownId }), {
            minLength: 1,
            maxLength: max,
          })
          .chain((ids) => fc.constantFrom(ids, ids, [...ids, ids[0] as string])),
      },
      { weight: 1, arbitrary: fc.constant<string[]>([]) },
    );

  const neighbours = fc.record({
    ids: someIds(5),
    query: fc
      .record({
        types: sometimes(someOf(RELATIONSHIP_TYPES, 10)),
        direction: fc.constantFrom(...DIRECTIONS),
        far: sometimes(nodeFilter, 2),
        edgeStatuses: sometimes(someOf(STATUSES, 6)),
        asOf: sometimes(day),
        asOfMode: sometimes(asOfMode, 1),
        limit: limit(60),
      })
      .map((query) => defined(query) as NeighbourQuery),
  });

  /** Search text: whole names, prefixes, words, word prefixes, several words, substrings. */
  const searchText = fc
    .tuple(fc.constantFrom(...nodes), fc.nat(), fc.nat(), fc.nat())
    .chain(([node, a, b, c]) => {
      const names = [node.name, ...node.aliases];
      const name = names[a % names.length] as string;
      const words = name.split(/\s+/);
      const word = words[b % words.length] as string;
      const cut = (text: string) => text.slice(0, 1 + (c % Math.max(1, text.length)));
      const inner = name.slice(c % name.length, (c % name.length) + 3 + (b % 6));
      return fc.constantFrom(
        name,
        cut(name),
        word,
        cut(word),
        `${cut(word)} ${cut(words[(b + 1) % words.length] as string)}`,
        inner,
        node.id,
      );
    })
    .chain(looseSpellings);
  const search: fc.Arbitrary<SearchQuery> = fc
    .record({
      text: fc.oneof({ weight: 9, arbitrary: searchText }, { weight: 1, arbitrary: unknownName }),
      categories: sometimes(someOf(NODE_CATEGORIES)),
      kinds: sometimes(someOf(ALL_KINDS, 8)),
      limit: limit(40),
    })
    .map((query) => defined(query) as SearchQuery);

  const resolve = fc.array(reference, { minLength: 0, maxLength: 5 });

  /** Path ends are ids, as the API resolves references before it asks for paths. */
  const pathEnds = fc.oneof(
    {
      weight: 12,
      arbitrary: fc
        .array(fc.oneof({ weight: 8, arbitrary: nodeId }, unknownId), {
          minLength: 1,
          maxLength: 3,
        })
        .chain((ids) => fc.constantFrom(ids, ids, [...ids, ids[0] as string])),
    },
    { weight: 1, arbitrary: fc.constant<string[]>([]) },
  );
  const shortestPaths: fc.Arbitrary<PathQuery> = fc
    .record({
      from: pathEnds,
      to: pathEnds,
      maxHops: fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: 3, max: 6 }) },
        fc.integer({ min: 1, max: 2 }),
      ),
      types: sometimes(someOf(RELATIONSHIP_TYPES, RELATIONSHIP_TYPES.length)),
      limit: fc.integer({ min: 1, max: 50 }),
      asOf: sometimes(day),
      asOfMode: sometimes(asOfMode, 1),
      during: sometimes(dayRange),
    })
    .map((query) => defined(query) as PathQuery)
    // Now and then a node in both sets, which makes the answer zero-length paths.
    .chain((query) =>
      query.from[0] === undefined
        ? fc.constant(query)
        : fc.constantFrom(query, query, query, { ...query, to: [...query.to, query.from[0]] }),
    );

  const neighbourhood: fc.Arbitrary<NeighbourhoodQuery> = fc
    .record({
      ids: someIds(4),
      depth: fc.integer({ min: 0, max: 4 }),
      types: sometimes(someOf(RELATIONSHIP_TYPES, RELATIONSHIP_TYPES.length)),
      categories: sometimes(someOf(NODE_CATEGORIES, 4)),
      kinds: sometimes(someOf(ALL_KINDS, 12)),
      limit: fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: 1, max: 60 }) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 5_000 }) },
      ),
      fanOut: fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: 1, max: 12 }) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 1_000 }) },
      ),
      asOf: sometimes(day),
      asOfMode: sometimes(asOfMode, 1),
      during: sometimes(dayRange),
    })
    .map((query) => defined(query) as NeighbourhoodQuery);

  const timeline: fc.Arbitrary<TimelineQuery> = fc
    .record({
      range: dayRange,
      actor: sometimes(fc.oneof(fc.constantFrom(...actors).chain(referenceTo), reference), 2),
      topic: sometimes(topicReference, 2),
      kinds: sometimes(someOf([...NODE_KINDS.Event, "COUNTRY"] as NodeKind[], 3)),
      includeStatements: fc.boolean(),
      offset,
      limit: limit(100),
    })
    .map((query) => defined(query) as TimelineQuery);

  const aggregate: fc.Arbitrary<AggregateQuery> = fc.record({
    groupBy: fc.constantFrom(...GROUP_BYS),
    filter: fc.oneof(fc.constant({}), nodeFilter),
  });

  const topByDegree: fc.Arbitrary<DegreeQuery> = fc
    .record({
      categories: sometimes(someOf(NODE_CATEGORIES)),
      types: sometimes(someOf(RELATIONSHIP_TYPES, 6)),
      direction: fc.constantFrom(...DIRECTIONS),
      limit: limit(50),
      asOf: sometimes(day),
      asOfMode: sometimes(asOfMode, 1),
    })
    .map((query) => defined(query) as DegreeQuery);

  const edgeId = fc.oneof(
    { weight: 8, arbitrary: edge.map((link) => link.id) },
    {
      weight: 1,
      arbitrary: fc.constantFrom("no/SUCH/edge", "actor-000001/PART_OF/actor-000002#9", "x", ""),
    },
  );

  return {
    nodeId,
    reference,
    topicReference,
    day,
    dayRange,
    nodeFilter,
    getNodes: fc.array(fc.oneof({ weight: 6, arbitrary: nodeId }, unknownId), { maxLength: 8 }),
    getEdges: fc.array(edgeId, { maxLength: 8 }),
    listNodes,
    listEdges,
    sourceStatementPages,
    neighbours,
    search,
    resolve,
    shortestPaths,
    neighbourhood,
    timeline,
    aggregate,
    topByDegree,
  };
}
