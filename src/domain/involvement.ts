/**
 * How an agreement "involves" a topic beyond what it covers itself: through the
 * meetings convened under it, what those meetings launched, announced or saw
 * signed, and its parts. Both stores follow exactly these steps, so they agree.
 */
import type { RelationshipType } from "./vocabulary.js";

export interface InvolvementStep {
  readonly type: RelationshipType;
  /** Direction of the relationship as seen walking away from the agreement. */
  readonly direction: "OUT" | "IN";
}

export const INVOLVEMENT_STEPS: readonly InvolvementStep[] = [
  { type: "CONVENED_UNDER", direction: "IN" },
  { type: "LAUNCHED", direction: "OUT" },
  { type: "ANNOUNCED_AT", direction: "IN" },
  { type: "SIGNED_AT", direction: "IN" },
  { type: "PART_OF", direction: "IN" },
];

export const DEFAULT_INVOLVEMENT_HOPS = 3;
export const MAX_INVOLVEMENT_HOPS = 4;
/** How far down SUBTOPIC_OF a broad topic reaches its narrower ones. */
export const MAX_SUBTOPIC_DEPTH = 6;
