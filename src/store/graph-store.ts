/**
 * The store interface: everything the API asks of the graph. Every method takes
 * many ids at once, and filters and traversals are part of the call, so that a
 * Cypher adapter can answer each level of a GraphQL request in one round trip.
 */

import type { DateComparison } from "../domain/date-comparison.js";
import type { DateSpan } from "../domain/date-span.js";
import type { GraphStatistics } from "../domain/graph-statistics.js";
import type { GraphEdge, GraphNode, NodeHead } from "../domain/graph-types.js";
import type { DayRange, PartialDate } from "../domain/partial-date.js";
import type { AsOfMode } from "../domain/validity.js";
import type { NodeCategory, NodeKind, RelationshipType, Status } from "../domain/vocabulary.js";
import type { RequestScope } from "./request-scope.js";

export type Direction = "OUT" | "IN" | "BOTH";

/** Conditions on nodes; all given conditions must hold. */
export interface NodeFilter {
  readonly categories?: readonly NodeCategory[];
  readonly kinds?: readonly NodeKind[];
  readonly statuses?: readonly Status[];
  /** The node's own date overlaps this range (undated nodes never match). */
  readonly date?: DayRange;
  /** Related to at least one of `nodeIds` through one of `types` in `direction` (seen from the filtered node). */
  readonly relatedTo?: readonly RelatedToFilter[];
  /** Covers the topic (id, name or alias) or a narrower one, directly. */
  readonly coversTopic?: string;
  /** Involves the topic through itself or its meetings and what they launched; results carry the path. */
  readonly involvesTopic?: InvolvesTopicFilter;
  /**
   * Only nodes shown on this day (YYYY-MM-DD): see `shownAsOf` in src/domain/as-of.ts.
   * It applies to the filtered node only, not to what `relatedTo` or `coversTopic` look at.
   */
  readonly asOf?: string;
  /** How `asOf` (and `during`) read time: KNOWN (default) or INCLUDE_UNKNOWN (src/domain/validity.ts). */
  readonly asOfMode?: AsOfMode;
  /** A condition tree (`where`), besides the conditions above. */
  readonly where?: NodeWhere;
}

/**
 * Conditions on a node in the shape of the Neo4j GraphQL Library's `where`: every key
 * given must hold. `AND: []` holds, `OR: []` does not. Names are compared lower-cased
 * (JavaScript's toLowerCase, which the Neo4j loader stores as `sortName`).
 */
export interface NodeWhere {
  readonly AND?: readonly NodeWhere[];
  readonly OR?: readonly NodeWhere[];
  readonly NOT?: NodeWhere;
  /** The node's id is one of these. */
  readonly ids?: readonly string[];
  readonly name?: StringCondition;
  readonly kinds?: readonly NodeKind[];
  /** The node's own status is one of these (nodes without one never match). */
  readonly statuses?: readonly Status[];
  /** See src/domain/date-comparison.ts; undated nodes never match. */
  readonly date?: DateComparison;
  /** Quantified conditions on relationships and the nodes at their far end. */
  readonly related?: readonly RelatedWhere[];
}

/** Conditions on a text, all lower-cased by the caller; all given must hold. */
export interface StringCondition {
  readonly in?: readonly string[];
  readonly contains?: string;
  readonly startsWith?: string;
  readonly endsWith?: string;
}

export const QUANTIFIERS = ["SOME", "ALL", "NONE", "SINGLE"] as const;
export type Quantifier = (typeof QUANTIFIERS)[number];

/**
 * The node's relationships of `types` in `direction`, each with the node at its far end:
 * SOME (at least one), ALL (every one; a node without any matches), NONE, or SINGLE
 * (exactly one) meet `edge` and `node`. Counted per relationship, not per far node.
 */
export interface RelatedWhere {
  readonly types: readonly RelationshipType[];
  readonly direction: Direction;
  /**
   * Only relationships with these statuses count at all (the scope of a field named for a
   * fact, such as `signed`): unlike `edge`, a relationship outside it neither passes nor
   * fails the quantifier.
   */
  readonly statuses?: readonly Status[];
  readonly quantifier: Quantifier;
  readonly node?: NodeWhere;
  readonly edge?: EdgeWhere;
}

/** Conditions on a relationship's qualifiers; all given must hold. */
export interface EdgeWhere {
  readonly statuses?: readonly Status[];
  readonly date?: DateComparison;
  /** The role, lower-cased; relationships without a role never match. */
  readonly role?: StringCondition;
}

export interface RelatedToFilter {
  readonly types: readonly RelationshipType[];
  readonly direction: Direction;
  /** Ids, names or aliases of the nodes at the other end. */
  readonly nodes: readonly string[];
  /**
   * The node at the other end may also be a sub-body of one of `nodes`: PART_OF them,
   * directly or through at most MAX_PART_OF_DEPTH steps (default false).
   */
  readonly includeParts?: boolean;
}

export interface InvolvesTopicFilter {
  /** Topic id, name or alias. */
  readonly topic: string;
  /** Steps allowed from the agreement to the node that covers the topic. */
  readonly maxHops: number;
}

/** Why a node matched `involvesTopic`: the nodes and relationships from it to the topic, in order. */
export interface PathResult {
  readonly nodeIds: readonly string[];
  readonly edges: readonly GraphEdge[];
}

/**
 * A path `shortestPaths` found, with its nodes read in the same call: a client asking for a
 * path's summary or node names then costs no second round trip.
 */
export interface FoundPath extends PathResult {
  /** The nodes of `nodeIds`, in the same order. */
  readonly nodes: readonly GraphNode[];
}

export interface NodeMatch {
  readonly node: GraphNode;
  readonly why?: PathResult;
}

/**
 * What nodes are ordered by. DEGREE is how many relationships the node has, out and in,
 * of every type and whatever the day (a relationship to itself counts twice): the
 * dataset's own connectedness, as `mostConnected` counts it without conditions.
 */
export const SORT_FIELDS = ["NAME", "DATE", "ID", "DEGREE"] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export interface NodeSort {
  readonly field: SortField;
  readonly descending: boolean;
}

export interface ListQuery {
  readonly filter: NodeFilter;
  readonly sort: NodeSort;
  /** Further keys, for ties on `sort` (at most MAX_SORT_KEYS - 1, each field once); id breaks the last ties. */
  readonly thenBy?: readonly NodeSort[];
  readonly offset: number;
  readonly limit: number;
}

export interface NodePage {
  readonly items: readonly NodeMatch[];
  readonly totalCount: number;
}

/** A page of `listNodes` with only the nodes' heads (and no `why`). */
export interface HeadPage {
  readonly items: readonly NodeHead[];
  readonly totalCount: number;
}

/** What to follow from each of many nodes. */
export interface NeighbourQuery {
  readonly types?: readonly RelationshipType[];
  readonly direction: Direction;
  /** Conditions on the node at the far end. */
  readonly far?: NodeFilter;
  readonly edgeStatuses?: readonly Status[];
  /** Only relationships (and far nodes) visible on this day. */
  readonly asOf?: string;
  /** How `asOf` (and `during`) read time: KNOWN (default) or INCLUDE_UNKNOWN (src/domain/validity.ts). */
  readonly asOfMode?: AsOfMode;
  /** Most links returned per starting node. */
  readonly limit: number;
}

export interface Neighbour {
  readonly edge: GraphEdge;
  readonly node: NodeMatch;
}

/**
 * A page of the links from each of many nodes (a nested connection): the same links as
 * NeighbourQuery, sorted by the far node on the keys of `sort` in turn, then by the far
 * node's id and the relationship's id, `limit` of them after the first `offset`.
 */
export interface NeighbourPageQuery extends NeighbourQuery {
  readonly offset: number;
  /** Keys of the far node, first to last (at most one per field); empty: by name. */
  readonly sort: readonly NodeSort[];
}

export type { DateSpan };

/** One page of a node's links, with figures over all of them (not only the page). */
export interface NeighbourPage {
  readonly items: readonly Neighbour[];
  /** How many links (relationships) match, over all pages. */
  readonly totalCount: number;
  /** How many distinct far nodes they lead to. */
  readonly nodeCount: number;
  /** The span of the far nodes' own dates. */
  readonly nodeDates: DateSpan;
  /** The span of the relationships' dates. */
  readonly edgeDates: DateSpan;
}

/** Figures over every node a list's filter matches (the list's `aggregate`). */
export interface NodeSummary {
  readonly totalCount: number;
  /** The span of the nodes' own dates. */
  readonly dates: DateSpan;
}

export interface SearchQuery {
  readonly text: string;
  readonly categories?: readonly NodeCategory[];
  readonly kinds?: readonly NodeKind[];
  readonly limit: number;
}

export interface SearchHit {
  readonly node: GraphNode;
  /** Higher is better; exact name matches score highest. */
  readonly score: number;
  /** The name or alias that matched. */
  readonly matched: string;
}

export interface EdgeFilter {
  readonly types?: readonly RelationshipType[];
  /** Only statements whose subject (start) is one of these node ids. */
  readonly from?: readonly string[];
  /** Only statements whose object (end) is one of these node ids. */
  readonly to?: readonly string[];
  /** Only statements that a quote of one of these sources supports (their evidence cites it). */
  readonly sources?: readonly string[];
  readonly statuses?: readonly Status[];
  readonly date?: DayRange;
  /** Only statements reported as intended or foreseen (true), or as having happened (false). */
  readonly prospective?: boolean;
  readonly inferred?: boolean;
  /** Only statements visible on this day (their ends too). */
  readonly asOf?: string;
  /** How `asOf` (and `during`) read time: KNOWN (default) or INCLUDE_UNKNOWN (src/domain/validity.ts). */
  readonly asOfMode?: AsOfMode;
}

export interface EdgeListQuery {
  readonly filter: EdgeFilter;
  readonly offset: number;
  readonly limit: number;
}

export interface EdgePage {
  readonly items: readonly GraphEdge[];
  readonly totalCount: number;
}

/**
 * Shortest paths between two sets of node ids (resolve references first; an id given
 * twice is one end), walking
 * relationships in either direction. Every node on a path, the ends included, must
 * be visible `asOf`; a node in both sets gives a zero-length path. Which of several
 * shortest paths survive `limit` is not specified; the memory store orders them by
 * target id, then back along the path by node and relationship id.
 */
export interface PathQuery {
  readonly from: readonly string[];
  readonly to: readonly string[];
  /** Longest path considered; the API caps it (MAX_PATH_HOPS). */
  readonly maxHops: number;
  readonly types?: readonly RelationshipType[];
  /** Most paths returned; all have the minimal length. */
  readonly limit: number;
  readonly asOf?: string;
  /** How `asOf` (and `during`) read time: KNOWN (default) or INCLUDE_UNKNOWN (src/domain/validity.ts). */
  readonly asOfMode?: AsOfMode;
  /** Only nodes and relationships that are undated or whose date overlaps this range. */
  readonly during?: DayRange;
}

/**
 * The nodes within `depth` steps of the start nodes, and the relationships among
 * them. Start nodes (known ids, without repeats) are always included, whatever
 * their category, kind or date; other nodes must pass `categories`, `kinds` and
 * `asOf`. From each node, each step follows at most `fanOut` relationships, taken
 * by the other node's id, then the relationship's id.
 */
export interface NeighbourhoodQuery {
  readonly ids: readonly string[];
  readonly depth: number;
  readonly types?: readonly RelationshipType[];
  /** Nodes of other categories or kinds are neither included nor walked through. */
  readonly categories?: readonly NodeCategory[];
  readonly kinds?: readonly NodeKind[];
  /** Most nodes in the result; past it, `truncated` is set. */
  readonly limit: number;
  /** Most relationships followed from any one node per step, so a hub cannot explode the result. */
  readonly fanOut: number;
  readonly asOf?: string;
  /** How `asOf` (and `during`) read time: KNOWN (default) or INCLUDE_UNKNOWN (src/domain/validity.ts). */
  readonly asOfMode?: AsOfMode;
  /** Only nodes and relationships that are undated or whose date overlaps this range (start nodes aside). */
  readonly during?: DayRange;
}

/** A part of the graph a front-end can draw as it is. */
export interface Subgraph {
  /** Start nodes first, then by distance, then by id. */
  readonly nodes: readonly GraphNode[];
  /** Relationships among the nodes, by id. */
  readonly edges: readonly GraphEdge[];
  /** True when `limit` or `fanOut` left out a node that would otherwise be in it. */
  readonly truncated: boolean;
}

export interface TimelineQuery {
  readonly range: DayRange;
  /**
   * Actor id, name or alias: events it takes part in or organises; statements it is
   * an end of, or whose end is an agreement it is party to.
   */
  readonly actor?: string;
  /** Topic id, name or alias (narrower included): events and statement ends covering it. */
  readonly topic?: string;
  /** Event kinds to include (`[]`: no events); statements depend on `includeStatements` alone. */
  readonly kinds?: readonly NodeKind[];
  readonly includeStatements: boolean;
  readonly offset: number;
  readonly limit: number;
}

/** A dated event, or a dated statement that changes where something stands (signed, launched…). */
export interface TimelineEntry {
  readonly date: PartialDate;
  readonly event?: GraphNode;
  readonly edge?: GraphEdge;
}

export interface TimelinePage {
  readonly items: readonly TimelineEntry[];
  readonly totalCount: number;
}

export const GROUP_BYS = ["CATEGORY", "KIND", "STATUS", "YEAR", "TOPIC"] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export interface AggregateQuery {
  readonly groupBy: GroupBy;
  readonly filter: NodeFilter;
}

/** A group and its size; `key` is the kind, status, year, topic id…, or "NONE" where a node has none. */
export interface GroupCount {
  readonly key: string;
  readonly count: number;
}

export interface DegreeQuery {
  readonly categories?: readonly NodeCategory[];
  readonly types?: readonly RelationshipType[];
  readonly direction: Direction;
  readonly limit: number;
  readonly asOf?: string;
  /** How `asOf` (and `during`) read time: KNOWN (default) or INCLUDE_UNKNOWN (src/domain/validity.ts). */
  readonly asOfMode?: AsOfMode;
}

export interface NodeDegree {
  readonly node: GraphNode;
  readonly degree: number;
}

export interface DatasetInfo {
  readonly version: string;
  readonly nodeCount: number;
  readonly edgeCount: number;
}

/**
 * Rules every adapter keeps, so that the contract suite can compare answers exactly:
 * - Lists are ordered: nodes by the sort and its `thenBy` keys (names lower-cased and
 *   compared by code point, undated last in both directions, ties by id ascending); neighbours by the far
 *   node's name, then its id, then the edge id; edges by date (earliest day), then id.
 * - A list in a filter is a set of alternatives: an empty one (`kinds: []`) matches
 *   nothing, an absent one matches all, and naming a value twice changes nothing.
 * - References (`relatedTo.nodes`, topics) are ids, names or aliases compared after
 *   folding case, accents and punctuation; a name shared by several nodes means all
 *   of them. Topic references that name no topic match nothing.
 * - `relatedTo` entries must all hold; within one entry, types and nodes are alternatives.
 * - `involvesTopic` prefers a path to the exact topic over one through a narrower topic,
 *   then fewer steps; `maxHops` counts involvement steps only (not COVERS or SUBTOPIC_OF).
 */
/** A node looked up with the heads of its links (`nodesWithNeighbourHeads`). */
export interface NodeWithNeighbourHeads {
  /** Absent when no node has the id. */
  readonly node: GraphNode | undefined;
  /** Empty when no node has the id. */
  readonly heads: readonly NodeHead[];
}

export interface GraphStore {
  /** Nodes in the order of `ids`; `undefined` where an id is unknown. */
  getNodes(ids: readonly string[]): Promise<(GraphNode | undefined)[]>;
  /**
   * What `getNodes` answers, at once: only a store that holds its nodes in this process
   * has it (the memory store). A resolver then answers with a value rather than a promise,
   * which spares the executor a turn of the event loop per field; a store with round trips
   * (Neo4j) leaves it out, and its reads are batched per level (request-context.ts).
   * Undefined when the nodes are not to be read at once (a heavy request yields first,
   * see request-scope.ts). Not a round trip, so not counted as one (count-store-calls.ts).
   */
  getNodesNow?(ids: readonly string[]): (GraphNode | undefined)[] | undefined;
  getEdges(ids: readonly string[]): Promise<(GraphEdge | undefined)[]>;
  listNodes(query: ListQuery): Promise<NodePage>;
  /**
   * The page `listNodes` answers, with only the nodes' heads: for a caller that reads
   * nothing else of them, so that a store may leave the rest unread.
   */
  listNodeHeads(query: ListQuery): Promise<HeadPage>;
  listEdges(query: EdgeListQuery): Promise<EdgePage>;
  /**
   * For each source id (in order), the page of statements a quote of that source supports
   * and that pass `query.filter`, in listEdges's order; unknown ids get an empty page.
   */
  sourceStatementPages(sourceIds: readonly string[], query: EdgeListQuery): Promise<EdgePage[]>;
  /** How many nodes the filter matches, and the span of their dates (over all, not a page). */
  listSummary(filter: NodeFilter): Promise<NodeSummary>;
  /** For each id (in order), the links matching the query; unknown ids get an empty list. */
  neighbours(ids: readonly string[], query: NeighbourQuery): Promise<Neighbour[][]>;
  /**
   * The far nodes of `neighbours`' links, link for link in the same order, with only their
   * heads: for a caller that reads nothing else of them and not the relationships, so that
   * a store may leave those unread (a node linked twice appears twice, as in `neighbours`).
   */
  neighbourHeads(ids: readonly string[], query: NeighbourQuery): Promise<NodeHead[][]>;
  /**
   * For each id (in order), the node (`getNodes`) and the heads of its links
   * (`neighbourHeads`), in one call: for a caller that looks a node up and follows one
   * relation from it, so that a store may read both in one round trip.
   */
  nodesWithNeighbourHeads(
    ids: readonly string[],
    query: NeighbourQuery,
  ): Promise<NodeWithNeighbourHeads[]>;
  /** For each id (in order), a page of its links and figures over all of them; unknown ids get an empty page. */
  neighbourPages(ids: readonly string[], query: NeighbourPageQuery): Promise<NeighbourPage[]>;
  search(query: SearchQuery): Promise<SearchHit[]>;
  /** Ids, names or aliases to ids (case- and accent-insensitive), per reference in order, each list sorted. */
  resolve(references: readonly string[]): Promise<string[][]>;
  shortestPaths(query: PathQuery): Promise<FoundPath[]>;
  neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph>;
  timeline(query: TimelineQuery): Promise<TimelinePage>;
  /** Counts of nodes matching the filter, by group, largest first (ties by key). */
  aggregate(query: AggregateQuery): Promise<GroupCount[]>;
  /** Nodes with the most relationships of the given types, most first (ties by id). */
  topByDegree(query: DegreeQuery): Promise<NodeDegree[]>;
  info(): Promise<DatasetInfo>;
  /**
   * Node counts and the largest degree per relationship type (see graph-statistics.ts),
   * for the cost estimate; computed once per dataset and remembered.
   */
  statistics(): Promise<GraphStatistics>;
  close(): Promise<void>;
  /**
   * The store for one request (optional): the dataset served when it began, and its
   * deadline passed on to the database (Neo4j: the transaction timeout). Stores without
   * it are used as they are; `scopeStore` adds the deadline checks either way.
   */
  forRequest?(scope: RequestScope): GraphStore;
}
