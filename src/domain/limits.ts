/**
 * Ceilings on what one request may ask for, shared by the API, the HTTP export
 * route, the CLI and both stores, so a traversal cannot grow without bound.
 */

/** Longest path `paths` searches (a literal bound in the Neo4j statement as well). */
export const MAX_PATH_HOPS = 6;
export const DEFAULT_PATH_HOPS = 4;
/** Most ids (or references) one request may name: `nodes(ids)`, neighbourhood and export starts. */
export const MAX_IDS = 100;
/** Most paths one `paths` request returns. */
export const MAX_PATHS = 50;

/** Steps of a neighbourhood when none are asked for (GraphQL, HTTP export, CLI). */
export const DEFAULT_NEIGHBOURHOOD_DEPTH = 1;
/** Deepest neighbourhood, and most nodes in one. */
export const MAX_NEIGHBOURHOOD_DEPTH = 4;
export const MAX_NEIGHBOURHOOD_LIMIT = 5_000;
export const DEFAULT_NEIGHBOURHOOD_LIMIT = 500;
/** Most relationships followed from one node per step of a neighbourhood walk. */
export const DEFAULT_FAN_OUT = 100;
export const MAX_FAN_OUT = 1_000;

/**
 * Longest free text (search text, names and references in filters, export starts) one
 * argument may carry. Longer text is refused, naming the argument, before it reaches a
 * store or any cache.
 */
export const MAX_TEXT_LENGTH = 200;

/**
 * Most characters of a client's value an error message quotes: enough to recognise the
 * value, never enough for a client to make the server copy its whole request into an answer.
 */
export const MAX_QUOTED_LENGTH = 80;

/**
 * Deepest nesting of objects and lists in one variable's value. The deepest input the
 * schema accepts is a `where` tree at MAX_WHERE_DEPTH levels, each level nesting at most
 * three (`partiesConnection: { some: { node: … } }`), with a leaf's two below (`name: {
 * in: [...] }`): anything past this is refused before any work, which also keeps
 * recursive routines (JSON.stringify among them) away from values deep enough to
 * overflow the stack.
 */
export const MAX_VARIABLE_NESTING = 3 * 5 + 3;

/**
 * Memory bounds, in (estimated) bytes, of every cache whose keys or contents a client
 * chooses. Each cache is an LRU (lru-cache's `maxSize` and `sizeCalculation`): past its
 * bound the least recently used entries go, so no sequence of requests can make the
 * process hold more than these sums. They are small on purpose: under load V8 lets its
 * heap grow to about four times what is live before it collects, so each megabyte kept
 * costs about four of resident memory (`scripts/hostile-load.mjs` measures the total).
 */
const MiB = 1024 * 1024;
/**
 * The memory store's filtered lists, per dataset: key text, 48 bytes per node listed, and
 * its path when it has one. The store adds room for one list of every node it holds, so
 * that a large dataset can keep its largest answers.
 */
export const FILTER_CACHE_BYTES = 4 * MiB;
/** The memory store's whole categories in each sort order, per dataset: 8 bytes per node. */
export const SORTED_CACHE_BYTES = 64 * MiB;
/** Estimated costs of operations, by query text hash, operation name and variables. */
export const COST_CACHE_BYTES = 1 * MiB;
/** Parsed and validated documents (Apollo's document store), at ~300 bytes per token. */
export const DOCUMENT_CACHE_BYTES = 4 * MiB;
/**
 * Operations compiled by graphql-jit (see jit-gateway.ts), at an estimated heap per
 * character of the query text: the generated function, its closures and V8's code for it.
 */
export const COMPILED_QUERY_CACHE_BYTES = 8 * MiB;
/** Query texts registered as automatic persisted queries. */
export const PERSISTED_QUERY_CACHE_BYTES = 2 * MiB;

/** A JavaScript string's size in memory, at worst (two bytes a character), with its header. */
export function stringBytes(text: string): number {
  return 2 * text.length + 24;
}

/** Most names a "did you mean…?" hint offers when a reference names nothing. */
export const MAX_SUGGESTIONS = 3;

/**
 * How deep PART_OF is followed when a filter includes an actor's sub-bodies
 * (`includeParts`): its parts, their parts, and so on, this many steps down.
 */
export const MAX_PART_OF_DEPTH = 4;

/**
 * Bounds of one `where` tree: how deep its conditions nest (each AND, OR or NOT item and
 * each relationship's far side is a level down), and how many conditions it holds in all.
 * Both stores evaluate a tree in time proportional to its size, and the Neo4j statement
 * that evaluates it is written for this depth once, at start.
 */
export const MAX_WHERE_DEPTH = 5;
export const MAX_WHERE_CONDITIONS = 64;

/**
 * Most keys in a `sort` list. A field named twice orders nothing more, and id orders
 * everything (it is unique and breaks the last ties anyway), so degree, date and name are
 * the most keys that can matter. The Neo4j adapter writes this many ORDER BY keys.
 */
export const MAX_SORT_KEYS = 3;
