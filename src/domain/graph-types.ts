/**
 * The domain model: what the graph holds, independent of where it is stored
 * and of how it is served. Every node and relationship carries evidence, and
 * an inferred fact says so and why.
 */
import type { PartialDate } from "./partial-date.js";
import type { NodeCategory, NodeKind, RelationshipType, Status } from "./vocabulary.js";

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
  readonly evidence: readonly Evidence[];
  readonly inference?: Inference;
  readonly source?: SourceInfo;
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
  readonly evidence: readonly Evidence[];
  readonly inference?: Inference;
}

/** A whole dataset as loaded from the seed. */
export interface Dataset {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** Content hash of the seed files, so answers can be tied to the data they came from. */
  readonly version: string;
}
