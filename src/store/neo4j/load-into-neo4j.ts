/**
 * Writes a dataset into Neo4j: schema first (constraints, full-text index), then
 * nodes and relationships with MERGE in batched UNWIND statements, all inside one
 * write transaction, so a load lands whole or not at all and a rerun changes nothing.
 */
import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { Dataset, GraphEdge, GraphNode } from "../../domain/graph-types.js";
import type { CypherStatement } from "./cypher-statement.js";
import {
  DELETE_STALE_EDGES,
  DELETE_STALE_NODES,
  READ_VERSION,
  SCHEMA_STATEMENTS,
  SET_VERSION,
  UPSERT_EDGES,
  UPSERT_NODES,
} from "./cypher-statements.js";
import { mapDriverError } from "./map-driver-error.js";
import { assertParameters } from "./neo4j-store.js";
import { edgeToProps, nodeToProps } from "./record-mapping.js";

const BATCH_SIZE = 1_000;

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

async function run(
  tx: ManagedTransaction,
  statement: CypherStatement,
  parameters: Record<string, unknown>,
): Promise<void> {
  assertParameters(statement, parameters);
  await tx.run(statement.text, parameters);
}

function batches<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let at = 0; at < items.length; at += BATCH_SIZE)
    result.push(items.slice(at, at + BATCH_SIZE));
  return result;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item)) ?? [];
    list.push(item);
    groups.set(key(item), list);
  }
  return groups;
}

/** Creates constraints and indexes if missing; each schema command runs in its own transaction, as Neo4j requires. */
export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of SCHEMA_STATEMENTS) await session.run(statement.text);
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
    const records = await session.executeRead((tx) => tx.run(READ_VERSION.text));
    const version = records.records[0]?.get("version");
    return typeof version === "string" ? version : undefined;
  } catch (error) {
    throw mapDriverError(error);
  } finally {
    await session.close();
  }
}

export async function loadIntoNeo4j(
  driver: Driver,
  dataset: Dataset,
  options: LoadOptions,
): Promise<LoadReport> {
  await ensureSchema(driver, options.database);
  const session = driver.session({ database: options.database });
  try {
    await session.executeWrite(async (tx) => {
      if (options.replace) {
        await run(tx, DELETE_STALE_EDGES, { ids: dataset.edges.map((edge) => edge.id) });
        await run(tx, DELETE_STALE_NODES, { ids: dataset.nodes.map((node) => node.id) });
      }
      for (const [category, nodes] of groupBy(dataset.nodes, (node: GraphNode) => node.category)) {
        const statement = UPSERT_NODES[category];
        if (!statement) throw new Error(`no upsert statement for category ${category}`);
        for (const batch of batches(nodes)) {
          await run(tx, statement, {
            rows: batch.map((node) => ({ id: node.id, props: nodeToProps(node) })),
          });
        }
      }
      for (const [type, edges] of groupBy(dataset.edges, (edge: GraphEdge) => edge.type)) {
        const statement = UPSERT_EDGES[type];
        if (!statement) throw new Error(`no upsert statement for relationship type ${type}`);
        for (const batch of batches(edges)) {
          await run(tx, statement, {
            rows: batch.map((edge) => ({
              id: edge.id,
              from: edge.from,
              to: edge.to,
              props: edgeToProps(edge),
            })),
          });
        }
      }
      await run(tx, SET_VERSION, { version: dataset.version });
    });
  } catch (error) {
    throw mapDriverError(error);
  } finally {
    await session.close();
  }
  return { nodes: dataset.nodes.length, edges: dataset.edges.length, version: dataset.version };
}
