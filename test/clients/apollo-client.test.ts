/**
 * A real Apollo Client (InMemoryCache, HttpLink) against a server on 127.0.0.1, set up as
 * docs/api.md says: possibleTypes from /possible-types.json, the type policies of
 * docs/clients/entente-apollo-cache.js from /value-types.json, and relay-style pagination
 * on `actors`. Each test asks what a researcher asks, in two queries that select different
 * fields of the same value objects, then reads both back from the cache alone: each must
 * be what the server answers, item for item.
 */

import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  ApolloClient,
  type DocumentNode,
  gql,
  HttpLink,
  InMemoryCache,
  NetworkStatus,
  type TypePolicies,
} from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import { print } from "graphql";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ententeTypePolicies } from "../../docs/clients/entente-apollo-cache.js";
import {
  ACTORS_YAML,
  baseSeed,
  evidence,
  removeTempDirs,
  replaceOnce,
  writeSeed,
} from "../seed/seed-fixture.js";
import { type ClientTestServer, startClientTestServer, withoutTypename } from "./client-server.js";

let served: ClientTestServer;
let possibleTypes: Record<string, string[]>;
let valueTypes: { valueTypes: string[]; valueLists: Record<string, string[]> };

beforeAll(async () => {
  served = await startClientTestServer();
  possibleTypes = await served.json("/possible-types.json");
  valueTypes = await served.json("/value-types.json");
});
afterAll(() => served?.server.stop());
afterAll(removeTempDirs);

/** The cache as docs/api.md sets it up; `policies: false` for Apollo's defaults alone. */
function client(options: { policies?: boolean; url?: string } = {}) {
  const typePolicies: TypePolicies =
    options.policies === false
      ? {}
      : ententeTypePolicies(valueTypes, {
          Query: { fields: { actors: relayStylePagination(["filter", "sort"]) } },
        });
  return new ApolloClient({
    link: new HttpLink({ uri: options.url ?? served.url }),
    cache: new InMemoryCache({ possibleTypes, typePolicies }),
  });
}

/** Asks `first` then `second` over the network; then what the cache alone holds for each. */
async function askBoth(apollo: ApolloClient, first: DocumentNode, second: DocumentNode) {
  await apollo.query({ query: first, fetchPolicy: "network-only" });
  await apollo.query({ query: second, fetchPolicy: "network-only" });
  return {
    first: withoutTypename(apollo.readQuery({ query: first })),
    second: withoutTypename(apollo.readQuery({ query: second })),
  };
}

const truth = (query: DocumentNode) => served.answer(print(query));

/** Apollo's warnings while a test runs (data it had to drop, fragments it could not match). */
const warned: string[] = [];
const spies = [console.warn, console.error].map((method) =>
  vi.spyOn(console, method === console.warn ? "warn" : "error"),
);
beforeAll(() => {
  for (const spy of spies) spy.mockImplementation((...args) => warned.push(args.join(" ")));
});
afterEach(() => {
  warned.length = 0;
});
afterAll(() => {
  for (const spy of spies) spy.mockRestore();
});

describe("value objects keep every field asked, item by item", () => {
  const QUOTES = gql`
    query CompaniesQuotes {
      node(id: "companies") { id name evidence { quote } }
    }
  `;
  const OFFSETS = gql`
    query CompaniesOffsets {
      node(id: "companies") { id evidence { start end source { id name } } }
    }
  `;
  const BOTH = gql`
    query CompaniesEvidence {
      node(id: "companies") { id evidence { quote start end source { id } } }
    }
  `;

  it("two queries on a node's evidence: both read back whole, and its two quotes stay two", async () => {
    const apollo = client();
    const cached = await askBoth(apollo, QUOTES, OFFSETS);
    expect(cached.first).toEqual(await truth(QUOTES));
    expect(cached.second).toEqual(await truth(OFFSETS));
    // The merged items pair each quote with its own offsets.
    const both = withoutTypename(apollo.readQuery({ query: BOTH })) as {
      node: { evidence: { quote: string; start: number; end: number }[] };
    };
    expect(both).toEqual(await truth(BOTH));
    const [one, two] = both.node.evidence;
    expect(both.node.evidence).toHaveLength(2);
    expect(one?.quote).not.toBe(two?.quote);
    expect(one?.end).toBe((one?.start ?? 0) + (one?.quote.length ?? 0));
    expect(two?.end).toBe((two?.start ?? 0) + (two?.quote.length ?? 0));
    expect(warned).toEqual([]);
  });

  it("without the type policies, the second query overwrites what the first asked (what they prevent)", async () => {
    const apollo = client({ policies: false });
    const cached = await askBoth(apollo, QUOTES, OFFSETS);
    expect(cached.second).toEqual(await truth(OFFSETS));
    // The quotes are gone: the first query can no longer be answered from the cache.
    expect(cached.first).toBeNull();
  });

  it("the parties of an agreement and the evidence of each party statement", async () => {
    const PARTIES = gql`
      query Parties {
        node(id: "eu-korea-digital-partnership") {
          id
          name
          links(types: [PARTY_TO]) {
            direction
            node { id name }
            relationship { id evidence { quote } }
          }
        }
      }
    `;
    const STATEMENTS = gql`
      query PartyStatements {
        node(id: "eu-korea-digital-partnership") {
          id
          links(types: [PARTY_TO]) {
            relationship { id status date { iso } evidence { start end source { id } } }
          }
        }
      }
    `;
    const apollo = client();
    const cached = await askBoth(apollo, PARTIES, STATEMENTS);
    expect(cached.first).toEqual(await truth(PARTIES));
    expect(cached.second).toEqual(await truth(STATEMENTS));
    const links = (cached.first as { node: { links: { relationship: { id: string } }[] } }).node
      .links;
    expect(links.length).toBeGreaterThanOrEqual(2);
    expect(new Set(links.map((link) => link.relationship.id)).size).toBe(links.length);
    expect(warned).toEqual([]);
  });

  it("a partial date asked for its text, then for the days it can denote", async () => {
    const TEXT = gql`
      query AiActDate { node(id: "ai-act") { id ... on Agreement { status date { iso } } } }
    `;
    const DAYS = gql`
      query AiActDays {
        node(id: "ai-act") { id ... on Agreement { date { precision earliest latest } } }
      }
    `;
    const apollo = client();
    const cached = await askBoth(apollo, TEXT, DAYS);
    expect(cached.first).toEqual(await truth(TEXT));
    expect(cached.second).toEqual(await truth(DAYS));
    expect(cached.second).toMatchObject({
      node: { date: { precision: "MONTH", earliest: "2024-06-01", latest: "2024-06-30" } },
    });
    expect(warned).toEqual([]);
  });

  it("how Japan's AI Safety Institute is connected to the OECD: paths in brief, then step by step", async () => {
    const BRIEF = gql`
      query PathsInBrief {
        paths(from: "Japan AI Safety Institute", to: "OECD") { summary }
      }
    `;
    const STEPS = gql`
      query PathSteps {
        paths(from: "Japan AI Safety Institute", to: "OECD") {
          length
          nodes { id }
          steps { traversal relationship { id type evidence { quote } } }
        }
      }
    `;
    const apollo = client();
    const cached = await askBoth(apollo, BRIEF, STEPS);
    expect(cached.first).toEqual(await truth(BRIEF));
    expect(cached.second).toEqual(await truth(STEPS));
    const paths = (cached.first as { paths: { summary: string }[] }).paths;
    expect(paths.length).toBeGreaterThanOrEqual(2);
    expect(paths[0]?.summary).not.toBe(paths[1]?.summary);
    expect(warned).toEqual([]);
  });
});

describe("possibleTypes from /possible-types.json", () => {
  const CARDS = gql`
    query Chips {
      search(text: "semiconductors") { score node { ...Card } }
    }
    fragment Card on Node {
      id
      name
      ... on Agreement { status date { iso } }
      ... on Topic { narrower { id name } }
    }
  `;

  it("let fragments on the Node interface be read back from the cache", async () => {
    const apollo = client();
    await apollo.query({ query: CARDS });
    const cached = withoutTypename(apollo.readQuery({ query: CARDS })) as {
      search: { node: { name: string } }[];
    };
    expect(cached).toEqual(await truth(CARDS));
    expect(cached.search.length).toBeGreaterThan(0);
    expect(warned).toEqual([]);
  });
});

describe("relay-style pagination on actors", () => {
  const ACTORS = gql`
    query Actors($first: Int, $after: String) {
      actors(first: $first, after: $after) {
        totalCount
        edges { cursor node { id name agreements { id name } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  `;
  interface ActorsPage {
    actors: {
      totalCount: number;
      edges: { cursor: string; node: { id: string; agreements: { id: string }[] } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  }

  it("fetchMore appends the next page to the first, in the order one longer page has", async () => {
    const apollo = client();
    const watched = apollo.watchQuery<ActorsPage>({ query: ACTORS, variables: { first: 5 } });
    const results: ActorsPage[] = [];
    const subscription = watched.subscribe((result) => {
      // Settled answers only (not the one shown while the next page loads).
      if (result.dataState === "complete" && result.networkStatus === NetworkStatus.ready) {
        results.push(result.data);
      }
    });
    await vi.waitFor(() => expect(results).toHaveLength(1));
    expect(results[0]?.actors.edges).toHaveLength(5);
    const after = results[0]?.actors.pageInfo.endCursor;
    await watched.fetchMore({ variables: { after } });
    await vi.waitFor(() => expect(results).toHaveLength(2));
    subscription.unsubscribe();
    const merged = results[1];
    const expected = await served.answer<ActorsPage>(print(ACTORS), { first: 10 });
    expect(merged?.actors.edges.map((edge) => edge.node.id)).toEqual(
      expected.actors.edges.map((edge) => edge.node.id),
    );
    expect(
      merged?.actors.edges.map((edge) => edge.node.agreements.map((agreement) => agreement.id)),
    ).toEqual(expected.actors.edges.map((edge) => edge.node.agreements.map((a) => a.id)));
    expect(merged?.actors.pageInfo.hasNextPage).toBe(expected.actors.pageInfo.hasNextPage);
    expect(warned).toEqual([]);
  });
});

describe("a reload that reorders a list", () => {
  /** Beta Country with its two quotes in the given order. */
  const actorsWith = (quotes: string[]) =>
    replaceOnce(
      ACTORS_YAML,
      `    name: Beta Country
    evidence:
      - ${evidence("Beta Country")}`,
      `    name: Beta Country
    evidence:
${quotes.map((quote) => `      - ${evidence(quote)}`).join("\n")}`,
    );

  it("leaves no item with fields of another: the list read before is replaced, not mixed", async () => {
    const quotes = ["Beta Country", "Beta Country welcomed it"];
    const seed = await writeSeed({ ...baseSeed(), "actors.yaml": actorsWith(quotes) });
    const own = await startClientTestServer({
      ENTENTE_SEED_DIR: seed.seedDir,
      ENTENTE_SOURCES_DIR: seed.sourcesDir,
    });
    try {
      const ENDS = gql`
        query Ends { node(id: "beta-country") { id evidence { quote end } } }
      `;
      const STARTS = gql`
        query Starts { node(id: "beta-country") { id evidence { quote start } } }
      `;
      const apollo = client({ url: own.url });
      await apollo.query({ query: ENDS });
      await writeFile(join(seed.seedDir, "actors.yaml"), actorsWith([...quotes].reverse()));
      expect((await own.server.reload()).outcome).toBe("reloaded");
      await apollo.query({ query: STARTS });
      const fresh = await own.answer(print(STARTS));
      expect(withoutTypename(apollo.readQuery({ query: STARTS }))).toEqual(fresh);
      // Merging by position would pair each new quote with the other quote's end.
      expect(apollo.readQuery({ query: ENDS })).toBeNull();
    } finally {
      await own.server.stop();
    }
  });
});
