/**
 * What the export tests expect each node and relationship to say, written from the
 * domain objects directly (not through the exporter's own records), so that a
 * mistake in the exporter cannot hide in the expectation.
 */
import type { Evidence, GraphEdge, GraphNode } from "../../src/domain/graph-types.js";
import type { PartialDate } from "../../src/domain/partial-date.js";

export function expectedEvidence(evidence: readonly Evidence[]) {
  return evidence.map(({ sourceId, quote, start, end }) => ({ sourceId, quote, start, end }));
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

/** Drops undefined values, as the exports do. */
function defined<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

/** A node's fields in the JSON formats (structured evidence and aliases). */
export function expectedNodeJson(node: GraphNode) {
  return defined({
    id: node.id,
    label: node.name,
    category: node.category,
    kind: node.kind,
    aliases: [...node.aliases],
    description: node.description,
    status: node.status,
    ordinal: node.ordinal,
    ...expectedDate(node.date),
    inferred: node.inference !== undefined,
    inference: node.inference?.reasoning,
    evidence: expectedEvidence(node.evidence),
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
export function expectedEdgeJson(edge: GraphEdge) {
  return defined({
    id: edge.id,
    source: edge.from,
    target: edge.to,
    type: edge.type,
    label: edge.type,
    role: edge.role,
    status: edge.status,
    ...expectedDate(edge.date),
    inferred: edge.inference !== undefined,
    inference: edge.inference?.reasoning,
    evidence: expectedEvidence(edge.evidence),
  });
}

/**
 * Attributes as graphology's GraphML and GEXF parsers return them, after decoding
 * the JSON-encoded ones (aliases, evidence, sourceInfo).
 */
export function decodeAttributes(attributes: Record<string, unknown>): Record<string, unknown> {
  const decoded: Record<string, unknown> = { ...attributes };
  for (const key of ["aliases", "evidence", "sourceInfo"]) {
    if (typeof decoded[key] === "string") decoded[key] = JSON.parse(decoded[key] as string);
  }
  return decoded;
}

/** The JSON fields of a node without its id: what the XML formats hold as attributes. */
export function expectedNodeAttributes(node: GraphNode): Record<string, unknown> {
  const { id: _id, ...rest } = expectedNodeJson(node);
  return rest;
}

export function expectedEdgeAttributes(edge: GraphEdge): Record<string, unknown> {
  const { id: _id, source: _source, target: _target, ...rest } = expectedEdgeJson(edge);
  return rest;
}
