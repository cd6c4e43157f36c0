/**
 * Nested connections: every relationship field's twin `<field>Connection` pages the same
 * relationships with counts, cursors bound to the field, its arguments and its node, a
 * multi-key sort and aggregates; and the root lists' multi-key sort. Expected answers are
 * computed from the seed, not written down.
 */
import type { GraphQLFormattedError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../src/domain/graph-types.js";
import type { PartialDate } from "../../src/domain/partial-date.js";
import { seedApi } from "../support/seed-api.js";

type Api = Awaited<ReturnType<typeof seedApi>>;
let api: Api;

beforeAll(async () => {
  api = await seedApi();
});
afterAll(async () => {
  await api.stop();
});

const nodeById = (id: string): GraphNode => {
  const node = api.dataset.nodes.find((each) => each.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
};

/** The PARTICIPATES_IN relationships of actor `id` to events, as `Actor.events` follows them. */
const eventsOf = (id: string): GraphEdge[] =>
  api.dataset.edges.filter(
    (edge) =>
      edge.type === "PARTICIPATES_IN" && edge.from === id && nodeById(edge.to).category === "Event",
  );

/** Actors by how many events they take part in, most first: pages and sorts have work. */
function busiestActors(): string[] {
  const actors = api.dataset.nodes.filter((node) => node.category === "Actor");
  const sorted = actors
    .sort((a, b) => eventsOf(b.id).length - eventsOf(a.id).length)
    .map((actor) => actor.id);
  if (eventsOf(sorted[1] ?? "").length < 3) throw new Error("no two actors with 3 events");
  return sorted;
}
const busiestActor = (): string => busiestActors()[0] ?? "";

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string }; properties: { id: string; status: string } }[];
}

async function eventsPage(id: string, args: string): Promise<Page> {
  const data = await api.data<{ actor: { eventsConnection: Page } }>(
    `query ($id: ID!) { actor: node(id: $id) { ... on Actor {
      eventsConnection(${args}) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor node { id } properties { id status } }
      }
    } } }`,
    { id },
  );
  return data.actor.eventsConnection;
}

async function onlyError(query: string): Promise<GraphQLFormattedError> {
  const result = await api.run(query);
  expect(result.errors, JSON.stringify(result)).toHaveLength(1);
  const [error] = result.errors ?? [];
  if (!error) throw new Error("no error");
  expect(error.extensions?.code).toBe("BAD_USER_INPUT");
  return error;
}

describe("a relationship field's connection", () => {
  it("lists every relationship the field follows, each beside its far node", async () => {
    const id = busiestActor();
    const page = await eventsPage(id, "first: 100");
    const expected = eventsOf(id);
    expect(page.totalCount).toBe(expected.length);
    expect(page.edges.map((edge) => edge.properties.id).sort()).toEqual(
      expected.map((edge) => edge.id).sort(),
    );
    for (const edge of page.edges) {
      const relationship = expected.find((each) => each.id === edge.properties.id);
      expect(edge.node.id).toBe(relationship?.to);
      expect(edge.properties.status).toBe(relationship?.status);
    }
  });

  it("holds the nodes the plain field lists, in the same order by default", async () => {
    const id = busiestActor();
    const data = await api.data<{
      actor: {
        events: { id: string }[];
        eventsConnection: { edges: { node: { id: string } }[] };
      };
    }>(
      `query ($id: ID!) { actor: node(id: $id) { ... on Actor {
        events { id }
        eventsConnection { edges { node { id } } }
      } } }`,
      { id },
    );
    const { events, eventsConnection } = data.actor;
    expect([...new Set(eventsConnection.edges.map((edge) => edge.node.id))]).toEqual(
      events.map((event) => event.id),
    );
  });

  it("pages with first and after: the pages put together are the whole list", async () => {
    const id = busiestActor();
    const whole = await eventsPage(id, "first: 100");
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const current: Page = await eventsPage(
        id,
        after ? `first: 2, after: ${JSON.stringify(after)}` : "first: 2",
      );
      expect(current.totalCount).toBe(whole.totalCount);
      expect(current.pageInfo.hasPreviousPage).toBe(page > 0);
      seen.push(...current.edges.map((edge) => edge.properties.id));
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole.edges.map((edge) => edge.properties.id));
  });

  it("sorts on several keys in turn; ties by the far node's id", async () => {
    const id = busiestActor();
    const page = await eventsPage(
      id,
      "first: 100, sort: [{ field: DATE, direction: DESC }, { field: NAME }]",
    );
    const byRule = (a: GraphNode, b: GraphNode) => {
      if (a.date && b.date && a.date.earliest !== b.date.earliest)
        return a.date.earliest < b.date.earliest ? 1 : -1;
      if (!a.date !== !b.date) return a.date ? -1 : 1;
      const [x, y] = [a.name.toLowerCase(), b.name.toLowerCase()];
      if (x !== y) return x < y ? -1 : 1;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    };
    const far = page.edges.map((edge) => nodeById(edge.node.id));
    expect(far.map((node) => node.id)).toEqual([...far].sort(byRule).map((node) => node.id));
  });

  it("counts and spans every relationship, not only the page", async () => {
    const id = busiestActor();
    const data = await api.data<{
      actor: {
        eventsConnection: {
          edges: unknown[];
          aggregate: {
            count: { nodes: number; edges: number };
            edge: { date: { min: { iso: string } | null; max: { iso: string } | null } };
          };
        };
      };
    }>(
      `query ($id: ID!) { actor: node(id: $id) { ... on Actor {
        eventsConnection(first: 1) {
          edges { cursor }
          aggregate { count { nodes edges } edge { date { min { iso } max { iso } } } }
        }
      } } }`,
      { id },
    );
    const { edges, aggregate } = data.actor.eventsConnection;
    const expected = eventsOf(id);
    expect(edges).toHaveLength(1);
    expect(aggregate.count).toEqual({
      nodes: new Set(expected.map((edge) => edge.to)).size,
      edges: expected.length,
    });
    // The rule: the date that can begin first, the one that can end last, as recorded.
    const dated = expected.flatMap((edge) => (edge.date ? [edge.date] : []));
    const first = [...dated].sort(
      (a, b) => a.earliest.localeCompare(b.earliest) || a.latest.localeCompare(b.latest),
    )[0];
    const last = [...dated].sort(
      (a, b) => b.latest.localeCompare(a.latest) || b.earliest.localeCompare(a.earliest),
    )[0];
    expect(aggregate.edge.date.min?.iso ?? null).toBe(first?.iso ?? null);
    expect(aggregate.edge.date.max?.iso ?? null).toBe(last?.iso ?? null);
  });

  it("keeps a year a year: the latest of 2024 and a day of 2024 is 2024", async () => {
    // Every actor's events' dates: min and max as recorded.
    const data = await api.data<{
      actors: {
        edges: {
          node: {
            id: string;
            eventsConnection: {
              aggregate: { node: { date: { min: PartialDate | null; max: PartialDate | null } } };
            };
          };
        }[];
      };
    }>(`{ actors(first: 100) { edges { node { id eventsConnection {
        aggregate { node { date { min { iso precision earliest latest } max { iso precision earliest latest } } } }
      } } } } }`);
    for (const { node } of data.actors.edges) {
      const dates = eventsOf(node.id).flatMap((edge) => {
        const date = nodeById(edge.to).date;
        return date ? [date] : [];
      });
      const { min, max } = node.eventsConnection.aggregate.node.date;
      expect(min === null, node.id).toBe(dates.length === 0);
      for (const date of dates) {
        // Nothing can begin before min begins, nor end after max ends; both are dates given.
        expect(min && date.earliest >= min.earliest, node.id).toBe(true);
        expect(max && date.latest <= max.latest, node.id).toBe(true);
      }
      if (min) expect(dates.map((date) => date.iso)).toContain(min.iso);
      if (max) expect(dates.map((date) => date.iso)).toContain(max.iso);
    }
  });

  it("takes the field's where, and binds its cursors to it", async () => {
    const id = busiestActor();
    const planned = await eventsPage(id, "first: 100, where: { NOT: { kind: { eq: SUMMIT } } }");
    const expected = eventsOf(id).filter((edge) => nodeById(edge.to).kind !== "SUMMIT");
    expect(planned.totalCount).toBe(expected.length);
    const first = await eventsPage(id, "first: 1");
    const cursor = JSON.stringify(first.pageInfo.endCursor);
    const error = await onlyError(`{ node(id: "${id}") { ... on Actor {
      eventsConnection(first: 1, after: ${cursor}, where: { NOT: { kind: { eq: SUMMIT } } }) { totalCount }
    } } }`);
    expect(error.message).toMatch(/^after: the cursor belongs to another list/);
  });

  it("refuses a cursor of another node's list", async () => {
    const id = busiestActor();
    const other = { id: busiestActors()[1] };
    const first = await eventsPage(id, "first: 1");
    const error = await onlyError(`{ node(id: "${other?.id}") { ... on Actor {
      eventsConnection(after: ${JSON.stringify(first.pageInfo.endCursor)}) { totalCount }
    } } }`);
    expect(error.message).toMatch(/^after: the cursor belongs to another list/);
  });

  it.each([
    [
      "sort: [{ field: NAME }, { field: NAME, direction: DESC }]",
      /^sort\[1\]: sorts by NAME again/,
    ],
    [
      "sort: [{ field: NAME }, { field: DATE }, { field: ID }, { field: NAME }]",
      /^sort: at most 3 sort keys/,
    ],
    ["first: 101", /^first: must be an integer from 0 to 100/],
  ])("refuses %s", async (args, message) => {
    const id = busiestActor();
    const error = await onlyError(
      `{ node(id: "${id}") { ... on Actor { eventsConnection(${args}) { totalCount } } } }`,
    );
    expect(error.message).toMatch(message);
  });
});

describe("root lists", () => {
  /** Events in the order: date (earliest day, undated last), then name descending, then id. */
  const byDateThenNameDown = (a: GraphNode, b: GraphNode) => {
    if (a.date && b.date && a.date.earliest !== b.date.earliest)
      return a.date.earliest < b.date.earliest ? -1 : 1;
    if (!a.date !== !b.date) return a.date ? -1 : 1;
    const [x, y] = [a.name.toLowerCase(), b.name.toLowerCase()];
    if (x !== y) return x < y ? 1 : -1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };

  it.each([
    ["", "every event"],
    ['where: { NOT: { name: { eq: "nothing" } } }, ', "a where that keeps them all"],
  ])("sort on several keys in turn (%s: %s), and page in that order", async (where) => {
    const events = api.dataset.nodes.filter((node) => node.category === "Event");
    const expected = [...events].sort(byDateThenNameDown).map((node) => node.id);
    const sort = "sort: [{ field: DATE }, { field: NAME, direction: DESC }]";
    const whole = await api.data<{ events: { edges: { node: { id: string } }[] } }>(
      `{ events(${where}${sort}, first: 100) { edges { node { id } } } }`,
    );
    expect(whole.events.edges.map((edge) => edge.node.id)).toEqual(expected);
    const page = await api.data<{ events: { edges: { node: { id: string } }[] } }>(
      `{ events(${where}${sort}, first: 2) { pageInfo { endCursor } edges { node { id } } } }`,
    );
    expect(page.events.edges.map((edge) => edge.node.id)).toEqual(expected.slice(0, 2));
  });

  it("sort by degree, most connected first, as mostConnected ranks them", async () => {
    const data = await api.data<{
      actors: { edges: { node: { id: string } }[] };
      mostConnected: { node: { id: string }; degree: number }[];
    }>(`{
      actors(sort: [{ field: DEGREE, direction: DESC }, { field: ID }], first: 5) { edges { node { id } } }
      mostConnected(categories: [ACTOR], first: 5) { node { id } degree }
    }`);
    expect(data.mostConnected.map((entry) => entry.degree)).not.toEqual([0, 0, 0, 0, 0]);
    expect(data.actors.edges.map((edge) => edge.node.id)).toEqual(
      data.mostConnected.map((entry) => entry.node.id),
    );
  });

  it("sort a nested connection by its far nodes' degree", async () => {
    const degree = new Map<string, number>();
    const agreements = new Map<string, number>();
    for (const edge of api.dataset.edges) {
      for (const end of [edge.from, edge.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
      if (edge.type === "PARTY_TO") agreements.set(edge.from, (agreements.get(edge.from) ?? 0) + 1);
    }
    const [party] = [...agreements].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [];
    const data = await api.data<{
      node: { agreementsConnection: { edges: { node: { id: string } }[] } };
    }>(`{ node(id: "${party}") { ... on Actor {
      agreementsConnection(sort: { field: DEGREE, direction: DESC }, first: 100) { edges { node { id } } }
    } } }`);
    const ids = data.node.agreementsConnection.edges.map((edge) => edge.node.id);
    // The far nodes differ in degree, or the order could not show it.
    expect(new Set(ids.map((id) => degree.get(id))).size).toBeGreaterThan(1);
    const expected = [...ids].sort(
      (a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
    );
    expect(ids).toEqual(expected);
  });

  it("take a single sort key without brackets, as before", async () => {
    const one = await api.data<{ events: { edges: { node: { id: string } }[] } }>(
      "{ events(sort: { field: ID, direction: DESC }, first: 100) { edges { node { id } } } }",
    );
    const ids = api.dataset.nodes
      .filter((node) => node.category === "Event")
      .map((node) => node.id)
      .sort()
      .reverse();
    expect(one.events.edges.map((edge) => edge.node.id)).toEqual(ids);
  });

  it("refuse a sort naming a field twice", async () => {
    const error = await onlyError(
      "{ actors(sort: [{ field: ID }, { field: ID }]) { totalCount } }",
    );
    expect(error.message).toMatch(/^sort\[1\]: sorts by ID again/);
  });
});

describe("a root list's aggregate", () => {
  /** min and max by the documented rule, worked out here from the seed. */
  function span(nodes: readonly GraphNode[]) {
    const dated = nodes.flatMap((node) => (node.date ? [node.date] : []));
    const min = [...dated].sort(
      (a, b) => a.earliest.localeCompare(b.earliest) || a.latest.localeCompare(b.latest),
    )[0];
    const max = [...dated].sort(
      (a, b) => b.latest.localeCompare(a.latest) || b.earliest.localeCompare(a.earliest),
    )[0];
    return { min: min ? { iso: min.iso } : null, max: max ? { iso: max.iso } : null };
  }

  it.each([
    ["agreements", "", (node: GraphNode) => node.category === "Agreement"],
    [
      "events",
      "(filter: { kinds: [SUMMIT, COUNCIL] })",
      (node: GraphNode) => node.category === "Event" && ["SUMMIT", "COUNCIL"].includes(node.kind),
    ],
    ["topics", "", (node: GraphNode) => node.category === "Topic"],
  ] as const)(
    "%s%s counts and spans every node of the list, not the page",
    async (field, args, keep) => {
      const data = await api.data<
        Record<
          string,
          {
            totalCount: number;
            aggregate: { count: { nodes: number }; node: { date: ReturnType<typeof span> } };
          }
        >
      >(`{ list: ${field}${args ? `${args.slice(0, -1)}, first: 1)` : "(first: 1)"} {
      totalCount
      aggregate { count { nodes } node { date { min { iso } max { iso } } } }
    } }`);
      const nodes = api.dataset.nodes.filter(keep);
      expect(data.list?.totalCount).toBe(nodes.length);
      expect(data.list?.aggregate).toEqual({
        count: { nodes: nodes.length },
        node: { date: span(nodes) },
      });
    },
  );

  it("takes the list's where", async () => {
    const data = await api.data<{ events: { aggregate: { count: { nodes: number } } } }>(
      '{ events(where: { date: { gte: "2024-05" } }) { aggregate { count { nodes } } } }',
    );
    const expected = api.dataset.nodes.filter(
      (node) =>
        node.category === "Event" && node.date !== undefined && node.date.earliest >= "2024-05-01",
    );
    expect(data.events.aggregate.count.nodes).toBe(expected.length);
  });
});
