/**
 * When a statement is known to hold, from its claims (docs/decisions/0008-claims-and-time.md):
 * never before a source supports it, and a point in time (a 2023 photo caption) not past
 * that time. Days are `YYYY-MM-DD`; an absent bound is open.
 */
import { activeClaims, claimsOf, isOutcomeClaim } from "./claims.js";
import type { Claim, GraphEdge } from "./graph-types.js";
import { declarationOf, type Temporal } from "./vocabulary.js";

export interface Validity {
  /** First day known to hold; open (undefined) when nothing bounds it. */
  readonly from?: string;
  /** Last day known to hold; open (undefined) when it may still hold. */
  readonly until?: string;
  /** True when `until` is an end a source gives (the state stopped), not just the end of what is known. */
  readonly ended: boolean;
}

/** What is known of a statement on a day. */
export type Knowledge = "KNOWN" | "UNKNOWN" | "NOT_HOLDING";

/**
 * The days one claim supports:
 * - an event, reported as happened, with a date: from the date's first day, open-ended;
 * - a state with `start`/`end`: from start to end (either may be open);
 * - a state with only a `date`: that date's days only;
 * - undated, or a plan: from the source's own date, open-ended;
 * - timeless statements (and claims without a source date): always.
 */
export function claimValidity(claim: Claim, temporal: Temporal): Validity {
  if (temporal === "TIMELESS") return { ended: false };
  if (temporal === "STATE" && (claim.start || claim.end)) {
    return {
      from: claim.start?.earliest,
      until: claim.end?.latest,
      ended: claim.end !== undefined,
    };
  }
  if (claim.date && isOutcomeClaim(claim)) {
    return temporal === "EVENT"
      ? { from: claim.date.earliest, ended: false }
      : { from: claim.date.earliest, until: claim.date.latest, ended: false };
  }
  if (claim.date && claim.status === undefined && temporal === "STATE") {
    return { from: claim.date.earliest, until: claim.date.latest, ended: false };
  }
  return { from: claim.claimedOn?.earliest, ended: false };
}

/**
 * The union over the claims that count: the earliest start (open if any is open) and the
 * latest end (open if any is open); `ended` only when every claim gives an end.
 */
export function statementValidity(edge: GraphEdge): Validity {
  const temporal = declarationOf(edge.type).temporal;
  const counted = activeClaims(claimsOf(edge));
  if (counted.length === 0) return { ended: false };
  const each = counted.map((claim) => claimValidity(claim, temporal));
  const open = (bound: "from" | "until") => each.some((item) => item[bound] === undefined);
  const days = (bound: "from" | "until") =>
    each
      .map((item) => item[bound])
      .filter((day): day is string => day !== undefined)
      .sort();
  return {
    from: open("from") ? undefined : days("from")[0],
    until: open("until") ? undefined : days("until").at(-1),
    ended: each.every((item) => item.ended),
  };
}

/**
 * KNOWN when the day falls within the validity; NOT_HOLDING after a state's end that
 * a source gives; UNKNOWN otherwise (before anything supports it, or after a point in
 * time whose sequel no source reports).
 */
export function knownOn(validity: Validity, day: string): Knowledge {
  if (validity.from !== undefined && day < validity.from) return "UNKNOWN";
  if (validity.until !== undefined && day > validity.until) {
    return validity.ended ? "NOT_HOLDING" : "UNKNOWN";
  }
  return "KNOWN";
}
