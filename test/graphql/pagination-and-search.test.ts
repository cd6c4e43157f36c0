/**
 * Sorting and Relay pagination of the root lists, and search over names and
 * aliases that ignores case, accents and punctuation and ranks exact names first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

interface Page {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: { id: string; name: string } }[];
}

const PAGE_FIELDS =
  "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id name } }";

/** Follows `endCursor` from the first page to the last, returning every page. */
async function walk(field: string, args: string, first: number): Promise<Page[]> {
  const pages: Page[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const data: Record<string, Page> = await api.data<Record<string, Page>>(
      `query($after: String) { ${field}(${args} first: ${first}, after: $after) { ${PAGE_FIELDS} } }`,
      { after },
    );
    const page = data[field];
    if (!page) throw new Error(`no ${field} in answer`);
    pages.push(page);
    if (!page.pageInfo.hasNextPage) return pages;
    after = page.pageInfo.endCursor;
  }
  throw new Error("pagination did not end");
}

describe("Relay pagination", () => {
  it("walks all actors in pages that add up to the single-page list, with a stable totalCount", async () => {
    const whole = await api.data<{ actors: Page }>(`{ actors(first: 100) { ${PAGE_FIELDS} } }`);
    const pages = await walk("actors", "", 4);

    const expectedCount = api.dataset.nodes.filter((n) => n.category === "Actor").length;
    expect(whole.actors.totalCount).toBe(expectedCount);
    expect(pages.length).toBe(Math.ceil(expectedCount / 4));
    expect(pages.flatMap((p) => idsOf(p))).toEqual(idsOf(whole.actors));
    expect(new Set(pages.flatMap((p) => idsOf(p))).size).toBe(expectedCount);
    for (const [index, page] of pages.entries()) {
      expect(page.totalCount).toBe(expectedCount);
      expect(page.pageInfo.hasPreviousPage).toBe(index > 0);
      expect(page.pageInfo.hasNextPage).toBe(index < pages.length - 1);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor);
      expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]?.cursor);
      expect(page.edges.length).toBe(index < pages.length - 1 ? 4 : expectedCount - 4 * index);
    }
  });

  it("pages a filtered, sorted list without losing or repeating items", async () => {
    const args = "filter: { prospective: true }, sort: { field: DATE, direction: DESC },";
    const whole = await api.data<{ events: Page }>(
      `{ events(${args} first: 100) { ${PAGE_FIELDS} } }`,
    );
    const pages = await walk("events", args, 2);

    expect(pages.flatMap((p) => idsOf(p))).toEqual(idsOf(whole.events));
    expect(idsOf(whole.events)).toContain("eu-japan-dpc-2025");
    expect(idsOf(whole.events)).not.toContain("eu-korea-dpc-2024");
    for (const page of pages) expect(page.totalCount).toBe(whole.events.totalCount);
  });

  it("resumes after any cursor, not only page ends", async () => {
    const whole = await api.data<{ topics: Page }>(`{ topics(first: 100) { ${PAGE_FIELDS} } }`);
    const third = whole.topics.edges[2];
    if (!third) throw new Error("fewer than three topics");
    const rest = await api.data<{ topics: Page }>(
      `query($after: String) { topics(first: 3, after: $after) { ${PAGE_FIELDS} } }`,
      { after: third.cursor },
    );
    expect(idsOf(rest.topics)).toEqual(idsOf(whole.topics).slice(3, 6));
    expect(rest.topics.pageInfo.hasPreviousPage).toBe(true);
  });

  it("answers first: 0 with no edges but the count, and past the end with an empty page", async () => {
    const empty = await api.data<{ agreements: Page }>(
      `{ agreements(first: 0) { ${PAGE_FIELDS} } }`,
    );
    const expectedCount = api.dataset.nodes.filter((n) => n.category === "Agreement").length;
    expect(empty.agreements.edges).toEqual([]);
    expect(empty.agreements.totalCount).toBe(expectedCount);
    expect(empty.agreements.pageInfo).toMatchObject({ startCursor: null, endCursor: null });

    const last = await api.data<{ agreements: Page }>(
      `{ agreements(first: 100) { ${PAGE_FIELDS} } }`,
    );
    const beyond = await api.data<{ agreements: Page }>(
      `query($after: String) { agreements(first: 5, after: $after) { ${PAGE_FIELDS} } }`,
      { after: last.agreements.pageInfo.endCursor },
    );
    expect(beyond.agreements.edges).toEqual([]);
    expect(beyond.agreements.pageInfo.hasNextPage).toBe(false);
    expect(beyond.agreements.totalCount).toBe(expectedCount);
  });

  it("pages relationships ordered by date, undated last, then id", async () => {
    type RelPage = {
      totalCount: number;
      pageInfo: PageInfo;
      edges: { node: { id: string; date: { earliest: string } | null } }[];
    };
    const rels: { id: string; date: { earliest: string } | null }[] = [];
    let after: string | null = null;
    let total = -1;
    for (let guard = 0; guard < 20; guard++) {
      const data: { relationships: RelPage } = await api.data<{ relationships: RelPage }>(
        `query($after: String) { relationships(first: 30, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { id date { earliest } } }
        } }`,
        { after },
      );
      if (total === -1) total = data.relationships.totalCount;
      expect(data.relationships.totalCount).toBe(total);
      rels.push(...data.relationships.edges.map((e) => e.node));
      if (!data.relationships.pageInfo.hasNextPage) break;
      after = data.relationships.pageInfo.endCursor;
    }
    expect(total).toBe(api.dataset.edges.length);
    expect(rels.length).toBe(total);
    const key = (r: (typeof rels)[number]) => `${r.date?.earliest ?? "9999"} ${r.id}`;
    const sorted = [...rels].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    expect(rels.map((r) => r.id)).toEqual(sorted.map((r) => r.id));
    expect(rels[0]?.date).not.toBeNull();
    expect(rels[rels.length - 1]?.date).toBeNull();
  });
});

describe("sorting", () => {
  it("orders by name ignoring case, both ways, and by id", async () => {
    const data = await api.data<{ asc: Page; desc: Page; byId: Page }>(`{
      asc: actors(first: 100) { ${PAGE_FIELDS} }
      desc: actors(first: 100, sort: { field: NAME, direction: DESC }) { ${PAGE_FIELDS} }
      byId: actors(first: 100, sort: { field: ID }) { ${PAGE_FIELDS} }
    }`);
    const names = data.asc.edges.map((e) => e.node.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    // "OECD member countries" before "Organisation for ...": case is ignored.
    expect(idsOf(data.asc).indexOf("oecd-countries")).toBeLessThan(idsOf(data.asc).indexOf("oecd"));
    expect(idsOf(data.desc)).toEqual([...idsOf(data.asc)].reverse());
    expect(idsOf(data.byId)).toEqual([...idsOf(data.byId)].sort());
  });

  it("orders events by date with undated ones last in both directions", async () => {
    type Dated = { edges: { node: { id: string; date: { earliest: string } | null } }[] };
    const data = await api.data<{ asc: Dated; desc: Dated }>(`{
      asc: events(first: 100, sort: { field: DATE }) { edges { node { id date { earliest } } } }
      desc: events(first: 100, sort: { field: DATE, direction: DESC }) { edges { node { id date { earliest } } } }
    }`);
    for (const [list, direction] of [
      [data.asc, 1],
      [data.desc, -1],
    ] as const) {
      const dates = list.edges.map((e) => e.node.date?.earliest ?? null);
      const firstUndated = dates.indexOf(null);
      expect(firstUndated).toBeGreaterThan(0);
      expect(dates.slice(firstUndated).every((d) => d === null)).toBe(true);
      const dated = dates.slice(0, firstUndated) as string[];
      expect(dated).toEqual([...dated].sort((a, b) => direction * (a < b ? -1 : a > b ? 1 : 0)));
    }
    expect(idsOf(data.asc)[0]).toBe("eu-japan-summit-2022");
    expect(idsOf(data.desc)[0]).toBe("eu-japan-dpc-2025");
  });
});

describe("search", () => {
  interface Hit {
    score: number;
    matched: string;
    node: { id: string; __typename: string };
  }
  const search = async (text: string, extra = "") =>
    (
      await api.data<{ search: Hit[] }>(
        `query($text: String!) { search(text: $text ${extra}) { score matched node { id __typename } } }`,
        { text },
      )
    ).search;

  it('finds Japan\'s AI Safety Institute first by its abbreviation "Japan AISI"', async () => {
    const hits = await search("Japan AISI");
    expect(hits[0]).toEqual({
      score: 95,
      matched: "Japan AISI",
      node: { id: "japan-aisi", __typename: "Actor" },
    });
  });

  it("takes a bare \"AISI\", which other countries' institutes share, as no one's alias", async () => {
    const hits = await search("AISI");
    // Still found through the longer names that contain it, but never as an exact alias.
    expect(hits.map((h) => h.node.id)).toContain("japan-aisi");
    expect(hits.map((h) => h.node.id)).toContain("ai-office-aisi-cooperation");
    expect(hits.map((h) => h.matched)).not.toContain("AISI");
  });

  it("ignores case, apostrophes, accents and dashes", async () => {
    for (const text of [
      "japans safety institute",
      "JAPAN’S SAFETY INSTITUTE",
      "Japan's  Safety-Institute",
      "Jápan’s Säfety Institute",
    ]) {
      const [best] = await search(text);
      expect(best?.node.id, text).toBe("japan-aisi");
      expect(best?.score, text).toBe(95);
    }
    const [summit] = await search("eu japan summit 2023");
    expect(summit?.node.id).toBe("eu-japan-summit-2023");
  });

  it('ranks the exact name first for "OECD", then names that start with it, best first', async () => {
    const hits = await search("OECD");
    expect(hits[0]).toMatchObject({ matched: "OECD", node: { id: "oecd" } });
    expect(
      hits
        .map((h) => h.node.id)
        .slice(1, 3)
        .sort(),
    ).toEqual(["oecd-countries", "oecd-ministerial-2024"]);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? 0);
  });

  it("scores an exact name above the same text as an alias", async () => {
    const [byName] = await search("Tokyo");
    expect(byName).toMatchObject({ score: 100, matched: "Tokyo" });
    const [byAlias] = await search("G7");
    expect(byAlias).toMatchObject({ score: 95, matched: "G7", node: { id: "g7" } });
  });

  it("restricts hits to categories and kinds, and to `first`", async () => {
    const eventsOnly = await search("OECD", ", categories: [EVENT]");
    expect(eventsOnly.map((h) => h.node.id)).toEqual([
      "oecd-ministerial-2024",
      "eu-japan-joint-call-2024",
    ]);
    expect(eventsOnly.every((h) => h.node.__typename === "Event")).toBe(true);
    const groups = await search("OECD", ", kinds: [GROUP]");
    expect(groups.map((h) => h.node.id)).toEqual(["oecd-countries"]);
    const one = await search("OECD", ", first: 1");
    expect(one.map((h) => h.node.id)).toEqual(["oecd"]);
  });

  it("returns an empty list for text that matches nothing", async () => {
    expect(await search("zeppelin")).toEqual([]);
  });
});
