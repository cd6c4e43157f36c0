/**
 * Which statements mark a change in where something stands, and so belong on a
 * timeline or in an agreement's status history beside the dated events; and how an
 * actor takes part in an event, for the timeline's actor filter. Both are read off
 * the relationship declarations (src/domain/vocabulary.ts).
 */
import { declarationOf, type RelationshipType, relationshipTypesWhere } from "./vocabulary.js";

export const STATUS_CHANGE_TYPES: readonly RelationshipType[] = relationshipTypesWhere(
  (declaration) => declaration.onTimeline,
);

/** Relationship types that tie an actor to an event, with the end the actor is on. */
export const EVENT_ACTOR_LINKS: readonly { type: RelationshipType; actorIs: "from" | "to" }[] =
  relationshipTypesWhere((declaration) => declaration.eventActor !== null).map((type) => ({
    type,
    actorIs: declarationOf(type).eventActor ?? "from",
  }));
