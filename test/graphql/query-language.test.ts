/**
 * The query language: names in filters, traversals and lookups that must resolve (or
 * fail, suggesting the closest names), sub-bodies on request, and `where` trees.
 * Expected answers are computed from the seed, not written down.
 */
import type { GraphQLFormattedError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphEdge } from "../../src/domain/graph-types.js";
import { seedApi } from "../support/seed-api.js";
import { idsOf } from "./support.js";

type Api = Awaited<ReturnType<typeof seedApi>>;
let api: Api;

beforeAll(async () => {
  api = await seedApi();
});
afterAll(async () => {
  await api.stop();
});

type Ids = { edges: { node: { id: string } }[] };

async function listIds(query: string, variables?: Record<string, unknown>): Promise<string[]> {
  const data = await api.data<Record<string, Ids>>(query, variables);
  const [connection] = Object.values(data);
  if (!connection) throw new Error("no connection in answer");
  return idsOf(connection).sort();
}

async function onlyError(query: string): Promise<GraphQLFormattedError> {
  const result = await api.run(query);
  expect(result.errors, JSON.stringify(result)).toHaveLength(1);
  const [error] = result.errors ?? [];
  if (!error) throw new Error("no error");
  expect(error.extensions?.code).toBe("BAD_USER_INPUT");
  return error;
}

const edges = (): readonly GraphEdge[] => api.dataset.edges;

/** Ids of `id` and every node PART_OF it, down any number of steps. */
function withParts(id: string): Set<string> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const edge of edges()) {
      if (edge.type === "PART_OF" && found.has(edge.to) && !found.has(edge.from)) {
        found.add(edge.from);
        grew = true;
      }
    }
  }
  return found;
}

describe("names that do not resolve are errors naming the argument and the closest names", () => {
  it.each([
    [
      '{ agreements(filter: { party: "Japn" }) { totalCount } }',
      /^filter\.party: no actor has the id, name or alias "Japn"; did you mean Japan\b/,
    ],
    [
      '{ actors(filter: { memberOf: "G8" }) { totalCount } }',
      /^filter\.memberOf: no actor has the id, name or alias "G8"; did you mean G7 \(Group of Seven\)/,
    ],
    [
      '{ events(filter: { place: "Tokio" }) { totalCount } }',
      /^filter\.place: no place has the id, name or alias "Tokio"; did you mean Tokyo\b/,
    ],
    [
      '{ agreements(filter: { topic: "Semiconductrs" }) { totalCount } }',
      /^filter\.topic: no topic has the id, name or alias "Semiconductrs"; did you mean Semiconductors\b/,
    ],
    [
      '{ agreements(filter: { involvesTopic: "Semiconductrs" }) { totalCount } }',
      /^filter\.involvesTopic: no topic .*did you mean Semiconductors\b/,
    ],
    [
      '{ node(id: "japan") { ... on Actor { agreements(filter: { party: "Kora" }) { id } } } }',
      /^filter\.party: no actor has the id, name or alias "Kora"; did you mean .*Korea\b/,
    ],
    [
      '{ timeline(actor: "Japn") { totalCount } }',
      /^actor: no actor has the id, name or alias "Japn"; did you mean Japan\b/,
    ],
    ['{ paths(from: "Japn", to: "oecd") { length } }', /^from: .*"Japn"; did you mean Japan\b/],
    ['{ neighbourhood(ids: ["Japn"]) { truncated } }', /^ids: .*"Japn"; did you mean Japan\b/],
    ['{ node(id: "Japn") { id } }', /^id: .*"Japn"; did you mean Japan\b/],
  ])("%s", async (query, message) => {
    expect((await onlyError(query)).message).toMatch(message);
  });

  it("say when a name belongs to a node of another category", async () => {
    const error = await onlyError(
      '{ agreements(filter: { party: "Semiconductors" }) { totalCount } }',
    );
    expect(error.message).toBe('filter.party: "Semiconductors" is a topic, not an actor');
  });

  it("offer no suggestion when nothing is close", async () => {
    const error = await onlyError('{ actors(filter: { memberOf: "Atlantis" }) { totalCount } }');
    expect(error.message).toBe('filter.memberOf: no actor has the id, name or alias "Atlantis"');
  });

  it("accept ids, names, aliases and, failing those, the best search hit", async () => {
    const japanParty = edges()
      .filter((edge) => edge.type === "PARTY_TO" && edge.from === "japan")
      .map((edge) => edge.to)
      .sort();
    expect(japanParty.length).toBeGreaterThan(0);
    for (const party of ["japan", "Japan", "JAPAN", "Japa"]) {
      expect(
        await listIds(`{ agreements(filter: { party: "${party}" }) { edges { node { id } } } }`),
        party,
      ).toEqual(japanParty);
    }
  });

  it("let node(id) take a name or an alias too", async () => {
    const data = await api.data<{ a: { id: string }; b: { id: string } }>(
      '{ a: node(id: "Japan") { id } b: node(id: "G7") { id } }',
    );
    expect(data).toEqual({ a: { id: "japan" }, b: { id: "g7" } });
  });
});

describe("includeParts counts an actor's sub-bodies", () => {
  it("finds the agreements of Japan's bodies with party: Japan, and only Japan's without it", async () => {
    const parts = withParts("japan");
    expect(parts.size).toBeGreaterThan(1);
    const partyOf = (actors: Set<string>) =>
      [
        ...new Set(
          edges()
            .filter((edge) => edge.type === "PARTY_TO" && actors.has(edge.from))
            .map((edge) => edge.to),
        ),
      ].sort();
    const query = (includeParts: boolean) =>
      `{ agreements(filter: { party: "Japan", includeParts: ${includeParts} }, first: 100) { edges { node { id } } } }`;
    const direct = await listIds(query(false));
    const withSubBodies = await listIds(query(true));
    expect(direct).toEqual(partyOf(new Set(["japan"])));
    expect(withSubBodies).toEqual(partyOf(parts));
    expect(withSubBodies.length).toBeGreaterThan(direct.length);
    // The default is the actor alone.
    expect(
      await listIds(
        '{ agreements(filter: { party: "Japan" }, first: 100) { edges { node { id } } } }',
      ),
    ).toEqual(direct);
  });

  it("applies to partOf on actors: Japan's sub-bodies at every depth", async () => {
    const expected = [...withParts("japan")].filter((id) => id !== "japan").sort();
    expect(
      await listIds(
        '{ actors(filter: { partOf: "Japan", includeParts: true }, first: 100) { edges { node { id } } } }',
      ),
    ).toEqual(expected);
  });

  it("applies to participant on events", async () => {
    const parts = withParts("japan");
    const expected = [
      ...new Set(
        edges()
          .filter(
            (edge) =>
              edge.type === "PARTICIPATES_IN" &&
              parts.has(edge.from) &&
              api.dataset.nodes.find((node) => node.id === edge.to)?.category === "Event",
          )
          .map((edge) => edge.to),
      ),
    ].sort();
    expect(
      await listIds(
        '{ events(filter: { participant: "Japan", includeParts: true }, first: 100) { edges { node { id } } } }',
      ),
    ).toEqual(expected);
  });
});
