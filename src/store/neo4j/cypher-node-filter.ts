/**
 * Cypher fragments shared by several statements: the node and relationship maps,
 * visibility "as of" a day, references, the node filter, the candidates a filter can
 * start from, and the involvement walk. They are built once, at module load, from the
 * closed vocabulary (relationship types and involvement steps), never from input.
 *
 * Every statement starts from an index where the call names something (an id, a name, a
 * topic, a kind, a date), so that its work follows what it touches, not the graph's size.
 */
import {
  INVOLVEMENT_STEPS,
  MAX_INVOLVEMENT_HOPS,
  MAX_SUBTOPIC_DEPTH,
} from "../../domain/involvement.js";
import { NODE_CATEGORIES } from "../../domain/vocabulary.js";

const STEP_TYPES = INVOLVEMENT_STEPS.map((step) => step.type).join("|");

/**
 * Per involvement step, the condition that relationship `r`, walked from `x` (the node
 * nearer the topic) to `y` (nearer the agreement), goes the way the step allows. A step
 * "IN" as seen from the agreement ends at the node nearer the agreement, so it starts at `x`.
 */
const STEP_BACKWARDS = `CASE type(r) ${INVOLVEMENT_STEPS.map(
  (step) => `WHEN '${step.type}' THEN ${step.direction === "IN" ? "startNode" : "endNode"}(r) = x`,
).join(" ")} ELSE false END`;

/** The category labels as a Cypher list literal (vocabulary constants only). */
export const CATEGORY_LIST = `[${NODE_CATEGORIES.map((category) => `'${category}'`).join(", ")}]`;

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

/** Whether node `n` has one of the categories in list expression `categories` (null: any). */
export const inCategories = (n: string, categories: string): string =>
  `(${categories} IS NULL OR any(label IN labels(${n}) WHERE label IN ${categories}))`;

/**
 * Whether node `v` is one of the referenced nodes: `ref` has `refs` (the texts, matched
 * against ids) and `keys` (each text folded and put between name-key separators, matched
 * against whole folded names in `nameKey`).
 */
export const refersTo = (v: string, ref: string): string =>
  `(${v}.id IN ${ref}.refs OR any(key IN ${ref}.keys WHERE ${v}.nameKey CONTAINS key))`;

/**
 * The body of a `CALL` subquery returning, as `x`, every node reference `ref` names: ids
 * through the id constraint's index, names through the text index on `nameKey`. `ref` is
 * an expression (a parameter, or a variable the CALL imports).
 */
export const referencedNodes = (ref: string, x: string): string => `
  UNWIND ${ref}.refs AS ${x}Id
  MATCH (${x}:Entity {id: ${x}Id})
  RETURN ${x}
  UNION
  UNWIND ${ref}.keys AS ${x}Key
  MATCH (${x}:Entity) WHERE ${x}.nameKey CONTAINS ${x}Key
  RETURN ${x}`;

/**
 * The involvement walk for the filter in parameter `$${param}`: yields `involved`, a list
 * of { id, nodeIds, edges } with the best path per node (exact topic first, then fewest
 * steps), or an empty list when the filter has no involvesTopic. As in
 * src/store/memory/topic-reach.ts it walks backwards from what covers the topic: the topics
 * asked for (through the indexes), their narrower topics by shortest SUBTOPIC_OF chain, the
 * nodes covering those, then a breadth-first walk (ANY SHORTEST to every node it reaches)
 * from each of them along involvement steps, each step checked for its direction as it is
 * taken, so that the walk never strays down a wrong-way relationship.
 */
export function involvementCall(param: string): string {
  const topic = `$${param}.involvesTopic`;
  return `
CALL () {
  UNWIND (CASE WHEN ${topic} IS NULL THEN [] ELSE [1] END) AS enabled
  CALL () { ${referencedNodes(topic, "asked")} }
  WITH asked WHERE asked:Topic
  MATCH tp = ANY SHORTEST (covered:Topic)-[:SUBTOPIC_OF]->{0,${MAX_SUBTOPIC_DEPTH}}(asked)
  WITH covered, tp ORDER BY length(tp)
  WITH covered, head(collect(tp)) AS tp
  MATCH (coverer:Entity)-[c:COVERS]->(covered)
  MATCH ip = ANY SHORTEST (coverer)((x)-[r:${STEP_TYPES}]-(y) WHERE ${STEP_BACKWARDS}){0,${MAX_INVOLVEMENT_HOPS}}(a:Entity)
  WHERE length(ip) <= ${topic}.maxHops AND NOT a:Topic
  WITH a, tp, c, ip ORDER BY length(tp), length(ip)
  WITH a, head(collect({ tp: tp, c: c, ip: ip })) AS best
  RETURN collect({
    id: a.id,
    nodeIds: reverse([x IN nodes(best.ip) | x.id]) + [x IN nodes(best.tp) | x.id],
    edges: [r IN reverse(relationships(best.ip)) + [best.c] + relationships(best.tp) |
      r { .*, type: type(r), from: startNode(r).id, to: endNode(r).id }]
  }) AS involved
}`;
}

/**
 * WHERE condition for node `v` against the filter in parameter `$${param}`; needs `involvedIds`.
 * Its own variables are named after `v`, so that they never capture a variable of the
 * statement around it (a bare `r` here once matched the caller's relationship instead).
 * It checks one node: the relationships it reads are that node's own.
 */
export function nodeFilterCondition(v: string, param: string): string {
  const f = `$${param}`;
  const [related, rel, other, topic] = [`${v}Related`, `${v}Rel`, `${v}Other`, `${v}Topic`];
  return `
${inCategories(v, `${f}.categories`)}
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
    AND ${refersTo(other, related)}
})
AND (${f}.coversTopic IS NULL OR EXISTS {
  MATCH (${v})-[:COVERS]->(:Topic)-[:SUBTOPIC_OF*0..${MAX_SUBTOPIC_DEPTH}]->(${topic}:Topic)
  WHERE ${refersTo(topic, `${f}.coversTopic`)}
})
AND (${f}.involvesTopic IS NULL OR ${v}.id IN involvedIds)`;
}

/** Whether the filter in `$${param}` has no condition but categories (its answers then come in index order). */
export const onlyCategories = (param: string): string => {
  const f = `$${param}`;
  return `(${f}.kinds IS NULL AND ${f}.statuses IS NULL AND NOT ${f}.hasDate
  AND size(${f}.relatedTo) = 0 AND ${f}.coversTopic IS NULL AND ${f}.involvesTopic IS NULL
  AND ${f}.asOf IS NULL)`;
};

/**
 * The body of a `CALL (involvedIds)` subquery returning, as `n`, the nodes the filter in
 * `$${param}` can match (a superset: nodeFilterCondition decides), found from the most
 * selective condition that has an index to start from, in this order: the nodes the
 * involvement walk reached; the neighbours of the nodes the first relatedTo entry names;
 * the nodes covering the topic or a narrower one; the kinds (kind index); the date range
 * (date index). Only a filter with none of these (statuses, asOf or categories alone)
 * reads every node of its categories. Each branch is guarded, so exactly one runs.
 */
export function filterCandidates(param: string): string {
  const f = `$${param}`;
  const involves = `${f}.involvesTopic IS NOT NULL`;
  const related = `size(${f}.relatedTo) > 0`;
  const covers = `${f}.coversTopic IS NOT NULL`;
  const kinds = `${f}.kinds IS NOT NULL`;
  const dated = `${f}.hasDate`;
  const none = (...conditions: string[]) => conditions.map((c) => `NOT (${c})`).join(" AND ");
  return `
  WITH 1 AS guard WHERE ${involves}
  UNWIND involvedIds AS candidateId
  MATCH (n:Entity {id: candidateId})
  RETURN n
  UNION
  WITH 1 AS guard WHERE ${none(involves)} AND ${related}
  WITH ${f}.relatedTo[0] AS first
  CALL (first) { ${referencedNodes("first", "named")} }
  MATCH (named)-[firstRel]-(n:Entity)
  WHERE type(firstRel) IN first.types
  RETURN DISTINCT n
  UNION
  WITH 1 AS guard WHERE ${none(involves, related)} AND ${covers}
  CALL () { ${referencedNodes(`${f}.coversTopic`, "asked")} }
  WITH asked WHERE asked:Topic
  MATCH (n:Entity)-[:COVERS]->(:Topic)-[:SUBTOPIC_OF*0..${MAX_SUBTOPIC_DEPTH}]->(asked)
  RETURN DISTINCT n
  UNION
  WITH 1 AS guard WHERE ${none(involves, related, covers)} AND ${kinds}
  UNWIND ${f}.kinds AS kind
  MATCH (n:Entity {kind: kind})
  RETURN n
  UNION
  WITH 1 AS guard WHERE ${none(involves, related, covers, kinds)} AND ${dated}
  MATCH (n:Entity) WHERE n.dateEarliest <= coalesce(${f}.dateTo, date('9999-12-31'))
  RETURN n
  UNION
  WITH 1 AS guard WHERE ${none(involves, related, covers, kinds, dated)}
  UNWIND coalesce(${f}.categories, ${CATEGORY_LIST}) AS category
  CALL (category) {
    ${NODE_CATEGORIES.map(
      (label) => `WITH category WHERE category = '${label}'
    MATCH (n:${label})
    RETURN n`,
    ).join("\n    UNION ALL\n    ")}
  }
  RETURN n`;
}
