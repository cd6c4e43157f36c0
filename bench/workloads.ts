/**
 * The benchmark's workloads for one dataset: GraphQL requests (the same text for
 * Entente on either store and the floor), the requests Entente and the Neo4j GraphQL
 * Library both express (each in its own schema's words), and the store-level traversals
 * compared with LadybugDB. Their parameters are picked from the dataset
 * deterministically, so every run of a size asks the same questions.
 */
import type { Dataset, GraphNode } from "../src/domain/graph-types.js";

export interface GraphqlWorkload {
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** Also asked of Entente on Neo4j (in Neo4j mode). */
  readonly onNeo4j: boolean;
  /**
   * Where the store contract allows several answers, the part it fixes, which the two
   * stores' answers must share; without it they must be equal.
   */
  readonly canonical?: (data: Record<string, unknown>) => unknown;
}

interface WhyStep {
  readonly relationship?: { readonly type?: string };
}

/**
 * The semiconductors answer with each explanation reduced to what the contract decides:
 * a path to the exact topic before one through narrower topics, then fewer steps. Among
 * equally good paths it names none, and the two stores may pick different ones.
 */
function withoutTiedPaths(data: Record<string, unknown>): unknown {
  const connection = data.agreements as { edges?: { why?: { steps?: WhyStep[] } }[] };
  return {
    ...data,
    agreements: {
      ...connection,
      edges: connection.edges?.map((edge) => ({
        ...edge,
        why: edge.why && {
          steps: edge.why.steps?.length,
          narrower: edge.why.steps?.filter((s) => s.relationship?.type === "SUBTOPIC_OF").length,
        },
      })),
    },
  };
}

/** One request in the words of one schema, and the part of its answer both must agree on. */
export interface PeerRequest {
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly answer: (data: Record<string, unknown>) => unknown;
}

/** A question Entente and the Neo4j GraphQL Library both answer. */
export interface PeerWorkload {
  readonly name: string;
  readonly entente: PeerRequest;
  readonly peer: PeerRequest;
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
  /** An actor looked up by id in the peer comparison. */
  readonly actorId: string;
  /** The commonest actor kind: the filter of the peer comparison's list page. */
  readonly actorKind: string;
  /** An actor party to many agreements: the start of the two-level traversal. */
  readonly partyId: string;
  /** The far side's filter: the commonest kind among the parties of those agreements. */
  readonly partyKind: string;
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
  const peer = pickPeerParameters(dataset, byId, isSeed);
  if (isSeed) {
    return {
      ...peer,
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
    ...peer,
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

/** Most frequent value, ties broken by the smaller value, so the pick is deterministic. */
function commonest(values: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (!best) throw new Error("bench: no value to pick from");
  return best[0];
}

function pickPeerParameters(
  dataset: Dataset,
  byId: readonly GraphNode[],
  isSeed: boolean,
): Pick<Parameters, "actorId" | "actorKind" | "partyId" | "partyKind"> {
  const actors = byId.filter((node) => node.category === "Actor");
  const kindOf = new Map(actors.map((actor) => [actor.id, actor.kind as string]));
  const agreementsOf = new Map<string, string[]>();
  const partiesOf = new Map<string, string[]>();
  for (const edge of dataset.edges) {
    if (edge.type !== "PARTY_TO") continue;
    agreementsOf.set(edge.from, [...(agreementsOf.get(edge.from) ?? []), edge.to]);
    partiesOf.set(edge.to, [...(partiesOf.get(edge.to) ?? []), edge.from]);
  }
  const parties = [...agreementsOf].sort(
    (a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1),
  );
  // On synthetic graphs the 20th most active party, as for the neighbourhood's hub.
  const [partyId, agreements] = parties[isSeed ? 0 : Math.min(19, parties.length - 1)] ?? [];
  if (!partyId || !agreements) throw new Error("bench: the dataset has no PARTY_TO relationship");
  const farKinds = agreements.flatMap((agreement) =>
    (partiesOf.get(agreement) ?? []).map((party) => kindOf.get(party) ?? ""),
  );
  const actor = actors[Math.floor(0.5 * (actors.length - 1))];
  if (!actor) throw new Error("bench: the dataset has no actor");
  return {
    actorId: actor.id,
    actorKind: commonest(actors.map((a) => a.kind)),
    partyId,
    partyKind: commonest(farKinds.filter(Boolean)),
  };
}

const first = (data: Record<string, unknown>, field: string): unknown => {
  const list = data[field];
  return Array.isArray(list) && list.length === 1 ? list[0] : { unexpected: list };
};

/**
 * The workloads both APIs express, written as each one's users would write them. Entente's
 * relationship fields return their first 50 by name then id; the peer is asked for the same.
 */
export function peerWorkloads(p: Parameters): PeerWorkload[] {
  const byName = "sort: [{ sortName: ASC }, { id: ASC }]";
  return [
    {
      name: "actor-by-id",
      entente: {
        query: `query Actor($id: ID!) { node(id: $id) { ... on Actor { id name kind aliases } } }`,
        variables: { id: p.actorId },
        answer: (data) => data.node,
      },
      peer: {
        query: `query Actor($id: ID!) { actors(where: { id: { eq: $id } }) { id name kind aliases } }`,
        variables: { id: p.actorId },
        answer: (data) => first(data, "actors"),
      },
    },
    {
      name: "filtered-page",
      entente: {
        query: `query Page($kind: ActorKind!) {
  actors(filter: { kinds: [$kind] }, first: 100) { totalCount edges { node { id name kind } } }
}`,
        variables: { kind: p.actorKind },
        answer: (data) => data.actors,
      },
      peer: {
        query: `query Page($kind: String!) {
  actorsConnection(where: { kind: { eq: $kind } }, first: 100, ${byName}) { totalCount edges { node { id name kind } } }
}`,
        variables: { kind: p.actorKind },
        answer: (data) => data.actorsConnection,
      },
    },
    {
      name: "two-levels-filtered",
      entente: {
        query: `query Parties($id: ID!, $kind: ActorKind!) {
  node(id: $id) { ... on Actor { id name agreements { id name parties(filter: { kinds: [$kind] }) { id name } } } }
}`,
        variables: { id: p.partyId, kind: p.partyKind },
        answer: (data) => data.node,
      },
      peer: {
        query: `query Parties($id: ID!, $kind: String!) {
  actors(where: { id: { eq: $id } }) {
    id name agreements(limit: 50, ${byName}) { id name parties(where: { kind: { eq: $kind } }, limit: 50, ${byName}) { id name } }
  }
}`,
        variables: { id: p.partyId, kind: p.partyKind },
        answer: (data) => first(data, "actors"),
      },
    },
  ];
}

export function graphqlWorkloads(p: Parameters): GraphqlWorkload[] {
  return [
    {
      name: "lookup",
      query: `query Lookup($id: ID!) { node(id: $id) { __typename id name category aliases } }`,
      variables: { id: p.lookupId },
      onNeo4j: true,
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
      onNeo4j: true,
      canonical: withoutTiedPaths,
    },
    {
      name: "search",
      query: `query Search($text: String!) { search(text: $text, first: 10) { score matched node { __typename id name } } }`,
      variables: { text: p.searchText },
      onNeo4j: true,
    },
    ...NEIGHBOURHOOD_LIMITS.map((limit) => ({
      name: `neighbourhood-${limit}`,
      query: `query Around($id: String!, $limit: Int!) {
  neighbourhood(ids: [$id], depth: 2, limit: $limit) { truncated nodes { __typename id name } edges { id type } }
}`,
      variables: { id: p.hubId, limit },
      // The largest neighbourhood is the memory store's alone: not a Neo4j-mode workload.
      onNeo4j: limit !== 5000,
    })),
    {
      name: "shortest-path",
      query: `query Paths($from: String!, $to: String!) {
  paths(from: $from, to: $to, maxHops: 6, first: 5) { length nodes { __typename id name } steps { traversal relationship { id type } } }
}`,
      variables: { from: p.pathFrom, to: p.pathTo },
      onNeo4j: true,
    },
    {
      name: "timeline",
      query: `query Timeline($from: String!, $to: String!) {
  timeline(from: $from, to: $to, first: 50) { totalCount edges { node { date { iso } summary } } }
}`,
      variables: p.timeline,
      onNeo4j: true,
    },
    {
      name: "list-100",
      query: `query Page { actors(first: 100) { totalCount edges { cursor node { id name kind } } } }`,
      variables: {},
      onNeo4j: true,
    },
  ];
}
