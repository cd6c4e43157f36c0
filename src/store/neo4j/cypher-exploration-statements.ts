/**
 * The statements behind the exploring methods of the store (references, paths,
 * neighbourhoods, the timeline and overview counts), each one Cypher statement
 * that mirrors the memory store's algorithm (src/store/memory/*) step for step,
 * ordering included. Labels, relationship types and bounds come from the closed
 * vocabulary and src/domain at module load; every value arrives as a parameter.
 */
import { MAX_SUBTOPIC_DEPTH } from "../../domain/involvement.js";
import { MAX_NEIGHBOURHOOD_DEPTH, MAX_PATH_HOPS } from "../../domain/limits.js";
import { STATUS_CHANGE_TYPES } from "../../domain/timeline.js";
import { NODE_CATEGORIES } from "../../domain/vocabulary.js";
import {
  edgeMap,
  inTime,
  involvementCall,
  nodeFilterCondition,
  nodeMap,
  refersTo,
  visibleAsOf,
} from "./cypher-node-filter.js";
import { statement } from "./cypher-statement.js";

/** Relationship map of `r` with its ends in stored direction, whichever way it was walked. */
const storedEdgeMap = (r: string) => edgeMap(r, `startNode(${r}).id`, `endNode(${r}).id`);

/** The category labels as a Cypher list literal (vocabulary constants only). */
const CATEGORY_LIST = `[${NODE_CATEGORIES.map((category) => `'${category}'`).join(", ")}]`;

/**
 * Per reference (`$references`: { refs, folded } in order), the ids of the nodes
 * it names, sorted: the memory store's `resolve`.
 */
export const RESOLVE = statement(
  "resolve",
  "READ",
  ["references"],
  `
UNWIND range(0, size($references) - 1) AS index
WITH index, $references[index] AS reference
RETURN index, COLLECT {
  MATCH (n:Entity) WHERE ${refersTo("n", "reference")}
  RETURN n.id AS id ORDER BY id
} AS ids`,
);

/** A relationship a path may walk: one of `$types` (when given) and visible on `$asOf`. */
const PATH_EDGE = `($types IS NULL OR type(r) IN $types) AND ${inTime("r")}`;

/**
 * All shortest paths from a `$from` node to a `$to` node, walking relationships
 * either way, as src/store/memory/shortest-paths.ts finds them:
 * - a node in both sets gives zero-length paths, and then only those (asOf is
 *   not applied to them, as in the memory store);
 * - otherwise every node after the start must be visible on `$asOf`, and every
 *   relationship allowed; paths are kept up to `$maxHops` (the pattern's own
 *   ceiling is the literal MAX_PATH_HOPS, as bounds cannot be parameters), and
 *   only those of the smallest length found over all pairs;
 * - the order is the memory store's depth-first order, reproduced as a sort key:
 *   target id, then walking back from it, each previous node's id and the id of
 *   the relationship that led from it.
 */
export const SHORTEST_PATHS = statement(
  "shortestPaths",
  "READ",
  ["from", "to", "maxHops", "types", "asOf", "duringFrom", "duringTo", "limit"],
  `
CALL () {
  MATCH (both:Entity) WHERE both.id IN $from AND both.id IN $to AND ${inTime("both")}
  RETURN collect(both.id) AS direct
}
CALL (direct) {
  UNWIND direct AS id
  RETURN [id] AS key, [id] AS nodeIds, [] AS edges
  UNION ALL
  MATCH (s:Entity) WHERE size(direct) = 0 AND s.id IN $from AND ${inTime("s")}
  MATCH (t:Entity) WHERE t.id IN $to
  MATCH p = ALL SHORTEST (s) (()-[r WHERE ${PATH_EDGE}]-(x WHERE ${inTime("x")})){1,${MAX_PATH_HOPS}} (t)
  WITH p WHERE length(p) <= $maxHops
  WITH collect(p) AS paths, min(length(p)) AS shortest
  UNWIND [candidate IN paths WHERE length(candidate) = shortest] AS path
  WITH nodes(path) AS ns, relationships(path) AS rs
  RETURN
    reduce(key = [last(ns).id], i IN range(size(rs) - 1, 0, -1) | key + [ns[i].id, rs[i].id]) AS key,
    [x IN ns | x.id] AS nodeIds,
    [r IN rs | ${storedEdgeMap("r")}] AS edges
}
RETURN nodeIds, edges
ORDER BY key
LIMIT $limit`,
);

/** A relationship a neighbourhood follows and draws: one of `$types` (when given), visible on `$asOf`. */
const AREA_EDGE = (r: string) => `($types IS NULL OR type(${r}) IN $types) AND ${inTime(r)}`;
/** A node a neighbourhood may reach: of `$categories` and `$kinds` (when given), visible on `$asOf`. */
const AREA_NODE = (
  m: string,
) => `($categories IS NULL OR any(label IN labels(${m}) WHERE label IN $categories))
      AND ($kinds IS NULL OR ${m}.kind IN $kinds) AND ${inTime(m)}`;

/**
 * One breadth-first level (`level` from 1), carrying `included` (ids in result
 * order), `frontier`, `truncated` and `cut`. As in src/store/memory/neighbourhood.ts:
 * from each frontier node it follows the first `$fanOut` allowed relationships to
 * allowed other nodes (by other id, then relationship id) and remembers the other
 * ends past the fan-out in `cut`; the newly found nodes join by id until `$limit`
 * nodes are included, and any left over set `truncated`.
 */
function neighbourhoodLevel(level: number): string {
  return `
WITH included, frontier, truncated, cut, COLLECT {
    UNWIND CASE WHEN $depth >= ${level} THEN frontier ELSE [] END AS id
    MATCH (n:Entity {id: id})
    RETURN COLLECT {
      MATCH (n)-[r]-(m:Entity)
      WHERE m <> n AND ${AREA_EDGE("r")}
        AND ${AREA_NODE("m")}
      RETURN m.id AS other ORDER BY other, r.id
    } AS others
  } AS candidates
WITH included, truncated,
  cut + reduce(past = [], others IN candidates | past + others[$fanOut..]) AS cut,
  COLLECT {
    UNWIND candidates AS others
    UNWIND others[..$fanOut] AS other
    WITH other WHERE NOT other IN included
    RETURN DISTINCT other ORDER BY other
  } AS discovered
WITH included + discovered[..($limit - size(included))] AS included,
  discovered[..($limit - size(included))] AS frontier,
  truncated OR size(discovered) > $limit - size(included) AS truncated, cut`;
}

/**
 * The neighbourhood as one statement: the breadth-first walk is unrolled to the
 * literal MAX_NEIGHBOURHOOD_DEPTH levels, each guarded by `$depth`. The start
 * nodes are the known `$ids` in order, without repeats, up to `$limit` (more set
 * `truncated`), included whatever their category, kind or date. At the end, a node
 * past some fan-out that is still not included sets `truncated` too.
 */
export const NEIGHBOURHOOD = statement(
  "neighbourhood",
  "READ",
  [
    "ids",
    "depth",
    "types",
    "categories",
    "kinds",
    "limit",
    "fanOut",
    "asOf",
    "duringFrom",
    "duringTo",
  ],
  `
WITH COLLECT {
  UNWIND range(0, size($ids) - 1) AS i
  WITH i WHERE NOT $ids[i] IN $ids[..i]
  MATCH (start:Entity {id: $ids[i]})
  RETURN i ORDER BY i
} AS firsts
WITH [i IN firsts[..$limit] | $ids[i]] AS included, size(firsts) > $limit AS truncated
WITH included, included AS frontier, truncated, [] AS cut
${Array.from({ length: MAX_NEIGHBOURHOOD_DEPTH }, (_, index) => neighbourhoodLevel(index + 1)).join("\n")}
RETURN truncated OR any(id IN cut WHERE NOT id IN included) AS truncated,
  COLLECT {
    UNWIND range(0, size(included) - 1) AS i
    MATCH (n:Entity {id: included[i]})
    RETURN ${nodeMap("n")} AS node ORDER BY i
  } AS nodes,
  COLLECT {
    UNWIND included AS id
    MATCH (a:Entity {id: id})-[r]->(b:Entity)
    WHERE b.id IN included AND ${AREA_EDGE("r")}
    RETURN ${edgeMap("r", "a.id", "b.id")} AS edge ORDER BY r.id
  } AS edges`,
);

const STATUS_CHANGE = STATUS_CHANGE_TYPES.join("|");

/** Whether `v` covers one of `topicIds` (the topic asked for and the narrower ones). */
const coversTopics = (v: string) =>
  `EXISTS { MATCH (${v})-[:COVERS]->(covered:Entity) WHERE covered.id IN topicIds }`;
/** Whether an actor of `actorIds` is a party to `v`. */
const partyTo = (v: string) =>
  `EXISTS { MATCH (${v})<-[:PARTY_TO]-(party:Entity) WHERE party.id IN actorIds }`;

/**
 * The timeline, as src/store/memory/timeline.ts builds it: dated Event nodes in
 * the range (of `$kinds`, involving the actor as participant or organiser,
 * covering the topic or a narrower one) and, when `$includeStatements`, dated
 * status-changing relationships in the range (touching the actor directly or
 * through an agreement it is party to; either end covering the topic). Ordered
 * by earliest possible day, events before statements, then id; then paged.
 */
export const TIMELINE = statement(
  "timeline",
  "READ",
  ["dayFrom", "dayTo", "actor", "topic", "kinds", "includeStatements", "offset", "limit"],
  `
WITH
  COLLECT {
    MATCH (actor:Entity) WHERE $actor IS NOT NULL AND ${refersTo("actor", "$actor")}
    RETURN actor.id AS id
  } AS actorIds,
  COLLECT {
    MATCH (narrower:Entity)-[:SUBTOPIC_OF*0..${MAX_SUBTOPIC_DEPTH}]->(asked:Topic)
    WHERE $topic IS NOT NULL AND ${refersTo("asked", "$topic")}
    RETURN DISTINCT narrower.id AS id
  } AS topicIds
CALL (actorIds, topicIds) {
  MATCH (e:Event)
  WHERE e.dateEarliest IS NOT NULL
    AND ($dayFrom IS NULL OR e.dateLatest >= $dayFrom)
    AND ($dayTo IS NULL OR e.dateEarliest <= $dayTo)
    AND ($kinds IS NULL OR e.kind IN $kinds)
    AND ($actor IS NULL
      OR EXISTS { MATCH (e)<-[:PARTICIPATES_IN]-(participant:Entity) WHERE participant.id IN actorIds }
      OR EXISTS { MATCH (e)-[:ORGANISED_BY]->(organiser:Entity) WHERE organiser.id IN actorIds })
    AND ($topic IS NULL OR ${coversTopics("e")})
  RETURN e.dateEarliest AS day, 0 AS isStatement, e.id AS id, ${nodeMap("e")} AS event, null AS edge
  UNION ALL
  MATCH (a:Entity)-[r:${STATUS_CHANGE}]->(b:Entity)
  WHERE $includeStatements AND r.dateEarliest IS NOT NULL
    AND ($dayFrom IS NULL OR r.dateLatest >= $dayFrom)
    AND ($dayTo IS NULL OR r.dateEarliest <= $dayTo)
    AND ($actor IS NULL OR a.id IN actorIds OR b.id IN actorIds OR ${partyTo("a")} OR ${partyTo("b")})
    AND ($topic IS NULL OR ${coversTopics("a")} OR ${coversTopics("b")})
  RETURN r.dateEarliest AS day, 1 AS isStatement, r.id AS id, null AS event,
    ${edgeMap("r", "a.id", "b.id")} AS edge
}
WITH day, isStatement, id, event, edge ORDER BY day ASC, isStatement ASC, id ASC
WITH collect({ event: event, edge: edge }) AS entries
RETURN size(entries) AS total, entries[$offset..($offset + $limit)] AS page`,
);

/**
 * Counts of the nodes matching `$filter` by `$groupBy`, largest first, ties by
 * key, with the memory store's keys (src/store/memory/aggregates.ts): the
 * category label, kind, status or "NONE", year of the earliest day or "NONE",
 * each covered topic (a node counts once under each) or "NONE".
 */
export const AGGREGATE = statement(
  "aggregate",
  "READ",
  ["filter", "groupBy"],
  `
${involvementCall("filter")}
WITH [entry IN involved | entry.id] AS involvedIds
MATCH (n:Entity)
WHERE ${nodeFilterCondition("n", "filter")}
WITH n, COLLECT {
  MATCH (n)-[:COVERS]->(topic:Entity) WHERE $groupBy = 'TOPIC'
  RETURN DISTINCT topic.id AS id
} AS topics
WITH CASE $groupBy
  WHEN 'CATEGORY' THEN [label IN labels(n) WHERE label IN ${CATEGORY_LIST}]
  WHEN 'KIND' THEN [n.kind]
  WHEN 'STATUS' THEN [coalesce(n.status, 'NONE')]
  WHEN 'YEAR' THEN [coalesce(left(toString(n.dateEarliest), 4), 'NONE')]
  WHEN 'TOPIC' THEN topics
END AS keys
UNWIND CASE WHEN size(keys) = 0 THEN ['NONE'] ELSE keys END AS key
RETURN key, count(*) AS total
ORDER BY total DESC, key ASC`,
);

/** A relationship `topByDegree` counts: of `$types` (when given), it and its far end visible on `$asOf`. */
const COUNTED = `($types IS NULL OR type(r) IN $types) AND ${visibleAsOf("r", "$asOf")} AND ${visibleAsOf("m", "$asOf")}`;

/**
 * Nodes of `$categories` visible on `$asOf` by how many counted relationships
 * they have in `$direction` (a self-loop counts once each way, as in the memory
 * store), leaving out those with none; most first, ties by id.
 */
export const TOP_BY_DEGREE = statement(
  "topByDegree",
  "READ",
  ["categories", "types", "direction", "asOf", "limit"],
  `
MATCH (n:Entity)
WHERE ($categories IS NULL OR any(label IN labels(n) WHERE label IN $categories))
  AND ${visibleAsOf("n", "$asOf")}
WITH n,
  COUNT { MATCH (n)-[r]->(m:Entity) WHERE $direction <> 'IN' AND ${COUNTED} }
  + COUNT { MATCH (n)<-[r]-(m:Entity) WHERE $direction <> 'OUT' AND ${COUNTED} } AS degree
WHERE degree > 0
RETURN ${nodeMap("n")} AS node, degree
ORDER BY degree DESC, n.id ASC
LIMIT $limit`,
);

export const EXPLORATION_STATEMENTS = [
  RESOLVE,
  SHORTEST_PATHS,
  NEIGHBOURHOOD,
  TIMELINE,
  AGGREGATE,
  TOP_BY_DEGREE,
] as const;
