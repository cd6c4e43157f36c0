/**
 * The statements the adapter sends for node lists and links, written for the shape of the
 * call: which filter conditions it gives, the sort, the relationship types and direction
 * (see ListShape and LinkShape in cypher-statements.ts). A statement for a shape holds only
 * the conditions given and the one order asked for, so Neo4j neither evaluates the tests
 * for null of every condition the adapter has on every row nor plans branches that never
 * run, and its relationship pattern names the types and direction, so it expands only
 * those relationships. Values still travel only as parameters; labels and types come from
 * the closed vocabulary. The texts are kept in a bounded cache, one per shape (the number
 * of shapes is bounded by the vocabulary and the API's limits, the cache by its size).
 */
import type { RelationshipType } from "../../domain/vocabulary.js";
import type {
  ListQuery,
  NeighbourPageQuery,
  NeighbourQuery,
  NodeFilter,
  NodeSort,
  NodeWhere,
} from "../graph-store.js";
import { type FilterShape, filterShape } from "./cypher-node-filter.js";
import { listNodesParams, neighbourPagesParams, neighboursParams } from "./cypher-params.js";
import type { CypherStatement } from "./cypher-statement.js";
import {
  type LinkShape,
  type ListShape,
  listNodesStatement,
  type NeighbourRead,
  neighbourPagesStatement,
  neighboursStatement,
} from "./cypher-statements.js";
import { compileWhere } from "./cypher-where.js";

/** A statement with the parameters the adapter sends for one call. */
export interface ShapedCall {
  readonly statement: CypherStatement;
  readonly parameters: Record<string, unknown>;
}

/** Most statement texts kept; a shape past them is written again when it comes back. */
export const SHAPED_CACHE_SIZE = 512;

const cache = new Map<string, CypherStatement>();

/** The cached statement for `key`, written by `write` on a miss (least recently used evicted). */
function cached(key: string, write: () => CypherStatement): CypherStatement {
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const written = write();
  cache.set(key, written);
  if (cache.size > SHAPED_CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return written;
}

/** The part of a cache key a `where` tree adds: its compiled text, which follows its shape only. */
const whereKey = (where: NodeWhere | undefined, v: string, values: string) =>
  where ? compileWhere(v, where, values).text : "";

/** The declared parameters of `statement`, taken from all those the call has. */
function only(statement: CypherStatement, all: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(statement.parameters.map((name) => [name, all[name]]));
}

export function listShape(query: ListQuery, heads = false): ListShape {
  return {
    filter: filterShape(query.filter),
    sort: { field: query.sort.field, descending: query.sort.descending },
    heads,
  };
}

export function linkShape(query: NeighbourQuery): LinkShape {
  return {
    types: query.types ? [...query.types].sort() : null,
    direction: query.direction,
    edgeStatuses: query.edgeStatuses !== undefined,
    asOf: query.asOf !== undefined,
    far: filterShape(query.far as NodeFilter | undefined),
  };
}

/** The statement of `listNodes`, or of `listNodeHeads` when `heads`. */
export function listNodesCall(query: ListQuery, heads = false): ShapedCall {
  const shape = listShape(query, heads);
  const sorted = (query.thenBy?.length ?? 0) > 0;
  const where = query.filter.where;
  const key = `list|${sorted}|${JSON.stringify(shape)}|${whereKey(where, "n", "$filter.whereValues")}`;
  const statement = cached(key, () => listNodesStatement(where, sorted, shape));
  return { statement, parameters: only(statement, listNodesParams(query)) };
}

/** The statement of `neighbours`, `neighbourHeads` or `nodesWithNeighbourHeads`, by what it reads. */
export function neighboursCall(
  ids: readonly string[],
  query: NeighbourQuery,
  read: NeighbourRead = "links",
): ShapedCall {
  const shape = linkShape(query);
  const where = query.far?.where;
  const key = `${read}|${JSON.stringify(shape)}|${whereKey(where, "m", "$far.whereValues")}`;
  const statement = cached(key, () => neighboursStatement(where, shape, read));
  return { statement, parameters: only(statement, neighboursParams(ids, query)) };
}

export function neighbourPagesCall(ids: readonly string[], query: NeighbourPageQuery): ShapedCall {
  const shape = linkShape(query);
  const where = query.far?.where;
  const key = `pages|${JSON.stringify(shape)}|${whereKey(where, "m", "$far.whereValues")}`;
  const statement = cached(key, () => neighbourPagesStatement(where, shape));
  return { statement, parameters: only(statement, neighbourPagesParams(ids, query)) };
}

const NO_FILTER: FilterShape = {
  categories: false,
  kinds: false,
  statuses: false,
  date: false,
  relatedTo: false,
  coversTopic: false,
  involvesTopic: false,
  asOf: false,
};

/** Filter shapes that together write every condition: none, each alone (with categories), all. */
function filterShapesToCheck(): [string, FilterShape][] {
  const keys = Object.keys(NO_FILTER) as (keyof FilterShape)[];
  return [
    ["no filter", NO_FILTER],
    ...keys.map((key): [string, FilterShape] => [
      `categories and ${key}`,
      { ...NO_FILTER, categories: true, [key]: true },
    ]),
    [
      "every condition",
      Object.fromEntries(keys.map((key) => [key, true])) as unknown as FilterShape,
    ],
  ];
}

/**
 * Statements for shapes that together hold every piece of text the shaped statements can
 * contain (each condition, each sort and direction, no types, one, several, none allowed),
 * for the lint test; the where trees have their own (test/neo4j/cypher-where-lint.test.ts).
 */
export function shapedStatementsToCheck(): [string, CypherStatement][] {
  const checked: [string, CypherStatement][] = [];
  const sorts: NodeSort[] = (["NAME", "ID", "DATE", "DEGREE"] as const).flatMap((field) => [
    { field, descending: false },
    { field, descending: true },
  ]);
  for (const sort of sorts) {
    const label = `${sort.field} ${sort.descending ? "descending" : "ascending"}`;
    checked.push([
      `listNodes, categories only, ${label}`,
      listNodesStatement(undefined, false, {
        filter: { ...NO_FILTER, categories: true },
        sort,
      }),
    ]);
    checked.push([
      `listNodes, kinds, ${label}`,
      listNodesStatement(undefined, false, { filter: { ...NO_FILTER, kinds: true }, sort }),
    ]);
  }
  checked.push([
    "listNodesSorted, kinds, DEGREE descending",
    listNodesStatement(undefined, true, {
      filter: { ...NO_FILTER, kinds: true },
      sort: { field: "DEGREE", descending: true },
    }),
  ]);
  const byName: NodeSort = { field: "NAME", descending: false };
  for (const [label, filter] of filterShapesToCheck()) {
    checked.push([
      `listNodes, ${label}`,
      listNodesStatement(undefined, false, { filter, sort: byName }),
    ]);
    checked.push([
      `listNodesSorted, ${label}`,
      listNodesStatement(undefined, true, { filter, sort: byName }),
    ]);
    checked.push([
      `listNodes, heads, ${label}`,
      listNodesStatement(undefined, false, { filter, sort: byName, heads: true }),
    ]);
    const link: LinkShape = {
      types: null,
      direction: "BOTH",
      edgeStatuses: false,
      asOf: false,
      far: filter,
    };
    checked.push([`neighbours, far ${label}`, neighboursStatement(undefined, link)]);
    checked.push([`neighbourHeads, far ${label}`, neighboursStatement(undefined, link, "heads")]);
    checked.push([`neighbourPages, far ${label}`, neighbourPagesStatement(undefined, link)]);
  }
  const typeLists: [string, RelationshipType[] | null][] = [
    ["any type", null],
    ["no type", []],
    ["one type", ["PARTY_TO"]],
    ["two types", ["PARTY_TO", "SIGNED_AT"]],
  ];
  for (const [typeLabel, types] of typeLists) {
    for (const direction of ["OUT", "IN", "BOTH"] as const) {
      for (const conditions of [false, true]) {
        const link: LinkShape = {
          types,
          direction,
          edgeStatuses: conditions,
          asOf: conditions,
          far: NO_FILTER,
        };
        const label = `${typeLabel}, ${direction}${conditions ? ", statuses and asOf" : ""}`;
        checked.push([`neighbours, ${label}`, neighboursStatement(undefined, link)]);
        if (conditions && direction === "OUT") {
          checked.push([`neighbourHeads, ${label}`, neighboursStatement(undefined, link, "heads")]);
          checked.push([
            `nodesWithNeighbourHeads, ${label}`,
            neighboursStatement(undefined, link, "originsAndHeads"),
          ]);
        }
        checked.push([`neighbourPages, ${label}`, neighbourPagesStatement(undefined, link)]);
      }
    }
  }
  return checked;
}
