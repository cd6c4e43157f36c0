/**
 * Shared pieces of the GraphQL behaviour tests: the evidence fields to ask for,
 * and a check that evidence really cites the Euronews article at the offsets
 * it claims (against the text itself when /work/shared/sources is present).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { Dataset } from "../../src/domain/graph-types.js";
import { DEFAULT_SOURCES_DIR } from "../../src/package-paths.js";
import { SOURCES_AVAILABLE } from "../support/seed-api.js";

/** The one source behind the seed, as /work/shared/sources/README.md describes it. */
export const ARTICLE = {
  id: "euronews-2024-04-24",
  title: "EU-Japan to cooperate on AI, data flows",
  url: "https://www.euronews.com/next/2024/04/24/eu-japan-to-cooperate-on-ai-data-flows",
} as const;

export const EVIDENCE_FIELDS = "evidence { quote start end source { id title url } }";

export interface EvidenceItem {
  quote: string;
  start: number;
  end: number;
  source: { id: string; title?: string; url?: string };
}

export interface PartialDateValue {
  iso: string;
  precision: "YEAR" | "MONTH" | "DAY";
  earliest: string;
  latest: string;
}

export interface RelationshipValue {
  id: string;
  type: string;
  role: string | null;
  status: string;
  prospective: boolean;
  inferred: boolean;
  inference: { reasoning: string } | null;
  date: PartialDateValue | null;
  evidence: EvidenceItem[];
}

export const RELATIONSHIP_FIELDS = `id type role status prospective inferred inference { reasoning }
  date { iso precision earliest latest } ${EVIDENCE_FIELDS}`;

const textCache = new Map<string, string>();

function sourceText(dataset: Dataset, sourceId: string): string {
  const cached = textCache.get(sourceId);
  if (cached !== undefined) return cached;
  const file = dataset.nodes.find((node) => node.id === sourceId)?.source?.file;
  if (!file) throw new Error(`no source node ${sourceId} with a file in the dataset`);
  const text = readFileSync(join(DEFAULT_SOURCES_DIR, file), "utf8");
  textCache.set(sourceId, text);
  return text;
}

/**
 * Every item cites the article (title and url), has offsets that span exactly
 * its quote, and, when the source texts are available, the text sliced at
 * start..end is the quote. Each expected fragment must occur in some quote.
 */
export function expectEvidence(
  dataset: Dataset,
  evidence: readonly EvidenceItem[],
  ...fragments: string[]
): void {
  expect(evidence.length).toBeGreaterThan(0);
  for (const item of evidence) {
    expect(item.source).toMatchObject({ id: ARTICLE.id, title: ARTICLE.title, url: ARTICLE.url });
    expect(item.start).toBeGreaterThanOrEqual(0);
    expect(item.end - item.start, item.quote).toBe(item.quote.length);
    if (SOURCES_AVAILABLE) {
      expect(sourceText(dataset, item.source.id).slice(item.start, item.end)).toBe(item.quote);
    }
  }
  for (const fragment of fragments) {
    expect(
      evidence.some((item) => item.quote.includes(fragment)),
      `no quote contains "${fragment}": ${JSON.stringify(evidence.map((item) => item.quote))}`,
    ).toBe(true);
  }
}

/** Ids of the nodes in a Relay connection, in order. */
export function idsOf(connection: { edges: { node: { id: string } }[] }): string[] {
  return connection.edges.map((edge) => edge.node.id);
}
