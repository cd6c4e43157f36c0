/**
 * The domain model: what the graph holds, independent of where it is stored
 * and of how it is served. Every node and relationship carries evidence, and
 * an inferred fact says so and why.
 */
import type { PartialDate } from "./partial-date.js";
import type { Validity } from "./validity.js";
import type { NodeCategory, NodeKind, RelationshipType, Status } from "./vocabulary.js";

/** Wikidata's ranks: a preferred claim outweighs normal ones; a deprecated one no longer counts. */
export const CLAIM_RANKS = ["PREFERRED", "NORMAL", "DEPRECATED"] as const;
export type ClaimRank = (typeof CLAIM_RANKS)[number];

/**
 * One source's assertion of a statement (a relationship, or a node's own status and
 * date): its quotes, and the status, date and role that source gives. A statement's
 * current values are derived from its claims by `deriveStatement` (src/domain/claims.ts);
 * docs/decisions/0008-claims-and-time.md gives the rule.
 */
export interface Claim {
  /** `<statement id>~<n>` (n from 1, in seed order) or `<statement id>~<key>` when the seed names it. */
  readonly id: string;
  readonly sourceId: string;
  /** Quotes from that source only. */
  readonly evidence: readonly Evidence[];
  /** What this source says of the statement; absent when it gives none. */
  readonly status?: Status;
  /** When the thing happens or happened, as this source says: a point in time. */
  readonly date?: PartialDate;
  /** The interval over which a state holds, when the source gives one. */
  readonly start?: PartialDate;
  readonly end?: PartialDate;
  readonly role?: string;
  /** The source's own date (its publishedOn): what the source could know. */
  readonly claimedOn?: PartialDate;
  readonly rank: ClaimRank;
  /** Why the claim is ranked so; required for DEPRECATED. */
  readonly rankReason?: string;
  /** For an outcome claim: the id of the plan claim it reports as carried out. */
  readonly fulfils?: string;
  /** The id of a claim this one replaces (a corrected date, a changed plan). */
  readonly supersedes?: string;
  /** How the claim follows from its quotes, when no quote states it outright. */
  readonly inference?: Inference;
}

/** A short quotation from a source, located by UTF-16 offsets into the source text. */
export interface Evidence {
  readonly sourceId: string;
  readonly quote: string;
  /** Offset of the quote's first code unit. */
  readonly start: number;
  /** Offset just past the quote's last code unit (`text.slice(start, end) === quote`). */
  readonly end: number;
}

/** Present on facts that no single quote states outright; says how they follow from the evidence. */
export interface Inference {
  readonly reasoning: string;
}

/** Node properties that can be worked out rather than quoted, each inferred on its own. */
export const INFERABLE_PROPERTIES = ["ordinal", "date", "status", "description"] as const;
export type InferableProperty = (typeof INFERABLE_PROPERTIES)[number];

/** One property of an attested node that no quote states, and how it follows. */
export interface PropertyInference {
  readonly property: InferableProperty;
  readonly reasoning: string;
}

/** Bibliographic data of a source node. */
export interface SourceInfo {
  readonly title: string;
  readonly publisher: string;
  readonly section?: string;
  readonly author?: string;
  readonly publishedOn: PartialDate;
  readonly url: string;
  /** File name of the text in the sources directory; used only to check quotes. */
  readonly file: string;
  /** What the source itself rests on ("minutes of telecom attachés seen by Euronews"). */
  readonly basedOn?: string;
  /** BCP 47 language tag of the text, e.g. `en`. */
  readonly language?: string;
  /** When the text was retrieved, `YYYY-MM-DD`. */
  readonly retrievedOn?: string;
  /** `sha256:<hex>` of the text's bytes, so a copy can be checked without storing it. */
  readonly contentHash?: string;
}

export interface GraphNode {
  readonly id: string;
  readonly category: NodeCategory;
  readonly kind: NodeKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description?: string;
  /** When an event takes place, or when an agreement took effect as far as the source says. */
  readonly date?: PartialDate;
  readonly status?: Status;
  /** Position in a series, e.g. the 28th summit. */
  readonly ordinal?: number;
  /** For its existence and name (status and date rest on `claims`). */
  readonly evidence: readonly Evidence[];
  /** The node as a whole is inferred: no quote attests it outright. */
  readonly inference?: Inference;
  /** Properties inferred where the node itself is attested (e.g. an ordinal worked out). */
  readonly inferredProperties?: readonly PropertyInference[];
  readonly source?: SourceInfo;
  /**
   * The claims behind `status` and `date`, which are derived from them. Absent on nodes
   * built outside the seed loader (fixtures, generated graphs): see `claimsOf`.
   */
  readonly claims?: readonly Claim[];
  /** When the node is known to exist (src/domain/validity.ts); worked out at load. */
  readonly validity?: Validity;
}

/**
 * The fields a node is named and typed by, which every store can read without the rest of
 * the node: a list of far nodes asked only for these (`parties { id name }`) needs no more,
 * and a store that reads less answers it faster (the Neo4j store returns only them).
 */
export const NODE_HEAD_FIELDS = ["id", "category", "kind", "name"] as const;

export type NodeHead = Pick<GraphNode, (typeof NODE_HEAD_FIELDS)[number]>;

/** The head of a node, alone (a whole node is a head with more besides). */
export function headOf(node: NodeHead): NodeHead {
  return { id: node.id, category: node.category, kind: node.kind, name: node.name };
}

export interface GraphEdge {
  /** Stable id: `from/TYPE/to`, or with a `#key` suffix where one pair has several. */
  readonly id: string;
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly role?: string;
  readonly date?: PartialDate;
  readonly status: Status;
  /** The evidence of the claims that count (all of them when every claim is deprecated). */
  readonly evidence: readonly Evidence[];
  /** Present when every claim that counts is inferred. */
  readonly inference?: Inference;
  /**
   * The claims the statement rests on; `status`, `date` and `role` are derived from them.
   * Absent on statements built outside the seed loader: see `claimsOf`.
   */
  readonly claims?: readonly Claim[];
  /** When the statement is known to hold (src/domain/validity.ts); worked out at load. */
  readonly validity?: Validity;
}

/** A whole dataset as loaded from the seed. */
export interface Dataset {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** Content hash of the seed files, so answers can be tied to the data they came from. */
  readonly version: string;
}
