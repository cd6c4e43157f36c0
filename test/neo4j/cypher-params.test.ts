/**
 * Store queries as Cypher parameters, checked without a server: each builder
 * gives exactly the parameters its statement declares (the adapter refuses
 * anything else at run time), absent conditions become null and present ones
 * keep their meaning (an empty list still matches nothing), days travel as Neo4j
 * dates and counts as Neo4j integers.
 */
import neo4j, { isDate, isInt } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { MAX_INVOLVEMENT_HOPS } from "../../src/domain/involvement.js";
import { MAX_NEIGHBOURHOOD_DEPTH, MAX_PATH_HOPS } from "../../src/domain/limits.js";
import { STATUS_CHANGE_TYPES } from "../../src/domain/timeline.js";
import {
  AGGREGATE,
  NEIGHBOURHOOD,
  RESOLVE,
  SHORTEST_PATHS,
  TIMELINE,
  TOP_BY_DEGREE,
} from "../../src/store/neo4j/cypher-exploration-statements.js";
import {
  aggregateParams,
  dayParam,
  edgeFilterParam,
  filterParam,
  listEdgesParams,
  neighbourhoodParams,
  neighboursParams,
  resolveParams,
  shortestPathsParams,
  timelineParams,
  topByDegreeParams,
} from "../../src/store/neo4j/cypher-params.js";
import type { CypherStatement } from "../../src/store/neo4j/cypher-statement.js";
import { LIST_EDGES, NEIGHBOURS } from "../../src/store/neo4j/cypher-statements.js";
import { assertParameters } from "../../src/store/neo4j/neo4j-store.js";

const day = (value: unknown) => {
  expect(isDate(value)).toBe(true);
  return String(value);
};
const int = (value: unknown) => {
  expect(isInt(value)).toBe(true);
  return (value as { toNumber(): number }).toNumber();
};

describe("each builder gives exactly the parameters its statement declares", () => {
  const cases: [CypherStatement, Record<string, unknown>][] = [
    [LIST_EDGES, listEdgesParams({ filter: {}, offset: 0, limit: 10 })],
    [NEIGHBOURS, neighboursParams(["japan"], { direction: "BOTH", limit: 5 })],
    [RESOLVE, resolveParams(["Japan"])],
    [SHORTEST_PATHS, shortestPathsParams({ from: ["a"], to: ["b"], maxHops: 3, limit: 5 })],
    [NEIGHBOURHOOD, neighbourhoodParams({ ids: ["a"], depth: 1, limit: 10, fanOut: 5 })],
    [TIMELINE, timelineParams({ range: {}, includeStatements: true, offset: 0, limit: 10 })],
    [AGGREGATE, aggregateParams({ groupBy: "KIND", filter: {} })],
    [TOP_BY_DEGREE, topByDegreeParams({ direction: "BOTH", limit: 10 })],
  ];
  it.each(cases.map(([statement, params]) => [statement.name, statement, params] as const))(
    "%s",
    (_name, statement, params) => {
      expect(() => assertParameters(statement, params)).not.toThrow();
    },
  );
});

describe("node filters", () => {
  it("turn absent conditions into nulls, so the statement matches everything", () => {
    expect(filterParam(undefined)).toEqual({
      categories: null,
      kinds: null,
      statuses: null,
      hasDate: false,
      dateFrom: null,
      dateTo: null,
      relatedTo: [],
      coversTopic: null,
      involvesTopic: null,
      asOf: null,
      asOfUnknown: false,
      whereValues: [],
    });
  });

  it("keep an empty list, which matches nothing", () => {
    expect(filterParam({ kinds: [], categories: [] })).toMatchObject({ kinds: [], categories: [] });
  });

  it("send asOf as a Neo4j date", () => {
    expect(day(filterParam({ asOf: "2024-06-10" }).asOf)).toBe("2024-06-10");
  });

  it("send references with their folded name keys and involvement hops as an integer", () => {
    const param = filterParam({
      coversTopic: "Cyber Security",
      involvesTopic: { topic: "Japan’s AI", maxHops: MAX_INVOLVEMENT_HOPS },
      relatedTo: [{ types: ["PARTY_TO"], direction: "IN", nodes: ["Japan"] }],
    });
    expect(param.coversTopic).toEqual({ refs: ["Cyber Security"], keys: ["|cyber security|"] });
    expect(param.involvesTopic).toMatchObject({ refs: ["Japan’s AI"], keys: ["|japans ai|"] });
    expect(int(param.involvesTopic?.maxHops)).toBe(MAX_INVOLVEMENT_HOPS);
    expect(param.relatedTo).toEqual([
      {
        types: ["PARTY_TO"],
        direction: "IN",
        includeParts: false,
        refs: ["Japan"],
        keys: ["|japan|"],
      },
    ]);
  });

  it("keep an open date range end as null", () => {
    const param = filterParam({ date: { from: "2024-01-01" } });
    expect(param.hasDate).toBe(true);
    expect(day(param.dateFrom)).toBe("2024-01-01");
    expect(param.dateTo).toBeNull();
  });
});

describe("relationship filters and neighbours", () => {
  it("carry asOf beside the other edge conditions", () => {
    const param = edgeFilterParam({ types: ["SIGNED_AT"], prospective: false, asOf: "2023-01-31" });
    expect(param).toMatchObject({ types: ["SIGNED_AT"], prospective: false, inferred: null });
    expect(day(param.asOf)).toBe("2023-01-31");
    expect(edgeFilterParam({}).asOf).toBeNull();
  });

  it("list the prospective statuses for listEdges and send paging as integers", () => {
    const params = listEdgesParams({ filter: {}, offset: 20, limit: 10 });
    expect(params.prospectiveStatuses).toEqual(["PROPOSED", "ENCOURAGED", "PLANNED", "EXPECTED"]);
    expect(int(params.offset)).toBe(20);
    expect(int(params.limit)).toBe(10);
  });

  it("ask for each starting node once, with the query's asOf and the far node's own", () => {
    const params = neighboursParams(["japan", "eu", "japan"], {
      direction: "OUT",
      asOf: "2022-05-12",
      far: { asOf: "2021-01-01" },
      limit: 3,
    });
    expect(params.ids).toEqual(["japan", "eu"]);
    expect(day(params.asOf)).toBe("2022-05-12");
    expect(day(params.far.asOf)).toBe("2021-01-01");
    expect(neighboursParams(["japan"], { direction: "IN", limit: 1 }).asOf).toBeNull();
  });
});

describe("exploring queries", () => {
  it("resolve keeps every reference in order, repeats included, each with its folded name key", () => {
    expect(resolveParams(["Japan", "Tōkyō", "Japan"])).toEqual({
      references: [
        { refs: ["Japan"], keys: ["|japan|"] },
        { refs: ["Tōkyō"], keys: ["|tokyo|"] },
        { refs: ["Japan"], keys: ["|japan|"] },
      ],
    });
  });

  it("shortestPaths sends hops and limit as integers and absent types as null", () => {
    const params = shortestPathsParams({
      from: ["a", "a"],
      to: ["b"],
      maxHops: 4,
      limit: 5,
      asOf: "2024-01-01",
    });
    // The ends are sets: a repeated id would walk the same paths twice.
    expect(params).toMatchObject({ from: ["a"], to: ["b"], types: null });
    expect(int(params.maxHops)).toBe(4);
    expect(int(params.limit)).toBe(5);
    expect(day(params.asOf)).toBe("2024-01-01");
    expect(
      shortestPathsParams({ from: [], to: [], maxHops: 1, limit: 1, types: [] }).types,
    ).toEqual([]);
  });

  it("neighbourhood keeps the start ids as given, since repeats count towards truncation", () => {
    const params = neighbourhoodParams({
      ids: ["a", "a", "b"],
      depth: 2,
      kinds: ["SUMMIT"],
      limit: 50,
      fanOut: 7,
    });
    expect(params).toMatchObject({ ids: ["a", "a", "b"], kinds: ["SUMMIT"], categories: null });
    expect(int(params.depth)).toBe(2);
    expect(int(params.fanOut)).toBe(7);
    expect(int(params.limit)).toBe(50);
    expect(params.asOf).toBeNull();
  });

  it("timeline sends the range as dates, and actor and topic as references or null", () => {
    const params = timelineParams({
      range: { from: "2024-01-01", to: "2024-12-31" },
      actor: "Japan",
      includeStatements: false,
      offset: 0,
      limit: 20,
    });
    expect(day(params.dayFrom)).toBe("2024-01-01");
    expect(day(params.dayTo)).toBe("2024-12-31");
    expect(params.actor).toEqual({ refs: ["Japan"], keys: ["|japan|"] });
    expect(params).toMatchObject({ topic: null, kinds: null, includeStatements: false });
    expect(
      timelineParams({ range: {}, includeStatements: true, offset: 0, limit: 1 }),
    ).toMatchObject({ dayFrom: null, dayTo: null });
  });

  it("aggregate and topByDegree pass their conditions through", () => {
    expect(aggregateParams({ groupBy: "TOPIC", filter: { asOf: "2024-01-01" } })).toMatchObject({
      groupBy: "TOPIC",
    });
    const params = topByDegreeParams({
      categories: ["Actor"],
      types: ["PARTY_TO"],
      direction: "OUT",
      limit: 3,
    });
    expect(params).toMatchObject({ categories: ["Actor"], types: ["PARTY_TO"], direction: "OUT" });
    expect(int(params.limit)).toBe(3);
    expect(params.asOf).toBeNull();
  });

  it("dayParam builds Neo4j dates the way stored dates are built", () => {
    expect(dayParam(undefined)).toBeNull();
    expect(dayParam("2024-02-29")).toEqual(new neo4j.types.Date(2024, 2, 29));
  });
});

describe("bounds the statements carry as literals", () => {
  it("shortestPaths searches up to MAX_PATH_HOPS and filters by $maxHops", () => {
    expect(SHORTEST_PATHS.text).toContain(`{1,${MAX_PATH_HOPS}}`);
    expect(SHORTEST_PATHS.text).toContain("length(p) <= $q.maxHops");
  });

  it("neighbourhood unrolls one guarded level per possible step, up to MAX_NEIGHBOURHOOD_DEPTH", () => {
    for (let level = 1; level <= MAX_NEIGHBOURHOOD_DEPTH; level++)
      expect(NEIGHBOURHOOD.text).toContain(`$q.depth >= ${level} `);
    expect(NEIGHBOURHOOD.text).not.toContain(`$q.depth >= ${MAX_NEIGHBOURHOOD_DEPTH + 1} `);
  });

  it("timeline follows exactly the status-changing relationship types", () => {
    expect(TIMELINE.text).toContain(`[r:${STATUS_CHANGE_TYPES.join("|")}]`);
  });
});
