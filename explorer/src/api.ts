/**
 * The GraphQL the Explorer sends, and the shapes it gets back. Every request goes
 * to /graphql on the page's own origin.
 */
import type { PartialDate } from "../../src/domain/partial-date.js";
import { TOPIC_FOCUS_LIMIT } from "../../src/domain/topic-focus.js";
import type { NodeCategory, RelationshipType } from "../../src/domain/vocabulary.js";
import type { ExportFormat } from "../../src/export/export-format.js";
import { type Scene, sceneToJson } from "../../src/export/scene.js";
import { ENUM_INTERNAL_VALUES } from "../../src/graphql/resolvers/enum-values.js";
import { asOfModeOf, asOfOf, duringOf, type TimeFilter } from "./time-filter.js";

export type { PartialDate };

export const GRAPHQL_PATH = "/graphql";

export interface GraphqlError {
  readonly message: string;
  readonly extensions?: { readonly code?: string };
}

export class ApiError extends Error {}

/** The API's NodeCategory values (ACTOR…) and the domain's names (Actor…) the Explorer draws by. */
const CATEGORY_OF_VALUE = new Map<unknown, string>(
  Object.entries(ENUM_INTERNAL_VALUES.NodeCategory ?? {}),
);

/** Puts every `category` the API answers back under the domain's name, as the responses are parsed. */
function domainCategories(key: string, value: unknown): unknown {
  return key === "category" ? (CATEGORY_OF_VALUE.get(value) ?? value) : value;
}

/** Runs a query; throws an ApiError with the server's message when it answers with errors. */
export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(GRAPHQL_PATH, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(20_000),
  });
  let body: { data?: T; errors?: GraphqlError[] };
  try {
    body = JSON.parse(await response.text(), domainCategories) as {
      data?: T;
      errors?: GraphqlError[];
    };
  } catch {
    throw new ApiError(`the API answered ${response.status} without JSON`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join("; "));
  if (!response.ok || body.data === undefined) {
    throw new ApiError(`the API answered ${response.status}`);
  }
  return body.data;
}

/** A node as the graph draws it. */
export interface ViewNode {
  readonly id: string;
  readonly category: NodeCategory;
  readonly name: string;
  readonly kind: string;
  readonly status?: string | null;
  readonly date?: PartialDate | null;
  /** The days the API says it is known to hold (src/domain/validity.ts). */
  readonly validity: ViewValidity;
}

/** A validity as the API answers it (open bounds null). */
export interface ViewValidity {
  readonly from: string | null;
  readonly until: string | null;
  readonly begun: boolean;
  readonly ended: boolean;
}

/** A relationship as the graph draws it. */
export interface ViewEdge {
  readonly id: string;
  readonly type: RelationshipType;
  readonly status: string;
  readonly prospective: boolean;
  readonly date: PartialDate | null;
  /** The days the API says it is known to hold (src/domain/validity.ts). */
  readonly validity: ViewValidity;
  readonly from: { readonly id: string };
  readonly to: { readonly id: string };
}

export interface Subgraph {
  readonly nodes: ViewNode[];
  readonly edges: ViewEdge[];
  readonly truncated: boolean;
}

export interface Evidence {
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly source: {
    readonly id: string;
    readonly title: string;
    readonly publisher: string;
    readonly url: string;
    readonly publishedOn: { readonly iso: string };
  };
}

export interface RelationshipDetails extends ViewEdge {
  readonly role: string | null;
  readonly inferred: boolean;
  readonly inference: { readonly reasoning: string } | null;
  readonly evidence: Evidence[];
}

export interface NodeDetails extends ViewNode {
  readonly aliases: string[];
  readonly description: string | null;
  readonly inferred: boolean;
  readonly inference: { readonly reasoning: string } | null;
  readonly evidence: Evidence[];
  readonly ordinal?: number | null;
  readonly title?: string;
  readonly publisher?: string;
  readonly url?: string;
  readonly links: {
    readonly direction: "OUT" | "IN";
    readonly node: { readonly id: string; readonly name: string; readonly category: NodeCategory };
    readonly relationship: RelationshipDetails;
  }[];
}

export interface PathStep {
  readonly traversal: "FORWARD" | "BACKWARD";
  readonly relationship: RelationshipDetails;
}

export interface Path {
  readonly length: number;
  readonly summary: string;
  readonly nodes: ViewNode[];
  readonly steps: PathStep[];
}

export interface SearchHit {
  readonly score: number;
  readonly matched: string;
  readonly node: ViewNode;
}

/** The path that explains why an agreement involves a topic, each step with its evidence. */
export type Why = Path;

export interface Involvement {
  readonly node: ViewNode;
  readonly why: Why | null;
}

const DATE = "{ iso precision earliest latest }";

const FRAGMENTS: Readonly<Record<string, string>> = {
  ViewNode: `fragment ViewNode on Node {
  id
  category
  name
  validity { from until begun ended }
  kind
  ... on Agreement { status date ${DATE} }
  ... on Event { status date ${DATE} }
}`,
  ViewEdge: `fragment ViewEdge on Relationship {
  id type status prospective date ${DATE} validity { from until begun ended } from { id } to { id }
}`,
  EvidenceFields: `fragment EvidenceFields on Evidence {
  quote start end source { id title publisher url publishedOn { iso } }
}`,
  RelationshipDetails: `fragment RelationshipDetails on Relationship {
  ...ViewEdge role inferred inference { reasoning } evidence { ...EvidenceFields }
}`,
};

/** The query with the fragments it spreads, directly or through other fragments (and no others: GraphQL rejects unused ones). */
function withFragments(query: string): string {
  const used = new Map<string, string>();
  const collect = (text: string) => {
    for (const [, name = ""] of text.matchAll(/\.\.\.(\w+)/g)) {
      const definition = FRAGMENTS[name];
      if (definition === undefined || used.has(name)) continue;
      used.set(name, definition);
      collect(definition);
    }
  };
  collect(query);
  return [query, ...used.values()].join("\n");
}

const NEIGHBOURHOOD = withFragments(`
query Neighbourhood($ids: [String!]!, $depth: Int!, $asOf: String, $during: DateRange, $asOfMode: AsOfMode, $limit: Int!) {
  neighbourhood(ids: $ids, depth: $depth, asOf: $asOf, during: $during, asOfMode: $asOfMode, limit: $limit) {
    nodes { ...ViewNode }
    edges { ...ViewEdge }
    truncated
  }
}`);

export async function fetchNeighbourhood(
  ids: readonly string[],
  depth: number,
  time: TimeFilter,
  limit = 500,
): Promise<Subgraph> {
  const data = await graphql<{ neighbourhood: Subgraph }>(NEIGHBOURHOOD, {
    ids,
    depth,
    asOf: asOfOf(time),
    during: duringOf(time),
    asOfMode: asOfModeOf(time),
    limit,
  });
  return data.neighbourhood;
}

const SEARCH = withFragments(`
query Search($text: String!) {
  search(text: $text, first: 8) { score matched node { ...ViewNode } }
}`);

export async function search(text: string): Promise<SearchHit[]> {
  return (await graphql<{ search: SearchHit[] }>(SEARCH, { text })).search;
}

const PATHS = withFragments(`
query Paths($from: String!, $to: String!, $asOf: String, $during: DateRange, $asOfMode: AsOfMode) {
  paths(from: $from, to: $to, asOf: $asOf, during: $during, asOfMode: $asOfMode, first: 5) {
    length
    summary
    nodes { ...ViewNode }
    steps { traversal relationship { ...RelationshipDetails } }
  }
}`);

export async function fetchPaths(from: string, to: string, time: TimeFilter): Promise<Path[]> {
  const variables = {
    from,
    to,
    asOf: asOfOf(time),
    during: duringOf(time),
    asOfMode: asOfModeOf(time),
  };
  return (await graphql<{ paths: Path[] }>(PATHS, variables)).paths;
}

const DETAILS = withFragments(`
query Details($id: ID!, $asOf: String, $asOfMode: AsOfMode) {
  node(id: $id) {
    ...ViewNode
    aliases
    description
    inferred
    inference { reasoning }
    evidence { ...EvidenceFields }
    ... on Event { ordinal }
    ... on Source { title publisher url }
    links(first: 100, asOf: $asOf, asOfMode: $asOfMode) {
      direction
      node { id name category }
      relationship { ...RelationshipDetails }
    }
  }
}`);

export async function fetchDetails(id: string, time: TimeFilter): Promise<NodeDetails | null> {
  const variables = { id, asOf: asOfOf(time), asOfMode: asOfModeOf(time) };
  return (await graphql<{ node: NodeDetails | null }>(DETAILS, variables)).node;
}

const INVOLVEMENT = withFragments(`
query Involvement($topic: String!, $asOf: String, $first: Int!) {
  agreements(filter: { involvesTopic: $topic, asOf: $asOf }, first: $first) {
    edges {
      node { ...ViewNode }
      why {
        length summary nodes { ...ViewNode }
        steps { traversal relationship { ...RelationshipDetails } }
      }
    }
  }
  events(filter: { topics: $topic, asOf: $asOf }, first: $first) {
    edges { node { ...ViewNode } }
  }
}`);

/** What involves a topic: agreements (with the path that explains why) and the events that cover it. */
export async function fetchInvolvement(
  topic: string,
  asOf?: string,
): Promise<{ agreements: Involvement[]; events: ViewNode[] }> {
  const data = await graphql<{
    agreements: { edges: Involvement[] };
    events: { edges: { node: ViewNode }[] };
  }>(INVOLVEMENT, { topic, asOf, first: TOPIC_FOCUS_LIMIT });
  return {
    agreements: data.agreements.edges,
    events: data.events.edges.map((edge) => edge.node),
  };
}

export interface Overview {
  readonly dataset: { version: string; nodeCount: number; relationshipCount: number };
  readonly mostConnected: { node: { id: string } }[];
  readonly topics: { edges: { node: { id: string; name: string } }[] };
  readonly timeline: { edges: { node: { date: PartialDate } }[] };
  readonly latest: { edges: { node: { date: PartialDate | null } }[] };
}

const OVERVIEW = `
query Overview {
  dataset { version nodeCount relationshipCount }
  mostConnected(first: 3) { node { id } }
  topics(first: 100, sort: { field: NAME }) { edges { node { id name } } }
  timeline(first: 1) { edges { node { date { iso precision earliest latest } } } }
  latest: events(first: 1, sort: { field: DATE, direction: DESC }) {
    edges { node { date { iso precision earliest latest } } }
  }
}`;

export async function fetchOverview(): Promise<Overview> {
  return graphql<Overview>(OVERVIEW);
}

export const EXPORT_FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: "cytoscape", label: "Cytoscape JSON (with positions)" },
  { format: "d3", label: "D3 JSON" },
  { format: "graphml", label: "GraphML" },
  { format: "gexf", label: "GEXF 1.3 (Gephi)" },
  { format: "gexf12", label: "GEXF 1.2 (older readers)" },
];

/**
 * A scene as a file for another tool: the API renders it (`POST /export/<format>`)
 * with the positions the reader arranged; a 400 names what it refused.
 */
export async function exportScene(
  scene: Scene,
  format: ExportFormat,
): Promise<{ blob: Blob; extension: string }> {
  const response = await fetch(`/export/${format}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(sceneToJson(scene)),
    signal: AbortSignal.timeout(20_000),
  });
  if (!response.ok) {
    const answer = (await response.json().catch(() => ({}))) as { error?: string };
    throw new ApiError(answer.error ?? `the API answered ${response.status}`);
  }
  const name = /filename="[^"]*\.(\w+)"/.exec(response.headers.get("content-disposition") ?? "");
  return { blob: await response.blob(), extension: name?.[1] ?? format };
}
