/**
 * An agreement's life as the sources report it, derived from its dated
 * statements (signed at, announced at, launched, approved, milestones…) rather
 * than stored twice. Planned and expected steps stay marked as such.
 */
import type { Evidence, GraphEdge, GraphNode } from "./graph-types.js";
import type { PartialDate } from "./partial-date.js";
import {
  declarationOf,
  type RelationshipType,
  relationshipTypesWhere,
  type Status,
} from "./vocabulary.js";

export interface StatusStepValue {
  readonly status: Status;
  readonly date?: PartialDate;
  readonly label: string;
  readonly edge?: GraphEdge;
  readonly event?: GraphNode;
  readonly evidence: readonly Evidence[];
}

/** Relationship types that mark a step (see `statusStep` in the declarations). */
export const STATUS_STEP_TYPES: readonly RelationshipType[] = relationshipTypesWhere(
  (declaration) => declaration.statusStep !== null,
);

/**
 * Steps from the links at the agreement (relationship and the node at its other end),
 * dated ones first by earliest day, then undated; the agreement's own status is
 * added only when no step already reports that status.
 */
export function deriveStatusHistory(
  agreement: GraphNode,
  links: readonly { edge: GraphEdge; node: GraphNode }[],
): StatusStepValue[] {
  const steps: StatusStepValue[] = [];
  for (const { edge, node } of links) {
    const rule = declarationOf(edge.type).statusStep;
    if (!rule || edge[rule.agreementIs] !== agreement.id) continue;
    if (rule.otherCategories && !rule.otherCategories.includes(node.category)) continue;
    steps.push({
      status: edge.status,
      date: edge.date ?? (node.category === "Event" ? node.date : undefined),
      label: rule.says === "" ? node.name : `${rule.says} ${node.name}`,
      edge,
      event: node.category === "Event" ? node : undefined,
      evidence: edge.evidence,
    });
  }
  if (agreement.status && !steps.some((step) => step.status === agreement.status)) {
    steps.push({
      status: agreement.status,
      date: agreement.date,
      label: "status as reported",
      evidence: agreement.evidence,
    });
  }
  return steps.sort(
    (a, b) => compareDates(a.date, b.date) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
}

function compareDates(a: PartialDate | undefined, b: PartialDate | undefined): number {
  if (a && b) return a.earliest < b.earliest ? -1 : a.earliest > b.earliest ? 1 : 0;
  if (a || b) return a ? -1 : 1;
  return 0;
}
