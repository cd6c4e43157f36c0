/**
 * Cypher fragments shared by several statements: the node and relationship
 * maps, visibility "as of" a day, the node filter and the involvement walk.
 * They are built once, at module load, from the closed vocabulary
 * (relationship types and involvement steps), never from input.
 */
import {
  INVOLVEMENT_STEPS,
  MAX_INVOLVEMENT_HOPS,
  MAX_SUBTOPIC_DEPTH,
} from "../../domain/involvement.js";
import { MAX_PART_OF_DEPTH } from "../../domain/limits.js";

const STEP_TYPES = INVOLVEMENT_STEPS.map((step) => step.type).join("|");

/** Direction check per involvement step, walking away from the agreement (node i to node i+1). */
const STEP_DIRECTIONS = INVOLVEMENT_STEPS.map(
  (step) =>
    `WHEN '${step.type}' THEN ${step.direction === "IN" ? "endNode" : "startNode"}(rels[i]) = path[i]`,
).join(" ");

/** Relationship as a map with its type and end ids, the shape record-mapping reads. */
export const edgeMap = (r: string, from: string, to: string): string =>
  `${r} { .*, type: type(${r}), from: ${from}, to: ${to} }`;

/** Node as a map with its labels, the shape record-mapping reads. */
export const nodeMap = (n: string): string => `${n} { .*, labels: labels(${n}) }`;

/**
 * Whether node or relationship `v` shows on the day in `day` (a Neo4j Date, or
 * null for no restriction): undated, or its earliest possible day is on or
 * before it, as `visibleOn` in src/domain/as-of.ts decides.
 */
export const visibleAsOf = (v: string, day: string): string =>
  `(${day} IS NULL OR ${v}.dateEarliest IS NULL OR ${v}.dateEarliest <= ${day})`;

/** `visibleAsOf($asOf)` and, when `$duringFrom`/`$duringTo` are set, a date overlapping them. */
export const inTime = (v: string): string =>
  `(${visibleAsOf(v, "$asOf")} AND (${v}.dateEarliest IS NULL OR (($duringFrom IS NULL OR ${v}.dateLatest >= $duringFrom) AND ($duringTo IS NULL OR ${v}.dateEarliest <= $duringTo))))`;

/** Whether node `v` is one of the referenced nodes (`ref` has `refs` ids and `folded` names). */
export const refersTo = (v: string, ref: string): string =>
  `(${v}.id IN ${ref}.refs OR any(name IN ${v}.foldedNames WHERE name IN ${ref}.folded))`;

/**
 * The involvement walk for the filter in parameter `$${param}`: yields `involved`, a
 * list of { id, nodeIds, edges } with the best path per node (exact topic first,
 * then fewest steps), or an empty list when the filter has no involvesTopic.
 */
export function involvementCall(param: string): string {
  const topic = `$${param}.involvesTopic`;
  return `
CALL () {
  UNWIND (CASE WHEN ${topic} IS NULL THEN [] ELSE [1] END) AS enabled
  MATCH (asked:Topic) WHERE ${refersTo("asked", topic)}
  MATCH tp = (covered:Topic)-[:SUBTOPIC_OF*0..${MAX_SUBTOPIC_DEPTH}]->(asked)
  MATCH (coverer:Entity)-[c:COVERS]->(covered)
  MATCH ip = (a:Entity)-[:${STEP_TYPES}*0..${MAX_INVOLVEMENT_HOPS}]-(coverer)
  WITH a, tp, c, ip, nodes(ip) AS path, relationships(ip) AS rels
  WHERE length(ip) <= ${topic}.maxHops AND NOT a:Topic
    AND all(i IN range(0, size(rels) - 1) WHERE CASE type(rels[i]) ${STEP_DIRECTIONS} ELSE false END)
  WITH a, tp, c, ip ORDER BY length(tp), length(ip)
  WITH a, head(collect({ tp: tp, c: c, ip: ip })) AS best
  RETURN collect({
    id: a.id,
    nodeIds: [x IN nodes(best.ip) | x.id] + [x IN nodes(best.tp) | x.id],
    edges: [r IN relationships(best.ip) + [best.c] + relationships(best.tp) |
      r { .*, type: type(r), from: startNode(r).id, to: endNode(r).id }]
  }) AS involved
}`;
}

/**
 * WHERE condition for node `v` against the filter in parameter `$${param}`; needs `involvedIds`.
 * `where`: the compiled `where` tree of the filter (cypher-where.ts), when it has one.
 * Its own variables are named after `v`, so that they never capture a variable of the
 * statement around it (a bare `r` here once matched the caller's relationship instead).
 */
export function nodeFilterCondition(v: string, param: string, where?: string): string {
  const f = `$${param}`;
  const [related, rel, other, topic, whole] = [
    `${v}Related`,
    `${v}Rel`,
    `${v}Other`,
    `${v}Topic`,
    `${v}Whole`,
  ];
  return `
(${f}.categories IS NULL OR any(label IN labels(${v}) WHERE label IN ${f}.categories))
AND (${f}.kinds IS NULL OR ${v}.kind IN ${f}.kinds)
AND (${f}.statuses IS NULL OR ${v}.status IN ${f}.statuses)
AND ${visibleAsOf(v, `${f}.asOf`)}
AND (NOT ${f}.hasDate OR (${v}.dateEarliest IS NOT NULL
  AND (${f}.dateFrom IS NULL OR ${v}.dateLatest >= ${f}.dateFrom)
  AND (${f}.dateTo IS NULL OR ${v}.dateEarliest <= ${f}.dateTo)))
AND all(${related} IN ${f}.relatedTo WHERE EXISTS {
  MATCH (${v})-[${rel}]-(${other}:Entity)
  WHERE type(${rel}) IN ${related}.types
    AND (${related}.direction = 'BOTH' OR (${related}.direction = 'OUT' AND startNode(${rel}) = ${v})
      OR (${related}.direction = 'IN' AND endNode(${rel}) = ${v}))
    AND (${refersTo(other, related)} OR (${related}.includeParts AND EXISTS {
      MATCH (${other})-[:PART_OF*1..${MAX_PART_OF_DEPTH}]->(${whole}:Entity)
      WHERE ${refersTo(whole, related)}
    }))
})
AND (${f}.coversTopic IS NULL OR EXISTS {
  MATCH (${v})-[:COVERS]->(:Topic)-[:SUBTOPIC_OF*0..${MAX_SUBTOPIC_DEPTH}]->(${topic}:Topic)
  WHERE ${refersTo(topic, `${f}.coversTopic`)}
})
AND (${f}.involvesTopic IS NULL OR ${v}.id IN involvedIds)${where ? `\nAND ${where}` : ""}`;
}
