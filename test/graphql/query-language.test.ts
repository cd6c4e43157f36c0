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

describe("where, in the Neo4j GraphQL Library's shape", () => {
  const nodes = () => api.dataset.nodes;
  const category = (name: string) => nodes().filter((node) => node.category === name);
  const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();
  /** The far ends of `type` relationships from `id` (OUT) or to it (IN). */
  const links = (id: string, type: string, direction: "OUT" | "IN") =>
    edges().filter(
      (edge) => edge.type === type && (direction === "OUT" ? edge.from === id : edge.to === id),
    );
  const partiesOf = (id: string) => links(id, "PARTY_TO", "IN").map((edge) => edge.from);
  const agreementIds = (query: string) =>
    listIds(`{ agreements(first: 100, ${query}) { edges { node { id } } } }`);

  it("answers 'agreements between the EU and Japan' with AND and some", async () => {
    const expected = category("Agreement")
      .filter((agreement) => {
        const parties = partiesOf(agreement.id);
        return parties.includes("european-union") && parties.includes("japan");
      })
      .map((agreement) => agreement.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(
      await agreementIds(
        'where: { AND: [{ parties: { some: { id: { eq: "european-union" } } } }, { parties: { some: { name: { eq: "japan" } } } }] }',
      ),
    ).toEqual(sorted(expected));
  });

  it("compares names ignoring case with eq, in, contains, startsWith and endsWith, under OR and NOT", async () => {
    const name = (id: string) =>
      nodes()
        .find((node) => node.id === id)
        ?.name.toLowerCase() ?? "";
    const agreements = category("Agreement").map((agreement) => agreement.id);
    const orExpected = agreements.filter(
      (id) => name(id).includes("partnership") || name(id).startsWith("memorandum"),
    );
    expect(
      await agreementIds(
        'where: { OR: [{ name: { contains: "PARTNERSHIP" } }, { name: { startsWith: "memorandum" } }] }',
      ),
    ).toEqual(sorted(orExpected));
    expect(await agreementIds('where: { NOT: { name: { endsWith: "partnership" } } }')).toEqual(
      sorted(agreements.filter((id) => !name(id).endsWith("partnership"))),
    );
    const first = category("Agreement")[0];
    expect(
      await agreementIds(`where: { name: { in: ["${first?.name.toUpperCase()}", "nothing"] } }`),
    ).toEqual([first?.id]);
    // An empty OR holds for nothing; an empty AND for everything.
    expect(await agreementIds("where: { OR: [] }")).toEqual([]);
    expect(await agreementIds("where: { AND: [] }")).toEqual(sorted(agreements));
  });

  it("compares partial dates: a date matches only when every day it can denote does", async () => {
    const events = category("Event").filter((event) => event.date);
    const ids = (test: (earliest: string, latest: string) => boolean) =>
      sorted(
        events
          .filter((event) => event.date && test(event.date.earliest, event.date.latest))
          .map((event) => event.id),
      );
    const eventIds = (where: string) =>
      listIds(`{ events(first: 100, where: ${where}) { edges { node { id } } } }`);
    // Within May 2024: starts on or after 1 May and ends by 31 May.
    const may = ids((earliest, latest) => earliest >= "2024-05-01" && latest <= "2024-05-31");
    expect(may.length).toBeGreaterThan(0);
    expect(await eventIds('{ date: { gte: "2024-05", lte: "2024-05" } }')).toEqual(may);
    // Before 2024: ends before 1 January 2024 (a month of 2023 qualifies, "2024" does not).
    expect(await eventIds('{ date: { lt: "2024" } }')).toEqual(
      ids((_earliest, latest) => latest < "2024-01-01"),
    );
    // After April 2024: starts after 30 April.
    expect(await eventIds('{ date: { gt: "2024-04" } }')).toEqual(
      ids((earliest) => earliest > "2024-04-30"),
    );
    // Undated events never match a comparison.
    const undated = category("Event").filter((event) => !event.date);
    const all = await eventIds('{ OR: [{ date: { lt: "2100" } }, { date: { gte: "1900" } }] }');
    for (const event of undated) expect(all).not.toContain(event.id);
  });

  it("quantifies over relationships with some, all, none and single", async () => {
    const kind = (id: string) => nodes().find((node) => node.id === id)?.kind;
    const agreements = category("Agreement");
    const count = (id: string) => partiesOf(id).filter((party) => kind(party) === "COUNTRY").length;
    const expected = {
      some: agreements.filter((a) => count(a.id) > 0),
      all: agreements.filter((a) => count(a.id) === partiesOf(a.id).length),
      none: agreements.filter((a) => count(a.id) === 0),
      single: agreements.filter((a) => count(a.id) === 1),
    };
    for (const [quantifier, matching] of Object.entries(expected)) {
      expect(
        await agreementIds(`where: { parties: { ${quantifier}: { kind: { eq: COUNTRY } } } }`),
        quantifier,
      ).toEqual(sorted(matching.map((a) => a.id)));
    }
  });

  it("filters on relationship properties and far nodes with <field>Connection", async () => {
    const expected = category("Agreement")
      .filter((agreement) =>
        links(agreement.id, "PARTY_TO", "IN").some(
          (edge) =>
            edge.status === "PLANNED" &&
            nodes().find((node) => node.id === edge.from)?.kind === "AGENCY",
        ),
      )
      .map((agreement) => agreement.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(
      await agreementIds(
        "where: { partiesConnection: { some: { edge: { status: { eq: PLANNED } }, node: { kind: { eq: AGENCY } } } } }",
      ),
    ).toEqual(sorted(expected));
    const withRole = category("Agreement")
      .filter((agreement) =>
        links(agreement.id, "PARTY_TO", "IN").some((edge) =>
          edge.role?.toLowerCase().includes("sign"),
        ),
      )
      .map((agreement) => agreement.id);
    expect(
      await agreementIds(
        'where: { partiesConnection: { some: { edge: { role: { contains: "sign" } } } } }',
      ),
    ).toEqual(sorted(withRole));
  });

  it("applies to relationship fields too, on their far side", async () => {
    const japanParty = links("japan", "PARTY_TO", "OUT").map((edge) => edge.to);
    const expected = japanParty.filter((id) => partiesOf(id).includes("european-union"));
    expect(expected.length).toBeGreaterThan(0);
    const data = await api.data<{ node: { agreements: { id: string }[] } }>(
      '{ node(id: "japan") { ... on Actor { agreements(where: { parties: { some: { id: { eq: "european-union" } } } }) { id } } } }',
    );
    expect(data.node.agreements.map((agreement) => agreement.id).sort()).toEqual(sorted(expected));
  });

  it("holds together with filter", async () => {
    const japanParty = new Set(links("japan", "PARTY_TO", "OUT").map((edge) => edge.to));
    const expected = category("Agreement")
      .filter((agreement) => japanParty.has(agreement.id) && agreement.kind === "PARTNERSHIP")
      .map((agreement) => agreement.id);
    expect(
      await agreementIds('filter: { party: "Japan" }, where: { kind: { in: [PARTNERSHIP] } }'),
    ).toEqual(sorted(expected));
  });

  it("is bounded: too deep, too many conditions, bad dates and long lists are BAD_USER_INPUT naming the path", async () => {
    let deep = '{ name: { eq: "x" } }';
    for (let level = 0; level < 5; level++) deep = `{ NOT: ${deep} }`;
    expect((await onlyError(`{ agreements(where: ${deep}) { totalCount } }`)).message).toMatch(
      /^where(\.NOT){5}: where trees nest at most 5 levels/,
    );
    const many = Array.from({ length: 70 }, () => '{ name: { eq: "x" } }').join(", ");
    expect(
      (await onlyError(`{ agreements(where: { OR: [${many}] }) { totalCount } }`)).message,
    ).toMatch(/^where\.OR\[\d+\].*: a where tree may hold at most 64 conditions/);
    expect(
      (await onlyError('{ events(where: { date: { lt: "2024-13" } }) { totalCount } }')).message,
    ).toMatch(/^where\.date\.lt: .*month 13/);
    const ids = Array.from({ length: 101 }, (_, i) => `"id${i}"`).join(", ");
    expect(
      (await onlyError(`{ actors(where: { id: { in: [${ids}] } }) { totalCount } }`)).message,
    ).toBe("where.id.in: at most 100 values, got 101");
  });

  it("accepts a tree at the deepest level allowed, through relationships", async () => {
    const result = await api.run(`{ actors(where: { agreements: { some: { parties: { some: {
      memberOf: { some: { NOT: { name: { eq: "nobody" } } } } } } } } }) { totalCount } }`);
    expect(result.errors).toBeUndefined();
  });
});

describe("cursors are bound to their list, filter, where, sort and dataset version", () => {
  type Page = { edges: { cursor: string }[]; pageInfo: { endCursor: string } };
  const firstPage = async (query: string) => {
    const data = await api.data<Record<string, Page>>(query);
    const [page] = Object.values(data);
    if (!page?.pageInfo.endCursor) throw new Error("no cursor");
    return page.pageInfo.endCursor;
  };
  const PAGE = "first: 2) { edges { cursor } pageInfo { endCursor } } }";

  it("are opaque: no offset in plain sight", async () => {
    const cursor = await firstPage(`{ actors(${PAGE}`);
    expect(cursor).not.toMatch(/offset/);
    expect(Buffer.from(cursor, "base64url").toString("utf8")).not.toMatch(/^offset:/);
  });

  it("lead on in the list they came from, whatever the order of the filter's keys", async () => {
    const cursor = await firstPage(
      `{ agreements(filter: { statuses: [SIGNED, PLANNED], kinds: [PARTNERSHIP, MEMORANDUM] }, ${PAGE}`,
    );
    const result = await api.run(
      `query($after: String) { agreements(filter: { kinds: [PARTNERSHIP, MEMORANDUM], statuses: [SIGNED, PLANNED] }, first: 2, after: $after) { totalCount } }`,
      { after: cursor },
    );
    expect(result.errors).toBeUndefined();
  });

  it.each([
    ["another list", "{ agreements(first: 2, after: $after) { totalCount } }"],
    [
      "another filter",
      '{ actors(filter: { memberOf: "G7" }, first: 2, after: $after) { totalCount } }',
    ],
    [
      "another where",
      '{ actors(where: { name: { contains: "a" } }, first: 2, after: $after) { totalCount } }',
    ],
    ["another sort", "{ actors(sort: { field: ID }, first: 2, after: $after) { totalCount } }"],
  ])("refuse a cursor of %s", async (_what, query) => {
    const cursor = await firstPage(`{ actors(${PAGE}`);
    const result = await api.run(`query($after: String) ${query}`, { after: cursor });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toBe(
      "after: the cursor belongs to another list, filter, where or sort",
    );
  });

  it("refuse a cursor from another dataset version, saying to start again", async () => {
    const version = (await api.data<{ dataset: { version: string } }>("{ dataset { version } }"))
      .dataset.version;
    const cursor = await firstPage(`{ actors(${PAGE}`);
    const [tag, cursorVersion, list, offset] = JSON.parse(
      Buffer.from(cursor, "base64url").toString("utf8"),
    ) as [string, string, string, number];
    expect(cursorVersion).toBe(version);
    const stale = Buffer.from(JSON.stringify([tag, "0123456789abcdef", list, offset])).toString(
      "base64url",
    );
    const result = await api.run(
      "query($after: String) { actors(first: 2, after: $after) { totalCount } }",
      { after: stale },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toBe(
      `after: the cursor is from dataset version 0123456789abcdef, and ${version} is served now: the list may have changed, so start again without after`,
    );
  });

  it("refuse what is not a cursor", async () => {
    for (const after of ["", "xyz", Buffer.from("offset:3").toString("base64url")]) {
      const result = await api.run(
        "query($after: String) { actors(first: 2, after: $after) { totalCount } }",
        { after },
      );
      expect(result.errors?.[0]?.message, after).toBe(
        "after: is not a cursor returned by this API",
      );
    }
  });

  it("bind the relationships and timeline lists too", async () => {
    const cursor = await firstPage(`{ relationships(${PAGE}`);
    const result = await api.run(
      "query($after: String) { timeline(first: 2, after: $after) { totalCount } }",
      { after: cursor },
    );
    expect(result.errors?.[0]?.message).toBe(
      "after: the cursor belongs to another list, filter, where or sort",
    );
  });
});
