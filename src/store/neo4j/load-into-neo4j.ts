/**
 * Writes a dataset into Neo4j (see cypher-load-statements.ts for why it is staged):
 * 1. schema first (constraints and indexes), and whatever an interrupted load left is cleared;
 * 2. the dataset's nodes, then its relationships type by type, are created as staged, in
 *    batches of a few thousand per transaction, sent as one list per property (no MERGE:
 *    the staging area starts empty);
 * 3. without `replace`, the served nodes and relationships the dataset does not name are
 *    staged too, so they survive the load;
 * 4. one transaction retires the served dataset, promotes the staged one and records its
 *    version: readers see the old dataset or the new one, never a mixture;
 * 5. the retired dataset is deleted in batches, its relationships before its nodes.
 * A failure before step 4 leaves the served dataset untouched; running the same load twice
 * serves the same nodes and relationships.
 */
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type Session,
} from "neo4j-driver";
import type { Dataset, GraphEdge, GraphNode } from "../../domain/graph-types.js";
import { RELATIONSHIP_TYPES } from "../../domain/vocabulary.js";
import {
  AWAIT_INDEXES,
  CARRY_OVER_EDGES,
  CARRY_OVER_NODES,
  CLEAR_UNSERVED,
  CLEAR_UNSERVED_EDGES,
  DELETE_RETIRED,
  DELETE_RETIRED_EDGES,
  EDGE_BATCH_SIZE,
  LOAD_FORMAT,
  NODE_BATCH_SIZE,
  OBSOLETE_SCHEMA_STATEMENTS,
  PROMOTE_STAGED,
  READ_VERSION,
  RETIRE_SERVED,
  SCHEMA_STATEMENTS,
  SET_VERSION,
  STAGE_EDGES,
  STAGE_NODES,
} from "./cypher-load-statements.js";
import { type CypherStatement, runParameters } from "./cypher-statement.js";
import { mapDriverError } from "./map-driver-error.js";
import { assertParameters } from "./neo4j-store.js";
import {
  EDGE_PROPERTY_KEYS,
  edgeToProps,
  NODE_PROPERTY_KEYS,
  nodeToProps,
} from "./record-mapping.js";

/** How long a load waits for new indexes to come online. */
const INDEX_WAIT_SECONDS = 300;

export interface LoadOptions {
  readonly database?: string;
  /** Also remove nodes and relationships the dataset no longer holds. */
  readonly replace: boolean;
}

export interface LoadReport {
  readonly nodes: number;
  readonly edges: number;
  readonly version: string;
}

type Parameters = Record<string, unknown>;

async function runIn(
  tx: ManagedTransaction,
  statement: CypherStatement,
  parameters: Parameters = {},
): Promise<QueryResult> {
  assertParameters(statement, parameters);
  return tx.run(statement.text, runParameters(parameters));
}

/** An auto-commit statement: what `CALL … IN TRANSACTIONS` and schema commands need. */
async function runAlone(
  session: Session,
  statement: CypherStatement,
  parameters: Parameters = {},
): Promise<void> {
  assertParameters(statement, parameters);
  await session.run(statement.text, runParameters(parameters));
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let at = 0; at < items.length; at += size) result.push(items.slice(at, at + size));
  return result;
}

/** Sessions writing batches at once: while one batch is encoded and sent, another is written. */
const STAGING_SESSIONS = 2;
/** Times a batch is tried again after Neo4j broke a deadlock by failing it. */
const DEADLOCK_RETRIES = 8;

/** One staging transaction: a statement and its parameters, made when it is sent. */
interface StagingBatch {
  readonly statement: CypherStatement;
  readonly parameters: () => Parameters;
  /** Reads what the committed transaction answered. */
  readonly committed?: (result: QueryResult) => void;
}

/**
 * A batch's properties as one list per key, null where a row lacks the key (what the
 * staging statements read: see setFromColumns). A key outside `keys` would be silently
 * dropped by the statement, so it is a mapping bug and throws.
 */
export function propertyColumns(
  rows: readonly Parameters[],
  keys: readonly string[],
): Record<string, unknown[]> {
  const columns: Record<string, unknown[]> = Object.create(null);
  for (const key of keys) columns[key] = new Array<unknown>(rows.length).fill(null);
  rows.forEach((row, index) => {
    for (const key of Object.keys(row)) {
      const column = columns[key];
      if (!column) throw new Error(`property ${key} is not among the keys the loader writes`);
      column[index] = row[key] ?? null;
    }
  });
  return { ...columns };
}

/**
 * The element ids Neo4j gave the staged nodes, by the dataset's ids: what the relationship
 * batches name their ends by (see STAGE_EDGES). Held for one load: a string per node.
 */
class StagedNodes {
  private readonly ids = new Map<string, string>();

  add(batch: readonly GraphNode[], result: QueryResult): void {
    const answered: unknown = result.records[0]?.get("nodes");
    if (!Array.isArray(answered) || answered.length !== batch.length) {
      throw new Error(
        `Neo4j answered ${Array.isArray(answered) ? answered.length : "no"} element ids for a batch of ${batch.length} staged nodes`,
      );
    }
    batch.forEach((node, index) => {
      this.ids.set(node.id, String(answered[index]));
    });
  }

  elementId(id: string, edge: GraphEdge): string {
    const elementId = this.ids.get(id);
    if (elementId === undefined) {
      throw new Error(`relationship ${edge.id} names node ${id}, which the dataset does not hold`);
    }
    return elementId;
  }
}

const isDeadlock = (error: unknown) =>
  (error as { code?: unknown })?.code === "Neo.TransientError.Transaction.DeadlockDetected";

/**
 * Writes the batches on STAGING_SESSIONS sessions at once, each batch its own transaction.
 * Node batches touch disjoint nodes; relationship batches may lock the same hub nodes in
 * different orders, and when Neo4j breaks such a deadlock by failing one transaction,
 * that batch is simply written again (the driver's own retries are bounded by time, and
 * a deadlock is no sign of trouble here).
 */
async function writeBatches(
  driver: Driver,
  database: string | undefined,
  batches: readonly StagingBatch[],
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: STAGING_SESSIONS }, async () => {
      const session = driver.session({ database });
      try {
        while (next < batches.length) {
          const batch = batches[next++] as StagingBatch;
          const parameters = batch.parameters();
          for (let attempt = 0; ; attempt++) {
            try {
              const result = await session.executeWrite((tx) =>
                runIn(tx, batch.statement, parameters),
              );
              batch.committed?.(result);
              break;
            } catch (error) {
              if (!isDeadlock(error) || attempt >= DEADLOCK_RETRIES) throw error;
              await new Promise((resolve) =>
                setTimeout(resolve, 20 + Math.random() * 80 * attempt),
              );
            }
          }
        }
      } finally {
        await session.close();
      }
    }),
  );
}

/** Creates constraints and indexes if missing (each schema command in its own transaction, as Neo4j requires). */
export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of [...OBSOLETE_SCHEMA_STATEMENTS, ...SCHEMA_STATEMENTS]) {
      await runAlone(session, statement);
    }
    await runAlone(session, AWAIT_INDEXES, { seconds: INDEX_WAIT_SECONDS });
  } catch (error) {
    throw mapDriverError(error);
  } finally {
    await session.close();
  }
}

export async function readLoadedVersion(
  driver: Driver,
  database?: string,
): Promise<string | undefined> {
  const session = driver.session({ database });
  try {
    const records = await session.executeRead((tx) =>
      tx.run(READ_VERSION.text, runParameters({ format: LOAD_FORMAT })),
    );
    const version = records.records[0]?.get("version");
    return typeof version === "string" ? version : undefined;
  } catch (error) {
    throw mapDriverError(error);
  } finally {
    await session.close();
  }
}

const DAY_MS = 86_400_000;

/** The longest span of a date in the dataset, in days from its earliest to its latest possible day. */
export function maxDateSpanDays(dataset: Dataset): number {
  let longest = 0;
  for (const item of [...dataset.nodes, ...dataset.edges]) {
    if (!item.date) continue;
    const span = (Date.parse(item.date.latest) - Date.parse(item.date.earliest)) / DAY_MS;
    if (span > longest) longest = span;
  }
  return Math.ceil(longest);
}

export async function loadIntoNeo4j(
  driver: Driver,
  dataset: Dataset,
  options: LoadOptions,
): Promise<LoadReport> {
  const edgesByType = new Map<string, GraphEdge[]>();
  for (const edge of dataset.edges) {
    if (!STAGE_EDGES[edge.type]) throw new Error(`no statement for relationship type ${edge.type}`);
    const list = edgesByType.get(edge.type) ?? [];
    list.push(edge);
    edgesByType.set(edge.type, list);
  }
  await ensureSchema(driver, options.database);
  const session = driver.session({ database: options.database });
  try {
    await runAlone(session, CLEAR_UNSERVED_EDGES);
    await runAlone(session, CLEAR_UNSERVED);
    const staged = new StagedNodes();
    await writeBatches(
      driver,
      options.database,
      batches(dataset.nodes, NODE_BATCH_SIZE).map((batch) => ({
        statement: STAGE_NODES,
        parameters: () => ({
          category: batch.map((node) => node.category),
          props: propertyColumns(batch.map(nodeToProps), NODE_PROPERTY_KEYS),
        }),
        committed: (result) => staged.add(batch, result),
      })),
    );
    await writeBatches(
      driver,
      options.database,
      RELATIONSHIP_TYPES.flatMap((type) =>
        batches(edgesByType.get(type) ?? [], EDGE_BATCH_SIZE).map((batch) => ({
          statement: STAGE_EDGES[type] as CypherStatement,
          parameters: () => ({
            from: batch.map((edge) => staged.elementId(edge.from, edge)),
            to: batch.map((edge) => staged.elementId(edge.to, edge)),
            props: propertyColumns(batch.map(edgeToProps), EDGE_PROPERTY_KEYS),
          }),
        })),
      ),
    );
    if (!options.replace) {
      await runAlone(session, CARRY_OVER_NODES);
      for (const type of RELATIONSHIP_TYPES) {
        await runAlone(session, CARRY_OVER_EDGES[type] as CypherStatement);
      }
    }
    await session.executeWrite(async (tx) => {
      await runIn(tx, RETIRE_SERVED);
      await runIn(tx, PROMOTE_STAGED);
      await runIn(tx, SET_VERSION, {
        version: dataset.version,
        format: LOAD_FORMAT,
        maxDateSpanDays: neo4j.int(maxDateSpanDays(dataset)),
        keepsOld: !options.replace,
      });
    });
    await runAlone(session, DELETE_RETIRED_EDGES);
    await runAlone(session, DELETE_RETIRED);
  } catch (error) {
    throw mapDriverError(error);
  } finally {
    await session.close();
  }
  return { nodes: dataset.nodes.length, edges: dataset.edges.length, version: dataset.version };
}
