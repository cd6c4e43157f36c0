/**
 * How an agreement "involves" a topic beyond what it covers itself: through the
 * meetings convened under it, what those meetings launched, announced or saw
 * signed, and its parts (each relationship type declares whether it is a step, in
 * src/domain/vocabulary.ts). Both stores follow exactly these steps, so they agree.
 */
import { declarationOf, type RelationshipType, relationshipTypesWhere } from "./vocabulary.js";

export interface InvolvementStep {
  readonly type: RelationshipType;
  /** Direction of the relationship as seen walking away from the agreement. */
  readonly direction: "OUT" | "IN";
}

/** The steps, read off the relationship declarations (`involvement`). */
export const INVOLVEMENT_STEPS: readonly InvolvementStep[] = relationshipTypesWhere(
  (declaration) => declaration.involvement !== null,
).map((type) => ({ type, direction: declarationOf(type).involvement ?? "OUT" }));

export const DEFAULT_INVOLVEMENT_HOPS = 3;
export const MAX_INVOLVEMENT_HOPS = 4;
/** How far down SUBTOPIC_OF a broad topic reaches its narrower ones. */
export const MAX_SUBTOPIC_DEPTH = 6;
