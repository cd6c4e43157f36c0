/**
 * What the export tests expect each node and relationship to say, written from the
 * domain objects directly (not through the exporter's own records), so that a
 * mistake in the exporter cannot hide in the expectation.
 */
import type { Claim, Evidence, GraphEdge, GraphNode } from "../../src/domain/graph-types.js";
import type { PartialDate } from "../../src/domain/partial-date.js";
import type { Validity } from "../../src/domain/validity.js";
import { isProspective } from "../../src/domain/vocabulary.js";

/** Sources by id, as the tests' export meta lists them. */
export type Sources = Readonly<Record<string, { title: string; url: string }>>;

export function expectedEvidence(evidence: readonly Evidence[], sources: Sources = {}) {
  return evidence.map(({ sourceId, quote, start, end }) =>
    defined({
      sourceId,
      sourceTitle: sources[sourceId]?.title,
      sourceUrl: sources[sourceId]?.url,
      quote,
      start,
      end,
    }),
  );
}

function expectedDate(date: PartialDate | undefined) {
  return date
    ? {
        date: date.iso,
        datePrecision: date.precision,
        dateEarliest: date.earliest,
        dateLatest: date.latest,
      }
    : {};
}

function expectedValidity(validity: Validity | undefined) {
  return validity
    ? {
        validFrom: validity.from,
        validUntil: validity.until,
        validBegun: validity.begun,
        validEnded: validity.ended,
      }
    : {};
}

function expectedClaims(claims: readonly Claim[] | undefined, sources: Sources) {
  return claims?.map((claim) =>
    defined({
      id: claim.id,
      sourceId: claim.sourceId,
      sourceTitle: sources[claim.sourceId]?.title,
      status: claim.status,
      ...expectedDate(claim.date),
      start: claim.start?.iso,
      end: claim.end?.iso,
      role: claim.role,
      claimedOn: claim.claimedOn?.iso,
      rank: claim.rank,
      rankReason: claim.rankReason,
      fulfils: claim.fulfils,
      supersedes: claim.supersedes,
      inference: claim.inference?.reasoning,
      evidence: expectedEvidence(claim.evidence, sources),
    }),
  );
}

/** Drops undefined values, as the exports do. */
function defined<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

/** A node's fields in the JSON formats (structured evidence and aliases). */
export function expectedNodeJson(node: GraphNode, sources: Sources = {}) {
  return defined({
    id: node.id,
    label: node.name,
    category: node.category,
    kind: node.kind,
    aliases: [...node.aliases],
    description: node.description,
    status: node.status,
    prospective: node.status === undefined ? undefined : isProspective(node.status),
    ordinal: node.ordinal,
    ...expectedDate(node.date),
    ...expectedValidity(node.validity),
    inferred: node.inference !== undefined,
    inference: node.inference?.reasoning,
    evidence: expectedEvidence(node.evidence, sources),
    claims: expectedClaims(node.claims, sources),
    sourceInfo: node.source
      ? defined({
          title: node.source.title,
          publisher: node.source.publisher,
          section: node.source.section,
          author: node.source.author,
          publishedOn: node.source.publishedOn.iso,
          url: node.source.url,
        })
      : undefined,
  });
}

/** A relationship's fields in the JSON formats. */
export function expectedEdgeJson(edge: GraphEdge, sources: Sources = {}) {
  return defined({
    id: edge.id,
    source: edge.from,
    target: edge.to,
    type: edge.type,
    label: edge.type,
    role: edge.role,
    status: edge.status,
    prospective: isProspective(edge.status),
    ...expectedDate(edge.date),
    ...expectedValidity(edge.validity),
    inferred: edge.inference !== undefined,
    inference: edge.inference?.reasoning,
    evidence: expectedEvidence(edge.evidence, sources),
    claims: expectedClaims(edge.claims, sources),
  });
}

/**
 * Attributes as graphology's GraphML and GEXF parsers return them, after decoding
 * the JSON-encoded ones (aliases, evidence).
 */
export function decodeAttributes(attributes: Record<string, unknown>): Record<string, unknown> {
  const decoded: Record<string, unknown> = { ...attributes };
  for (const key of ["aliases", "evidence", "claims"]) {
    if (typeof decoded[key] === "string") decoded[key] = JSON.parse(decoded[key] as string);
  }
  return decoded;
}

/** Titles (else ids) of the sources the evidence cites, as the XML formats list them. */
function evidenceSources(evidence: readonly Evidence[], sources: Sources) {
  const titles = [
    ...new Set(evidence.map((item) => sources[item.sourceId]?.title ?? item.sourceId)),
  ];
  return titles.length > 0 ? titles.join(" | ") : undefined;
}

/**
 * The JSON fields of a node without its id, a source's bibliography as columns of
 * their own, and the cited sources' titles: what the XML formats hold as attributes.
 */
export function expectedNodeAttributes(
  node: GraphNode,
  sources: Sources = {},
): Record<string, unknown> {
  const { id: _id, sourceInfo, ...rest } = expectedNodeJson(node, sources);
  const bibliography = sourceInfo
    ? Object.fromEntries(
        Object.entries(sourceInfo).map(([key, value]) => [
          `source${key[0]?.toUpperCase()}${key.slice(1)}`,
          value,
        ]),
      )
    : {};
  return defined({
    ...rest,
    ...bibliography,
    evidenceSources: evidenceSources(node.evidence, sources),
  });
}

export function expectedEdgeAttributes(
  edge: GraphEdge,
  sources: Sources = {},
): Record<string, unknown> {
  const { id: _id, source: _source, target: _target, ...rest } = expectedEdgeJson(edge, sources);
  return defined({ ...rest, evidenceSources: evidenceSources(edge.evidence, sources) });
}
