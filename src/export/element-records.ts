/**
 * What every exported node and relationship says about itself, whatever the format:
 * its qualifiers, its date (as written, with precision and the days it can denote),
 * whether it is inferred and why, and its evidence. JSON formats carry these records
 * as they are; XML formats flatten them (see `flatAttributes`).
 */
import type {
  Claim,
  ClaimRank,
  Evidence,
  GraphEdge,
  GraphNode,
  SourceInfo,
} from "../domain/graph-types.js";
import type { DatePrecision, PartialDate } from "../domain/partial-date.js";
import type { Validity } from "../domain/validity.js";
import {
  isProspective,
  type NodeCategory,
  type NodeKind,
  type RelationshipType,
  type Status,
} from "../domain/vocabulary.js";
import type { SourceSummary } from "./export-format.js";

export interface EvidenceRecord {
  readonly sourceId: string;
  /** The source's title and address, when the export knows the source. */
  readonly sourceTitle?: string;
  readonly sourceUrl?: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

/**
 * One source's claim of a statement (src/domain/claims.ts): what that source says of it
 * and on which quotes. The statement's own status, date and role are derived from these.
 */
export interface ClaimRecord extends DateFields {
  readonly id: string;
  readonly sourceId: string;
  readonly sourceTitle?: string;
  readonly status?: Status;
  /** The interval a state holds over, as this source gives it. */
  readonly start?: string;
  readonly end?: string;
  readonly role?: string;
  /** The source's own date: what it could know. */
  readonly claimedOn?: string;
  readonly rank: ClaimRank;
  readonly rankReason?: string;
  readonly fulfils?: string;
  readonly supersedes?: string;
  readonly inference?: string;
  readonly evidence: readonly EvidenceRecord[];
}

/** Sources by id, as the export meta lists them. */
export type SourceLookup = Readonly<Record<string, SourceSummary>>;

export interface DateFields {
  /** ISO text as the source gives it: `2024`, `2024-06`, `2024-04-30` or `2024-05-02/2024-05-03`. */
  readonly date?: string;
  readonly datePrecision?: DatePrecision;
  /** First and last day the date can denote (YYYY-MM-DD). */
  readonly dateEarliest?: string;
  readonly dateLatest?: string;
}

/**
 * When the element is known to hold (src/domain/validity.ts), as `asOf` reads it: from
 * `validFrom` to `validUntil` (either open when absent); `validBegun` and `validEnded`
 * say whether those bounds are a beginning and an end a source gives, or only where
 * what is known begins and ends.
 */
export interface ValidityFields {
  readonly validFrom?: string;
  readonly validUntil?: string;
  readonly validBegun?: boolean;
  readonly validEnded?: boolean;
}

export function validityFields(validity: Validity | undefined): ValidityFields {
  if (!validity) return {};
  return {
    validFrom: validity.from,
    validUntil: validity.until,
    validBegun: validity.begun,
    validEnded: validity.ended,
  };
}

/** Bibliographic data of a source node (without the internal file name). */
export interface SourceInfoRecord {
  readonly title: string;
  readonly publisher: string;
  readonly section?: string;
  readonly author?: string;
  readonly publishedOn: string;
  readonly url: string;
}

export interface NodeRecord extends DateFields, ValidityFields {
  readonly id: string;
  readonly label: string;
  readonly category: NodeCategory;
  readonly kind: NodeKind;
  readonly aliases: readonly string[];
  readonly description?: string;
  readonly status?: Status;
  /** True when the status says it is only intended or foreseen (planned, expected…). */
  readonly prospective?: boolean;
  readonly ordinal?: number;
  readonly inferred: boolean;
  /** How the fact follows from the evidence, when no quote states it outright. */
  readonly inference?: string;
  readonly evidence: readonly EvidenceRecord[];
  /** The claims behind its status and date, where the seed records them. */
  readonly claims?: readonly ClaimRecord[];
  readonly sourceInfo?: SourceInfoRecord;
}

export interface EdgeRecord extends DateFields, ValidityFields {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: RelationshipType;
  /** The relationship type again, for tools that draw `label`. */
  readonly label: RelationshipType;
  readonly role?: string;
  readonly status: Status;
  /** True when the source reports the statement as only intended or foreseen. */
  readonly prospective: boolean;
  readonly inferred: boolean;
  readonly inference?: string;
  readonly evidence: readonly EvidenceRecord[];
  /** The claims behind its status, date and role, where the seed records them. */
  readonly claims?: readonly ClaimRecord[];
}

/** A copy of `record` without the keys whose value is undefined. */
export function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

function evidenceRecord(evidence: Evidence, sources: SourceLookup): EvidenceRecord {
  const source = sources[evidence.sourceId];
  return compact({
    sourceId: evidence.sourceId,
    sourceTitle: source?.title,
    sourceUrl: source?.url,
    quote: evidence.quote,
    start: evidence.start,
    end: evidence.end,
  });
}

function claimRecord(claim: Claim, sources: SourceLookup): ClaimRecord {
  return compact({
    id: claim.id,
    sourceId: claim.sourceId,
    sourceTitle: sources[claim.sourceId]?.title,
    status: claim.status,
    ...dateFields(claim.date),
    start: claim.start?.iso,
    end: claim.end?.iso,
    role: claim.role,
    claimedOn: claim.claimedOn?.iso,
    rank: claim.rank,
    rankReason: claim.rankReason,
    fulfils: claim.fulfils,
    supersedes: claim.supersedes,
    inference: claim.inference?.reasoning,
    evidence: claim.evidence.map((evidence) => evidenceRecord(evidence, sources)),
  });
}

const claimRecords = (claims: readonly Claim[] | undefined, sources: SourceLookup) =>
  claims?.map((claim) => claimRecord(claim, sources));

export function dateFields(date: PartialDate | undefined): DateFields {
  if (!date) return {};
  return {
    date: date.iso,
    datePrecision: date.precision,
    dateEarliest: date.earliest,
    dateLatest: date.latest,
  };
}

function sourceInfoRecord(source: SourceInfo): SourceInfoRecord {
  return compact({
    title: source.title,
    publisher: source.publisher,
    section: source.section,
    author: source.author,
    publishedOn: source.publishedOn.iso,
    url: source.url,
  });
}

export function nodeRecord(node: GraphNode, sources: SourceLookup = {}): NodeRecord {
  return compact({
    id: node.id,
    label: node.name,
    category: node.category,
    kind: node.kind,
    aliases: [...node.aliases],
    description: node.description,
    status: node.status,
    prospective: node.status ? isProspective(node.status) : undefined,
    ordinal: node.ordinal,
    ...dateFields(node.date),
    ...validityFields(node.validity),
    inferred: node.inference !== undefined,
    inference: node.inference?.reasoning,
    evidence: node.evidence.map((evidence) => evidenceRecord(evidence, sources)),
    claims: claimRecords(node.claims, sources),
    sourceInfo: node.source ? sourceInfoRecord(node.source) : undefined,
  });
}

export function edgeRecord(edge: GraphEdge, sources: SourceLookup = {}): EdgeRecord {
  return compact({
    id: edge.id,
    source: edge.from,
    target: edge.to,
    type: edge.type,
    label: edge.type,
    role: edge.role,
    status: edge.status,
    prospective: isProspective(edge.status),
    ...dateFields(edge.date),
    ...validityFields(edge.validity),
    inferred: edge.inference !== undefined,
    inference: edge.inference?.reasoning,
    evidence: edge.evidence.map((evidence) => evidenceRecord(evidence, sources)),
    claims: claimRecords(edge.claims, sources),
  });
}

/** A value an XML attribute can hold: GraphML and GEXF have no nested values. */
export type FlatValue = string | number | boolean;

/** Record keys whose values are lists, JSON-encoded in XML formats. */
export const JSON_ENCODED_KEYS = ["aliases", "evidence"] as const;

/**
 * The record as XML attributes: scalars kept, lists (aliases, evidence, claims) JSON-encoded,
 * a source's bibliographic data as columns of their own (`sourceTitle`, `sourceUrl`…),
 * the titles of the sources the evidence cites as one readable column
 * (`evidenceSources`), characters XML 1.0 cannot carry replaced by U+FFFD, and `omit`
 * (ids and ends, which the formats hold in their own places) left out.
 */
export function flatAttributes(
  record: NodeRecord | EdgeRecord,
  omit: readonly string[],
): Record<string, FlatValue> {
  const flat: Record<string, FlatValue> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || omit.includes(key)) continue;
    if (key === "sourceInfo") {
      for (const [part, partValue] of Object.entries(value as SourceInfoRecord)) {
        flat[`source${part[0]?.toUpperCase()}${part.slice(1)}`] = xmlSafe(String(partValue));
      }
    } else if (typeof value === "string") flat[key] = xmlSafe(value);
    else if (typeof value === "number" || typeof value === "boolean") flat[key] = value;
    else flat[key] = JSON.stringify(value);
  }
  const titles = [
    ...new Set(record.evidence.map((evidence) => evidence.sourceTitle ?? evidence.sourceId)),
  ];
  if (titles.length > 0 && !omit.includes("evidenceSources")) {
    flat.evidenceSources = xmlSafe(titles.join(" | "));
  }
  return flat;
}

/** Whether a UTF-16 code unit (other than a surrogate) may stand in an XML 1.0 document. */
function isXmlCodeUnit(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return code !== 0xfffe && code !== 0xffff;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * `text` with the characters an XML 1.0 document cannot hold (control characters
 * other than tab and line breaks, U+FFFE, U+FFFF, unpaired surrogates) replaced by U+FFFD.
 */
export function xmlSafe(text: string): string {
  let safe = "";
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(index + 1))) {
      safe += text.slice(index, index + 2);
      index++;
    } else if (isHighSurrogate(code) || isLowSurrogate(code) || !isXmlCodeUnit(code)) {
      safe += "\uFFFD";
    } else {
      safe += text[index];
    }
  }
  return safe;
}
