/**
 * Every Cypher statement the Neo4j adapter can issue. Labels and relationship
 * types in the texts come from the closed vocabulary; everything else arrives
 * as a parameter. `test/neo4j/cypher-lint.test.ts` checks each one with
 * Neo4j's own analyser against the schema below.
 */
import { NODE_CATEGORIES, RELATIONSHIP_TYPES } from "../../domain/vocabulary.js";
import type { NodeWhere } from "../graph-store.js";
import { EXPLORATION_STATEMENTS } from "./cypher-exploration-statements.js";
import {
  edgeMap,
  involvementCall,
  nodeFilterCondition,
  nodeMap,
  visibleAsOf,
} from "./cypher-node-filter.js";
import { type CypherStatement, statement } from "./cypher-statement.js";
import { compileWhere } from "./cypher-where.js";

/** Every node carries this label besides its category, for one id constraint across categories. */
export const ENTITY_LABEL = "Entity";
export const META_LABEL = "DatasetMeta";

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

const SORT_KEY = `CASE $sort.field WHEN 'DATE' THEN toString(n.dateEarliest) WHEN 'NAME' THEN n.sortName ELSE n.id END`;

/** LIST_NODES, or its variant for a filter with a `where` tree (compiled for that tree's shape). */
export function listNodesStatement(where?: NodeWhere): CypherStatement {
  const condition = where ? compileWhere("n", where, "$filter.whereValues").text : undefined;
  return statement(
    where ? "listNodesWhere" : "listNodes",
    "READ",
    ["filter", "sort", "offset", "limit"],
    `
${involvementCall("filter")}
WITH involved, [entry IN involved | entry.id] AS involvedIds
MATCH (n:Entity)
WHERE ${nodeFilterCondition("n", "filter", condition)}
WITH involved, n
ORDER BY
  CASE WHEN $sort.field = 'DATE' AND n.dateEarliest IS NULL THEN 1 ELSE 0 END,
  CASE WHEN $sort.descending THEN null ELSE ${SORT_KEY} END ASC,
  CASE WHEN $sort.descending THEN ${SORT_KEY} ELSE null END DESC,
  n.id ASC
WITH involved, collect(n) AS matches
RETURN size(matches) AS total,
  [n IN matches[$offset..($offset + $limit)] |
    { node: ${nodeMap("n")}, why: head([entry IN involved WHERE entry.id = n.id]) }] AS page`,
  );
}

export const LIST_NODES = listNodesStatement();

/** NEIGHBOURS, or its variant for a far-side filter with a `where` tree. */
export function neighboursStatement(where?: NodeWhere): CypherStatement {
  const condition = where ? compileWhere("m", where, "$far.whereValues").text : undefined;
  return statement(
    where ? "neighboursWhere" : "neighbours",
    "READ",
    ["ids", "types", "direction", "edgeStatuses", "asOf", "far", "limit"],
    `
${involvementCall("far")}
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
    AND ${nodeFilterCondition("m", "far", condition)}
  WITH r, m ORDER BY m.sortName, m.id, r.id
  LIMIT $limit
  RETURN collect({
    edge: ${edgeMap("r", "startNode(r).id", "endNode(r).id")},
    node: ${nodeMap("m")},
    why: head([entry IN involved WHERE entry.id = m.id])
  }) AS links
}
RETURN id, links`,
  );
}

export const NEIGHBOURS = neighboursStatement();

export const LIST_EDGES = statement(
  "listEdges",
  "READ",
  ["filter", "prospectiveStatuses", "offset", "limit"],
  `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE ($filter.types IS NULL OR type(r) IN $filter.types)
  AND ($filter.statuses IS NULL OR r.status IN $filter.statuses)
  AND (NOT $filter.hasDate OR (r.dateEarliest IS NOT NULL
    AND ($filter.dateFrom IS NULL OR r.dateLatest >= $filter.dateFrom)
    AND ($filter.dateTo IS NULL OR r.dateEarliest <= $filter.dateTo)))
  AND ($filter.prospective IS NULL OR (r.status IN $prospectiveStatuses) = $filter.prospective)
  AND ($filter.inferred IS NULL OR (r.inference IS NOT NULL) = $filter.inferred)
  AND ${visibleAsOf("r", "$filter.asOf")}
  AND ${visibleAsOf("a", "$filter.asOf")} AND ${visibleAsOf("b", "$filter.asOf")}
WITH a, r, b ORDER BY r.dateEarliest ASC, r.id ASC
WITH collect(${edgeMap("r", "a.id", "b.id")}) AS matches
RETURN size(matches) AS total, matches[$offset..($offset + $limit)] AS page`,
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

export const SEARCH = statement(
  "search",
  "READ",
  ["text", "tokens", "categories", "kinds", "limit"],
  `
MATCH (n:Entity)
WHERE ($categories IS NULL OR any(label IN labels(n) WHERE label IN $categories))
  AND ($kinds IS NULL OR n.kind IN $kinds)
UNWIND range(0, size(n.foldedNames) - 1) AS i
WITH n, i, n.foldedNames[i] AS candidate
WITH n, i, ${NAME_SCORE} - CASE WHEN i = 0 THEN 0 ELSE 5 END AS score
WHERE score > 0
WITH n, i, score ORDER BY score DESC, i ASC
WITH n, head(collect({ score: score, matched: n.searchNames[i] })) AS best
RETURN ${nodeMap("n")} AS node, best.score AS score, best.matched AS matched
ORDER BY score DESC, size(n.name) ASC, n.id ASC
LIMIT $limit`,
);

export const INFO = statement(
  "info",
  "READ",
  [],
  `
OPTIONAL MATCH (meta:DatasetMeta {key: 'dataset'})
CALL () { MATCH (n:Entity) RETURN count(n) AS nodeCount }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS edgeCount }
RETURN meta.version AS version, nodeCount, edgeCount`,
);

/** Constraints first, so MERGE finds nodes through the id index; then the full-text index. */
export const SCHEMA_STATEMENTS: readonly CypherStatement[] = [
  ...[ENTITY_LABEL, ...NODE_CATEGORIES].map((label) =>
    statement(
      `constraint${label}Id`,
      "SCHEMA",
      [],
      `CREATE CONSTRAINT ${label.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    ),
  ),
  statement(
    "constraintDatasetMeta",
    "SCHEMA",
    [],
    "CREATE CONSTRAINT dataset_meta_key_unique IF NOT EXISTS FOR (m:DatasetMeta) REQUIRE m.key IS UNIQUE",
  ),
  statement(
    "fulltextNames",
    "SCHEMA",
    [],
    "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.searchText]",
  ),
];

/** One upsert per category: labels cannot be parameters, so each is its own constant. */
export const UPSERT_NODES: Readonly<Record<string, CypherStatement>> = Object.fromEntries(
  NODE_CATEGORIES.map((category) => {
    const others = NODE_CATEGORIES.filter((other) => other !== category);
    return [
      category,
      statement(
        `upsert${category}Nodes`,
        "WRITE",
        ["rows"],
        `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props, n:${category}
REMOVE n:${others.join(":")}`,
      ),
    ];
  }),
);

/** One upsert per relationship type, for the same reason. */
export const UPSERT_EDGES: Readonly<Record<string, CypherStatement>> = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [
    type,
    statement(
      `upsert${type}Edges`,
      "WRITE",
      ["rows"],
      `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type} {id: row.id}]->(b)
SET r = row.props`,
    ),
  ]),
);

export const DELETE_STALE_NODES = statement(
  "deleteStaleNodes",
  "WRITE",
  ["ids"],
  "MATCH (n:Entity) WHERE NOT n.id IN $ids DETACH DELETE n",
);

export const DELETE_STALE_EDGES = statement(
  "deleteStaleEdges",
  "WRITE",
  ["ids"],
  "MATCH (:Entity)-[r]->(:Entity) WHERE NOT r.id IN $ids DELETE r",
);

export const SET_VERSION = statement(
  "setVersion",
  "WRITE",
  ["version"],
  "MERGE (meta:DatasetMeta {key: 'dataset'}) SET meta.version = $version",
);

export const READ_VERSION = statement(
  "readVersion",
  "READ",
  [],
  "OPTIONAL MATCH (meta:DatasetMeta {key: 'dataset'}) RETURN meta.version AS version",
);

/** All statements, for the lint test. */
export const ALL_STATEMENTS: readonly CypherStatement[] = [
  GET_NODES,
  GET_EDGES,
  LIST_NODES,
  NEIGHBOURS,
  LIST_EDGES,
  SEARCH,
  INFO,
  ...EXPLORATION_STATEMENTS,
  ...SCHEMA_STATEMENTS,
  ...Object.values(UPSERT_NODES),
  ...Object.values(UPSERT_EDGES),
  DELETE_STALE_NODES,
  DELETE_STALE_EDGES,
  SET_VERSION,
  READ_VERSION,
];
