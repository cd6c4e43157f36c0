/**
 * The adapter's edge: domain objects to Neo4j properties and back. Neo4j has
 * no nested maps on entities, so evidence travels as parallel lists; integers
 * and dates are driver types on the wire and plain numbers and ISO text here.
 */
import neo4j, { type Integer, isDate, isInt } from "neo4j-driver";
import { foldText } from "../../domain/fold-text.js";
import type {
  Claim,
  ClaimRank,
  Evidence,
  GraphEdge,
  GraphNode,
  InferableProperty,
  NodeHead,
} from "../../domain/graph-types.js";
import {
  type DatePrecision,
  type PartialDate,
  parsePartialDate,
} from "../../domain/partial-date.js";
import { type Validity, validityOf } from "../../domain/validity.js";
import {
  NODE_CATEGORIES,
  type NodeCategory,
  type NodeKind,
  type RelationshipType,
  type Status,
} from "../../domain/vocabulary.js";
import type {
  FoundPath,
  GroupCount,
  NodeDegree,
  PathResult,
  Subgraph,
  TimelineEntry,
} from "../graph-store.js";

/**
 * A statement's claims as parallel lists, one entry per claim ("" where a claim has no
 * value: Neo4j lists hold no nulls), and their quotes as parallel lists with the index of
 * the claim each belongs to. Derived values stay plain properties, which queries filter on.
 */
/** Where a node or relationship is known to hold (validityProps). */
const VALIDITY_PROPERTY_KEYS = ["validFrom", "validUntil", "validBegun", "validEnded"] as const;
const CLAIM_PROPERTY_KEYS = [
  "claimIds",
  "claimSources",
  "claimStatuses",
  "claimDates",
  "claimStarts",
  "claimEnds",
  "claimRoles",
  "claimClaimedOn",
  "claimRanks",
  "claimRankReasons",
  "claimFulfils",
  "claimSupersedes",
  "claimInferences",
  "claimEvidenceClaims",
  "claimEvidenceSources",
  "claimEvidenceQuotes",
  "claimEvidenceStarts",
  "claimEvidenceEnds",
] as const;

/** Property keys the adapter writes; the lint test declares exactly these to Neo4j's analyser. */
export const NODE_PROPERTY_KEYS = [
  "id",
  "kind",
  "name",
  "sortName",
  "aliases",
  "nameKey",
  "description",
  "status",
  "ordinal",
  "inference",
  "dateIso",
  "datePrecision",
  "dateEarliest",
  "dateLatest",
  "evidenceSources",
  "evidenceQuotes",
  "evidenceStarts",
  "evidenceEnds",
  "sourceTitle",
  "sourcePublisher",
  "sourceSection",
  "sourceAuthor",
  "sourceUrl",
  "sourceFile",
  "inferredProperties",
  "inferredPropertyReasons",
  "sourceBasedOn",
  "sourceLanguage",
  "sourceRetrievedOn",
  "sourceContentHash",
  ...CLAIM_PROPERTY_KEYS,
  ...VALIDITY_PROPERTY_KEYS,
] as const;
export const EDGE_PROPERTY_KEYS = [
  "id",
  "sortKey",
  "role",
  "status",
  "inference",
  "dateIso",
  "datePrecision",
  "dateEarliest",
  "dateLatest",
  "evidenceSources",
  "evidenceQuotes",
  "evidenceStarts",
  "evidenceEnds",
  ...CLAIM_PROPERTY_KEYS,
  ...VALIDITY_PROPERTY_KEYS,
] as const;

type Props = Record<string, unknown>;

export function toNeo4jDate(day: string) {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  return new neo4j.types.Date(year, month, date);
}

function dateProps(date: PartialDate | undefined): Props {
  if (!date) return {};
  return {
    dateIso: date.iso,
    datePrecision: date.precision,
    dateEarliest: toNeo4jDate(date.earliest),
    dateLatest: toNeo4jDate(date.latest),
  };
}

function evidenceProps(evidence: readonly Evidence[]): Props {
  return {
    evidenceSources: evidence.map((item) => item.sourceId),
    evidenceQuotes: evidence.map((item) => item.quote),
    evidenceStarts: evidence.map((item) => neo4j.int(item.start)),
    evidenceEnds: evidence.map((item) => neo4j.int(item.end)),
  };
}

function claimProps(claims: readonly Claim[] | undefined): Props {
  if (!claims) return {};
  const text = (value: string | undefined) => value ?? "";
  const quotes = claims.flatMap((claim, index) => claim.evidence.map((item) => ({ item, index })));
  return {
    claimIds: claims.map((claim) => claim.id),
    claimSources: claims.map((claim) => claim.sourceId),
    claimStatuses: claims.map((claim) => text(claim.status)),
    claimDates: claims.map((claim) => text(claim.date?.iso)),
    claimStarts: claims.map((claim) => text(claim.start?.iso)),
    claimEnds: claims.map((claim) => text(claim.end?.iso)),
    claimRoles: claims.map((claim) => text(claim.role)),
    claimClaimedOn: claims.map((claim) => text(claim.claimedOn?.iso)),
    claimRanks: claims.map((claim) => claim.rank),
    claimRankReasons: claims.map((claim) => text(claim.rankReason)),
    claimFulfils: claims.map((claim) => text(claim.fulfils)),
    claimSupersedes: claims.map((claim) => text(claim.supersedes)),
    claimInferences: claims.map((claim) => text(claim.inference?.reasoning)),
    claimEvidenceClaims: quotes.map(({ index }) => neo4j.int(index)),
    claimEvidenceSources: quotes.map(({ item }) => item.sourceId),
    claimEvidenceQuotes: quotes.map(({ item }) => item.quote),
    claimEvidenceStarts: quotes.map(({ item }) => neo4j.int(item.start)),
    claimEvidenceEnds: quotes.map(({ item }) => neo4j.int(item.end)),
  };
}

/** Removes undefined values: Neo4j stores no nulls, and `SET n = props` must not fail on them. */
function compact(props: Props): Props {
  // A loop rather than entries/filter/fromEntries: this runs once per node and relationship
  // of a load, and the arrays those make were a tenth of the loader's own time at 10^5.
  const kept: Props = {};
  for (const key in props) {
    const value = props[key];
    if (value !== undefined) kept[key] = value;
  }
  return kept;
}

/**
 * Separates the folded names in `nameKey`. Folding leaves only letters, digits and single
 * spaces, so the separator never occurs inside a name, and `|name|` occurs in the key only
 * where a whole folded name equals `name`.
 */
export const NAME_KEY_SEPARATOR = "|";

/** A node's folded names as one string, for the text index that finds names by substring. */
export function nameKey(foldedNames: readonly string[]): string {
  return `${NAME_KEY_SEPARATOR}${foldedNames.join(NAME_KEY_SEPARATOR)}${NAME_KEY_SEPARATOR}`;
}

/**
 * A node's properties. Besides its own fields: `sortName` (the name as the NAME sort
 * compares it) and `nameKey` (its name, aliases and id folded, in that order, joined by
 * the separator), each indexed; the names search and references match are those three,
 * `[name] + aliases + [id]` in Cypher.
 */
export function nodeToProps(node: GraphNode): Props {
  return compact({
    id: node.id,
    kind: node.kind,
    name: node.name,
    sortName: node.name.toLowerCase(),
    aliases: [...node.aliases],
    nameKey: nameKey([node.name, ...node.aliases, node.id].map(foldText)),
    description: node.description,
    status: node.status,
    ordinal: node.ordinal === undefined ? undefined : neo4j.int(node.ordinal),
    inference: node.inference?.reasoning,
    inferredProperties: node.inferredProperties?.map((item) => item.property),
    inferredPropertyReasons: node.inferredProperties?.map((item) => item.reasoning),
    ...dateProps(node.date),
    ...evidenceProps(node.evidence),
    sourceTitle: node.source?.title,
    sourcePublisher: node.source?.publisher,
    sourceSection: node.source?.section,
    sourceAuthor: node.source?.author,
    sourceUrl: node.source?.url,
    sourceFile: node.source?.file,
    sourceBasedOn: node.source?.basedOn,
    sourceLanguage: node.source?.language,
    sourceRetrievedOn: node.source?.retrievedOn,
    sourceContentHash: node.source?.contentHash,
    ...claimProps(node.claims),
    ...validityProps(validityOf(node)),
  });
}

/** Stands for "no date" in a relationship's sort key: after every real day. */
const UNDATED_KEY = "9999-99-99";

/**
 * A relationship's place in the order lists of relationships use (earliest day, undated
 * last, then id) as one string: the day has a fixed width, so comparing keys compares days
 * first and ids second. Indexed per type, it gives those lists in order without sorting.
 */
export function edgeSortKey(edge: GraphEdge): string {
  return `${edge.date?.earliest ?? UNDATED_KEY}${NAME_KEY_SEPARATOR}${edge.id}`;
}

export function edgeToProps(edge: GraphEdge): Props {
  return compact({
    id: edge.id,
    sortKey: edgeSortKey(edge),
    role: edge.role,
    status: edge.status,
    inference: edge.inference?.reasoning,
    ...dateProps(edge.date),
    ...evidenceProps(edge.evidence),
    ...claimProps(edge.claims),
    ...validityProps(validityOf(edge)),
  });
}

/**
 * Validity as the statements filter on it (`validFrom`/`validUntil` days, absent when
 * open, and the two flags), so `asOf` is one comparison in Cypher as in memory.
 */
function validityProps(validity: Validity): Props {
  return {
    validFrom: validity.from === undefined ? undefined : toNeo4jDate(validity.from),
    validUntil: validity.until === undefined ? undefined : toNeo4jDate(validity.until),
    validBegun: validity.begun,
    validEnded: validity.ended,
  };
}

function readValidity(props: Props): Validity {
  return stripUndefined({
    from: props.validFrom == null ? undefined : toDay(props.validFrom),
    until: props.validUntil == null ? undefined : toDay(props.validUntil),
    ended: props.validEnded === true,
    begun: props.validBegun === true,
  });
}

/** A JavaScript number from a driver Integer or a number; other values are a mapping bug. */
export function toNumber(value: unknown): number {
  if (isInt(value)) return (value as Integer).toNumber();
  if (typeof value === "number") return value;
  throw new TypeError(`expected an integer, got ${typeof value}`);
}

function toDay(value: unknown): string {
  if (isDate(value)) return value.toString();
  if (typeof value === "string") return value;
  throw new TypeError(`expected a date, got ${typeof value}`);
}

const optionalString = (value: unknown): string | undefined =>
  typeof value === "string" ? value : undefined;
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** The partial date in a map of `date*` properties (a node's, a relationship's); undefined when there is none. */
export function readDate(props: Props): PartialDate | undefined {
  if (typeof props.dateIso !== "string") return undefined;
  return {
    iso: props.dateIso,
    precision: props.datePrecision as DatePrecision,
    earliest: toDay(props.dateEarliest),
    latest: toDay(props.dateLatest),
  };
}

function readEvidence(props: Props): Evidence[] {
  const sources = strings(props.evidenceSources);
  const quotes = strings(props.evidenceQuotes);
  const starts = Array.isArray(props.evidenceStarts) ? props.evidenceStarts : [];
  const ends = Array.isArray(props.evidenceEnds) ? props.evidenceEnds : [];
  return sources.map((sourceId, index) => ({
    sourceId,
    quote: quotes[index] ?? "",
    start: toNumber(starts[index]),
    end: toNumber(ends[index]),
  }));
}

/** The claims written by claimProps, or undefined when the entity has none recorded. */
function readClaims(props: Props): Claim[] | undefined {
  if (!Array.isArray(props.claimIds)) return undefined;
  const list = (key: string) => strings(props[key]);
  const [sources, statuses, dates, starts, ends, roles, claimedOn, ranks, reasons] = [
    "claimSources",
    "claimStatuses",
    "claimDates",
    "claimStarts",
    "claimEnds",
    "claimRoles",
    "claimClaimedOn",
    "claimRanks",
    "claimRankReasons",
  ].map(list);
  const [fulfils, supersedes, inferences] = [
    "claimFulfils",
    "claimSupersedes",
    "claimInferences",
  ].map(list);
  const owners = Array.isArray(props.claimEvidenceClaims) ? props.claimEvidenceClaims : [];
  const evidence = readEvidence({
    evidenceSources: props.claimEvidenceSources,
    evidenceQuotes: props.claimEvidenceQuotes,
    evidenceStarts: props.claimEvidenceStarts,
    evidenceEnds: props.claimEvidenceEnds,
  });
  const present = (value: string | undefined) => (value ? value : undefined);
  const date = (value: string | undefined) => {
    if (!value) return undefined;
    const parsed = parsePartialDate(value);
    if (typeof parsed === "string") throw new TypeError(`claim date ${value}: ${parsed}`);
    return parsed;
  };
  return strings(props.claimIds).map((id, index) => {
    const inference = present(inferences?.[index]);
    return stripUndefined({
      id,
      sourceId: sources?.[index] ?? "",
      evidence: evidence.filter((_, at) => toNumber(owners[at]) === index),
      status: present(statuses?.[index]) as Status | undefined,
      date: date(dates?.[index]),
      start: date(starts?.[index]),
      end: date(ends?.[index]),
      role: present(roles?.[index]),
      claimedOn: date(claimedOn?.[index]),
      rank: (ranks?.[index] ?? "NORMAL") as ClaimRank,
      rankReason: present(reasons?.[index]),
      fulfils: present(fulfils?.[index]),
      supersedes: present(supersedes?.[index]),
      inference: inference === undefined ? undefined : { reasoning: inference },
    });
  });
}

/** A node map as the statements return it: its properties plus `labels`. */
/** A node's head, from `nodeHeadMap` (or from a whole node's properties). */
export function propsToNodeHead(props: Props): NodeHead {
  return {
    id: String(props.id),
    category: categoryOf(props),
    kind: props.kind as NodeKind,
    name: String(props.name),
  };
}

/** The category label among a node's labels. */
function categoryOf(props: Props): NodeCategory {
  const labels = strings(props.labels);
  const category = NODE_CATEGORIES.find((candidate) => labels.includes(candidate));
  if (!category) throw new TypeError(`node ${String(props.id)} has no category label`);
  return category;
}

export function propsToNode(props: Props): GraphNode {
  const category = categoryOf(props);
  const date = readDate(props);
  const node: GraphNode = {
    id: String(props.id),
    category: category as NodeCategory,
    kind: props.kind as NodeKind,
    name: String(props.name),
    aliases: strings(props.aliases),
    description: optionalString(props.description),
    date,
    status: optionalString(props.status) as Status | undefined,
    ordinal:
      props.ordinal === undefined || props.ordinal === null ? undefined : toNumber(props.ordinal),
    evidence: readEvidence(props),
    inference: typeof props.inference === "string" ? { reasoning: props.inference } : undefined,
    inferredProperties: Array.isArray(props.inferredProperties)
      ? strings(props.inferredProperties).map((property, index) => ({
          property: property as InferableProperty,
          reasoning: strings(props.inferredPropertyReasons)[index] ?? "",
        }))
      : undefined,
    source:
      category === "Source" && date
        ? {
            title: String(props.sourceTitle),
            publisher: String(props.sourcePublisher),
            section: optionalString(props.sourceSection),
            author: optionalString(props.sourceAuthor),
            publishedOn: date,
            url: String(props.sourceUrl),
            file: String(props.sourceFile),
            basedOn: optionalString(props.sourceBasedOn),
            language: optionalString(props.sourceLanguage),
            retrievedOn: optionalString(props.sourceRetrievedOn),
            contentHash: optionalString(props.sourceContentHash),
          }
        : undefined,
    claims: readClaims(props),
    validity: readValidity(props),
  };
  return stripUndefined(node);
}

/** A relationship map as the statements return it: properties plus `type`, `from`, `to`. */
export function propsToEdge(props: Props): GraphEdge {
  return stripUndefined({
    id: String(props.id),
    type: props.type as RelationshipType,
    from: String(props.from),
    to: String(props.to),
    role: optionalString(props.role),
    date: readDate(props),
    status: props.status as Status,
    evidence: readEvidence(props),
    inference: typeof props.inference === "string" ? { reasoning: props.inference } : undefined,
    claims: readClaims(props),
    validity: readValidity(props),
  });
}

export function propsToPath(props: Props | null | undefined): PathResult | undefined {
  if (!props) return undefined;
  const edges = Array.isArray(props.edges) ? (props.edges as Props[]).map(propsToEdge) : [];
  return { nodeIds: strings(props.nodeIds), edges };
}

/** A list of maps a statement returned, or none. */
const list = (value: unknown) => (Array.isArray(value) ? (value as Props[]) : []);

/** A path as SHORTEST_PATHS returns it: `nodeIds`, `edges` and the `nodes` themselves. */
export function propsToFoundPath(props: Props): FoundPath {
  const path = propsToPath(props) ?? { nodeIds: [], edges: [] };
  return { ...path, nodes: list(props.nodes).map(propsToNode) };
}

/** A timeline entry as TIMELINE returns it: `{ event, edge }` with one of them null; the date is the entry's own. */
export function propsToTimelineEntry(props: Props): TimelineEntry {
  if (props.event) {
    const event = propsToNode(props.event as Props);
    if (!event.date) throw new TypeError(`timeline event ${event.id} has no date`);
    return { date: event.date, event };
  }
  if (props.edge) {
    const edge = propsToEdge(props.edge as Props);
    if (!edge.date) throw new TypeError(`timeline statement ${edge.id} has no date`);
    return { date: edge.date, edge };
  }
  throw new TypeError("timeline entry has neither an event nor a statement");
}

/** The NEIGHBOURHOOD record: node and relationship maps in result order, and the flag. */
export function propsToSubgraph(props: Props | undefined): Subgraph {
  if (!props) return { nodes: [], edges: [], truncated: false };
  return {
    nodes: list(props.nodes).map(propsToNode),
    edges: list(props.edges).map(propsToEdge),
    truncated: props.truncated === true,
  };
}

/** RESOLVE rows (`index`, `ids`) back into one id list per reference, in the references' order. */
export function idsByIndex(records: readonly Props[], count: number): string[][] {
  const result: string[][] = Array.from({ length: count }, () => []);
  for (const record of records) {
    const index = toNumber(record.index);
    if (index >= 0 && index < count) result[index] = strings(record.ids);
  }
  return result;
}

export function propsToGroupCount(props: Props): GroupCount {
  return { key: String(props.key), count: toNumber(props.total) };
}

export function propsToNodeDegree(props: Props): NodeDegree {
  return { node: propsToNode(props.node as Props), degree: toNumber(props.degree) };
}

/** Leaves out absent optional fields, so mapped objects equal the loaded ones field for field. */
function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
