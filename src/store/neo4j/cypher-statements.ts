/**
 * Every Cypher statement the Neo4j adapter can issue. Labels and relationship
 * types in the texts come from the closed vocabulary; everything else arrives
 * as a parameter. `test/neo4j/cypher-lint.test.ts` checks each one with
 * Neo4j's own analyser against the schema below.
 */

import { invariant } from "../../domain/invariant.js";
import { MAX_SORT_KEYS } from "../../domain/limits.js";
import {
  NODE_CATEGORIES,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from "../../domain/vocabulary.js";
import type { Direction, NodeSort, NodeWhere } from "../graph-store.js";
import { EXPLORATION_STATEMENTS } from "./cypher-exploration-statements.js";
import { LOAD_STATEMENTS } from "./cypher-load-statements.js";
import {
  edgeMap,
  type FilterShape,
  filterCandidates,
  inCategories,
  involvementCall,
  nodeFilterCondition,
  nodeHeadMap,
  nodeMap,
  onlyCategories,
  shapeReadsParameter,
  visibleAsOf,
  whyMap,
} from "./cypher-node-filter.js";
import { type CypherStatement, statement } from "./cypher-statement.js";
import { compileWhere } from "./cypher-where.js";

export const GET_NODES = statement(
  "getNodes",
  "READ",
  ["ids"],
  `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN ${nodeMap("n")} AS node`,
);

export const GET_EDGES = statement(
  "getEdges",
  "READ",
  ["rows"],
  `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r {id: row.id}]->(b:Entity {id: row.to})
RETURN ${edgeMap("r", "a.id", "b.id")} AS edge`,
);

/**
 * `degree`: node `n`'s DEGREE sort key when `wanted` (a Cypher condition) holds, else 0: its
 * relationships out and in (a loop counts twice), from the node's degree counts rather than
 * by expanding them. A CALL rather than a CASE, which Neo4j's analyser cannot check around a
 * subquery expression; the sort expressions then read the variable.
 */
const degreeCall = (n: string, wanted: string) => `CALL (${n}) {
    WITH 1 AS asked WHERE ${wanted}
    RETURN COUNT { (${n})-->() } + COUNT { (${n})<--() } AS degree
    UNION ALL
    WITH 1 AS asked WHERE NOT (${wanted})
    RETURN 0 AS degree
  }`;

/** Whether a key of the list parameter `keys` (unused ones null) sorts by DEGREE. */
const sortsByDegree = (keys: string) =>
  `any(key IN ${keys} WHERE key IS NOT NULL AND key.field = 'DEGREE')`;

/**
 * The sort key of node `n` for `$sort.field`, as one comparable value; with `degree`, the
 * variable of degreeCall is in scope (only statements that sort every match have it).
 */
const sortKey = (n: string, degree: boolean) =>
  `CASE $sort.field WHEN 'DATE' THEN toString(${n}.dateEarliest) WHEN 'NAME' THEN ${n}.sortName${degree ? " WHEN 'DEGREE' THEN degree" : ""} ELSE ${n}.id END`;

/** ORDER BY items for the sort keys in the list parameter `keys` (`count` of them, unused ones null). */
function keyedOrder(n: string, keys = "$sort", count = MAX_SORT_KEYS): string {
  return Array.from({ length: count }, (_, i) => {
    const key = `${keys}[${i}]`;
    const value = `CASE ${key}.field WHEN 'DATE' THEN toString(${n}.dateEarliest) WHEN 'NAME' THEN ${n}.sortName WHEN 'ID' THEN ${n}.id WHEN 'DEGREE' THEN degree ELSE null END`;
    return `CASE WHEN ${key}.field = 'DATE' AND ${n}.dateEarliest IS NULL THEN 1 ELSE 0 END,
    CASE WHEN ${key}.descending THEN null ELSE ${value} END ASC,
    CASE WHEN ${key}.descending THEN ${value} ELSE null END DESC`;
  }).join(",\n    ");
}

/**
 * ORDER BY items for `$sort`, then (with `sorted`) the keys of `$thenBy` (MAX_SORT_KEYS - 1
 * of them, unused ones null): undated last in both directions, ties by id ascending.
 */
const nodeOrder = (n: string, sorted = false) => `
  CASE WHEN $sort.field = 'DATE' AND ${n}.dateEarliest IS NULL THEN 1 ELSE 0 END,
  CASE WHEN $sort.descending THEN null ELSE ${sortKey(n, sorted)} END ASC,
  CASE WHEN $sort.descending THEN ${sortKey(n, sorted)} ELSE null END DESC,${sorted ? `\n  ${keyedOrder(n, "$thenBy", MAX_SORT_KEYS - 1)},` : ""}
  ${n}.id ASC`;

/**
 * The first `$offset + $limit` nodes of the categories in each order the sort can ask for,
 * read in index order (sortName, dateEarliest, id) and stopped there: a page costs what it
 * shows (and skips), not the size of the graph. Dated and undated nodes are read separately
 * for the DATE sort, undated ones last, both by id among equals. Guarded by `$sort`, so one
 * branch runs (two for DATE).
 */
const ORDERED_CANDIDATES = (
  [
    ["NAME", false, "sortName", "n.sortName IS NOT NULL", "n.sortName ASC, n.id ASC"],
    ["NAME", true, "sortName", "n.sortName IS NOT NULL", "n.sortName DESC, n.id ASC"],
    ["ID", false, "id", "n.id IS NOT NULL", "n.id ASC"],
    ["ID", true, "id", "n.id IS NOT NULL", "n.id DESC"],
    ["DATE", false, "dateEarliest", "n.dateEarliest IS NOT NULL", "n.dateEarliest ASC, n.id ASC"],
    ["DATE", true, "dateEarliest", "n.dateEarliest IS NOT NULL", "n.dateEarliest DESC, n.id ASC"],
    ["DATE", null, "id", "n.id IS NOT NULL AND n.dateEarliest IS NULL", "n.id ASC"],
  ] as const
)
  .map(
    ([field, descending, index, indexed, order]) => `
    WITH 1 AS guard WHERE $sort.field = '${field}'${descending === null ? "" : ` AND ${descending ? "" : "NOT "}$sort.descending`}
    MATCH (n:Entity) USING INDEX n:Entity(${index})
    WHERE ${indexed} AND ${inCategories("n", "$filter.categories")}
    WITH n ORDER BY ${order} LIMIT $offset + $limit
    RETURN n`,
  )
  .join("\n    UNION ALL");

/**
 * How many nodes the categories hold, from the count store (each count is one read, so
 * all are taken and those of other categories multiplied by 0).
 */
const CATEGORY_COUNT = NODE_CATEGORIES.map(
  (category) =>
    `COUNT { MATCH (:${category}) } * CASE WHEN $filter.categories IS NULL OR '${category}' IN $filter.categories THEN 1 ELSE 0 END`,
).join("\n    + ");

/**
 * The involvement walk of the filter in `$${param}` and the ids it reached (`involved`,
 * `involvedIds`); for a shape without involvesTopic, empty lists in its place.
 */
const involvement = (param: string, shape: FilterShape | undefined) =>
  !shape || shape.involvesTopic
    ? `${involvementCall(param)}
WITH involved, [entry IN involved | entry.id] AS involvedIds`
    : "WITH [] AS involved, [] AS involvedIds";

/** The `why` of `n`: from the walk, or null for a shape without involvesTopic. */
const whyOf = (n: string, shape: FilterShape | undefined) =>
  !shape || shape.involvesTopic ? whyMap(n) : "null";

/** ORDER BY items for one sort key known when the statement is written (undated last). */
function literalOrder(n: string, sort: NodeSort): string {
  const direction = sort.descending ? "DESC" : "ASC";
  switch (sort.field) {
    case "NAME":
      return `${n}.sortName ${direction}`;
    case "ID":
      return `${n}.id ${direction}`;
    case "DATE":
      return `CASE WHEN ${n}.dateEarliest IS NULL THEN 1 ELSE 0 END, toString(${n}.dateEarliest) ${direction}`;
    case "DEGREE":
      return `degree ${direction}`;
  }
}

/** The branches of ORDERED_CANDIDATES a sort reads (two for DATE: dated, then undated). */
function orderedCandidatesFor(sort: NodeSort, matching?: string): string {
  // The filter's conditions in a WHERE of their own, after the index's: a filter that is
  // false whatever the node (an empty OR) would otherwise leave the index hint nothing to
  // hold on to, which Neo4j refuses.
  const read = (index: string, indexed: string, order: string) => `
    MATCH (n:Entity) USING INDEX n:Entity(${index})
    WHERE ${indexed} AND ${inCategories("n", "$filter.categories")}${
      matching
        ? `
    WITH n, involvedIds WHERE ${matching}`
        : ""
    }
    WITH n ORDER BY ${order} LIMIT $offset + $limit
    RETURN n`;
  const direction = sort.descending ? "DESC" : "ASC";
  switch (sort.field) {
    case "NAME":
      return read("sortName", "n.sortName IS NOT NULL", `n.sortName ${direction}, n.id ASC`);
    case "ID":
      return read("id", "n.id IS NOT NULL", `n.id ${direction}`);
    case "DATE":
      return `${read("dateEarliest", "n.dateEarliest IS NOT NULL", `n.dateEarliest ${direction}, n.id ASC`)}
    UNION ALL${read("id", "n.id IS NOT NULL AND n.dateEarliest IS NULL", "n.id ASC")}`;
    case "DEGREE":
      throw new Error("no index holds nodes by degree: such a page sorts every match");
  }
}

/**
 * What a list statement is written for: the filter's shape and the sort, known when the
 * statement is written, so that it holds only the conditions and the one order asked for
 * (and Neo4j plans each shape for itself). Without it, the generic statement, which tests
 * each condition and the sort for null at run time.
 */
export interface ListShape {
  readonly filter: FilterShape;
  readonly sort: NodeSort;
  /** Only the nodes' heads are returned (listNodeHeads), and no `why`. */
  readonly heads?: boolean;
}

/**
 * When a filtered page sorted on one indexed field walks that field's index rather than
 * sorting its matches: when at least one node in WALK_SHARE matches, so that a page of
 * `offset + limit` reads about WALK_SHARE times that many nodes in index order, stopping
 * there. The matches are counted first (the page's total, which needs them all anyway),
 * then paged one way or the other; rarer matches are read again from their candidates and
 * cut by ORDER BY … SKIP … LIMIT, a `Top` of offset + limit rows. Each way is a branch
 * whose guard lets exactly one run, and each collects its page with COLLECT, so the branch
 * that does not run yields no row (an aggregation would yield an empty page). Why not collect the
 * matches once and cut the list: rows in a `Top` or `Sort` carry the list, and Neo4j counts
 * it once per row against the transaction's memory (a page at offset 1,146 of 3,805
 * relationships asked for 700 MB, found by the differential test). Measured on one page of
 * 100 among 12,858 actors of one kind at 10^5 nodes: every match sorted 30 ms, counted then
 * walked 10 ms (the count 8 of them); the Neo4j GraphQL Library's statement 34 ms.
 */
const WALK_SHARE = 20;

/**
 * A page of nodes and how many match (no row when no node does: the filtered branch groups
 * by its name, so that it yields no row when it does not run). With no condition but categories, the page is read
 * in index order and the total comes from the count store. Otherwise the candidates come
 * from the filter's most selective indexed condition (filterCandidates), every condition
 * is checked on each, and the matches are sorted to cut the page. With `shape`, only the
 * branch that shape takes is written, with its conditions and its order; a shape sorted
 * on one indexed field is counted first and paged after (see WALK_SHARE).
 */
export function listNodesStatement(
  where?: NodeWhere,
  sorted = false,
  shape?: ListShape,
): CypherStatement {
  const condition = where ? compileWhere("n", where, "$filter.whereValues").text : undefined;
  const name = `${where ? "listNodesWhere" : "listNodes"}${sorted ? "Sorted" : ""}`;
  const order = (n: string) =>
    shape
      ? `${literalOrder(n, shape.sort)},${sorted ? `\n  ${keyedOrder(n, "$thenBy", MAX_SORT_KEYS - 1)},` : ""} ${n}.id ASC`
      : nodeOrder(n, sorted);
  if (shape) {
    const f = shape.filter;
    const ordered =
      !where &&
      !sorted &&
      shape.sort.field !== "DEGREE" &&
      !(
        f.kinds ||
        f.statuses ||
        f.date ||
        f.relatedTo ||
        f.coversTopic ||
        f.involvesTopic ||
        f.asOf
      );
    const parameters = ["filter", ...(sorted ? ["thenBy"] : []), "offset", "limit"];
    if (ordered) {
      return statement(
        name,
        "READ",
        parameters,
        `
CALL () {${orderedCandidatesFor(shape.sort)}
}
WITH n ORDER BY ${order("n")}
SKIP $offset LIMIT $limit
WITH collect(n) AS pageNodes
RETURN ${CATEGORY_COUNT} AS total,
  [n IN pageNodes | { node: ${shape.heads ? nodeHeadMap("n") : nodeMap("n")}, why: null }] AS page`,
      );
    }
    const matching = nodeFilterCondition("n", "filter", condition, f);
    const matches = `CALL (involvedIds) {${filterCandidates("filter", f)}
  }
  WITH n, involvedIds WHERE ${matching}`;
    const page = `RETURN total,
  [n IN pageNodes | ${
    shape.heads
      ? `{ node: ${nodeHeadMap("n")}, why: null }`
      : `{ node: ${nodeMap("n")}, why: ${whyOf("n", f)} }`
  }] AS page`;
    /** The statement: the matches of the filter, then `rest` (which closes their CALL), then the page. */
    const written = (rest: string) =>
      statement(
        name,
        "READ",
        parameters,
        `
${involvement("filter", f)}
CALL (involvedIds) {
  ${matches}
  ${rest}
${page}`,
      );
    if (shape.sort.field === "DEGREE" || sorted) {
      return written(`${degreeCall("n", shape.sort.field === "DEGREE" ? "true" : sortsByDegree("$thenBy"))}
  WITH n, degree ORDER BY ${order("n")}
  WITH collect(n) AS matches
  RETURN size(matches) AS total, matches[$offset..($offset + $limit)] AS pageNodes
}`);
    }
    const common = `total * ${WALK_SHARE} >= COUNT { MATCH (:Entity) }`;
    const cut = `WITH n ORDER BY ${order("n")}
    SKIP $offset LIMIT $limit
    RETURN n`;
    return written(`RETURN count(n) AS total
}
CALL (involvedIds, total) {
  WITH involvedIds WHERE ${common}
  RETURN COLLECT {
    CALL (involvedIds) {${orderedCandidatesFor(shape.sort, matching)}
    }
    ${cut}
  } AS pageNodes
  UNION ALL
  WITH involvedIds WHERE NOT (${common})
  RETURN COLLECT {
    ${matches}
    ${cut}
  } AS pageNodes
}`);
  }
  return statement(
    name,
    "READ",
    sorted
      ? ["filter", "sort", "thenBy", "offset", "limit"]
      : ["filter", "sort", "offset", "limit"],
    `
${involvementCall("filter")}
WITH involved, [entry IN involved | entry.id] AS involvedIds
CALL (involvedIds) {
  WITH 1 AS ordered WHERE ${where || sorted ? "false" : onlyCategories("filter")}
  RETURN ${CATEGORY_COUNT} AS total, COLLECT {
    CALL () {${ORDERED_CANDIDATES}
    }
    WITH n ORDER BY ${nodeOrder("n")}
    SKIP $offset LIMIT $limit
    RETURN n
  } AS pageNodes
  UNION ALL
  WITH 'filtered' AS branch, involvedIds WHERE NOT ${where || sorted ? "false" : onlyCategories("filter")}
  CALL (involvedIds) {${filterCandidates("filter")}
  }
  WITH branch, n, involvedIds WHERE ${nodeFilterCondition("n", "filter", condition)}${
    sorted
      ? `
  ${degreeCall("n", `$sort.field = 'DEGREE' OR ${sortsByDegree("$thenBy")}`)}
  WITH branch, n, degree ORDER BY ${nodeOrder("n", true)}`
      : `
  WITH branch, n ORDER BY ${nodeOrder("n")}`
  }
  WITH branch, collect(n) AS matches
  RETURN size(matches) AS total, matches[$offset..($offset + $limit)] AS pageNodes
}
RETURN total,
  [n IN pageNodes | { node: ${nodeMap("n")}, why: ${whyMap("n")} }] AS page`,
  );
}

/** LIST_NODES without a `where` tree: one constant statement. */
export const LIST_NODES = listNodesStatement();

/** LIST_NODES with further sort keys (`thenBy`). */
export const LIST_NODES_SORTED = listNodesStatement(undefined, true);

/**
 * How many nodes the filter matches and the span of their dates (a root list's
 * `aggregate`): the candidates and conditions of LIST_NODES' filtered branch, all matches
 * read (the cost of the list's last page).
 */
export function listSummaryStatement(where?: NodeWhere): CypherStatement {
  const condition = where ? compileWhere("n", where, "$filter.whereValues").text : undefined;
  return statement(
    where ? "listSummaryWhere" : "listSummary",
    "READ",
    ["filter"],
    `
${involvementCall("filter")}
WITH involved, [entry IN involved | entry.id] AS involvedIds
CALL (involvedIds) {${filterCandidates("filter")}
}
WITH n, involvedIds WHERE ${nodeFilterCondition("n", "filter", condition)}
WITH collect(n) AS matches
RETURN size(matches) AS total,
  ${dateChoice("matches", "row", "min")} AS dateMin,
  ${dateChoice("matches", "row", "max")} AS dateMax`,
  );
}

/** LIST_SUMMARY without a `where` tree: one constant statement. */
export const LIST_SUMMARY = listSummaryStatement();

/** The parameters `linksOfEach` reads. */
const LINK_PARAMETERS = [
  "ids",
  "types",
  "direction",
  "edgeStatuses",
  "asOf",
  "asOfUnknown",
  "far",
] as const;

/**
 * What a statement of links is written for (see ListShape): the relationship types (null
 * for any), the direction, which conditions are given, and the far side's filter shape.
 */
export interface LinkShape {
  readonly types: readonly RelationshipType[] | null;
  readonly direction: Direction;
  readonly edgeStatuses: boolean;
  readonly asOf: boolean;
  readonly far: FilterShape;
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(RELATIONSHIP_TYPES);

/** The parameters a statement of links for `shape` reads, before its own (`limit`…). */
function linkParameters(shape: LinkShape | undefined, where: boolean): string[] {
  if (!shape) return [...LINK_PARAMETERS];
  return [
    "ids",
    ...(shape.edgeStatuses ? ["edgeStatuses"] : []),
    ...(shape.asOf ? ["asOf", "asOfUnknown"] : []),
    ...(where || shapeReadsParameter(shape.far) ? ["far"] : []),
  ];
}

/**
 * The links NEIGHBOURS and NEIGHBOUR_PAGES follow, up to the open subquery that each
 * ends its own way: for each of `$ids` in turn (`id`, and `n` when it exists), the
 * relationships `r` of `$types` in `$direction` with `$edgeStatuses`, visible on `$asOf`
 * with the node `m` at their far end, which passes the far side's filter (and the
 * compiled `where` tree in `condition`). With `shape`, the types and the direction are
 * the pattern's (types from the vocabulary only) and only the given conditions are written.
 */
const linksOfEach = (condition: string | undefined, shape?: LinkShape) => {
  if (!shape)
    return `${involvementCall("far")}
WITH involved, [entry IN involved | entry.id] AS involvedIds
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
CALL (n, involved, involvedIds) {
  MATCH (n)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = n)
      OR ($direction = 'IN' AND endNode(r) = n))
    AND ($edgeStatuses IS NULL OR r.status IN $edgeStatuses)
    AND ${visibleAsOf("r", "$asOf")} AND ${visibleAsOf("m", "$asOf")}
    AND ${nodeFilterCondition("m", "far", condition)}`;
  for (const type of shape.types ?? [])
    invariant(KNOWN_TYPES.has(type), `unknown relationship type ${type}`);
  const types = shape.types && shape.types.length > 0 ? `:${shape.types.join("|")}` : "";
  const pattern =
    shape.direction === "OUT"
      ? `(n)-[r${types}]->(m:Entity)`
      : shape.direction === "IN"
        ? `(n)<-[r${types}]-(m:Entity)`
        : `(n)-[r${types}]-(m:Entity)`;
  const conditions = [
    shape.types && shape.types.length === 0 ? "false" : undefined,
    shape.edgeStatuses ? "r.status IN $edgeStatuses" : undefined,
    shape.asOf ? `${visibleAsOf("r", "$asOf")} AND ${visibleAsOf("m", "$asOf")}` : undefined,
    nodeFilterCondition("m", "far", condition, shape.far),
  ].filter((part): part is string => part !== undefined && part !== "true");
  return `${involvement("far", shape.far)}
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
CALL (n, involved, involvedIds) {
  MATCH ${pattern}${conditions.length > 0 ? `\n  WHERE ${conditions.join("\n    AND ")}` : ""}`;
};

/**
 * What a NEIGHBOURS statement reads out: the links (relationships, far nodes and why), or
 * only the far nodes' heads, or those heads and each start node whole (`getNodes` and
 * `neighbourHeads` in one statement, for a lookup followed by one relation).
 */
export type NeighbourRead = "links" | "heads" | "originsAndHeads";

const NEIGHBOUR_STATEMENT_NAMES: Readonly<Record<NeighbourRead, string>> = {
  links: "neighbours",
  heads: "neighbourHeads",
  originsAndHeads: "nodesWithNeighbourHeads",
};

/**
 * NEIGHBOURS, or its variant for a far-side filter with a `where` tree, or for a shape.
 * Reading heads, only the far nodes' heads of the same links, in the same order and with
 * the same limit: neither the relationships nor the rest of the nodes are read out or
 * sent, which was about half of a plain relation field's time on a 10^4-node graph.
 */
export function neighboursStatement(
  where?: NodeWhere,
  shape?: LinkShape,
  read: NeighbourRead = "links",
): CypherStatement {
  const condition = where ? compileWhere("m", where, "$far.whereValues").text : undefined;
  const name = NEIGHBOUR_STATEMENT_NAMES[read];
  const collected =
    read === "links"
      ? `collect({
    edge: ${edgeMap("r", "startNode(r).id", "endNode(r).id")},
    node: ${nodeMap("m")},
    why: ${whyOf("m", shape?.far)}
  }) AS links`
      : `collect(${nodeHeadMap("m")}) AS heads`;
  const returned =
    read === "links"
      ? "links"
      : read === "heads"
        ? "heads"
        : `heads, CASE WHEN n IS NULL THEN null ELSE ${nodeMap("n")} END AS node`;
  return statement(
    where ? `${name}Where` : name,
    "READ",
    [...linkParameters(shape, where !== undefined), "limit"],
    `
${linksOfEach(condition, shape)}
  WITH r, m ORDER BY m.sortName, m.id, r.id
  LIMIT $limit
  RETURN ${collected}
}
RETURN id, ${returned}`,
  );
}

export const NEIGHBOURS = neighboursStatement();

export const NEIGHBOUR_HEADS = neighboursStatement(undefined, undefined, "heads");

export const NODES_WITH_NEIGHBOUR_HEADS = neighboursStatement(
  undefined,
  undefined,
  "originsAndHeads",
);

/**
 * The earliest (`min`) or latest (`max`) of the dates over the list `rows`, each item's
 * dated thing being `item` (written with the variable `row`), by the rule of
 * src/domain/date-span.ts: a whole date as recorded, never a day it may not denote.
 */
function dateChoice(rows: string, item: string, which: "min" | "max"): string {
  const better =
    which === "min"
      ? `${item}.dateEarliest < best.dateEarliest OR (${item}.dateEarliest = best.dateEarliest AND ${item}.dateLatest < best.dateLatest)`
      : `${item}.dateLatest > best.dateLatest OR (${item}.dateLatest = best.dateLatest AND ${item}.dateEarliest > best.dateEarliest)`;
  const chosen = `reduce(best = null, row IN ${rows} | CASE
      WHEN ${item}.dateEarliest IS NULL THEN best
      WHEN best IS NULL OR ${better} THEN ${item}
      ELSE best END)`;
  return `head([x IN [${chosen}] WHERE x IS NOT NULL |
    { dateIso: x.dateIso, datePrecision: x.datePrecision, dateEarliest: x.dateEarliest, dateLatest: x.dateLatest }])`;
}

/**
 * A page of each node's links (a nested connection), sorted by the keys in `$sort`, then
 * the far node's id and the relationship's id, with figures over all the links: how many,
 * how many distinct far nodes, and the span of their dates and of the relationships'.
 * The links are those NEIGHBOURS follows; all are read, counted and sorted (the page is a
 * slice), so a page costs the node's degree in these types.
 */
export function neighbourPagesStatement(where?: NodeWhere, shape?: LinkShape): CypherStatement {
  const condition = where ? compileWhere("m", where, "$far.whereValues").text : undefined;
  return statement(
    where ? "neighbourPagesWhere" : "neighbourPages",
    "READ",
    [...linkParameters(shape, where !== undefined), "sort", "offset", "limit"],
    `
${linksOfEach(condition, shape)}
  ${degreeCall("m", sortsByDegree("$sort"))}
  WITH r, m, degree ORDER BY ${keyedOrder("m")},
    m.id ASC, r.id ASC
  WITH collect({ r: r, m: m }) AS rows, count(DISTINCT m) AS nodeCount
  WITH rows, nodeCount, rows[$offset..($offset + $limit)] AS page
  RETURN size(rows) AS total, nodeCount,
    ${dateChoice("rows", "row.m", "min")} AS nodeMin,
    ${dateChoice("rows", "row.m", "max")} AS nodeMax,
    ${dateChoice("rows", "row.r", "min")} AS edgeMin,
    ${dateChoice("rows", "row.r", "max")} AS edgeMax,
    COLLECT {
      UNWIND range(0, size(page) - 1) AS i
      WITH i, page[i].r AS pr, page[i].m AS pm
      ORDER BY i
      RETURN {
        edge: ${edgeMap("pr", "startNode(pr).id", "endNode(pr).id")},
        node: ${nodeMap("pm")},
        why: ${whyOf("pm", shape?.far)}
      }
    } AS links
}
RETURN id, total, nodeCount, nodeMin, nodeMax, edgeMin, edgeMax, links`,
  );
}

/** NEIGHBOUR_PAGES without a `where` tree: one constant statement. */
export const NEIGHBOUR_PAGES = neighbourPagesStatement();

/** Whether relationship `r` from `a` to `b` passes the EdgeFilter in `$filter` (its type aside). */
const EDGE_CONDITION = `($filter.statuses IS NULL OR r.status IN $filter.statuses)
      AND ($filter.from IS NULL OR a.id IN $filter.from)
      AND ($filter.to IS NULL OR b.id IN $filter.to)
      AND ($filter.sources IS NULL OR any(cited IN r.evidenceSources WHERE cited IN $filter.sources))
      AND (NOT $filter.hasDate OR (r.dateEarliest IS NOT NULL
        AND ($filter.dateFrom IS NULL OR r.dateLatest >= $filter.dateFrom)
        AND ($filter.dateTo IS NULL OR r.dateEarliest <= $filter.dateTo)))
      AND ($filter.prospective IS NULL OR (r.status IN $prospectiveStatuses) = $filter.prospective)
      AND ($filter.inferred IS NULL OR (r.inference IS NOT NULL) = $filter.inferred)
      AND ${visibleAsOf("r", "$filter.asOf")}
      AND ${visibleAsOf("a", "$filter.asOf")} AND ${visibleAsOf("b", "$filter.asOf")}`;

/** Whether `$filter` has no condition but types (its totals then come from the count store). */
const ONLY_TYPES = `($filter.statuses IS NULL AND NOT $filter.hasDate AND $filter.prospective IS NULL
  AND $filter.from IS NULL AND $filter.to IS NULL AND $filter.sources IS NULL
  AND $filter.inferred IS NULL AND $filter.asOf IS NULL)`;

const typeAllowed = (type: string) => `($filter.types IS NULL OR '${type}' IN $filter.types)`;

/** The page and the total of the matching `a, r, b` rows, in sortKey order (a LIST_EDGES branch's end). */
const PAGE_OF_MATCHES = `  WITH branch, a, r, b ORDER BY r.sortKey
  WITH branch, collect([a, r, b]) AS matches
  RETURN COLLECT {
    UNWIND matches[$offset..($offset + $limit)] AS match
    WITH match[0] AS a, match[1] AS r, match[2] AS b
    RETURN ${edgeMap("r", "a.id", "b.id")} AS edge ORDER BY r.sortKey
  } AS page, size(matches) AS total`;

/**
 * A page of relationships in order (earliest day, undated last, then id: the `sortKey`
 * each carries) and how many match. With no condition but types, each type allowed is
 * read in the order of its sortKey index up to the end of the page and the pages are
 * merged, so a page costs what it shows and skips, and the total comes from the count
 * store. With an end given (`from`, `to`), the relationships of those nodes are read,
 * found through the id index. Other conditions have no index: every relationship is read
 * (as relationships, not from every node), checked, counted and the matches sorted.
 */
export const LIST_EDGES = statement(
  "listEdges",
  "READ",
  ["filter", "prospectiveStatuses", "offset", "limit"],
  `
CALL () {
  WITH 1 AS ordered WHERE ${ONLY_TYPES}
  RETURN COLLECT {
    CALL () {
      ${RELATIONSHIP_TYPES.map(
        (type) => `WITH 1 AS allowed WHERE ${typeAllowed(type)}
      MATCH (a:Entity)-[r:${type}]->(b:Entity) USING INDEX r:${type}(sortKey)
      WHERE r.sortKey IS NOT NULL
      WITH a, r, b ORDER BY r.sortKey LIMIT $offset + $limit
      RETURN a, r, b`,
      ).join("\n      UNION ALL\n      ")}
    }
    WITH a, r, b ORDER BY r.sortKey SKIP $offset LIMIT $limit
    RETURN ${edgeMap("r", "a.id", "b.id")} AS edge
  } AS page,
    ${RELATIONSHIP_TYPES.map(
      (type) =>
        `COUNT { MATCH (:Entity)-[:${type}]->() } * CASE WHEN ${typeAllowed(type)} THEN 1 ELSE 0 END`,
    ).join("\n    + ")} AS total
  UNION ALL
  WITH 'filtered' AS branch WHERE NOT ${ONLY_TYPES} AND $filter.from IS NULL AND $filter.to IS NULL
  MATCH ()-[r]->()
  WITH branch, startNode(r) AS a, r, endNode(r) AS b
  WHERE a:Entity AND ($filter.types IS NULL OR type(r) IN $filter.types)
    AND ${EDGE_CONDITION}
${PAGE_OF_MATCHES}
  UNION ALL
  WITH 'ends' AS branch WHERE $filter.from IS NOT NULL OR $filter.to IS NOT NULL
  CALL () {
    UNWIND coalesce($filter.from, []) AS id
    MATCH (a:Entity {id: id})-[r]->(b:Entity)
    RETURN a, r, b
    UNION
    UNWIND coalesce($filter.to, []) AS id
    MATCH (a:Entity)-[r]->(b:Entity {id: id})
    RETURN a, r, b
  }
  WITH branch, a, r, b
  WHERE ($filter.types IS NULL OR type(r) IN $filter.types) AND ${EDGE_CONDITION}
${PAGE_OF_MATCHES}
}
RETURN page, total`,
);

/**
 * For each source in `$sourceIds`, a page of the relationships a quote of it supports that
 * pass `$filter`, and how many do, in LIST_EDGES's order. A relationship's cited sources
 * are a list property with no index, so every relationship is read once (as
 * relationships, not from every node), for all the sources of the call together.
 */
export const SOURCE_STATEMENT_PAGES = statement(
  "sourceStatementPages",
  "READ",
  ["sourceIds", "filter", "prospectiveStatuses", "offset", "limit"],
  `
MATCH ()-[r]->()
WHERE any(cited IN r.evidenceSources WHERE cited IN $sourceIds)
WITH startNode(r) AS a, r, endNode(r) AS b
WHERE a:Entity AND ($filter.types IS NULL OR type(r) IN $filter.types)
  AND ${EDGE_CONDITION}
UNWIND r.evidenceSources AS cited
WITH DISTINCT cited, a, r, b
WHERE cited IN $sourceIds
WITH cited, a, r, b ORDER BY r.sortKey
WITH cited, collect([a, r, b]) AS matches
RETURN cited AS id, COLLECT {
  UNWIND matches[$offset..($offset + $limit)] AS match
  WITH match[0] AS a, match[1] AS r, match[2] AS b
  RETURN ${edgeMap("r", "a.id", "b.id")} AS edge ORDER BY r.sortKey
} AS page, size(matches) AS total`,
);

/** One name's score against the folded query, as rank-search.ts scores it. */
const NAME_SCORE = `
CASE
  WHEN candidate = $text THEN 100
  WHEN candidate STARTS WITH $text THEN 80
  WHEN all(q IN $tokens WHERE any(token IN split(candidate, ' ') WHERE token STARTS WITH q))
    THEN 60 - CASE
      WHEN size(split(candidate, ' ')) - size($tokens) > 10 THEN 10
      WHEN size(split(candidate, ' ')) < size($tokens) THEN 0
      ELSE size(split(candidate, ' ')) - size($tokens) END
  WHEN candidate CONTAINS $text THEN 40
  ELSE 0
END`;

/**
 * The best-scoring nodes for a folded text, scored as rank-search.ts scores them. Every
 * name that scores contains every word of the text, so the candidates are the nodes whose
 * `nameKey` contains its longest word (`$anchor`), found through the text index; then each
 * of their names (`[name] + aliases + [id]`, folded in `nameKey` in that order) is scored.
 */
export const SEARCH = statement(
  "search",
  "READ",
  ["text", "tokens", "anchor", "categories", "kinds", "limit"],
  `
MATCH (n:Entity)
WHERE n.nameKey CONTAINS $anchor
  AND ${inCategories("n", "$categories")}
  AND ($kinds IS NULL OR n.kind IN $kinds)
WITH n, [n.name] + n.aliases + [n.id] AS names,
  split(substring(n.nameKey, 1, size(n.nameKey) - 2), '|') AS folded
UNWIND range(0, size(folded) - 1) AS i
WITH n, i, names[i] AS name, folded[i] AS candidate
WITH n, i, name, ${NAME_SCORE} - CASE WHEN i = 0 THEN 0 ELSE 5 END AS score
WHERE score > 0
WITH n, i, name, score ORDER BY score DESC, i ASC
WITH n, head(collect({ score: score, matched: name })) AS best
RETURN ${nodeMap("n")} AS node, best.score AS score, best.matched AS matched
ORDER BY score DESC, size(n.name) ASC, n.id ASC
LIMIT $limit`,
);

/** The dataset version and sizes, all from the count store (staged or retired nodes are not counted). */
export const INFO = statement(
  "info",
  "READ",
  [],
  `
OPTIONAL MATCH (meta:DatasetMeta {key: 'dataset'})
RETURN meta.version AS version,
  COUNT { MATCH (:Entity) } AS nodeCount,
  COUNT { MATCH (:Entity)-[]->() } AS edgeCount`,
);

/**
 * The figures of the cost estimate (graph-statistics.ts): nodes per category, and per
 * relationship type how many there are and the most one node has each way, all read
 * from each node's degrees (relationships are counted at the node they leave). It reads
 * every node, so the adapter asks once per dataset and remembers the answer.
 */
export const STATISTICS = statement(
  "statistics",
  "READ",
  [],
  `
CALL () {
  MATCH (n:Entity)
  WITH n,
    ${NODE_CATEGORIES.map((category) => `CASE WHEN n:${category} THEN 1 ELSE 0 END AS is_${category}`).join(",\n    ")},
    ${RELATIONSHIP_TYPES.map(
      (type) =>
        `COUNT { (n)-[:${type}]->() } AS out_${type},
    COUNT { (n)<-[:${type}]-() } AS in_${type}`,
    ).join(",\n    ")}
  RETURN count(n) AS nodeCount,
    ${NODE_CATEGORIES.map((category) => `sum(is_${category}) AS n_${category}`).join(",\n    ")},
    ${RELATIONSHIP_TYPES.map(
      (type) =>
        `sum(out_${type}) AS e_${type}, coalesce(max(out_${type}), 0) AS out_${type}, coalesce(max(in_${type}), 0) AS in_${type}`,
    ).join(",\n    ")}
}
OPTIONAL MATCH (meta:DatasetMeta {key: 'dataset'})
RETURN meta.version AS version, nodeCount,
  ${RELATIONSHIP_TYPES.map((type) => `e_${type}`).join(" + ")} AS edgeCount,
  {${NODE_CATEGORIES.map((category) => `${category}: n_${category}`).join(", ")}} AS nodesByCategory,
  {${RELATIONSHIP_TYPES.map((type) => `${type}: e_${type}`).join(", ")}} AS edgesByType,
  {${RELATIONSHIP_TYPES.map((type) => `${type}: {out: out_${type}, in: in_${type}}`).join(", ")}} AS maxDegree`,
);

/** All statements, for the lint test. */
export const ALL_STATEMENTS: readonly CypherStatement[] = [
  GET_NODES,
  GET_EDGES,
  LIST_NODES,
  LIST_NODES_SORTED,
  NEIGHBOURS,
  NEIGHBOUR_HEADS,
  NODES_WITH_NEIGHBOUR_HEADS,
  NEIGHBOUR_PAGES,
  LIST_SUMMARY,
  LIST_EDGES,
  SOURCE_STATEMENT_PAGES,
  SEARCH,
  INFO,
  STATISTICS,
  ...EXPLORATION_STATEMENTS,
  ...LOAD_STATEMENTS,
];
