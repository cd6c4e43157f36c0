/**
 * Ceilings on what one request may ask for, shared by the API, the HTTP export
 * route, the CLI and both stores, so a traversal cannot grow without bound.
 */

/** Longest path `paths` searches (a literal bound in the Neo4j statement as well). */
export const MAX_PATH_HOPS = 6;
export const DEFAULT_PATH_HOPS = 4;
/** Most paths one `paths` request returns. */
export const MAX_PATHS = 50;

/** Deepest neighbourhood, and most nodes in one. */
export const MAX_NEIGHBOURHOOD_DEPTH = 4;
export const MAX_NEIGHBOURHOOD_LIMIT = 5_000;
export const DEFAULT_NEIGHBOURHOOD_LIMIT = 500;
/** Most relationships followed from one node per step of a neighbourhood walk. */
export const DEFAULT_FAN_OUT = 100;
