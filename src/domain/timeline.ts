/**
 * Which statements mark a change in where something stands, and so belong on a
 * timeline or in an agreement's status history beside the dated events.
 */
import type { RelationshipType } from "./vocabulary.js";

export const STATUS_CHANGE_TYPES: readonly RelationshipType[] = [
  "SIGNED_AT",
  "ANNOUNCED_AT",
  "LAUNCHED",
  "SET_UP_BY",
  "APPROVES",
  "PARTY_TO",
  "SUPPORTS",
];
