/**
 * An agreement's life as the sources report it, derived from its dated
 * statements (signed at, announced at, launched, approved, milestones…) rather
 * than stored twice. Planned and expected steps stay marked as such.
 */
import { activeClaims } from "./claims.js";
import type { Claim, Evidence, GraphEdge, GraphNode } from "./graph-types.js";
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
  /** The claim the step is, when the statement records its claims. */
  readonly claim?: Claim;
  readonly evidence: readonly Evidence[];
}

/**
 * The claims of a statement that make steps: those that count and give a status, each
 * one source's word ("planned", then "signed"). A statement that records no claims is one
 * step with its own values.
 */
function stepClaims(statement: GraphEdge | GraphNode): (Claim | undefined)[] {
  if (!statement.claims) return statement.status ? [undefined] : [];
  return activeClaims(statement.claims).filter((claim) => claim.status !== undefined);
}

/** Relationship types that mark a step (see `statusStep` in the declarations). */
export const STATUS_STEP_TYPES: readonly RelationshipType[] = relationshipTypesWhere(
  (declaration) => declaration.statusStep !== null,
);

/**
 * Steps from the claims of the links at the agreement (relationship and the node at its
 * other end) and of the agreement's own status, dated ones first by earliest day, then
 * undated; an own-status claim is added only when no link step already reports its status.
 * Claims that no longer count (deprecated, superseded) make no step.
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
    for (const claim of stepClaims(edge)) {
      const date = claim ? claim.date : edge.date;
      steps.push({
        status: claim?.status ?? edge.status,
        date: date ?? (node.category === "Event" ? node.date : undefined),
        label: rule.says === "" ? node.name : `${rule.says} ${node.name}`,
        edge,
        event: node.category === "Event" ? node : undefined,
        claim,
        evidence: claim ? claim.evidence : edge.evidence,
      });
    }
  }
  const linkStatuses = new Set(steps.map((step) => step.status));
  for (const claim of stepClaims(agreement)) {
    const status = claim?.status ?? agreement.status;
    if (!status || linkStatuses.has(status)) continue;
    steps.push({
      status,
      date: claim ? claim.date : agreement.date,
      label: "status as reported",
      claim,
      evidence: claim ? claim.evidence : agreement.evidence,
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
