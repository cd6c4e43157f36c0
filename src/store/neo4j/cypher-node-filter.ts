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
import { MAX_PART_OF_DEPTH } from "../../domain/limits.js";
import { NODE_CATEGORIES } from "../../domain/vocabulary.js";
import type { NodeFilter } from "../graph-store.js";

const STEP_TYPES = INVOLVEMENT_STEPS.map((step) => step.type).join("|");

/**
 * The condition that relationship `r` of an involvement step, walked from `x` (the node
 * nearer the topic) to `y` (nearer the agreement), goes the way its step allows: a step
 * "IN" as seen from the agreement ends at the node nearer the agreement, so it starts at
 * `x`; a step "OUT" ends at `x`.
 */
const OUT_STEPS = `[${INVOLVEMENT_STEPS.filter((step) => step.direction === "OUT")
  .map((step) => `'${step.type}'`)
  .join(", ")}]`;
const STEP_BACKWARDS = `(type(r) IN ${OUT_STEPS}) = (endNode(r) = x)`;

/** The category labels as a Cypher list literal (vocabulary constants only). */
export const CATEGORY_LIST = `[${NODE_CATEGORIES.map((category) => `'${category}'`).join(", ")}]`;

/** Relationship as a map with its type and end ids, the shape record-mapping reads. */
export const edgeMap = (r: string, from: string, to: string): string =>
  `${r} { .*, type: type(${r}), from: ${from}, to: ${to} }`;

/** Node as a map with its labels, the shape record-mapping reads. */
export const nodeMap = (n: string): string => `${n} { .*, labels: labels(${n}) }`;

/** Only what a node's head is read from (NodeHead: the category is one of the labels). */
export const nodeHeadMap = (n: string): string =>
  `${n} { .id, .kind, .name, labels: labels(${n}) }`;

/**
 * Whether node or relationship `v` shows on the day in `day` (a Neo4j Date, or null for
 * no restriction), by its validity as loaded: known to hold then, or also not known to
 * when `<day>Unknown` (the parameter beside it) is true — as `shownOn` in
 * src/domain/validity.ts decides.
 */
export const visibleAsOf = (v: string, day: string): string => {
  const unknown = `${day}Unknown`;
  return `(${day} IS NULL OR ((${v}.validFrom IS NULL OR ${v}.validFrom <= ${day} OR (${unknown} AND NOT ${v}.validBegun))
    AND (${v}.validUntil IS NULL OR ${v}.validUntil >= ${day} OR (${unknown} AND NOT ${v}.validEnded))))`;
};

/**
 * `visibleAsOf($asOf)` and, when `$duringFrom`/`$duringTo` are set, validity meeting the
 * range: overlapping it (KNOWN), or not said to begin after it or end before it
 * (INCLUDE_UNKNOWN), as `shownDuring` in src/domain/validity.ts decides.
 */
export const inTime = (v: string): string =>
  `(${visibleAsOf(v, "$asOf")}
    AND ($duringTo IS NULL OR ${v}.validFrom IS NULL OR ${v}.validFrom <= $duringTo OR ($asOfUnknown AND NOT ${v}.validBegun))
    AND ($duringFrom IS NULL OR ${v}.validUntil IS NULL OR ${v}.validUntil >= $duringFrom OR ($asOfUnknown AND NOT ${v}.validEnded)))`;

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
 * of { id, tp, ip } with the best paths per node (exact topic first, then fewest steps):
 * `tp` runs from the topic it covers up SUBTOPIC_OF to the topic asked for, `ip` from that
 * topic back through COVERS and involvement steps to the node; an empty list when the
 * filter has no involvesTopic. It gives src/store/memory/topic-reach.ts's answers:
 * - the topics asked for come through the indexes, their narrower topics each with its
 *   shortest SUBTOPIC_OF chain (its depth);
 * - from each of those topics, one breadth-first search (ANY SHORTEST to every node it
 *   reaches) back through COVERS and up to maxHops involvement steps, each step checked
 *   for its direction as it is taken, so the walk never strays down a wrong-way
 *   relationship and visits each node once per topic, however many nodes cover it;
 * - a node keeps the path of the smallest depth, then the fewest steps.
 * Bounds in patterns must be literals, and a search bounded by the largest maxHops and
 * filtered afterwards reads several times more (its last step is its widest), so there is
 * one guarded branch per maxHops. Only the paths of a page become maps (`whyMap`).
 */
export function involvementCall(param: string): string {
  const topic = `$${param}.involvesTopic`;
  const hops = `CASE WHEN ${topic}.maxHops > ${MAX_INVOLVEMENT_HOPS} THEN ${MAX_INVOLVEMENT_HOPS} ELSE ${topic}.maxHops END`;
  const branches = Array.from({ length: MAX_INVOLVEMENT_HOPS + 1 }, (_, hop) =>
    hop === 0
      ? `WITH covered WHERE ${hops} = 0
    MATCH ip = (covered)<-[:COVERS]-(a:Entity)
    WHERE NOT a:Topic
    RETURN a, ip`
      : `WITH covered WHERE ${hops} = ${hop}
    MATCH ip = ANY SHORTEST (covered)<-[:COVERS]-(:Entity)((x)-[r:${STEP_TYPES}]-(y) WHERE ${STEP_BACKWARDS}){0,${hop}}(a:Entity)
    WHERE NOT a:Topic
    RETURN a, ip`,
  );
  return `
CALL () {
  UNWIND (CASE WHEN ${topic} IS NULL THEN [] ELSE [${topic}] END) AS involves
  CALL (involves) { ${referencedNodes("involves", "asked")} }
  WITH asked WHERE asked:Topic
  MATCH tp = ANY SHORTEST (covered:Topic)-[:SUBTOPIC_OF]->{0,${MAX_SUBTOPIC_DEPTH}}(asked)
  WITH covered, tp ORDER BY length(tp)
  WITH covered, head(collect(tp)) AS tp
  CALL (covered) {
    ${branches.join("\n    UNION ALL\n    ")}
  }
  WITH a, tp, ip ORDER BY length(tp), length(ip)
  WITH a, head(collect({ tp: tp, ip: ip })) AS best
  RETURN collect({ id: a.id, tp: best.tp, ip: best.ip }) AS involved
}`;
}

/**
 * The `why` of node `n` in the shape record-mapping reads, from `involved`: its best
 * paths joined to run from the node to the topic asked for, or null.
 */
export const whyMap = (n: string): string => `head([entry IN involved WHERE entry.id = ${n}.id | {
    nodeIds: [x IN reverse(nodes(entry.ip)) + tail(nodes(entry.tp)) | x.id],
    edges: [step IN reverse(relationships(entry.ip)) + relationships(entry.tp) |
      step { .*, type: type(step), from: startNode(step).id, to: endNode(step).id }]
  }])`;

/**
 * Which conditions a NodeFilter holds: a statement for that shape checks those and no
 * others (see filterShape). `undefined` stands for any shape: the generic statement, whose
 * conditions each test their parameter for null.
 */
export interface FilterShape {
  readonly categories: boolean;
  readonly kinds: boolean;
  readonly statuses: boolean;
  readonly date: boolean;
  readonly relatedTo: boolean;
  readonly coversTopic: boolean;
  readonly involvesTopic: boolean;
  readonly asOf: boolean;
}

/** The shape of `filter`: which of its conditions are given (an empty relatedTo is none). */
export function filterShape(filter: NodeFilter | undefined): FilterShape {
  return {
    categories: filter?.categories !== undefined,
    kinds: filter?.kinds !== undefined,
    statuses: filter?.statuses !== undefined,
    date: filter?.date !== undefined,
    relatedTo: (filter?.relatedTo?.length ?? 0) > 0,
    coversTopic: filter?.coversTopic !== undefined,
    involvesTopic: filter?.involvesTopic !== undefined,
    asOf: filter?.asOf !== undefined,
  };
}

/** A short stable text for a shape (cache keys, statement names). */
export const shapeKey = (shape: FilterShape): string =>
  (Object.keys(shape) as (keyof FilterShape)[]).filter((key) => shape[key]).join("+") || "none";

/** Whether the shape reads any value of its parameter map. */
export const shapeReadsParameter = (shape: FilterShape): boolean =>
  Object.values(shape).some(Boolean);

/**
 * WHERE condition for node `v` against the filter in parameter `$${param}`; needs `involvedIds`.
 * `where`: the compiled `where` tree of the filter (cypher-where.ts), when it has one.
 * Its own variables are named after `v`, so that they never capture a variable of the
 * statement around it (a bare `r` here once matched the caller's relationship instead).
 * It checks one node: the relationships it reads are that node's own. With `shape`, only
 * the conditions the shape holds are written, without their tests for null.
 */
export function nodeFilterCondition(
  v: string,
  param: string,
  where?: string,
  shape?: FilterShape,
): string {
  const f = `$${param}`;
  const [related, rel, other, topic, whole] = [
    `${v}Related`,
    `${v}Rel`,
    `${v}Other`,
    `${v}Topic`,
    `${v}Whole`,
  ];
  const relatedTo = `all(${related} IN ${f}.relatedTo WHERE EXISTS {
  MATCH (${v})-[${rel}]-(${other}:Entity)
  WHERE type(${rel}) IN ${related}.types
    AND (${related}.direction = 'BOTH' OR (${related}.direction = 'OUT' AND startNode(${rel}) = ${v})
      OR (${related}.direction = 'IN' AND endNode(${rel}) = ${v}))
    AND (${refersTo(other, related)} OR (${related}.includeParts AND EXISTS {
      MATCH (${other})-[:PART_OF*1..${MAX_PART_OF_DEPTH}]->(${whole}:Entity)
      WHERE ${refersTo(whole, related)}
    }))
})`;
  const covers = `EXISTS {
  MATCH (${v})-[:COVERS]->(:Topic)-[:SUBTOPIC_OF*0..${MAX_SUBTOPIC_DEPTH}]->(${topic}:Topic)
  WHERE ${refersTo(topic, `${f}.coversTopic`)}
}`;
  const dated = `(${v}.dateEarliest IS NOT NULL
  AND (${f}.dateFrom IS NULL OR ${v}.dateLatest >= ${f}.dateFrom)
  AND (${f}.dateTo IS NULL OR ${v}.dateEarliest <= ${f}.dateTo))`;
  if (shape) {
    const parts = [
      shape.categories ? `any(label IN labels(${v}) WHERE label IN ${f}.categories)` : undefined,
      shape.kinds ? `${v}.kind IN ${f}.kinds` : undefined,
      shape.statuses ? `${v}.status IN ${f}.statuses` : undefined,
      shape.asOf ? visibleAsOf(v, `${f}.asOf`) : undefined,
      shape.date ? dated : undefined,
      shape.relatedTo ? relatedTo : undefined,
      shape.coversTopic ? covers : undefined,
      shape.involvesTopic ? `${v}.id IN involvedIds` : undefined,
      where,
    ].filter((part): part is string => part !== undefined);
    return parts.length === 0 ? "true" : parts.join("\nAND ");
  }
  return `
${inCategories(v, `${f}.categories`)}
AND (${f}.kinds IS NULL OR ${v}.kind IN ${f}.kinds)
AND (${f}.statuses IS NULL OR ${v}.status IN ${f}.statuses)
AND ${visibleAsOf(v, `${f}.asOf`)}
AND (NOT ${f}.hasDate OR ${dated})
AND ${relatedTo}
AND (${f}.coversTopic IS NULL OR ${covers})
AND (${f}.involvesTopic IS NULL OR ${v}.id IN involvedIds)${where ? `\nAND ${where}` : ""}`;
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
 * involvement walk reached; the neighbours of the nodes the first relatedTo entry names (and
 * of their parts, with includeParts);
 * the nodes covering the topic or a narrower one; the kinds (kind index); the date range
 * (date index). Only a filter with none of these (statuses, asOf or categories alone)
 * reads every node of its categories. Each branch is guarded, so exactly one runs.
 */
export function filterCandidates(param: string, shape?: FilterShape): string {
  const f = `$${param}`;
  const involves = `${f}.involvesTopic IS NOT NULL`;
  const related = `size(${f}.relatedTo) > 0`;
  const covers = `${f}.coversTopic IS NOT NULL`;
  const kinds = `${f}.kinds IS NOT NULL`;
  const dated = `${f}.hasDate`;
  const none = (...conditions: string[]) => conditions.map((c) => `NOT (${c})`).join(" AND ");
  // Each branch: whether it runs for a shape, its guard in the generic statement, its body.
  const branches: [(s: FilterShape) => boolean, string, string][] = [
    [
      (s) => s.involvesTopic,
      `WITH 1 AS guard WHERE ${involves}`,
      `UNWIND involvedIds AS candidateId
  MATCH (n:Entity {id: candidateId})
  RETURN n`,
    ],
    [
      (s) => s.relatedTo,
      `WITH 1 AS guard WHERE ${none(involves)} AND ${related}`,
      `WITH ${f}.relatedTo[0] AS first
  CALL (first) { ${referencedNodes("first", "named")} }
  CALL (first, named) {
    RETURN named AS start
    UNION
    WITH first, named WHERE first.includeParts
    MATCH (part:Entity)-[:PART_OF*1..${MAX_PART_OF_DEPTH}]->(named)
    RETURN part AS start
  }
  MATCH (start)-[firstRel]-(n:Entity)
  WHERE type(firstRel) IN first.types
  RETURN DISTINCT n`,
    ],
    [
      (s) => s.coversTopic,
      `WITH 1 AS guard WHERE ${none(involves, related)} AND ${covers}`,
      `WITH ${f}.coversTopic AS topic
  CALL (topic) { ${referencedNodes("topic", "asked")} }
  WITH asked WHERE asked:Topic
  MATCH (n:Entity)-[:COVERS]->(:Topic)-[:SUBTOPIC_OF*0..${MAX_SUBTOPIC_DEPTH}]->(asked)
  RETURN DISTINCT n`,
    ],
    [
      (s) => s.kinds,
      `WITH 1 AS guard WHERE ${none(involves, related, covers)} AND ${kinds}`,
      `UNWIND ${f}.kinds AS kind
  MATCH (n:Entity {kind: kind}) USING INDEX n:Entity(kind)
  RETURN n`,
    ],
    [
      (s) => s.date,
      `WITH 1 AS guard WHERE ${none(involves, related, covers, kinds)} AND ${dated}`,
      `OPTIONAL MATCH (meta:DatasetMeta {key: 'dataset'})
  WITH CASE WHEN ${f}.dateFrom IS NULL THEN date('0001-01-01')
    ELSE ${f}.dateFrom - duration({ days: coalesce(meta.maxDateSpanDays, 36525) }) END AS earliest
  MATCH (n:Entity) USING INDEX n:Entity(dateEarliest)
  WHERE n.dateEarliest >= earliest AND n.dateEarliest <= coalesce(${f}.dateTo, date('9999-12-31'))
  RETURN n`,
    ],
    [
      () => true,
      `WITH 1 AS guard WHERE ${none(involves, related, covers, kinds, dated)}`,
      `CALL () {
    ${NODE_CATEGORIES.map(
      (label) => `WITH 1 AS scan WHERE ${f}.categories IS NULL OR '${label}' IN ${f}.categories
    MATCH (n:${label})
    RETURN n`,
    ).join("\n    UNION ALL\n    ")}
  }
  RETURN n`,
    ],
  ];
  if (shape) {
    // Alone, a branch has no UNION to drop the repeats a list naming a value twice brings.
    const [, , body] = branches.find(([runs]) => runs(shape)) as (typeof branches)[number];
    return `\n  ${body.replace(/RETURN (DISTINCT )?n$/, "RETURN DISTINCT n")}`;
  }
  return branches.map(([, guard, body]) => `\n  ${guard}\n  ${body}`).join("\n  UNION");
}
