/**
 * The statements that write a dataset (load-into-neo4j.ts). A dataset of 10^5 nodes and
 * 5·10^5 relationships does not fit in one transaction (Neo4j refuses it past its
 * transaction memory limit), so a load is staged: the new nodes are created in many small
 * transactions under the `Staged` label, which no read statement matches, and then one
 * transaction swaps the labels, retiring the old dataset (`Retired`, also invisible) and
 * promoting the new one. A load that fails before the swap leaves the served dataset as it
 * was; what it staged is cleared by the next load. Read statements start from `Entity`
 * nodes and never follow a relationship to a node without it, and staged or retired
 * relationships only join staged or retired nodes, so neither is ever seen.
 *
 * Labels and relationship types come from the closed vocabulary; values are parameters.
 */
import { NODE_CATEGORIES, RELATIONSHIP_TYPES } from "../../domain/vocabulary.js";
import { type CypherStatement, statement } from "./cypher-statement.js";
import { EDGE_PROPERTY_KEYS, NODE_PROPERTY_KEYS } from "./record-mapping.js";

/** Every served node carries this label besides its category, for one id constraint across categories. */
export const ENTITY_LABEL = "Entity";
export const META_LABEL = "DatasetMeta";
/** Nodes of a load in progress. */
export const STAGED_LABEL = "Staged";
/** Nodes of the previous dataset, once a load has replaced it, until they are deleted. */
export const RETIRED_LABEL = "Retired";
/** Property keys only the loader writes (the category a staged node will get). */
export const LOAD_PROPERTY_KEYS = ["stagedCategory"] as const;

/** Rows per write transaction while staging: small enough for the default transaction memory. */
export const NODE_BATCH_SIZE = 5_000;
export const EDGE_BATCH_SIZE = 10_000;
/** Nodes deleted per transaction when clearing staged or retired nodes (with their relationships). */
const DELETE_BATCH_SIZE = 2_000;

const ALL_CATEGORY_LABELS = NODE_CATEGORIES.join(":");

/**
 * Constraints and indexes, each created if missing. The id constraints give the unique
 * index seeks for ids; the range indexes serve ordered pages (names, dates) and kinds; the
 * text index finds names by substring (search and references, via `nameKey`); the
 * relationship indexes on the sort key serve the timeline and the relationship list in order.
 */
export const SCHEMA_STATEMENTS: readonly CypherStatement[] = [
  ...[ENTITY_LABEL, ...NODE_CATEGORIES, STAGED_LABEL].map((label) =>
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
  ...(
    [
      ["entity_sort_name", "sortName"],
      ["entity_date_earliest", "dateEarliest"],
      ["entity_kind", "kind"],
    ] as const
  ).map(([name, property]) =>
    statement(
      `index_${name}`,
      "SCHEMA",
      [],
      `CREATE INDEX ${name} IF NOT EXISTS FOR (n:Entity) ON (n.${property})`,
    ),
  ),
  statement(
    "index_event_date_earliest",
    "SCHEMA",
    [],
    "CREATE INDEX event_date_earliest IF NOT EXISTS FOR (n:Event) ON (n.dateEarliest)",
  ),
  statement(
    "textIndexNameKey",
    "SCHEMA",
    [],
    "CREATE TEXT INDEX entity_name_key IF NOT EXISTS FOR (n:Entity) ON (n.nameKey)",
  ),
  ...RELATIONSHIP_TYPES.map((type) =>
    statement(
      `index_${type}_sort_key`,
      "SCHEMA",
      [],
      `CREATE INDEX ${type.toLowerCase()}_sort_key IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.sortKey)`,
    ),
  ),
];

/** Schema objects of earlier versions that the statements no longer use (dropped, to spare every write). */
export const OBSOLETE_SCHEMA_STATEMENTS: readonly CypherStatement[] = [
  statement("dropFulltextNames", "SCHEMA", [], "DROP INDEX entity_names IF EXISTS"),
];

/** Waits until every index is online, so that the first reads after a load can use them. */
export const AWAIT_INDEXES = statement(
  "awaitIndexes",
  "SCHEMA",
  ["seconds"],
  "CALL db.awaitIndexes($seconds)",
);

/**
 * Relationships deleted per transaction when clearing staged or retired nodes. They go
 * before their nodes, in batches of their own: deleting a batch of nodes with their
 * relationships (DETACH DELETE) put every relationship of a hub in one transaction, and
 * emptying a 10^5-node dataset that way filled a 1 GB heap (each deleted relationship's
 * records and index entries are held until its transaction commits).
 */
const DELETE_EDGE_BATCH_SIZE = 10_000;

/**
 * Deletes the relationships of nodes with `label`, in batches (an auto-commit statement).
 * Staged and retired relationships join only staged or retired nodes, so following each
 * node's outgoing ones finds every one of them once.
 */
const deleteEdgesOf = (name: string, labels: string) =>
  statement(
    name,
    "WRITE",
    [],
    `
MATCH (:${labels})-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF ${DELETE_EDGE_BATCH_SIZE} ROWS`,
  );

/**
 * Deletes the nodes with `label`, in batches (an auto-commit statement), once deleteEdgesOf
 * has deleted their relationships (DETACH only in case one was written in between).
 */
const deleteNodesOf = (name: string, labels: string) =>
  statement(
    name,
    "WRITE",
    [],
    `
MATCH (n:${labels})
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF ${DELETE_BATCH_SIZE} ROWS`,
  );

const UNSERVED_LABELS = `${STAGED_LABEL}|${RETIRED_LABEL}`;

/** Deletes what an interrupted load left, staged or retired: first the relationships… */
export const CLEAR_UNSERVED_EDGES = deleteEdgesOf("clearUnservedEdges", UNSERVED_LABELS);
/** …then the nodes. */
export const CLEAR_UNSERVED = deleteNodesOf("clearUnserved", UNSERVED_LABELS);

/** Deletes the retired dataset after a swap: first its relationships… */
export const DELETE_RETIRED_EDGES = deleteEdgesOf("deleteRetiredEdges", RETIRED_LABEL);
/** …then its nodes. */
export const DELETE_RETIRED = deleteNodesOf("deleteRetired", RETIRED_LABEL);

/**
 * Sets every property of `keys` on `variable` from the batch's columns, at row `i` (a
 * null sets nothing). Why columns and named properties rather than a list of maps and
 * `SET r = row.props`: a map per row repeats every key, which the driver packs and the
 * server unpacks 6·10^5 times in a load of 10^5 nodes; and a map of unknown keys makes
 * the planner buffer the whole batch (an Eager step) before it sets anything. Measured on
 * a 10k-relationship batch: a third less CPU in Neo4j (docs/neo4j.md, "Loading").
 */
function setFromColumns(variable: string, keys: readonly string[]): string {
  return keys.map((key) => `${variable}.${key} = $props.${key}[i]`).join(",\n  ");
}

/**
 * One batch of new nodes, with the category they will be served under: `props` holds one
 * list per property key (propertyColumns in load-into-neo4j.ts), `category` one entry per
 * node. It answers the new nodes' element ids in the batch's order, which the relationship
 * batches then name their ends by (see STAGE_EDGES).
 */
export const STAGE_NODES = statement(
  "stageNodes",
  "WRITE",
  ["category", "props"],
  `
UNWIND range(0, size($category) - 1) AS i
CREATE (n:${STAGED_LABEL})
SET ${setFromColumns("n", NODE_PROPERTY_KEYS)},
  n.stagedCategory = $category[i]
RETURN collect(elementId(n)) AS nodes`,
);

/**
 * One batch of new relationships of one type (types cannot be parameters), between staged
 * nodes: `from` and `to` hold the ends' element ids (as STAGE_NODES answered them), `props`
 * one list per property key. Why element ids rather than the dataset's ids: finding a node
 * by its element id reads its record directly, while finding it by `id` walks the unique
 * index and takes a lock on the entry; the two lookups per relationship were a tenth of
 * Neo4j's work in a 10^5 load (docs/neo4j.md, "Loading").
 */
export const STAGE_EDGES: Readonly<Record<string, CypherStatement>> = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [
    type,
    statement(
      `stage${type}Edges`,
      "WRITE",
      ["from", "to", "props"],
      `
UNWIND range(0, size($from) - 1) AS i
MATCH (a) WHERE elementId(a) = $from[i]
MATCH (b) WHERE elementId(b) = $to[i]
CREATE (a)-[r:${type}]->(b)
SET ${setFromColumns("r", EDGE_PROPERTY_KEYS)}`,
    ),
  ]),
);

/**
 * Without --replace, a load keeps what the database holds beyond the dataset: the served
 * nodes the dataset does not name are staged as they are (an auto-commit statement, in
 * batches). The check for a staged node of the same id is made inside each batch's own
 * transaction: made by the outer query, its index lock would block the batches that
 * create staged nodes, which the outer query waits for.
 */
export const CARRY_OVER_NODES = statement(
  "carryOverNodes",
  "WRITE",
  [],
  `
MATCH (old:${ENTITY_LABEL})
CALL (old) {
  OPTIONAL MATCH (named:${STAGED_LABEL} {id: old.id})
  WITH old WHERE named IS NULL
  CREATE (copy:${STAGED_LABEL})
  SET copy = properties(old),
    copy.stagedCategory = head([label IN labels(old) WHERE label IN [${NODE_CATEGORIES.map((c) => `'${c}'`).join(", ")}]])
} IN TRANSACTIONS OF ${NODE_BATCH_SIZE} ROWS`,
);

/** …and so are the served relationships of each type it does not name, where both ends are staged. */
export const CARRY_OVER_EDGES: Readonly<Record<string, CypherStatement>> = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [
    type,
    statement(
      `carryOver${type}Edges`,
      "WRITE",
      [],
      `
MATCH (a:${ENTITY_LABEL})-[old:${type}]->(b:${ENTITY_LABEL})
CALL (a, old, b) {
  MATCH (stagedA:${STAGED_LABEL} {id: a.id})
  MATCH (stagedB:${STAGED_LABEL} {id: b.id})
  WITH stagedA, stagedB, old
  WHERE NOT EXISTS { MATCH (stagedA)-[:${type} {id: old.id}]->() }
  CREATE (stagedA)-[copy:${type}]->(stagedB)
  SET copy = properties(old)
} IN TRANSACTIONS OF ${EDGE_BATCH_SIZE} ROWS`,
    ),
  ]),
);

/** The swap, first statement: the served dataset is retired (no Entity or category label). */
export const RETIRE_SERVED = statement(
  "retireServed",
  "WRITE",
  [],
  `
MATCH (n:${ENTITY_LABEL})
SET n:${RETIRED_LABEL}
REMOVE n:${ENTITY_LABEL}:${ALL_CATEGORY_LABELS}`,
);

/** The swap, second statement: the staged nodes are served, each under its category. */
export const PROMOTE_STAGED = statement(
  "promoteStaged",
  "WRITE",
  [],
  `
MATCH (n:${STAGED_LABEL})
${NODE_CATEGORIES.map(
  (category) =>
    `FOREACH (_ IN CASE WHEN n.stagedCategory = '${category}' THEN [1] ELSE [] END | SET n:${category})`,
).join("\n")}
SET n:${ENTITY_LABEL}
REMOVE n:${STAGED_LABEL}, n.stagedCategory`,
);

/**
 * The swap, last statement: the version the database now serves, and the longest span of
 * any date in it (days from earliest to latest possible day; kept from before when the
 * load keeps what was there). Date-range statements seek dates from `from − span` up to
 * `to` in the date indexes: a date overlapping the range cannot start earlier than that.
 */
export const SET_VERSION = statement(
  "setVersion",
  "WRITE",
  ["version", "format", "maxDateSpanDays", "keepsOld"],
  `
MERGE (meta:DatasetMeta {key: 'dataset'})
SET meta.version = $version, meta.format = $format,
  meta.maxDateSpanDays = CASE
    WHEN $keepsOld AND coalesce(meta.maxDateSpanDays, 0) > $maxDateSpanDays THEN meta.maxDateSpanDays
    ELSE $maxDateSpanDays END`,
);

/**
 * How the loader lays a dataset out (properties, indexes). A database loaded in another
 * layout reads as holding no dataset, so the server loads it again rather than serve it
 * with statements that expect what it lacks.
 */
export const LOAD_FORMAT = "entente-3";

/** The version of the dataset served, if it was loaded in this layout. */
export const READ_VERSION = statement(
  "readVersion",
  "READ",
  ["format"],
  `
OPTIONAL MATCH (meta:DatasetMeta {key: 'dataset'})
RETURN CASE WHEN meta.format = $format THEN meta.version END AS version`,
);

export const LOAD_STATEMENTS: readonly CypherStatement[] = [
  ...SCHEMA_STATEMENTS,
  ...OBSOLETE_SCHEMA_STATEMENTS,
  AWAIT_INDEXES,
  CLEAR_UNSERVED_EDGES,
  CLEAR_UNSERVED,
  DELETE_RETIRED_EDGES,
  DELETE_RETIRED,
  STAGE_NODES,
  ...Object.values(STAGE_EDGES),
  CARRY_OVER_NODES,
  ...Object.values(CARRY_OVER_EDGES),
  RETIRE_SERVED,
  PROMOTE_STAGED,
  SET_VERSION,
  READ_VERSION,
];
