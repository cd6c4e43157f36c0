/**
 * Claims and the verification lists (docs/decisions/0008-claims-and-time.md). The values
 * were derived at load; here each claim is told whether it counts and whether the
 * statement's values come from it, and the whole graph is read for `verification`.
 */
import {
  activeClaims,
  claimsOf,
  deriveStatement,
  referenceDayFrom,
  type Statement,
  type StatementConflict,
  verifyStatements,
} from "../../domain/claims.js";
import type { Claim, GraphEdge, GraphNode } from "../../domain/graph-types.js";
import { knownOn, type Validity, validityOf } from "../../domain/validity.js";
import { isOfficialSourceKind, isProspective } from "../../domain/vocabulary.js";
import { allStatements } from "../../store/all-statements.js";
import type { QueryVerificationArgs, RelationshipKnownOnArgs } from "../generated/schema-types.js";
import { checkDay } from "../input-mapping.js";
import type { RequestContext } from "../request-context.js";
import { statementSummary } from "./statement-summary.js";

/** A claim with what it is to its statement. */
export interface ClaimValue {
  readonly claim: Claim;
  readonly active: boolean;
  readonly current: boolean;
}

/** The statement's claims, each marked counted or not, and current when the values come from it. */
export async function claimValues(
  statement: Statement,
  context: RequestContext,
): Promise<ClaimValue[]> {
  const claims = claimsOf(statement);
  if (claims.length === 0) return [];
  const sourceIds = [...new Set(claims.map((claim) => claim.sourceId))];
  const sources = await context.loaders.nodeList(sourceIds);
  const official = new Set(
    sourceIds.filter((_, index) => {
      const source = sources[index];
      return source && !(source instanceof Error) && isOfficialSourceKind(source.kind);
    }),
  );
  const derived = deriveStatement(claims, { isOfficial: (id) => official.has(id) });
  const active = new Set(activeClaims(claims));
  return claims.map((claim) => ({
    claim,
    active: active.has(claim),
    current: derived.winner === claim,
  }));
}

/** A statement as the API shows it for checking. */
interface StatementValue {
  readonly relationship?: GraphEdge;
  readonly node?: GraphNode;
}

const toStatementValue = (statement: Statement): StatementValue =>
  "category" in statement ? { node: statement } : { relationship: statement };

const claimsField = (statement: Statement, _args: unknown, context: RequestContext) =>
  claimValues(statement, context);

export const claimResolvers = {
  Relationship: {
    claims: claimsField,
    validity: (edge: GraphEdge) => validityOf(edge),
    knownOn: (edge: GraphEdge, args: RelationshipKnownOnArgs) =>
      knownOn(validityOf(edge), checkDay("day", args.day) ?? args.day),
  },
  Validity: {
    from: (validity: Validity) => validity.from ?? null,
    until: (validity: Validity) => validity.until ?? null,
  },
  Agreement: { claims: claimsField },
  Event: { claims: claimsField },
  Claim: {
    id: (value: ClaimValue) => value.claim.id,
    source: (value: ClaimValue, _args: unknown, context: RequestContext) =>
      context.loaders.node(value.claim.sourceId),
    evidence: (value: ClaimValue) => value.claim.evidence,
    status: (value: ClaimValue) => value.claim.status ?? null,
    prospective: (value: ClaimValue) =>
      value.claim.status === undefined ? null : isProspective(value.claim.status),
    date: (value: ClaimValue) => value.claim.date ?? null,
    start: (value: ClaimValue) => value.claim.start ?? null,
    end: (value: ClaimValue) => value.claim.end ?? null,
    role: (value: ClaimValue) => value.claim.role ?? null,
    sourceDate: (value: ClaimValue) => value.claim.claimedOn ?? null,
    rank: (value: ClaimValue) => value.claim.rank,
    rankReason: (value: ClaimValue) => value.claim.rankReason ?? null,
    fulfils: (value: ClaimValue) => value.claim.fulfils ?? null,
    supersedes: (value: ClaimValue) => value.claim.supersedes ?? null,
    inferred: (value: ClaimValue) => value.claim.inference !== undefined,
    inference: (value: ClaimValue) => value.claim.inference ?? null,
  },
  StatementToVerify: {
    relationship: (value: StatementValue) => value.relationship ?? null,
    node: (value: StatementValue) => value.node ?? null,
    summary: (value: StatementValue, _args: unknown, context: RequestContext) =>
      value.node ? value.node.name : statementSummary(value.relationship as GraphEdge, context),
  },
  ClaimConflict: {
    statement: (value: StatementConflict) => toStatementValue(value.statement),
    first: (value: StatementConflict, _args: unknown, context: RequestContext) =>
      claimValueOf(value, "first", context),
    second: (value: StatementConflict, _args: unknown, context: RequestContext) =>
      claimValueOf(value, "second", context),
    reason: (value: StatementConflict) => value.conflict.reason,
  },
  Query: {
    verification: async (_root: unknown, args: QueryVerificationArgs, context: RequestContext) => {
      const referenceDate =
        checkDay("referenceDate", args.referenceDate) ??
        referenceDayFrom(process.env.ENTENTE_REFERENCE_DATE);
      const result = verifyStatements(await allStatements(context.store), referenceDate);
      return {
        referenceDate,
        overdue: result.overdue.map(toStatementValue),
        conflicts: result.conflicts,
        inferredOnly: result.inferredOnly.map(toStatementValue),
      };
    },
  },
};

async function claimValueOf(
  value: StatementConflict,
  which: "first" | "second",
  context: RequestContext,
): Promise<ClaimValue> {
  const claim = value.conflict[which];
  const values = await claimValues(value.statement, context);
  return values.find((item) => item.claim === claim) ?? { claim, active: true, current: false };
}
