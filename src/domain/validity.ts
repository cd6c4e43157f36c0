/**
 * When a statement is known to hold, from its claims (docs/decisions/0008-claims-and-time.md):
 * never before a source supports it, and a point in time (a 2023 photo caption) not past
 * that time. Days are `YYYY-MM-DD`; an absent bound is open.
 */
import { activeClaims, claimsOf, isOutcomeClaim } from "./claims.js";
import { CompactCopier } from "./compact-copy.js";
import type { Claim, Dataset, GraphEdge, GraphNode } from "./graph-types.js";
import type { DayRange } from "./partial-date.js";
import { declarationOf, type NodeCategory, type Temporal } from "./vocabulary.js";

export interface Validity {
  /** First day known to hold; open (undefined) when nothing bounds it. */
  readonly from?: string;
  /** Last day known to hold; open (undefined) when it may still hold. */
  readonly until?: string;
  /** True when `until` is an end a source gives (the state stopped), not just the end of what is known. */
  readonly ended: boolean;
  /**
   * True when `from` is a beginning a source gives (an event's date, a state's start), so
   * the statement did not hold before it; false when it is only where knowledge begins.
   */
  readonly begun: boolean;
}

/**
 * What `asOf` returns: `KNOWN` (the default) what is known to hold on the day;
 * `INCLUDE_UNKNOWN` also what is not known to hold then, leaving out only what a source
 * says had not begun or had ended.
 */
export const AS_OF_MODES = ["KNOWN", "INCLUDE_UNKNOWN"] as const;
export type AsOfMode = (typeof AS_OF_MODES)[number];

/** What is known of a statement on a day. */
export type Knowledge = "KNOWN" | "UNKNOWN" | "NOT_HOLDING";

/**
 * The days one claim supports:
 * - an event, reported as happened, with a date: from the date's first day, open-ended;
 * - a state with `start`/`end`: from start to end (either may be open);
 * - a state with only a `date`: that date's days only when it is seen ACTIVE then (or no
 *   status is given); from the date on when it came about then (SIGNED, HELD…);
 * - undated, or a plan: from the source's own date (its `claimedOn`, else `sourceDate`), open-ended;
 * - timeless statements (and claims without a source date): always.
 */
export function claimValidity(
  claim: Claim,
  temporal: Temporal,
  sourceDate: SourceDate = NO_SOURCE_DATES,
): Validity {
  if (temporal === "TIMELESS") return ALWAYS;
  if (temporal === "STATE" && (claim.start || claim.end)) {
    return makeValidity(
      claim.start?.earliest,
      claim.end?.latest,
      claim.end !== undefined,
      claim.start !== undefined,
    );
  }
  if (claim.date && isOutcomeClaim(claim)) {
    // A state seen ACTIVE on a date (a photo caption) is known then only; one that came
    // about on a date (SIGNED, JOINED, HELD…) holds from it on, as an event does.
    return temporal === "EVENT" || claim.status !== "ACTIVE"
      ? { from: claim.date.earliest, ended: false, begun: true }
      : { from: claim.date.earliest, until: claim.date.latest, ended: false, begun: false };
  }
  if (claim.date && claim.status === undefined && temporal === "STATE") {
    return { from: claim.date.earliest, until: claim.date.latest, ended: false, begun: false };
  }
  return makeValidity(
    claim.claimedOn?.earliest ?? sourceDate(claim.sourceId),
    undefined,
    false,
    false,
  );
}

/** A source's own date (first day), when known: where knowledge from it begins. */
export type SourceDate = (sourceId: string) => string | undefined;
const NO_SOURCE_DATES: SourceDate = () => undefined;

const ALWAYS: Validity = { ended: false, begun: false };

/**
 * A validity with absent bounds left out, not set to undefined, so that one read back
 * from a database equals it. Built from one of four object literals rather than by
 * spreading optional parts: in V8 an object spread and then given more properties gets
 * a hidden class of its own, about 150 bytes more per object, for millions of them.
 */
function makeValidity(
  from: string | undefined,
  until: string | undefined,
  ended: boolean,
  begun: boolean,
): Validity {
  if (from === undefined) return until === undefined ? { ended, begun } : { until, ended, begun };
  return until === undefined ? { from, ended, begun } : { from, until, ended, begun };
}

/**
 * The union over the claims that count: the earliest start (open if any is open) and the
 * latest end (open if any is open); `ended` only when every claim gives an end.
 */
export function statementValidity(
  edge: GraphEdge,
  sourceDate: SourceDate = NO_SOURCE_DATES,
): Validity {
  const temporal = declarationOf(edge.type).temporal;
  return union(
    activeClaims(claimsOf(edge)).map((claim) => claimValidity(claim, temporal, sourceDate)),
  );
}

/**
 * The union of what several claims support: the earliest start (open if any is open),
 * the latest end (open if any is open); `ended` only when every claim gives an end,
 * `begun` when some claim gives a beginning (then nothing held before the earliest start).
 */
function union(each: readonly Validity[]): Validity {
  if (each.length === 0) return ALWAYS;
  const open = (bound: "from" | "until") => each.some((item) => item[bound] === undefined);
  const days = (bound: "from" | "until") =>
    each
      .map((item) => item[bound])
      .filter((day): day is string => day !== undefined)
      .sort();
  const from = open("from") ? undefined : days("from")[0];
  const until = open("until") ? undefined : days("until").at(-1);
  return makeValidity(
    from,
    until,
    each.every((item) => item.ended),
    each.some((item) => item.begun),
  );
}

/** How a node's own claims are read in time, by category: things outside time are always there. */
const NODE_TEMPORAL: Readonly<Record<NodeCategory, Temporal>> = {
  Actor: "STATE",
  Agreement: "EVENT",
  Event: "EVENT",
  Topic: "TIMELESS",
  Place: "TIMELESS",
  Source: "TIMELESS",
};

/**
 * When a node is known to exist: the union of what its claims (status and date) support
 * and, for each source of its evidence, that source's date on (nothing shows the AI
 * Office before the April 2024 article that reports it). Topics, places and sources are
 * timeless. `sourceDate` gives a source's own date; without one a quote bounds nothing.
 */
export function nodeValidity(node: GraphNode, sourceDate: SourceDate = NO_SOURCE_DATES): Validity {
  const temporal = NODE_TEMPORAL[node.category];
  if (temporal === "TIMELESS") return ALWAYS;
  const fromClaims = activeClaims(claimsOf(node)).map((claim) =>
    claimValidity(claim, temporal, sourceDate),
  );
  const fromEvidence = [...new Set(node.evidence.map((item) => item.sourceId))].map((sourceId) =>
    makeValidity(sourceDate(sourceId), undefined, false, false),
  );
  return union([...fromClaims, ...fromEvidence]);
}

/** Whether something of this validity is returned `asOf` the day in the given mode. */
export function shownOn(validity: Validity, day: string | undefined, mode: AsOfMode): boolean {
  if (day === undefined) return true;
  const knowledge = knownOn(validity, day);
  return knowledge === "KNOWN" || (mode === "INCLUDE_UNKNOWN" && knowledge === "UNKNOWN");
}

/**
 * Whether something may hold at some point of the range: KNOWN, the validity overlaps
 * it; INCLUDE_UNKNOWN, no source says it had not begun by the range's end or had ended
 * before its start.
 */
export function shownDuring(
  validity: Validity,
  range: DayRange | undefined,
  mode: AsOfMode,
): boolean {
  if (range === undefined) return true;
  const { from, to } = range;
  const startsAfter = to !== undefined && validity.from !== undefined && validity.from > to;
  const endsBefore = from !== undefined && validity.until !== undefined && validity.until < from;
  if (mode === "KNOWN") return !startsAfter && !endsBefore;
  return !(startsAfter && validity.begun) && !(endsBefore && validity.ended);
}

/**
 * KNOWN when the day falls within the validity; NOT_HOLDING after a state's end that
 * a source gives, or before a beginning a source gives; UNKNOWN otherwise (before anything supports it, or after a point in
 * time whose sequel no source reports).
 */
export function knownOn(validity: Validity, day: string): Knowledge {
  if (validity.from !== undefined && day < validity.from) {
    return validity.begun ? "NOT_HOLDING" : "UNKNOWN";
  }
  if (validity.until !== undefined && day > validity.until) {
    return validity.ended ? "NOT_HOLDING" : "UNKNOWN";
  }
  return "KNOWN";
}

/**
 * The dataset with every node's and relationship's validity worked out once, where the
 * sources' dates are known; both stores keep it (the memory store as loaded, Neo4j as
 * `validFrom`/`validUntil`/`validBegun`/`validEnded`) and filter on it.
 */
export function withValidity(dataset: Dataset): Dataset {
  const assign = new ValidityAssigner(dataset.nodes);
  return {
    ...dataset,
    nodes: dataset.nodes.map((node) => assign.node(node)),
    edges: dataset.edges.map((edge) => assign.edge(edge)),
  };
}

/**
 * Gives nodes and relationships their validity, one at a time, as `withValidity` does for
 * a whole dataset: a generator of millions of them calls it as it makes each, so that the
 * draft dies young instead of staying in the old generation, beside its copy, until the end.
 * Equal validities are one shared object; the copies hold every property in-object.
 */
export class ValidityAssigner {
  private readonly dates = new Map<string, string>();
  private readonly shared = new Map<string, Validity>();
  private readonly copier = new CompactCopier();
  private readonly sourceDate: SourceDate = (sourceId) => this.dates.get(sourceId);

  /** `sources`: nodes among which the sources of every later quote are (others are skipped). */
  constructor(sources: Iterable<GraphNode>) {
    for (const node of sources) {
      if (node.source) this.dates.set(node.id, node.source.publishedOn.earliest);
    }
  }

  node(node: GraphNode): GraphNode {
    return this.copier.with(node, "validity", this.share(nodeValidity(node, this.sourceDate)));
  }

  edge(edge: GraphEdge): GraphEdge {
    return this.copier.with(edge, "validity", this.share(statementValidity(edge, this.sourceDate)));
  }

  private share(worked: Validity): Validity {
    const key = `${worked.from ?? ""}/${worked.until ?? ""}/${worked.ended}/${worked.begun}`;
    const known = this.shared.get(key);
    if (known) return known;
    this.shared.set(key, worked);
    return worked;
  }
}

const computed = new WeakMap<GraphNode | GraphEdge, Validity>();

/**
 * A node's or relationship's validity: as loaded, else worked out from its claims alone
 * (a statement built outside a dataset, whose sources' dates are unknown), once.
 */
export function validityOf(statement: GraphNode | GraphEdge): Validity {
  if (statement.validity) return statement.validity;
  let validity = computed.get(statement);
  if (!validity) {
    validity = "category" in statement ? nodeValidity(statement) : statementValidity(statement);
    computed.set(statement, validity);
  }
  return validity;
}
