/**
 * The statements behind the exploring methods of the store (references, paths,
 * neighbourhoods, the timeline and overview counts), each one Cypher statement that
 * gives the memory store's answers (src/store/memory/*), ordering included. Each starts
 * from indexes on what the call names (ids, names, topics, days), so that its work
 * follows what it reaches. Labels, relationship types and bounds come from the closed
 * vocabulary and src/domain at module load; every value arrives as a parameter.
 */
import { MAX_SUBTOPIC_DEPTH } from "../../domain/involvement.js";
import { MAX_NEIGHBOURHOOD_DEPTH, MAX_PATH_HOPS } from "../../domain/limits.js";
import { EVENT_ACTOR_LINKS, STATUS_CHANGE_TYPES } from "../../domain/timeline.js";
import { NODE_CATEGORIES } from "../../domain/vocabulary.js";
import {
  CATEGORY_LIST,
  edgeMap,
  filterCandidates,
  inCategories,
  inTime,
  involvementCall,
  nodeFilterCondition,
  nodeMap,
  referencedNodes,
  visibleAsOf,
} from "./cypher-node-filter.js";
import { statement } from "./cypher-statement.js";

/** Relationship map of `r` with its ends in stored direction, whichever way it was walked. */
const storedEdgeMap = (r: string) => edgeMap(r, `startNode(${r}).id`, `endNode(${r}).id`);

/**
 * A CALL clause setting `into` to the ids `fresh` lists (UNWIND clauses ending `AS id`)
 * that `known` does not, in id order, as one hash aggregation rather than a list search per
 * id: the neighbourhood's sets grow to thousands, and `id IN list` for each of thousands
 * would cost their product. `imports` are the variables the two lists are read from.
 */
const idsNotIn = (imports: string, fresh: string, known: string, into: string) => `
CALL (${imports}) {
  CALL (${imports}) {
    ${fresh} RETURN id, 1 AS isNew
    UNION ALL
    ${known} RETURN id, 0 AS isNew
  }
  WITH id, min(isNew) AS isNew WHERE isNew = 1
  WITH id ORDER BY id
  RETURN collect(id) AS ${into}
}`;

/**
 * Per reference (`$references`: { refs, keys } in order), the ids of the nodes it names,
 * sorted, found through the id and name-key indexes: the memory store's `resolve`.
 * A reference that names nothing has no row (and gets an empty list).
 */
export const RESOLVE = statement(
  "resolve",
  "READ",
  ["references"],
  `
UNWIND range(0, size($references) - 1) AS index
WITH index, $references[index] AS reference
CALL (reference) { ${referencedNodes("reference", "n")} }
WITH index, n ORDER BY n.id
RETURN index, collect(n.id) AS ids`,
);

/** A relationship a path may walk: one of `$types` (when given) and visible on `$asOf`. */
const PATH_EDGE = `($types IS NULL OR type(r) IN $types) AND ${inTime("r")}`;

/**
 * All shortest paths from a `$from` node to a `$to` node, walking relationships
 * either way, as src/store/memory/shortest-paths.ts finds them:
 * - the ends are found by id through the id index (`$from` and `$to` without repeats);
 * - a node in both sets gives a zero-length path, and then only those;
 * - otherwise every node on a path must be visible on `$asOf` (and in `$during`), and
 *   every relationship allowed; paths are kept up to `$maxHops` (the pattern's own
 *   ceiling is the literal MAX_PATH_HOPS, as bounds cannot be parameters), and only
 *   those of the smallest length found over all pairs;
 * - the order is the memory store's: target id, then walking back from it, each
 *   previous node's id and the id of the relationship that led from it.
 */
export const SHORTEST_PATHS = statement(
  "shortestPaths",
  "READ",
  ["from", "to", "maxHops", "types", "asOf", "asOfUnknown", "duringFrom", "duringTo", "limit"],
  `
CALL () {
  UNWIND $from AS id
  WITH id WHERE id IN $to
  MATCH (both:Entity {id: id}) WHERE ${inTime("both")}
  RETURN collect(${nodeMap("both")}) AS direct
}
CALL (direct) {
  UNWIND direct AS node
  RETURN [node.id] AS key, [node.id] AS nodeIds, [node] AS nodes, [] AS edges
  UNION ALL
  WITH direct WHERE size(direct) = 0
  UNWIND $from AS fromId
  MATCH (s:Entity {id: fromId}) WHERE ${inTime("s")}
  UNWIND $to AS toId
  MATCH (t:Entity {id: toId})
  MATCH p = ALL SHORTEST (s) (()-[r WHERE ${PATH_EDGE}]-(x WHERE ${inTime("x")})){1,${MAX_PATH_HOPS}} (t)
  WHERE length(p) <= $maxHops
  WITH collect(p) AS paths, min(length(p)) AS shortest
  UNWIND [candidate IN paths WHERE length(candidate) = shortest] AS path
  WITH nodes(path) AS ns, relationships(path) AS rs
  RETURN
    reduce(key = [last(ns).id], i IN range(size(rs) - 1, 0, -1) | key + [ns[i].id, rs[i].id]) AS key,
    [x IN ns | x.id] AS nodeIds,
    [x IN ns | ${nodeMap("x")}] AS nodes,
    [r IN rs | ${storedEdgeMap("r")}] AS edges
}
RETURN nodeIds, nodes, edges
ORDER BY key
LIMIT $limit`,
);

/** A relationship a neighbourhood follows and draws: one of `$types` (when given), visible on `$asOf`. */
const AREA_EDGE = (r: string) => `($types IS NULL OR type(${r}) IN $types) AND ${inTime(r)}`;
/** A node a neighbourhood may reach: of `$categories` and `$kinds` (when given), visible on `$asOf`. */
const AREA_NODE = (m: string) => `${inCategories(m, "$categories")}
      AND ($kinds IS NULL OR ${m}.kind IN $kinds) AND ${inTime(m)}`;

/**
 * One breadth-first level (`level` from 1), carrying `included` (ids in result order),
 * `frontier`, `truncated` and `cut` (lists of ids past some node's fan-out). As in
 * src/store/memory/neighbourhood.ts: from each frontier node it follows the first
 * `$fanOut` allowed relationships to allowed other nodes (by other id, then relationship
 * id) and remembers the other ends past the fan-out in `cut`; the newly found nodes join
 * by id until `$limit` nodes are included, and any left over set `truncated`. The work
 * is the frontier's relationships, each read once.
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
${idsNotIn("candidates, included", "UNWIND candidates AS others UNWIND others[..$fanOut] AS id", "UNWIND included AS id", "discovered")}
WITH included + discovered[..($limit - size(included))] AS included,
  discovered[..($limit - size(included))] AS frontier,
  truncated OR size(discovered) > $limit - size(included) AS truncated,
  cut + [others IN candidates WHERE size(others) > $fanOut | others[$fanOut..]] AS cut`;
}

/**
 * The neighbourhood as one statement: the breadth-first walk is unrolled to the
 * literal MAX_NEIGHBOURHOOD_DEPTH levels, each guarded by `$depth`. The start
 * nodes are the known `$ids` in order, without repeats, up to `$limit` (more set
 * `truncated`), included whatever their category, kind or date. At the end, a node
 * past some fan-out that is still not included sets `truncated` too. The relationships
 * drawn are those from an included node to an included node, found by grouping the
 * included nodes' relationships by their far end together with the included ids (the far
 * end needs no label check: a served node's relationships only ever lead to served nodes).
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
    "asOfUnknown",
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
${idsNotIn("cut, included", "UNWIND cut AS past UNWIND past AS id", "UNWIND included AS id", "leftOut")}
CALL (included) {
  CALL (included) {
    UNWIND included AS id RETURN id AS end, null AS r
    UNION ALL
    UNWIND included AS id
    MATCH (:Entity {id: id})-[r]->(b)
    RETURN b.id AS end, r
  }
  WITH end, collect(r) AS rs, count(*) - count(r) AS isIncluded
  WHERE isIncluded > 0
  UNWIND rs AS r
  WITH r WHERE ${AREA_EDGE("r")}
  WITH r ORDER BY r.id
  RETURN collect(${storedEdgeMap("r")}) AS edges
}
RETURN truncated OR size(leftOut) > 0 AS truncated,
  COLLECT {
    UNWIND range(0, size(included) - 1) AS i
    MATCH (n:Entity {id: included[i]})
    RETURN ${nodeMap("n")} AS node ORDER BY i
  } AS nodes,
  edges`,
);

/** Whether `v` covers one of `topicIds` (the topic asked for and the narrower ones). */
const coversTopics = (v: string) =>
  `EXISTS { MATCH (${v})-[:COVERS]->(covered:Entity) WHERE covered.id IN topicIds }`;
/** Whether an actor of `actorIds` is a party to `v`. */
const partyTo = (v: string) =>
  `EXISTS { MATCH (${v})<-[:PARTY_TO]-(party:Entity) WHERE party.id IN actorIds }`;

/** Whether `v` (an event or a statement) overlaps the timeline's range. */
const inRange = (v: string) => `${v}.dateEarliest IS NOT NULL
    AND ($dayFrom IS NULL OR ${v}.dateLatest >= $dayFrom)
    AND ($dayTo IS NULL OR ${v}.dateEarliest <= $dayTo)`;

/**
 * The pattern tying `actor` to event `e` through one of the vocabulary's event-actor links
 * (`eventActor` in RELATIONSHIP_DECLARATIONS), the actor at the end the declaration names.
 */
const eventActorPattern = (link: (typeof EVENT_ACTOR_LINKS)[number], actor: string, e: string) =>
  link.actorIs === "from"
    ? `(${actor})-[:${link.type}]->(${e})`
    : `(${e})-[:${link.type}]->(${actor})`;

/** Whether event `e` passes the timeline's kinds, actor and topic. */
const KEEP_EVENT = `($kinds IS NULL OR e.kind IN $kinds)
    AND ($actor IS NULL
      ${EVENT_ACTOR_LINKS.map(
        (link) =>
          `OR EXISTS { MATCH ${eventActorPattern(link, "linked:Entity", "e")} WHERE linked.id IN actorIds }`,
      ).join("\n      ")})
    AND ($topic IS NULL OR ${coversTopics("e")})`;

/** Whether statement `r` from `a` to `b` passes the timeline's actor and topic. */
const KEEP_STATEMENT = `($actor IS NULL OR a.id IN actorIds OR b.id IN actorIds OR ${partyTo("a")} OR ${partyTo("b")})
    AND ($topic IS NULL OR ${coversTopics("a")} OR ${coversTopics("b")})`;

/** The last sort key a statement dated on or before `$dayTo` can have (sort keys start with the day). */
const LAST_KEY = "coalesce(toString($dayTo), '9999-99-98') + '|\\uffff'";
/** The first sort key a statement dated on or after `earliest` can have. */
const FIRST_KEY = "toString(earliest)";

/**
 * The events the timeline considers, from the most selective start: the actor's
 * meetings, or else the events covering the topic, or else, through the date index on
 * Event, the events starting between `earliest` (the range's start less the longest date
 * span the dataset holds, kept on its DatasetMeta node) and the range's end.
 */
const TIMELINE_EVENTS = `
    WITH actorIds, topicIds, earliest WHERE $kinds IS NULL OR size($kinds) > 0
    CALL (actorIds, topicIds, earliest) {${EVENT_ACTOR_LINKS.map(
      (link) => `
      WITH actorIds WHERE $actor IS NOT NULL
      UNWIND actorIds AS actorId
      MATCH ${eventActorPattern(link, ":Entity {id: actorId}", "e:Event")}
      RETURN e
      UNION`,
    ).join("")}
      WITH topicIds WHERE $actor IS NULL AND $topic IS NOT NULL
      UNWIND topicIds AS topicId
      MATCH (e:Event)-[:COVERS]->(:Entity {id: topicId})
      RETURN e
      UNION
      WITH earliest WHERE $actor IS NULL AND $topic IS NULL
      MATCH (e:Event) USING INDEX e:Event(dateEarliest)
      WHERE e.dateEarliest >= earliest AND e.dateEarliest <= coalesce($dayTo, date('9999-12-31'))
      RETURN e
    }
    WITH e, actorIds, topicIds WHERE e:Entity AND ${inRange("e")} AND ${KEEP_EVENT}
    RETURN e.dateEarliest AS day, 0 AS isStatement, e.id AS id, e AS event, null AS edge`;

/**
 * The statements the timeline considers, from the most selective start: those touching
 * the actor or an agreement it is party to, or else those with an end covering the
 * topic, or else each status-changing type's statements starting between `earliest` and
 * the range's end, through its sort-key index.
 */
const TIMELINE_STATEMENTS = `
    WITH actorIds, topicIds, earliest WHERE $includeStatements
    CALL (actorIds, topicIds, earliest) {
      WITH actorIds WHERE $actor IS NOT NULL
      UNWIND actorIds AS actorId
      MATCH (actor:Entity {id: actorId})
      CALL (actor) {
        RETURN actor AS end
        UNION
        MATCH (actor)-[:PARTY_TO]->(end:Entity)
        RETURN end
      }
      MATCH (end)-[r:${STATUS_CHANGE_TYPES.join("|")}]-(:Entity)
      RETURN DISTINCT r
      UNION
      WITH topicIds WHERE $actor IS NULL AND $topic IS NOT NULL
      UNWIND topicIds AS topicId
      MATCH (end:Entity)-[:COVERS]->(:Entity {id: topicId})
      MATCH (end)-[r:${STATUS_CHANGE_TYPES.join("|")}]-(:Entity)
      RETURN DISTINCT r
      UNION
      ${STATUS_CHANGE_TYPES.map(
        (type) => `WITH earliest WHERE $actor IS NULL AND $topic IS NULL
      MATCH (:Entity)-[r:${type}]->(:Entity) USING INDEX r:${type}(sortKey)
      WHERE r.sortKey >= ${FIRST_KEY} AND r.sortKey <= ${LAST_KEY}
      RETURN r`,
      ).join("\n      UNION\n      ")}
    }
    WITH r, startNode(r) AS a, endNode(r) AS b, actorIds, topicIds
    WHERE a:Entity AND ${inRange("r")} AND ${KEEP_STATEMENT}
    RETURN r.dateEarliest AS day, 1 AS isStatement, r.id AS id, null AS event, r AS edge`;

/**
 * The timeline, as src/store/memory/timeline.ts builds it: dated Event nodes in
 * the range (of `$kinds`, involving the actor as participant or organiser,
 * covering the topic or a narrower one) and, when `$includeStatements`, dated
 * status-changing relationships in the range (touching the actor directly or
 * through an agreement it is party to; either end covering the topic). Ordered
 * by earliest possible day, events before statements, then id; then paged. The
 * total counts every entry; only the page's entries are turned into maps.
 */
export const TIMELINE = statement(
  "timeline",
  "READ",
  ["dayFrom", "dayTo", "actor", "topic", "kinds", "includeStatements", "offset", "limit"],
  `
WITH
  COLLECT {
    CALL () { ${referencedNodes("$actor", "actor")} }
    RETURN actor.id AS id
  } AS actorIds,
  COLLECT {
    CALL () { ${referencedNodes("$topic", "asked")} }
    WITH asked WHERE asked:Topic
    MATCH (narrower:Topic)-[:SUBTOPIC_OF*0..${MAX_SUBTOPIC_DEPTH}]->(asked)
    RETURN DISTINCT narrower.id AS id
  } AS topicIds
OPTIONAL MATCH (meta:DatasetMeta {key: 'dataset'})
WITH actorIds, topicIds, CASE WHEN $dayFrom IS NULL THEN date('0001-01-01')
    ELSE $dayFrom - duration({ days: coalesce(meta.maxDateSpanDays, 36525) }) END AS earliest
CALL (actorIds, topicIds, earliest) {${TIMELINE_EVENTS}
  UNION ALL${TIMELINE_STATEMENTS}
}
WITH day, isStatement, id, event, edge ORDER BY day ASC, isStatement ASC, id ASC
WITH collect([event, edge]) AS entries
RETURN size(entries) AS total, COLLECT {
    UNWIND range($offset, $offset + $limit - 1) AS i
    WITH i, entries[i][0] AS event, entries[i][1] AS edge
    WHERE i < size(entries)
    RETURN {
      event: CASE WHEN event IS NULL THEN null ELSE ${nodeMap("event")} END,
      edge: CASE WHEN edge IS NULL THEN null ELSE ${storedEdgeMap("edge")} END
    } AS entry ORDER BY i
  } AS page`,
);

/**
 * Counts of the nodes matching `$filter` by `$groupBy`, largest first, ties by
 * key, with the memory store's keys (src/store/memory/aggregates.ts): the
 * category label, kind, status or "NONE", year of the earliest day or "NONE",
 * each covered topic (a node counts once under each) or "NONE". The nodes come
 * from the filter's most selective indexed condition, as for listNodes.
 */
export const AGGREGATE = statement(
  "aggregate",
  "READ",
  ["filter", "groupBy"],
  `
${involvementCall("filter")}
WITH [entry IN involved | entry.id] AS involvedIds
CALL (involvedIds) {${filterCandidates("filter")}
}
WITH n, involvedIds WHERE ${nodeFilterCondition("n", "filter")}
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
 * store), leaving out those with none; most first, ties by id. An overview of the
 * whole graph: it reads every node of the categories asked for (by label) and counts
 * their relationships.
 */
export const TOP_BY_DEGREE = statement(
  "topByDegree",
  "READ",
  ["categories", "types", "direction", "asOf", "asOfUnknown", "limit"],
  `
CALL () {
  ${NODE_CATEGORIES.map(
    (label) => `WITH 1 AS scan WHERE $categories IS NULL OR '${label}' IN $categories
  MATCH (n:${label})
  RETURN n`,
  ).join("\n  UNION ALL\n  ")}
}
WITH n
WHERE n:Entity AND ${visibleAsOf("n", "$asOf")}
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
