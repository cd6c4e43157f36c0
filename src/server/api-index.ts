/**
 * The paths the server answers, declared once: the handler routes on these names and
 * the JSON index at `/` (for clients that ask for JSON) lists them, so a route cannot be
 * added or renamed without the index saying so.
 */
import { EXPLORER_PATH_PREFIX } from "./explorer-route.js";
import { exportIndexEntry } from "./export-route.js";
import { POSSIBLE_TYPES_PATH, VALUE_TYPES_PATH } from "./schema-hints-route.js";

export const ROUTE_PATHS = {
  graphql: "/graphql",
  health: "/healthz",
  readiness: "/readyz",
  possibleTypes: POSSIBLE_TYPES_PATH,
  valueTypes: VALUE_TYPES_PATH,
} as const;

/** What `/` answers to a client that asks for JSON. */
export function apiIndex() {
  return {
    name: "Entente",
    explorer: `/ (a browser page: send Accept: text/html), its files under ${EXPLORER_PATH_PREFIX}`,
    ...ROUTE_PATHS,
    export: exportIndexEntry(),
  };
}
