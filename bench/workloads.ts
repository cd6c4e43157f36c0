/**
 * The benchmark's workloads for one dataset: GraphQL requests (the same text for
 * every variant) and the store-level traversals compared with the peer. Their
 * parameters are picked from the dataset deterministically, so every run of a size
 * asks the same questions.
 */
import type { Dataset, GraphNode } from "../src/domain/graph-types.js";

export interface GraphqlWorkload {
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

export interface Parameters {
  readonly lookupId: string;
  readonly topic: string;
  readonly searchText: string;
  /** Start of the neighbourhoods: a well-connected node, so the limits bind. */
  readonly hubId: string;
  readonly pathFrom: string;
  readonly pathTo: string;
  readonly timeline: { from: string; to: string };
}

export const NEIGHBOURHOOD_LIMITS = [50, 500, 5000] as const;

/** Picks the parameters; the seed gets the README's own questions. */
export function pickParameters(dataset: Dataset, isSeed: boolean): Parameters {
  const degree = new Map<string, number>();
  const covers = new Map<string, number>();
  for (const edge of dataset.edges) {
    degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
    degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
    if (edge.type === "COVERS") covers.set(edge.to, (covers.get(edge.to) ?? 0) + 1);
  }
  const byId = [...dataset.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const at = (share: number): GraphNode => byId[Math.floor(share * (byId.length - 1))] as GraphNode;
  const ranked = [...degree].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  // The 20th best connected node: a hub, but not the single largest one.
  const hubId = (ranked[Math.min(19, ranked.length - 1)] as [string, number])[0];
  if (isSeed) {
    return {
      lookupId: "eu-ai-office",
      topic: "semiconductors",
      searchText: "digital partnership",
      hubId,
      pathFrom: "japan-aisi",
      pathTo: "oecd",
      timeline: { from: "2024-01-01", to: "2024-12-31" },
    };
  }
  // A typical popular topic: the one at the 90th percentile of COVERS relationships.
  const topics = [...covers].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const topic = (topics[Math.floor(0.9 * (topics.length - 1))] as [string, number])[0];
  const lookup = at(0.5);
  return {
    lookupId: lookup.id,
    topic,
    // A word of a node's name: matches many names by word prefix and substring.
    searchText: lookup.name.split(" ")[0] ?? lookup.name,
    hubId,
    pathFrom: at(0.25).id,
    pathTo: at(0.75).id,
    timeline: { from: "2020-01-01", to: "2020-03-31" },
  };
}

export function graphqlWorkloads(p: Parameters): GraphqlWorkload[] {
  return [
    {
      name: "lookup",
      query: `query Lookup($id: ID!) { node(id: $id) { __typename id name category aliases } }`,
      variables: { id: p.lookupId },
    },
    {
      name: "semiconductors",
      query: `query Involves($topic: String!) {
  agreements(filter: { involvesTopic: $topic }, first: 10) {
    totalCount
    edges {
      node { name parties { name } }
      why { summary steps { traversal relationship { type status date { iso precision }
        evidence { quote start end source { title } } } } }
    }
  }
}`,
      variables: { topic: p.topic },
    },
    {
      name: "search",
      query: `query Search($text: String!) { search(text: $text, first: 10) { score matched node { __typename id name } } }`,
      variables: { text: p.searchText },
    },
    ...NEIGHBOURHOOD_LIMITS.map((limit) => ({
      name: `neighbourhood-${limit}`,
      query: `query Around($id: String!, $limit: Int!) {
  neighbourhood(ids: [$id], depth: 2, limit: $limit) { truncated nodes { __typename id name } edges { id type } }
}`,
      variables: { id: p.hubId, limit },
    })),
    {
      name: "shortest-path",
      query: `query Paths($from: String!, $to: String!) {
  paths(from: $from, to: $to, maxHops: 6, first: 5) { length nodes { __typename id name } steps { traversal relationship { id type } } }
}`,
      variables: { from: p.pathFrom, to: p.pathTo },
    },
    {
      name: "timeline",
      query: `query Timeline($from: String!, $to: String!) {
  timeline(from: $from, to: $to, first: 50) { totalCount edges { node { date { iso } summary } } }
}`,
      variables: p.timeline,
    },
    {
      name: "list-100",
      query: `query Page { actors(first: 100) { totalCount edges { cursor node { id name kind } } } }`,
      variables: {},
    },
  ];
}
