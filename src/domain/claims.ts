/**
 * Statements backed by claims (docs/decisions/0008-claims-and-time.md): which claims
 * count, the values the graph believes, and what a researcher should verify next —
 * predictions gone stale, sources that disagree, facts that rest on inference only.
 * One function per rule, the same for both stores (derivation runs at load).
 */
import { EntenteError } from "./errors.js";
import type { Claim, Evidence, GraphEdge, GraphNode, Inference } from "./graph-types.js";
import { type PartialDate, parseDay } from "./partial-date.js";
import { isProspective, type Status } from "./vocabulary.js";

/** What deriveStatement needs to know of sources beyond the claims themselves. */
export interface ClaimContext {
  /** Whether the source speaks for the actors (an official statement, a legal act…). */
  readonly isOfficial: (sourceId: string) => boolean;
}

export interface DerivedStatement {
  readonly status?: Status;
  readonly date?: PartialDate;
  readonly role?: string;
  /** The claim the values come from. */
  readonly winner?: Claim;
  /** Claims that count: neither deprecated nor superseded (all of them when none is left). */
  readonly active: readonly Claim[];
  /** Every claim is deprecated or superseded: the statement is kept, marked so. */
  readonly deprecated: boolean;
}

/** True when the claim reports something as having happened (its status is not prospective). */
export function isOutcomeClaim(claim: Claim): boolean {
  return claim.status !== undefined && !isProspective(claim.status);
}

/** True when the claim reports something only as intended or foreseen. */
export function isPlanClaim(claim: Claim): boolean {
  return claim.status !== undefined && isProspective(claim.status);
}

/** Claims that count: not deprecated, and not superseded by a claim that is not deprecated. */
export function activeClaims(claims: readonly Claim[]): Claim[] {
  const standing = claims.filter((claim) => claim.rank !== "DEPRECATED");
  const superseded = new Set(standing.flatMap((claim) => claim.supersedes ?? []));
  return standing.filter((claim) => !superseded.has(claim.id));
}

/** Negative when `a` is the later source's word: a later `claimedOn` first, undated last. */
function byClaimedOnDescending(a: Claim, b: Claim): number {
  const x = a.claimedOn;
  const y = b.claimedOn;
  if (!x || !y) return x ? -1 : y ? 1 : 0;
  if (x.earliest !== y.earliest) return x.earliest > y.earliest ? -1 : 1;
  if (x.latest !== y.latest) return x.latest > y.latest ? -1 : 1;
  return 0;
}

/**
 * The values a statement takes from its claims:
 * 1. deprecated claims and claims another claim supersedes are left out (if nothing is
 *    left, all claims stay and the statement is marked deprecated);
 * 2. if any claim is PREFERRED, only preferred claims count;
 * 3. an outcome claim beats every plan claim, whatever their order;
 * 4. among the rest, the latest `claimedOn` wins; at equal dates an official source beats
 *    news; then the first in the seed;
 * 5. status and date come from the winning claim (status, when the winner gives none,
 *    from the next claim in that order that does); role from the winner, else from the
 *    latest claim that gives one.
 */
export function deriveStatement(claims: readonly Claim[], context: ClaimContext): DerivedStatement {
  const counted = activeClaims(claims);
  const deprecated = counted.length === 0 && claims.length > 0;
  const active = deprecated ? [...claims] : counted;
  const preferred = active.filter((claim) => claim.rank === "PREFERRED");
  const ranked = preferred.length > 0 ? preferred : active;
  const outcomes = ranked.filter(isOutcomeClaim);
  const candidates = outcomes.length > 0 ? outcomes : ranked;
  const order = (list: readonly Claim[]) =>
    list
      .map((claim, index) => ({ claim, index }))
      .sort(
        (a, b) =>
          byClaimedOnDescending(a.claim, b.claim) ||
          Number(context.isOfficial(b.claim.sourceId)) -
            Number(context.isOfficial(a.claim.sourceId)) ||
          a.index - b.index,
      )
      .map(({ claim }) => claim);
  const ordered = order(candidates);
  const winner = ordered[0];
  const status = winner?.status ?? ordered.find((claim) => claim.status)?.status;
  const role = winner?.role ?? order(active).find((claim) => claim.role !== undefined)?.role;
  return stripUndefined({ status, date: winner?.date, role, winner, active, deprecated });
}

/** Ids of the plan claims that some outcome claim reports as carried out. */
export function fulfilledClaimIds(claims: Iterable<Claim>): Set<string> {
  const ids = new Set<string>();
  for (const claim of claims) {
    if (claim.fulfils !== undefined && isOutcomeClaim(claim) && claim.rank !== "DEPRECATED") {
      ids.add(claim.fulfils);
    }
  }
  return ids;
}

/**
 * Overdue: the statement is still only planned or expected, the last day its date can
 * denote is before the reference day, and no outcome claim fulfils any of its claims.
 */
export function isOverdue(
  statement: { readonly status?: Status; readonly date?: PartialDate },
  claims: readonly Claim[],
  referenceDay: string,
  fulfilled: ReadonlySet<string>,
): boolean {
  if (statement.status === undefined || !isProspective(statement.status)) return false;
  if (!statement.date || statement.date.latest >= referenceDay) return false;
  return !claims.some((claim) => fulfilled.has(claim.id));
}

export interface ClaimConflict {
  readonly first: Claim;
  readonly second: Claim;
  /** What they disagree on, in words. */
  readonly reason: string;
}

const disjoint = (a: PartialDate, b: PartialDate) => a.latest < b.earliest || b.latest < a.earliest;

/** Why two claims disagree, or undefined when they do not. */
function disagreement(a: Claim, b: Claim): string | undefined {
  if (a.status && b.status && a.status !== b.status && isOutcomeClaim(a) && isOutcomeClaim(b)) {
    return `${a.sourceId} says ${a.status}, ${b.sourceId} says ${b.status}`;
  }
  if (a.status === b.status && a.date && b.date && disjoint(a.date, b.date)) {
    return `${a.sourceId} dates it ${a.date.iso}, ${b.sourceId} ${b.date.iso}`;
  }
  if (a.role !== undefined && b.role !== undefined && a.role !== b.role) {
    return `${a.sourceId} gives the role "${a.role}", ${b.sourceId} "${b.role}"`;
  }
  return undefined;
}

const linked = (a: Claim, b: Claim) =>
  a.supersedes === b.id || b.supersedes === a.id || a.fulfils === b.id || b.fulfils === a.id;

/**
 * Pairs of claims that count, from different sources, neither superseding nor fulfilling
 * the other, that disagree: different outcome statuses, the same status with dates that
 * cannot overlap, or different roles.
 */
export function findConflicts(claims: readonly Claim[]): ClaimConflict[] {
  const active = activeClaims(claims);
  const conflicts: ClaimConflict[] = [];
  active.forEach((first, index) => {
    for (const second of active.slice(index + 1)) {
      if (first.sourceId === second.sourceId || linked(first, second)) continue;
      const reason = disagreement(first, second);
      if (reason) conflicts.push({ first, second, reason });
    }
  });
  return conflicts;
}

/** True when there are claims that count and every one of them is inferred. */
export function isInferredOnly(claims: readonly Claim[]): boolean {
  const active = activeClaims(claims);
  return active.length > 0 && active.every((claim) => claim.inference !== undefined);
}

/**
 * The claims of a node or relationship. The seed loader always records them; for one
 * built without (a fixture, a generated graph) they are read off its own values: one
 * claim per source of its evidence, each asserting its status, date and role.
 */
export function claimsOf(statement: GraphNode | GraphEdge): readonly Claim[] {
  if (statement.claims) return statement.claims;
  const isNode = "category" in statement;
  if (isNode && statement.status === undefined && statement.date === undefined) return [];
  return claimsFromEvidence(statement.id, statement.evidence, {
    status: statement.status,
    date: statement.date,
    role: isNode ? undefined : (statement as GraphEdge).role,
    inference: statement.inference,
  });
}

/**
 * The single-evidence form as claims: one per source of `evidence` (in order of first
 * quote), each asserting `values` with that source's quotes; ids `<statementId>~<n>`.
 */
export function claimsFromEvidence(
  statementId: string,
  evidence: readonly Evidence[],
  values: {
    readonly status?: Status;
    readonly date?: PartialDate;
    readonly role?: string;
    readonly inference?: Inference;
  },
  claimedOn: (sourceId: string) => PartialDate | undefined = () => undefined,
): Claim[] {
  const bySource = new Map<string, Evidence[]>();
  for (const item of evidence) {
    const list = bySource.get(item.sourceId) ?? [];
    list.push(item);
    bySource.set(item.sourceId, list);
  }
  return [...bySource].map(([sourceId, quotes], index) =>
    stripUndefined({
      id: `${statementId}~${index + 1}`,
      sourceId,
      evidence: quotes,
      status: values.status,
      date: values.date,
      role: values.role,
      claimedOn: claimedOn(sourceId),
      rank: "NORMAL" as const,
      inference: values.inference,
    }),
  );
}

/**
 * The day overdue is measured against: `YYYY-MM-DD` from configuration
 * (ENTENTE_REFERENCE_DATE), or else today in UTC.
 */
export function referenceDayFrom(text: string | undefined, now: Date = new Date()): string {
  if (text === undefined || text.trim() === "") return now.toISOString().slice(0, 10);
  const day = parseDay(text.trim());
  if (typeof day !== "string") {
    throw new EntenteError("BAD_USER_INPUT", `ENTENTE_REFERENCE_DATE: ${day.error}`, {
      argument: "ENTENTE_REFERENCE_DATE",
    });
  }
  return day;
}

/** Leaves out absent optional fields, so derived objects compare field for field. */
function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A statement: a node (its own status and date) or a relationship. */
export type Statement = GraphNode | GraphEdge;

export interface StatementConflict {
  readonly statement: Statement;
  readonly conflict: ClaimConflict;
}

/** What to verify next: predictions gone stale, sources that disagree, facts only inferred. */
export interface Verification {
  readonly overdue: readonly Statement[];
  readonly conflicts: readonly StatementConflict[];
  /** Nodes inferred as a whole or whose claims are all inferred; relationships whose claims are. */
  readonly inferredOnly: readonly Statement[];
}

/**
 * The verification lists over a whole dataset's statements, each ordered by statement id
 * (conflicts then by the first claim's id, then the second's), overdue measured on `referenceDay`.
 */
export function verifyStatements(
  statements: Iterable<Statement>,
  referenceDay: string,
): Verification {
  const all = [...statements].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const fulfilled = fulfilledClaimIds(all.flatMap((statement) => claimsOf(statement)));
  const overdue: Statement[] = [];
  const conflicts: StatementConflict[] = [];
  const inferredOnly: Statement[] = [];
  for (const statement of all) {
    const claims = claimsOf(statement);
    if (isOverdue(statement, claims, referenceDay, fulfilled)) overdue.push(statement);
    for (const conflict of findConflicts(claims)) conflicts.push({ statement, conflict });
    const wholeNodeInferred = "category" in statement && statement.inference !== undefined;
    if (wholeNodeInferred || isInferredOnly(claims)) inferredOnly.push(statement);
  }
  return { overdue, conflicts, inferredOnly };
}
