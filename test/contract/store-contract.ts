/**
 * The contract every GraphStore must keep, run against each implementation (the
 * graphology memory store now, the Neo4j adapter later) with the same data and
 * the same expectations, so the API answers identically whatever store serves it.
 *
 * Two datasets: a small hand-built fixture (test/support/contract-fixture.ts) whose
 * answers are worked out by hand, and the real seed, for the questions the seed
 * was written to answer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Dataset, type GraphEdge, headOf } from "../../src/domain/graph-types.js";
import {
  DEFAULT_FAN_OUT,
  DEFAULT_NEIGHBOURHOOD_LIMIT,
  MAX_PATH_HOPS,
  MAX_PATHS,
} from "../../src/domain/limits.js";
import { isProspective, type Status } from "../../src/domain/vocabulary.js";
import { DEFAULT_SEED_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import type {
  DegreeQuery,
  EdgeFilter,
  GraphStore,
  GroupBy,
  ListQuery,
  Neighbour,
  NeighbourhoodQuery,
  NeighbourPageQuery,
  NeighbourQuery,
  NodeFilter,
  NodeMatch,
  NodePage,
  NodeSort,
  PathQuery,
  PathResult,
  SearchQuery,
  Subgraph,
  TimelinePage,
  TimelineQuery,
} from "../../src/store/graph-store.js";
import {
  contractFixture,
  FIXTURE_SOURCE_ID,
  FIXTURE_VERSION,
} from "../support/contract-fixture.js";
import { naiveStatistics } from "../support/naive-statistics.js";

export type MakeStore = (dataset: Dataset) => Promise<GraphStore>;

const BY_ID: NodeSort = { field: "ID", descending: false };
const ALL = 1000;

/** Creates the store once for a describe block and closes it afterwards. */
function useStore(makeStore: MakeStore, load: () => Promise<Dataset> | Dataset) {
  let store: GraphStore | undefined;
  let dataset: Dataset | undefined;
  beforeAll(async () => {
    dataset = await load();
    store = await makeStore(dataset);
  });
  afterAll(async () => {
    await store?.close();
  });
  return {
    store(): GraphStore {
      if (!store) throw new Error("store was not created (see the beforeAll error)");
      return store;
    },
    dataset(): Dataset {
      if (!dataset) throw new Error("dataset was not loaded (see the beforeAll error)");
      return dataset;
    },
  };
}

const ids = (page: NodePage | readonly NodeMatch[]): string[] =>
  ("items" in page ? page.items : page).map((match) => match.node.id);
const edgeIds = (edges: readonly GraphEdge[]): string[] => edges.map((edge) => edge.id);
const farIds = (links: readonly Neighbour[]): string[] => links.map((link) => link.node.node.id);

/** Checks the shape every `why` must have: from the node, along real relationships, to the topic. */
function expectWellFormedPath(match: NodeMatch, topicId: string): PathResult {
  const why = match.why;
  if (!why) throw new Error(`${match.node.id} matched involvesTopic but has no why`);
  expect(why.nodeIds[0]).toBe(match.node.id);
  expect(why.nodeIds.at(-1)).toBe(topicId);
  expect(why.edges).toHaveLength(why.nodeIds.length - 1);
  why.edges.forEach((edge, index) => {
    const ends = [why.nodeIds[index], why.nodeIds[index + 1]];
    expect([edge.from, edge.to].sort(), `edge ${index} of ${match.node.id}'s path`).toEqual(
      ends.sort(),
    );
  });
  expect(new Set(why.nodeIds).size, "a path visits each node once").toBe(why.nodeIds.length);
  return why;
}

function matchOf(page: NodePage, id: string): NodeMatch {
  const match = page.items.find((item) => item.node.id === id);
  if (!match) throw new Error(`${id} is not among the matches: ${ids(page).join(", ")}`);
  return match;
}

function whyOf(page: NodePage, id: string): PathResult | undefined {
  return page.items.find((match) => match.node.id === id)?.why;
}

export function describeStoreContract(name: string, makeStore: MakeStore): void {
  describe(`${name}: store contract on the hand-built fixture`, () => {
    const ctx = useStore(makeStore, contractFixture);
    const list = (filter: NodeFilter, sort: NodeSort = BY_ID, offset = 0, limit = ALL) =>
      ctx.store().listNodes({ filter, sort, offset, limit });
    const listIds = async (filter: NodeFilter, sort: NodeSort = BY_ID) =>
      ids(await list(filter, sort));
    const edgesWhere = (filter: EdgeFilter, offset = 0, limit = ALL) =>
      ctx.store().listEdges({ filter, offset, limit });
    const neighbours = (start: readonly string[], query: Partial<NeighbourQuery> = {}) =>
      ctx.store().neighbours(start, { direction: "BOTH", limit: ALL, ...query });
    const pages = (start: readonly string[], query: Partial<NeighbourPageQuery> = {}) =>
      ctx.store().neighbourPages(start, {
        direction: "BOTH",
        limit: ALL,
        offset: 0,
        sort: [],
        ...query,
      });
    const search = (text: string, query: Partial<SearchQuery> = {}) =>
      ctx.store().search({ text, limit: ALL, ...query });
    const searchIds = async (text: string, query: Partial<SearchQuery> = {}) =>
      (await search(text, query)).map((hit) => hit.node.id);

    describe("info", () => {
      it("reports the dataset version and how many nodes and relationships it holds", async () => {
        const fixture = contractFixture();
        expect(await ctx.store().info()).toEqual({
          version: FIXTURE_VERSION,
          nodeCount: fixture.nodes.length,
          edgeCount: fixture.edges.length,
        });
      });
    });

    describe("statistics", () => {
      it("counts nodes per category, relationships per type, and the most of each type one node has each way", async () => {
        expect(await ctx.store().statistics()).toEqual(naiveStatistics(contractFixture()));
      });
    });

    describe("getNodes", () => {
      it("returns nodes in the order of the ids asked for", async () => {
        const nodes = await ctx.store().getNodes(["p-tokyo", "a-eu", "g-act"]);
        expect(nodes.map((node) => node?.id)).toEqual(["p-tokyo", "a-eu", "g-act"]);
      });

      it("returns undefined in place of unknown ids and keeps the other positions", async () => {
        const nodes = await ctx.store().getNodes(["nope", "a-japan", "", "A-JAPAN"]);
        expect(nodes.map((node) => node?.id)).toEqual([undefined, "a-japan", undefined, undefined]);
      });

      it("answers a repeated id at every position it is asked for", async () => {
        const nodes = await ctx.store().getNodes(["a-japan", "t-ai", "a-japan"]);
        expect(nodes.map((node) => node?.id)).toEqual(["a-japan", "t-ai", "a-japan"]);
      });

      it("returns an empty list for no ids", async () => {
        expect(await ctx.store().getNodes([])).toEqual([]);
      });

      it("returns every node exactly as loaded: names, aliases, dates, status, evidence, inference", async () => {
        const fixture = contractFixture();
        const nodes = await ctx.store().getNodes(fixture.nodes.map((node) => node.id));
        expect(nodes).toEqual(fixture.nodes);
      });

      it("keeps a partial date's precision and bounds (a month is not its first day)", async () => {
        const [month, year, range] = await ctx
          .store()
          .getNodes(["e-ministerial", "g-act", "e-summit"]);
        expect(month?.date).toEqual({
          iso: "2024-06",
          precision: "MONTH",
          earliest: "2024-06-01",
          latest: "2024-06-30",
        });
        expect(year?.date).toEqual({
          iso: "2024",
          precision: "YEAR",
          earliest: "2024-01-01",
          latest: "2024-12-31",
        });
        expect(range?.date).toEqual({
          iso: "2024-05-02/2024-05-03",
          precision: "DAY",
          earliest: "2024-05-02",
          latest: "2024-05-03",
        });
      });

      it("keeps source details on source nodes", async () => {
        const [source] = await ctx.store().getNodes(["src-wire"]);
        expect(source?.source).toMatchObject({
          title: "Wire report",
          publisher: "Test Wire",
          url: "https://example.org/wire-report",
          publishedOn: { iso: "2024-04-24", precision: "DAY" },
        });
      });
    });

    describe("getEdges", () => {
      it("returns relationships in the order of the ids asked for, with undefined for unknown ids", async () => {
        const edges = await ctx
          .store()
          .getEdges(["e-council/LAUNCHED/g-initiative", "x/PART_OF/y", "a-eu/PARTY_TO/g-data"]);
        expect(edges.map((edge) => edge?.id)).toEqual([
          "e-council/LAUNCHED/g-initiative",
          undefined,
          "a-eu/PARTY_TO/g-data",
        ]);
      });

      it("answers a repeated id at every position it is asked for", async () => {
        const edges = await ctx
          .store()
          .getEdges(["a-zoe/HEADS/a-commission", "a-zoe/HEADS/a-commission"]);
        expect(edges.map((edge) => edge?.id)).toEqual([
          "a-zoe/HEADS/a-commission",
          "a-zoe/HEADS/a-commission",
        ]);
      });

      it("returns every relationship exactly as loaded: ends, role, date, status, evidence, inference", async () => {
        const fixture = contractFixture();
        const edges = await ctx.store().getEdges(fixture.edges.map((edge) => edge.id));
        expect(edges).toEqual(fixture.edges);
      });

      it("does not treat a node id as a relationship id", async () => {
        expect(await ctx.store().getEdges(["a-eu"])).toEqual([undefined]);
      });
    });

    describe("listNodes: filters", () => {
      it("with no conditions lists every node", async () => {
        const page = await list({});
        expect(page.totalCount).toBe(contractFixture().nodes.length);
        expect(ids(page)).toEqual(
          contractFixture()
            .nodes.map((node) => node.id)
            .sort(),
        );
      });

      it("categories keeps only nodes of the listed categories", async () => {
        expect(await listIds({ categories: ["Place"] })).toEqual([
          "p-seoul",
          "p-tokyo",
          "p-tokyo-pref",
        ]);
        expect(await listIds({ categories: ["Topic", "Place"] })).toEqual([
          "p-seoul",
          "p-tokyo",
          "p-tokyo-pref",
          "t-ai",
          "t-ai-safety",
          "t-chip-supply",
          "t-chips",
          "t-data",
          "t-digital",
        ]);
      });

      it("kinds keeps only nodes of the listed kinds, across categories", async () => {
        expect(await listIds({ kinds: ["COUNTRY"] })).toEqual(["a-austria", "a-japan", "a-korea"]);
        expect(await listIds({ kinds: ["COUNTRY", "CITY"] })).toEqual([
          "a-austria",
          "a-japan",
          "a-korea",
          "p-seoul",
          "p-tokyo",
        ]);
      });

      it("statuses keeps only nodes with one of the statuses; nodes without a status never match", async () => {
        expect(await listIds({ statuses: ["PLANNED"] })).toEqual([
          "e-deadline",
          "e-review",
          "e-summit",
          "g-coop",
          "g-data",
        ]);
        expect(await listIds({ statuses: ["HELD", "SIGNED"] })).toEqual([
          "e-council",
          "e-kickoff",
          "g-partnership",
        ]);
        expect(await listIds({ categories: ["Actor"], statuses: ["ACTIVE"] })).toEqual([]);
      });

      it("an empty list of categories, kinds or statuses matches nothing", async () => {
        expect((await list({ categories: [] })).totalCount).toBe(0);
        expect((await list({ kinds: [] })).totalCount).toBe(0);
        expect((await list({ statuses: [] })).totalCount).toBe(0);
      });

      it("a category, kind or status named twice counts once: a list is a set of alternatives", async () => {
        const twice = await list({ categories: ["Place", "Topic", "Place"] });
        const once = await list({ categories: ["Place", "Topic"] });
        expect(twice).toEqual(once);
        expect(once.totalCount).toBe(9);
        expect(await list({ kinds: ["CITY", "CITY"] })).toEqual(await list({ kinds: ["CITY"] }));
        expect(await list({ statuses: ["HELD", "HELD"] })).toEqual(
          await list({ statuses: ["HELD"] }),
        );
        // The same in the other calls that take categories.
        expect(
          await ctx
            .store()
            .topByDegree({ categories: ["Actor", "Actor"], direction: "BOTH", limit: ALL }),
        ).toEqual(
          await ctx.store().topByDegree({ categories: ["Actor"], direction: "BOTH", limit: ALL }),
        );
        expect(
          await ctx
            .store()
            .aggregate({ groupBy: "KIND", filter: { categories: ["Place", "Place"] } }),
        ).toEqual(
          await ctx.store().aggregate({ groupBy: "KIND", filter: { categories: ["Place"] } }),
        );
      });

      it("combines categories, kinds and statuses with AND", async () => {
        expect(
          await listIds({ categories: ["Event"], kinds: ["MILESTONE"], statuses: ["EXPECTED"] }),
        ).toEqual(["e-entry"]);
        expect(await listIds({ categories: ["Actor"], kinds: ["CITY"] })).toEqual([]);
      });

      describe("date (overlap, with precision)", () => {
        it("an open range on both sides matches every dated node and no undated one", async () => {
          expect(await listIds({ date: {} })).toEqual([
            "e-council",
            "e-deadline",
            "e-ministerial",
            "e-review",
            "e-summit",
            "g-act",
            "g-data",
            "g-initiative",
            "g-partnership",
            "src-wire",
          ]);
        });

        it("a month-precise date overlaps a range of days inside that month", async () => {
          expect(await listIds({ date: { from: "2024-06-10", to: "2024-06-12" } })).toEqual([
            "e-ministerial",
            "g-act",
            "g-data",
          ]);
        });

        it("a month overlaps a range touching only its last day, and not one starting the day after", async () => {
          expect(await listIds({ date: { from: "2024-06-30", to: "2024-06-30" } })).toEqual([
            "e-ministerial",
            "g-act",
            "g-data",
          ]);
          expect(await listIds({ date: { from: "2024-07-01", to: "2024-07-31" } })).toEqual([
            "g-act",
          ]);
        });

        it("a day-precise date matches only ranges containing that day", async () => {
          expect(
            await listIds({
              categories: ["Event"],
              date: { from: "2024-03-26", to: "2024-03-26" },
            }),
          ).toEqual(["e-council"]);
          expect(
            await listIds({
              categories: ["Event"],
              date: { from: "2024-03-27", to: "2024-04-30" },
            }),
          ).toEqual([]);
        });

        it("a date range overlaps a filter sharing any one of its days", async () => {
          expect(
            await listIds({
              categories: ["Event"],
              date: { from: "2024-05-03", to: "2024-05-10" },
            }),
          ).toEqual(["e-summit"]);
          expect(
            await listIds({
              categories: ["Event"],
              date: { from: "2024-04-01", to: "2024-05-02" },
            }),
          ).toEqual(["e-summit"]);
          expect(
            await listIds({
              categories: ["Event"],
              date: { from: "2024-05-04", to: "2024-05-31" },
            }),
          ).toEqual([]);
        });

        it("a year-precise date overlaps any range within that year", async () => {
          expect(
            await listIds({
              categories: ["Event"],
              date: { from: "2025-11-11", to: "2025-11-11" },
            }),
          ).toEqual(["e-review"]);
        });

        it("a range open at one end is bounded only at the other, both bounds inclusive", async () => {
          expect(await listIds({ date: { to: "2022-12-31" } })).toEqual(["g-partnership"]);
          expect(await listIds({ date: { from: "2025-01-01" } })).toEqual(["e-review"]);
          expect(await listIds({ categories: ["Agreement"], date: { to: "2024-03-26" } })).toEqual([
            "g-act",
            "g-initiative",
            "g-partnership",
          ]);
        });

        it("undated nodes never match a date filter", async () => {
          const matched = await listIds({ categories: ["Event"], date: { from: "1900-01-01" } });
          expect(matched).not.toContain("e-entry");
          expect(matched).not.toContain("e-kickoff");
        });

        it("combines with other conditions", async () => {
          expect(
            await listIds({
              categories: ["Event"],
              statuses: ["PLANNED"],
              date: { from: "2024-01-01", to: "2024-12-31" },
            }),
          ).toEqual(["e-deadline", "e-summit"]);
        });
      });

      describe("relatedTo", () => {
        it("OUT follows relationships that start at the filtered node", async () => {
          expect(
            await listIds({
              relatedTo: [{ types: ["PARTY_TO"], direction: "OUT", nodes: ["g-partnership"] }],
            }),
          ).toEqual(["a-eu", "a-japan"]);
        });

        it("IN follows relationships that end at the filtered node", async () => {
          expect(
            await listIds({
              relatedTo: [{ types: ["PARTY_TO"], direction: "IN", nodes: ["a-japan"] }],
            }),
          ).toEqual(["g-coop", "g-partnership"]);
        });

        it("the direction is seen from the filtered node; BOTH is either", async () => {
          const partOf = (direction: "OUT" | "IN" | "BOTH") =>
            listIds({
              relatedTo: [{ types: ["PART_OF"], direction, nodes: ["European Commission"] }],
            });
          expect(await partOf("OUT")).toEqual(["a-agence", "a-office"]);
          expect(await partOf("IN")).toEqual(["a-eu"]);
          expect(await partOf("BOTH")).toEqual(["a-agence", "a-eu", "a-office"]);
        });

        it("takes nodes by id, name or alias, ignoring case and accents", async () => {
          const parties = (reference: string) =>
            listIds({
              relatedTo: [{ types: ["PARTY_TO"], direction: "IN", nodes: [reference] }],
            });
          expect(await parties("a-korea")).toEqual(["g-data"]);
          expect(await parties("République de Corée")).toEqual(["g-data"]);
          expect(await parties("REPUBLIQUE DE COREE")).toEqual(["g-data"]);
          expect(await parties("south korea")).toEqual(["g-data"]);
          expect(await parties("NIPPON")).toEqual(["g-coop", "g-partnership"]);
          expect(await parties("union europeenne")).toEqual(["g-data", "g-partnership"]);
        });

        it("matches when related to any one of the listed nodes", async () => {
          expect(
            await listIds({
              relatedTo: [{ types: ["PARTY_TO"], direction: "IN", nodes: ["Japan", "Korea"] }],
            }),
          ).toEqual(["g-coop", "g-data", "g-partnership"]);
        });

        it("matches through any one of the listed types", async () => {
          expect(
            await listIds({
              relatedTo: [
                { types: ["HELD_IN", "ORGANISED_BY"], direction: "OUT", nodes: ["Seoul", "Japan"] },
              ],
            }),
          ).toEqual(["e-council", "e-summit"]);
        });

        it("does not match through a type that is not listed", async () => {
          expect(
            await listIds({
              relatedTo: [
                { types: ["PARTICIPATES_IN"], direction: "OUT", nodes: ["g-partnership"] },
              ],
            }),
          ).toEqual([]);
        });

        it("a name shared by several nodes refers to all of them", async () => {
          expect(
            await listIds({
              relatedTo: [{ types: ["HELD_IN"], direction: "OUT", nodes: ["tokyo"] }],
            }),
          ).toEqual(["e-ministerial", "e-summit"]);
        });

        it("several relatedTo conditions must all hold", async () => {
          expect(
            await listIds({
              relatedTo: [
                { types: ["PARTY_TO"], direction: "IN", nodes: ["Japan"] },
                { types: ["PARTY_TO"], direction: "IN", nodes: ["EU"] },
              ],
            }),
          ).toEqual(["g-partnership"]);
        });

        it("an unknown reference matches nothing", async () => {
          expect(
            await listIds({
              relatedTo: [{ types: ["PARTY_TO"], direction: "IN", nodes: ["Atlantis"] }],
            }),
          ).toEqual([]);
        });

        it("combines with category and status conditions", async () => {
          expect(
            await listIds({
              categories: ["Agreement"],
              statuses: ["SIGNED"],
              relatedTo: [{ types: ["PARTY_TO"], direction: "IN", nodes: ["Japan"] }],
            }),
          ).toEqual(["g-partnership"]);
        });
      });

      describe("coversTopic", () => {
        it("matches nodes that cover the topic or a narrower one directly", async () => {
          expect(await listIds({ coversTopic: "t-ai" })).toEqual(["e-council", "g-act", "g-coop"]);
        });

        it("reaches down a multi-level hierarchy but never up to broader topics", async () => {
          expect(await listIds({ coversTopic: "Digital policy" })).toEqual([
            "e-council",
            "g-act",
            "g-coop",
            "g-initiative",
            "g-pledge",
          ]);
          expect(await listIds({ coversTopic: "AI safety" })).toEqual(["e-council", "g-act"]);
          expect(await listIds({ coversTopic: "chips" })).toEqual(["g-initiative"]);
        });

        it("takes the topic by id, name or alias, ignoring case, accents and punctuation", async () => {
          const expected = ["e-council", "g-act"];
          expect(await listIds({ coversTopic: "t-ai-safety" })).toEqual(expected);
          expect(await listIds({ coversTopic: "ai SAFETY" })).toEqual(expected);
          expect(await listIds({ coversTopic: "Safe AI" })).toEqual(expected);
          expect(await listIds({ coversTopic: "Securite de l’IA" })).toEqual(expected);
          expect(await listIds({ coversTopic: "flux de donnees" })).toEqual([
            "e-kickoff",
            "g-data",
          ]);
        });

        it("does not follow meetings or what they launched (that is involvesTopic)", async () => {
          expect(await listIds({ coversTopic: "chips" })).not.toContain("g-partnership");
        });

        it("an unknown topic, or a reference to a node that is not a topic, matches nothing", async () => {
          expect(await listIds({ coversTopic: "quantum" })).toEqual([]);
          expect(await listIds({ coversTopic: "Japan" })).toEqual([]);
        });

        it("combines with other conditions", async () => {
          expect(
            await listIds({ categories: ["Agreement"], statuses: ["PLANNED"], coversTopic: "AI" }),
          ).toEqual(["g-coop"]);
        });
      });

      describe("involvesTopic", () => {
        const involving = (topic: string, maxHops: number, categories?: NodeFilter["categories"]) =>
          list({ categories, involvesTopic: { topic, maxHops } });

        it("with maxHops 0 matches only nodes that cover the topic (or a narrower one) themselves", async () => {
          expect(ids(await involving("chips", 0))).toEqual(["g-initiative"]);
          expect(ids(await involving("AI", 0))).toEqual(["e-council", "g-act", "g-coop"]);
        });

        it("each further hop reaches one more step from an agreement: its meetings, then what they launched", async () => {
          expect(ids(await involving("chips", 1))).toEqual(["e-council", "g-initiative"]);
          expect(ids(await involving("chips", 2))).toEqual([
            "e-council",
            "g-initiative",
            "g-partnership",
          ]);
          expect(ids(await involving("chips", 4))).toEqual([
            "e-council",
            "g-initiative",
            "g-partnership",
          ]);
          expect(ids(await involving("chips", 2, ["Agreement"]))).toEqual([
            "g-initiative",
            "g-partnership",
          ]);
        });

        it("explains a match through a meeting that launched an initiative covering a narrower topic", async () => {
          const page = await involving("semiconductors", 2, ["Agreement"]);
          const why = expectWellFormedPath(matchOf(page, "g-partnership"), "t-chips");
          expect(why.nodeIds).toEqual([
            "g-partnership",
            "e-council",
            "g-initiative",
            "t-chip-supply",
            "t-chips",
          ]);
          expect(edgeIds(why.edges)).toEqual([
            "e-council/CONVENED_UNDER/g-partnership",
            "e-council/LAUNCHED/g-initiative",
            "g-initiative/COVERS/t-chip-supply",
            "t-chip-supply/SUBTOPIC_OF/t-chips",
          ]);
        });

        it("the path of a node covering the topic itself is that one relationship", async () => {
          const page = await involving("AI", 0);
          expect(whyOf(page, "g-coop")?.nodeIds).toEqual(["g-coop", "t-ai"]);
          expect(edgeIds(whyOf(page, "g-coop")?.edges ?? [])).toEqual(["g-coop/COVERS/t-ai"]);
          expect(whyOf(page, "g-act")?.nodeIds).toEqual(["g-act", "t-ai-safety", "t-ai"]);
          expect(edgeIds(whyOf(page, "g-act")?.edges ?? [])).toEqual([
            "g-act/COVERS/t-ai-safety",
            "t-ai-safety/SUBTOPIC_OF/t-ai",
          ]);
        });

        it("prefers a path to the exact topic over a shorter one through a narrower topic", async () => {
          // Through the announced cooperation (covers AI, 2 hops) rather than the council's own
          // coverage of AI safety (1 hop).
          const page = await involving("Artificial intelligence", 2, ["Agreement"]);
          expect(ids(page)).toEqual(["g-act", "g-coop", "g-partnership"]);
          const why = whyOf(page, "g-partnership");
          expect(why?.nodeIds).toEqual(["g-partnership", "e-council", "g-coop", "t-ai"]);
          expect(edgeIds(why?.edges ?? [])).toEqual([
            "e-council/CONVENED_UNDER/g-partnership",
            "g-coop/ANNOUNCED_AT/e-council",
            "g-coop/COVERS/t-ai",
          ]);
        });

        it("falls back to a narrower-topic path when the exact one needs more hops than allowed", async () => {
          const page = await involving("AI", 1, ["Agreement"]);
          expect(ids(page)).toEqual(["g-act", "g-coop", "g-partnership"]);
          const why = whyOf(page, "g-partnership");
          expect(why?.nodeIds).toEqual(["g-partnership", "e-council", "t-ai-safety", "t-ai"]);
          expect(edgeIds(why?.edges ?? [])).toEqual([
            "e-council/CONVENED_UNDER/g-partnership",
            "e-council/COVERS/t-ai-safety",
            "t-ai-safety/SUBTOPIC_OF/t-ai",
          ]);
          // The council itself: one hop to the exact topic beats covering the narrower one directly.
          const council = whyOf(await involving("AI", 1, ["Event"]), "e-council");
          expect(council?.nodeIds).toEqual(["e-council", "g-coop", "t-ai"]);
          const councilNoHops = whyOf(await involving("AI", 0, ["Event"]), "e-council");
          expect(councilNoHops?.nodeIds).toEqual(["e-council", "t-ai-safety", "t-ai"]);
        });

        it("follows parts (PART_OF) towards the whole they belong to", async () => {
          const page = await involving("data flows", 1, ["Event"]);
          // The summit is reached too, through the memorandum signed at it.
          expect(ids(page)).toEqual(["e-kickoff", "e-ministerial", "e-summit"]);
          expect(whyOf(page, "e-ministerial")?.nodeIds).toEqual([
            "e-ministerial",
            "e-kickoff",
            "t-data",
          ]);
          expect(edgeIds(whyOf(page, "e-ministerial")?.edges ?? [])).toEqual([
            "e-kickoff/PART_OF/e-ministerial",
            "e-kickoff/COVERS/t-data",
          ]);
        });

        it("follows what was signed at a meeting towards the meeting", async () => {
          const page = await involving("data flows", 2, ["Agreement"]);
          expect(ids(page)).toEqual(["g-data", "g-partnership"]);
          expect(whyOf(page, "g-partnership")?.nodeIds).toEqual([
            "g-partnership",
            "e-summit",
            "g-data",
            "t-data",
          ]);
        });

        it("every match carries a well-formed path from the node to the topic asked for", async () => {
          for (const [topic, topicId] of [
            ["digital", "t-digital"],
            ["AI", "t-ai"],
            ["chips", "t-chips"],
            ["data flows", "t-data"],
          ] as const) {
            const page = await involving(topic, 4);
            expect(page.items.length).toBeGreaterThan(0);
            for (const match of page.items) expectWellFormedPath(match, topicId);
          }
        });

        it("paths through a broad topic end with the SUBTOPIC_OF chain up to it", async () => {
          const page = await involving("Digital policy", 4, ["Agreement"]);
          expect(ids(page)).toEqual([
            "g-act",
            "g-coop",
            "g-initiative",
            "g-partnership",
            "g-pledge",
          ]);
          expect(whyOf(page, "g-pledge")?.nodeIds).toEqual(["g-pledge", "t-digital"]);
          expect(whyOf(page, "g-initiative")?.nodeIds).toEqual([
            "g-initiative",
            "t-chip-supply",
            "t-chips",
            "t-digital",
          ]);
          expect(whyOf(page, "g-partnership")?.nodeIds).toEqual([
            "g-partnership",
            "e-council",
            "g-coop",
            "t-ai",
            "t-digital",
          ]);
        });

        it("takes the topic by id, name or alias, ignoring case and accents", async () => {
          const expected = ["g-data", "g-partnership"];
          for (const topic of ["t-data", "Flux de données", "FLUX DE DONNEES", "Data Flows"]) {
            expect(ids(await involving(topic, 2, ["Agreement"])), topic).toEqual(expected);
          }
        });

        it("an unknown topic, or a reference to a node that is not a topic, matches nothing", async () => {
          expect((await involving("quantum", 4)).totalCount).toBe(0);
          expect((await involving("Digital Partnership", 4)).totalCount).toBe(0);
        });

        it("combines with other conditions, and the kept matches keep their paths", async () => {
          const page = await list({
            categories: ["Agreement"],
            statuses: ["SIGNED"],
            involvesTopic: { topic: "chips", maxHops: 3 },
          });
          expect(ids(page)).toEqual(["g-partnership"]);
          expect(page.items[0]?.why?.nodeIds).toEqual([
            "g-partnership",
            "e-council",
            "g-initiative",
            "t-chip-supply",
            "t-chips",
          ]);
        });

        it("matches without involvesTopic carry no path", async () => {
          const page = await list({ categories: ["Agreement"], coversTopic: "AI" });
          expect(page.items.length).toBeGreaterThan(0);
          for (const match of page.items) expect(match.why).toBeUndefined();
        });
      });
    });

    describe("listNodes: sorting", () => {
      const sorted = (categories: NodeFilter["categories"], sort: NodeSort) =>
        listIds({ categories }, sort);

      it("NAME ascending ignores case and compares by code point (accented initials after z)", async () => {
        expect(await sorted(["Actor"], { field: "NAME", descending: false })).toEqual([
          "a-agence", // agence numérique
          "a-office", // AI Office
          "a-commission", // European Commission
          "a-eu", // European Union
          "a-japan",
          "a-korea", // République de Corée
          "a-zoe", // Zoë Ångström
          "a-austria", // Österreich
        ]);
      });

      it("NAME descending reverses the order", async () => {
        expect(await sorted(["Actor"], { field: "NAME", descending: true })).toEqual([
          "a-austria",
          "a-zoe",
          "a-korea",
          "a-japan",
          "a-eu",
          "a-commission",
          "a-office",
          "a-agence",
        ]);
      });

      it("equal names are ordered by id ascending, whatever the direction", async () => {
        expect(await sorted(["Place"], { field: "NAME", descending: false })).toEqual([
          "p-seoul",
          "p-tokyo",
          "p-tokyo-pref",
        ]);
        expect(await sorted(["Place"], { field: "NAME", descending: true })).toEqual([
          "p-tokyo",
          "p-tokyo-pref",
          "p-seoul",
        ]);
      });

      it("thenBy orders the ties of the first key, before the id does", async () => {
        const byNameThenIdDown = { field: "NAME", descending: false } as const;
        const thenBy = [{ field: "ID", descending: true }] as const;
        for (const filter of [
          { categories: ["Place"] },
          { categories: ["Place"], where: { AND: [] } },
        ] as const) {
          const page = await ctx.store().listNodes({
            filter,
            sort: byNameThenIdDown,
            thenBy,
            offset: 0,
            limit: ALL,
          });
          expect(ids(page)).toEqual(["p-seoul", "p-tokyo-pref", "p-tokyo"]);
          const paged = await ctx.store().listNodes({
            filter,
            sort: byNameThenIdDown,
            thenBy,
            offset: 1,
            limit: 1,
          });
          expect(ids(paged)).toEqual(["p-tokyo-pref"]);
          expect(paged.totalCount).toBe(3);
        }
      });

      it("thenBy with DATE keeps undated nodes last and orders them by the next key", async () => {
        const page = await ctx.store().listNodes({
          filter: { categories: ["Actor"] },
          sort: { field: "DATE", descending: false },
          thenBy: [{ field: "NAME", descending: true }],
          offset: 0,
          limit: ALL,
        });
        // No actor is dated: the whole list is by name, descending.
        expect(ids(page)).toEqual([
          "a-austria",
          "a-zoe",
          "a-korea",
          "a-japan",
          "a-eu",
          "a-commission",
          "a-office",
          "a-agence",
        ]);
      });

      it("DEGREE sorts by how many relationships a node has, out and in, ties by id", async () => {
        const fixture = contractFixture();
        const degree = (id: string) =>
          fixture.edges.filter((edge) => edge.from === id).length +
          fixture.edges.filter((edge) => edge.to === id).length;
        const actors = fixture.nodes.filter((n) => n.category === "Actor").map((n) => n.id);
        const expected = (sign: 1 | -1) =>
          [...actors].sort(
            (a, b) => sign * (degree(a) - degree(b)) || (a < b ? -1 : a > b ? 1 : 0),
          );
        // The order must not be that of the ids alone, or the test could not tell.
        expect(expected(-1)).not.toEqual([...actors].sort());
        expect(await sorted(["Actor"], { field: "DEGREE", descending: true })).toEqual(
          expected(-1),
        );
        expect(await sorted(["Actor"], { field: "DEGREE", descending: false })).toEqual(
          expected(1),
        );
        // With a filter, a further key and a page.
        const page = await ctx.store().listNodes({
          filter: { categories: ["Actor", "Agreement"], where: { AND: [] } },
          sort: { field: "DEGREE", descending: true },
          thenBy: [{ field: "NAME", descending: false }],
          offset: 1,
          limit: 3,
        });
        const both = fixture.nodes.filter(
          (n) => n.category === "Actor" || n.category === "Agreement",
        );
        const byDegreeThenName = [...both]
          .sort(
            (a, b) =>
              degree(b.id) - degree(a.id) ||
              (a.name.toLowerCase() < b.name.toLowerCase()
                ? -1
                : a.name.toLowerCase() > b.name.toLowerCase()
                  ? 1
                  : a.id < b.id
                    ? -1
                    : 1),
          )
          .map((n) => n.id);
        expect(ids(page)).toEqual(byDegreeThenName.slice(1, 4));
        expect(page.totalCount).toBe(both.length);
      });

      it("ID sorts by id in either direction", async () => {
        expect(await sorted(["Place"], { field: "ID", descending: false })).toEqual([
          "p-seoul",
          "p-tokyo",
          "p-tokyo-pref",
        ]);
        expect(await sorted(["Place"], { field: "ID", descending: true })).toEqual([
          "p-tokyo-pref",
          "p-tokyo",
          "p-seoul",
        ]);
      });

      it("DATE ascending sorts by earliest day, ties by id, undated last (by id)", async () => {
        expect(await sorted(["Event"], { field: "DATE", descending: false })).toEqual([
          "e-council", // 2024-03-26
          "e-summit", // 2024-05-02/2024-05-03
          "e-deadline", // 2024-06-01
          "e-ministerial", // 2024-06 (earliest 2024-06-01, tie broken by id)
          "e-review", // 2025
          "e-entry", // undated
          "e-kickoff", // undated
        ]);
        expect(await sorted(["Agreement"], { field: "DATE", descending: false })).toEqual([
          "g-partnership", // 2022-05
          "g-act", // 2024
          "g-initiative", // 2024-03-26
          "g-data", // 2024-06
          "g-coop",
          "g-pledge",
        ]);
      });

      it("DATE descending reverses the dated nodes, still breaks ties by id ascending and keeps undated last", async () => {
        expect(await sorted(["Event"], { field: "DATE", descending: true })).toEqual([
          "e-review",
          "e-deadline",
          "e-ministerial",
          "e-summit",
          "e-council",
          "e-entry",
          "e-kickoff",
        ]);
        expect(await sorted(["Agreement"], { field: "DATE", descending: true })).toEqual([
          "g-data",
          "g-initiative",
          "g-act",
          "g-partnership",
          "g-coop",
          "g-pledge",
        ]);
      });
    });

    describe("listNodes: paging", () => {
      const query = (offset: number, limit: number): ListQuery => ({
        filter: { categories: ["Actor"] },
        sort: { field: "NAME", descending: false },
        offset,
        limit,
      });

      it("offset and limit cut a window out of the sorted matches", async () => {
        const page = await ctx.store().listNodes(query(2, 3));
        expect(ids(page)).toEqual(["a-commission", "a-eu", "a-japan"]);
      });

      it("totalCount counts every match whatever the window", async () => {
        for (const [offset, limit] of [
          [0, 1],
          [2, 3],
          [7, 10],
          [0, 0],
          [50, 5],
        ] as const) {
          expect((await ctx.store().listNodes(query(offset, limit))).totalCount).toBe(8);
        }
      });

      it("a zero limit or an offset past the end gives no items", async () => {
        expect(ids(await ctx.store().listNodes(query(0, 0)))).toEqual([]);
        expect(ids(await ctx.store().listNodes(query(8, 5)))).toEqual([]);
      });

      it("the last page holds what is left", async () => {
        expect(ids(await ctx.store().listNodes(query(6, 5)))).toEqual(["a-zoe", "a-austria"]);
      });

      it("consecutive pages together list every match once, in order", async () => {
        const pages = await Promise.all(
          [0, 3, 6].map((offset) => ctx.store().listNodes(query(offset, 3))),
        );
        const all = ids(await ctx.store().listNodes(query(0, ALL)));
        expect(pages.flatMap((page) => ids(page))).toEqual(all);
      });

      it("pages of involvesTopic matches keep each match's path", async () => {
        const page = await ctx.store().listNodes({
          filter: { categories: ["Agreement"], involvesTopic: { topic: "AI", maxHops: 2 } },
          sort: { field: "NAME", descending: false },
          offset: 2,
          limit: 1,
        });
        expect(page.totalCount).toBe(3);
        expect(ids(page)).toEqual(["g-partnership"]);
        expect(page.items[0]?.why?.nodeIds).toEqual([
          "g-partnership",
          "e-council",
          "g-coop",
          "t-ai",
        ]);
      });
    });

    describe("listEdges", () => {
      it("with no conditions lists every relationship, dated ones first by earliest day, then by id", async () => {
        const page = await edgesWhere({});
        const fixture = contractFixture();
        expect(page.totalCount).toBe(fixture.edges.length);
        const dated = fixture.edges.filter((edge) => edge.date).length;
        expect(page.items.slice(0, dated).every((edge) => edge.date)).toBe(true);
        expect(page.items.slice(dated).every((edge) => !edge.date)).toBe(true);
        expect(edgeIds(page.items.slice(0, 6))).toEqual([
          "a-austria/MEMBER_OF/a-eu", // 1995
          "a-zoe/HEADS/a-commission", // 2019-12
          "a-eu/PARTY_TO/g-partnership", // 2022-05
          "a-japan/PARTY_TO/g-partnership", // 2022-05
          "g-act/SET_UP_BY/a-eu", // 2024
          "a-eu/PARTICIPATES_IN/e-council", // 2024-03-26
        ]);
        const undated = edgeIds(page.items.slice(dated));
        expect(undated).toEqual([...undated].sort());
      });

      it("types keeps only relationships of the listed types, ordered by date then id", async () => {
        expect(edgeIds((await edgesWhere({ types: ["PARTY_TO"] })).items)).toEqual([
          "a-eu/PARTY_TO/g-partnership",
          "a-japan/PARTY_TO/g-partnership",
          "a-eu/PARTY_TO/g-data",
          "a-korea/PARTY_TO/g-data",
          "a-japan/PARTY_TO/g-coop",
          "a-office/PARTY_TO/g-coop",
        ]);
        expect(edgeIds((await edgesWhere({ types: ["HELD_IN", "LAUNCHED"] })).items)).toEqual([
          "e-council/HELD_IN/p-seoul",
          "e-council/LAUNCHED/g-initiative",
          "e-summit/HELD_IN/p-tokyo",
          "e-ministerial/HELD_IN/p-tokyo-pref",
        ]);
      });

      it("from, to and sources keep the statements of those ends, and those a source's quotes support, in the same order", async () => {
        const fixture = contractFixture();
        const everyId = edgeIds((await edgesWhere({})).items);
        const byId = new Map(fixture.edges.map((edge) => [edge.id, edge]));
        const expected = (keep: (edge: GraphEdge) => boolean) =>
          everyId.filter((id) => {
            const edge = byId.get(id);
            return edge !== undefined && keep(edge);
          });
        const idsWhere = async (filter: EdgeFilter) => edgeIds((await edgesWhere(filter)).items);

        expect(await idsWhere({ from: ["a-eu"] })).toEqual(expected((e) => e.from === "a-eu"));
        expect(await idsWhere({ to: ["g-partnership"] })).toEqual(
          expected((e) => e.to === "g-partnership"),
        );
        expect(await idsWhere({ from: ["a-eu", "a-japan"], to: ["g-partnership"] })).toEqual([
          "a-eu/PARTY_TO/g-partnership",
          "a-japan/PARTY_TO/g-partnership",
        ]);
        expect(await idsWhere({ from: ["a-eu"], types: ["PARTY_TO"] })).toEqual(
          expected((e) => e.from === "a-eu" && e.type === "PARTY_TO"),
        );
        expect(await idsWhere({ sources: [FIXTURE_SOURCE_ID] })).toEqual(
          expected((e) => e.evidence.some((item) => item.sourceId === FIXTURE_SOURCE_ID)),
        );
        expect(await idsWhere({ sources: ["no-such-source"] })).toEqual([]);
        const missing = await edgesWhere({ from: ["no-such-node"] });
        expect(missing).toEqual({ items: [], totalCount: 0 });
        // A page of them: the same slice, the total over all.
        const fromEu = expected((e) => e.from === "a-eu");
        expect(fromEu.length).toBeGreaterThan(2);
        const second = await edgesWhere({ from: ["a-eu"] }, 1, 1);
        expect(edgeIds(second.items)).toEqual(fromEu.slice(1, 2));
        expect(second.totalCount).toBe(fromEu.length);
      });

      it("statuses keeps only relationships with one of the statuses", async () => {
        expect(edgeIds((await edgesWhere({ statuses: ["HELD"] })).items)).toEqual([
          "a-eu/PARTICIPATES_IN/e-council",
          "a-korea/PARTICIPATES_IN/e-council",
          "e-council/CONVENED_UNDER/g-partnership",
          "e-council/HELD_IN/p-seoul",
        ]);
      });

      it("prospective true keeps intended or foreseen statements, false the ones that happened", async () => {
        const fixture = contractFixture();
        const prospective = await edgesWhere({ prospective: true });
        const realised = await edgesWhere({ prospective: false });
        const expectIds = (wanted: boolean) =>
          fixture.edges
            .filter((edge) => isProspective(edge.status) === wanted)
            .map((edge) => edge.id)
            .sort();
        expect(edgeIds(prospective.items).sort()).toEqual(expectIds(true));
        expect(edgeIds(realised.items).sort()).toEqual(expectIds(false));
        expect(prospective.totalCount + realised.totalCount).toBe(fixture.edges.length);
        expect(edgeIds(prospective.items)).toContain("g-data/SIGNED_AT/e-summit");
        expect(edgeIds(realised.items)).toContain("e-council/LAUNCHED/g-initiative");
      });

      it("inferred true keeps only inferred statements, false only stated ones", async () => {
        expect(edgeIds((await edgesWhere({ inferred: true })).items)).toEqual([
          "a-agence/PART_OF/a-commission",
          "g-coop/ANNOUNCED_AT/e-council",
          "t-ai/SUBTOPIC_OF/t-digital",
        ]);
        const stated = await edgesWhere({ inferred: false });
        expect(stated.totalCount).toBe(contractFixture().edges.length - 3);
        expect(stated.items.every((edge) => edge.inference === undefined)).toBe(true);
      });

      it("date keeps statements whose date overlaps the range, with precision; undated never match", async () => {
        expect(
          edgeIds((await edgesWhere({ date: { from: "2024-06-10", to: "2024-06-12" } })).items),
        ).toEqual([
          "g-act/SET_UP_BY/a-eu", // 2024
          "a-eu/PARTY_TO/g-data", // 2024-06
          "a-korea/PARTY_TO/g-data",
          "e-ministerial/HELD_IN/p-tokyo-pref",
        ]);
        expect(
          edgeIds((await edgesWhere({ date: { from: "2024-05-03", to: "2024-05-03" } })).items),
        ).toEqual([
          "g-act/SET_UP_BY/a-eu",
          "e-summit/CONVENED_UNDER/g-partnership",
          "e-summit/HELD_IN/p-tokyo",
          "g-data/SIGNED_AT/e-summit",
        ]);
        const dated = contractFixture().edges.filter((edge) => edge.date).length;
        expect((await edgesWhere({ date: {} })).totalCount).toBe(dated);
      });

      it("combines conditions with AND", async () => {
        expect(
          edgeIds(
            (
              await edgesWhere({
                types: ["PARTY_TO"],
                prospective: true,
                date: { from: "2024-01-01" },
              })
            ).items,
          ),
        ).toEqual(["a-eu/PARTY_TO/g-data", "a-korea/PARTY_TO/g-data"]);
        expect(edgeIds((await edgesWhere({ types: ["PART_OF"], inferred: false })).items)).toEqual([
          "a-commission/PART_OF/a-eu",
          "a-office/PART_OF/a-commission",
          "e-kickoff/PART_OF/e-ministerial",
        ]);
        expect((await edgesWhere({ types: ["COVERS"], statuses: ["SIGNED"] })).totalCount).toBe(0);
      });

      it("an empty list of types or statuses matches nothing", async () => {
        expect((await edgesWhere({ types: [] })).totalCount).toBe(0);
        expect((await edgesWhere({ statuses: [] })).totalCount).toBe(0);
      });

      it("pages with offset and limit; totalCount ignores the window", async () => {
        const page = await edgesWhere({ types: ["PARTY_TO"] }, 1, 2);
        expect(edgeIds(page.items)).toEqual([
          "a-japan/PARTY_TO/g-partnership",
          "a-eu/PARTY_TO/g-data",
        ]);
        expect(page.totalCount).toBe(6);
        const empty = await edgesWhere({ types: ["PARTY_TO"] }, 6, 2);
        expect(empty.items).toEqual([]);
        expect(empty.totalCount).toBe(6);
        expect((await edgesWhere({ types: ["PARTY_TO"] }, 0, 0)).items).toEqual([]);
      });
    });

    describe("listSummary", () => {
      it("counts every node the filter matches and spans their dates as recorded", async () => {
        const summary = await ctx.store().listSummary({ categories: ["Agreement"] });
        const all = await list({ categories: ["Agreement"] });
        expect(summary.totalCount).toBe(all.totalCount);
        // g-partnership (2022-05) can begin first; g-act ("2024") can end last.
        expect(summary.dates.min?.iso).toBe("2022-05");
        expect(summary.dates.max?.iso).toBe("2024");
      });

      it("applies every condition, where trees included; none matching: zero and no dates", async () => {
        const signed = await ctx.store().listSummary({
          categories: ["Agreement"],
          where: { statuses: ["SIGNED"] },
        });
        expect(signed.totalCount).toBe(
          (await list({ categories: ["Agreement"], statuses: ["SIGNED"] })).totalCount,
        );
        expect(await ctx.store().listSummary({ categories: ["Agreement"], kinds: [] })).toEqual({
          totalCount: 0,
          dates: {},
        });
        const undated = await ctx.store().listSummary({ categories: ["Actor"] });
        expect(undated.totalCount).toBeGreaterThan(0);
        expect(undated.dates).toEqual({});
      });
    });

    describe("neighbourPages", () => {
      it("answers one page per id, in the order asked, an empty one for unknown ids", async () => {
        const answer = await pages(["a-commission", "nope", "a-commission"], { direction: "OUT" });
        expect(answer.map((page) => farIds(page.items))).toEqual([["a-eu"], [], ["a-eu"]]);
        expect(answer[1]).toEqual({
          items: [],
          totalCount: 0,
          nodeCount: 0,
          nodeDates: {},
          edgeDates: {},
        });
      });

      it("without a sort, lists the links as neighbours does; pages are slices of the whole", async () => {
        const [all = []] = await neighbours(["a-eu"]);
        const [whole] = await pages(["a-eu"]);
        expect(whole?.items).toEqual(all);
        const sliced = await Promise.all(
          [0, 2, 4].map(async (offset) => (await pages(["a-eu"], { offset, limit: 2 }))[0]),
        );
        expect(sliced.flatMap((page) => farIds(page?.items ?? []))).toEqual(farIds(all));
        for (const page of sliced) expect(page?.totalCount).toBe(all.length);
      });

      it("sorts on several keys in turn, undated far nodes last whatever the direction", async () => {
        const [page] = await pages(["a-eu"], {
          sort: [
            { field: "DATE", descending: true },
            { field: "NAME", descending: false },
          ],
        });
        expect(farIds(page?.items ?? [])).toEqual([
          "g-data", // 2024-06
          "e-council", // 2024-03-26
          "g-act", // 2024
          "g-partnership", // 2022-05
          "a-commission", // undated: European Commission
          "a-austria", // undated: Österreich
        ]);
        const [byName] = await pages(["a-eu"], {
          sort: [
            { field: "DATE", descending: false },
            { field: "NAME", descending: true },
          ],
        });
        expect(farIds(byName?.items ?? []).slice(-2)).toEqual(["a-austria", "a-commission"]);
      });

      it("breaks ties by the far node's id, then the relationship's id", async () => {
        const [page] = await pages(["a-office"], {
          types: ["COORDINATES_WITH"],
          sort: [{ field: "NAME", descending: true }],
        });
        expect(edgeIds((page?.items ?? []).map((link) => link.edge))).toEqual([
          "a-agence/COORDINATES_WITH/a-office",
          "a-office/COORDINATES_WITH/a-agence",
        ]);
      });

      it("counts links and distinct far nodes over all pages", async () => {
        const [page] = await pages(["a-office"], { types: ["COORDINATES_WITH"], limit: 1 });
        expect(page?.items).toHaveLength(1);
        expect(page?.totalCount).toBe(2);
        expect(page?.nodeCount).toBe(1);
      });

      it("spans dates as recorded: the one that can begin first, the one that can end last", async () => {
        const [page] = await pages(["a-eu"], { limit: 0 });
        expect(page?.items).toEqual([]);
        // Far nodes: 2022-05 begins first; "2024" can end later than 2024-06.
        expect(page?.nodeDates.min?.iso).toBe("2022-05");
        expect(page?.nodeDates.max?.iso).toBe("2024");
        // Relationships: MEMBER_OF 1995 … SET_UP_BY 2024 (undated PART_OF takes no part).
        expect(page?.edgeDates.min?.iso).toBe("1995");
        expect(page?.edgeDates.max?.iso).toBe("2024");
        expect(page?.edgeDates.max?.precision).toBe("YEAR");
      });

      it("filters and spans only the links the query keeps", async () => {
        const [page] = await pages(["a-eu"], {
          far: { categories: ["Agreement"], statuses: ["SIGNED"] },
        });
        expect(farIds(page?.items ?? [])).toEqual(["g-partnership"]);
        expect(page?.totalCount).toBe(1);
        expect(page?.nodeDates.min?.iso).toBe("2022-05");
        expect(page?.nodeDates.max?.iso).toBe("2022-05");
        const [none] = await pages(["a-eu"], { types: ["COVERS"] });
        expect(none).toEqual({
          items: [],
          totalCount: 0,
          nodeCount: 0,
          nodeDates: {},
          edgeDates: {},
        });
      });
    });

    describe("neighbours", () => {
      it("answers one list per id, in the order asked, with an empty list for unknown ids", async () => {
        const lists = await neighbours(["a-commission", "nope", "p-seoul", "a-commission"], {
          direction: "OUT",
        });
        expect(lists).toHaveLength(4);
        expect(lists.map(farIds)).toEqual([["a-eu"], [], [], ["a-eu"]]);
      });

      it("returns an empty list of lists for no ids", async () => {
        expect(await neighbours([])).toEqual([]);
      });

      it("OUT follows relationships starting at the node; the far node is their end", async () => {
        const [links = []] = await neighbours(["a-eu"], { direction: "OUT" });
        expect(farIds(links)).toEqual(["g-data", "g-partnership", "e-council"]);
        for (const link of links) expect(link.edge.from).toBe("a-eu");
        for (const link of links) expect(link.edge.to).toBe(link.node.node.id);
        expect(edgeIds(links.map((link) => link.edge))).toEqual([
          "a-eu/PARTY_TO/g-data",
          "a-eu/PARTY_TO/g-partnership",
          "a-eu/PARTICIPATES_IN/e-council",
        ]);
      });

      it("IN follows relationships ending at the node; the far node is their start", async () => {
        const [links = []] = await neighbours(["a-eu"], { direction: "IN" });
        expect(farIds(links)).toEqual(["g-act", "a-commission", "a-austria"]);
        for (const link of links) expect(link.edge.to).toBe("a-eu");
        for (const link of links) expect(link.edge.from).toBe(link.node.node.id);
      });

      it("BOTH gives both, ordered by the far node's name (case-insensitive), then its id", async () => {
        const [links = []] = await neighbours(["a-eu"], { direction: "BOTH" });
        expect(farIds(links)).toEqual([
          "g-data", // Accord sur les données
          "g-act", // AI Regulation
          "g-partnership", // Digital Partnership
          "e-council", // Digital Partnership Council
          "a-commission", // European Commission
          "a-austria", // Österreich
        ]);
      });

      it("BOTH lists a node linked both ways once per relationship", async () => {
        const [links = []] = await neighbours(["a-office"], { types: ["COORDINATES_WITH"] });
        expect(farIds(links)).toEqual(["a-agence", "a-agence"]);
        expect(edgeIds(links.map((link) => link.edge)).sort()).toEqual([
          "a-agence/COORDINATES_WITH/a-office",
          "a-office/COORDINATES_WITH/a-agence",
        ]);
      });

      it("types keeps only relationships of the listed types", async () => {
        const [links = []] = await neighbours(["a-eu"], { types: ["PARTY_TO", "MEMBER_OF"] });
        expect(farIds(links)).toEqual(["g-data", "g-partnership", "a-austria"]);
        const [none = []] = await neighbours(["a-eu"], { types: ["COVERS"] });
        expect(none).toEqual([]);
      });

      it("far keeps only links whose far node matches the node filter", async () => {
        const [signed = []] = await neighbours(["a-eu"], {
          far: { categories: ["Agreement"], statuses: ["SIGNED"] },
        });
        expect(farIds(signed)).toEqual(["g-partnership"]);
        const [dated = []] = await neighbours(["a-eu"], {
          far: { date: { from: "2024-06-10", to: "2024-06-10" } },
        });
        expect(farIds(dated)).toEqual(["g-data", "g-act"]); // 2024-06 and 2024
        const [byRelation = []] = await neighbours(["g-partnership"], {
          direction: "IN",
          far: { relatedTo: [{ types: ["HELD_IN"], direction: "OUT", nodes: ["Tōkyō"] }] },
        });
        expect(farIds(byRelation)).toEqual(["e-summit"]);
      });

      it("far with involvesTopic gives each far node its path", async () => {
        const [links = []] = await neighbours(["g-partnership"], {
          direction: "IN",
          types: ["CONVENED_UNDER"],
          far: { involvesTopic: { topic: "chips", maxHops: 1 } },
        });
        expect(farIds(links)).toEqual(["e-council"]);
        expect(links[0]?.node.why?.nodeIds).toEqual([
          "e-council",
          "g-initiative",
          "t-chip-supply",
          "t-chips",
        ]);
      });

      it("links without an involvesTopic far filter carry no path", async () => {
        const [links = []] = await neighbours(["g-partnership"], {
          far: { categories: ["Event"] },
        });
        expect(links.length).toBeGreaterThan(0);
        for (const link of links) expect(link.node.why).toBeUndefined();
      });

      it("edgeStatuses keeps only relationships with one of the statuses", async () => {
        const [held = []] = await neighbours(["a-eu"], { edgeStatuses: ["HELD"] });
        expect(farIds(held)).toEqual(["e-council"]);
        const [planned = []] = await neighbours(["g-partnership"], {
          direction: "IN",
          edgeStatuses: ["PLANNED", "HELD"],
        });
        expect(farIds(planned)).toEqual(["e-council", "e-summit"]);
      });

      it("limit caps the links of each starting node separately", async () => {
        const lists = await neighbours(["a-eu", "a-commission", "a-eu"], { limit: 2 });
        expect(lists.map(farIds)).toEqual([
          ["g-data", "g-act"],
          ["a-agence", "a-office"],
          ["g-data", "g-act"],
        ]);
        const none = await neighbours(["a-eu"], { limit: 0 });
        expect(none).toEqual([[]]);
      });

      it("filters combine before the limit is applied", async () => {
        const [links = []] = await neighbours(["a-commission"], {
          direction: "IN",
          types: ["PART_OF", "HEADS"],
          edgeStatuses: ["ACTIVE"],
          far: { kinds: ["OFFICE", "PERSON"] },
          limit: 1,
        });
        expect(farIds(links)).toEqual(["a-office"]);
      });

      it("returns the relationships and far nodes in full", async () => {
        const [links = []] = await neighbours(["a-zoe"], { direction: "OUT" });
        const fixture = contractFixture();
        expect(links).toHaveLength(1);
        expect(links[0]?.edge).toEqual(
          fixture.edges.find((e) => e.id === "a-zoe/HEADS/a-commission"),
        );
        expect(links[0]?.node.node).toEqual(fixture.nodes.find((n) => n.id === "a-commission"));
      });
    });

    describe("listNodeHeads", () => {
      it("answers the page listNodes answers, with only the nodes' heads", async () => {
        const queries: ListQuery[] = [
          { filter: { categories: ["Actor"] }, sort: BY_ID, offset: 0, limit: ALL },
          {
            filter: { categories: ["Actor"] },
            sort: { field: "NAME", descending: true },
            offset: 2,
            limit: 3,
          },
          { filter: { kinds: ["OFFICE", "PERSON"] }, sort: BY_ID, offset: 0, limit: 2 },
          {
            filter: { involvesTopic: { topic: "AI", maxHops: 2 } },
            sort: { field: "DATE", descending: false },
            thenBy: [{ field: "NAME", descending: false }],
            offset: 1,
            limit: 4,
          },
          {
            filter: { categories: ["Agreement"] },
            sort: { field: "DEGREE", descending: true },
            offset: 0,
            limit: 5,
          },
          { filter: { kinds: [] }, sort: BY_ID, offset: 0, limit: 5 },
        ];
        for (const query of queries) {
          const [heads, whole] = await Promise.all([
            ctx.store().listNodeHeads(query),
            ctx.store().listNodes(query),
          ]);
          expect({ totalCount: heads.totalCount, items: heads.items.map(headOf) }).toEqual({
            totalCount: whole.totalCount,
            items: whole.items.map((match) => headOf(match.node)),
          });
        }
      });
    });

    describe("neighbourHeads", () => {
      const heads = (start: readonly string[], query: Partial<NeighbourQuery> = {}) =>
        ctx.store().neighbourHeads(start, { direction: "BOTH", limit: ALL, ...query });
      /** What `neighbours` answers, cut down to the far nodes' heads. */
      const expectedHeads = async (start: readonly string[], query: Partial<NeighbourQuery>) =>
        (await neighbours(start, query)).map((links) =>
          links.map((link) => headOf(link.node.node)),
        );

      it("answers the heads of neighbours' far nodes, link for link, for each id asked", async () => {
        const asked = ["a-eu", "nope", "a-commission", "a-eu"];
        const queries: Partial<NeighbourQuery>[] = [
          {},
          { direction: "OUT", limit: 2 },
          { direction: "IN", types: ["PART_OF", "HEADS"], far: { kinds: ["OFFICE", "PERSON"] } },
          { types: ["PARTY_TO", "MEMBER_OF"], edgeStatuses: ["ACTIVE"] },
          { far: { involvesTopic: { topic: "AI", maxHops: 2 } } },
          { limit: 0 },
        ];
        for (const query of queries) {
          const lists = await heads(asked, query);
          expect(lists.map((list) => list.map(headOf))).toEqual(await expectedHeads(asked, query));
        }
        expect((await heads(["a-eu"]))[0]?.length).toBeGreaterThan(2);
        expect(await heads([])).toEqual([]);
      });

      it("gives each far node's id, category, kind and name as loaded", async () => {
        const [list = []] = await heads(["a-zoe"], { direction: "OUT" });
        const commission = contractFixture().nodes.find((n) => n.id === "a-commission");
        expect(list.map(headOf)).toEqual([commission && headOf(commission)]);
      });
    });

    describe("nodesWithNeighbourHeads", () => {
      it("answers each id's node as getNodes does, with its links' heads as neighbourHeads does", async () => {
        const asked = ["a-eu", "nope", "a-commission", "a-eu"];
        const queries: NeighbourQuery[] = [
          { direction: "BOTH", limit: ALL },
          { direction: "OUT", types: ["PARTY_TO"], limit: 2 },
          {
            direction: "IN",
            types: ["PART_OF", "HEADS"],
            far: { kinds: ["OFFICE", "PERSON"] },
            limit: ALL,
          },
          { direction: "BOTH", limit: 0 },
        ];
        for (const query of queries) {
          const [found, nodes, heads] = await Promise.all([
            ctx.store().nodesWithNeighbourHeads(asked, query),
            ctx.store().getNodes(asked),
            ctx.store().neighbourHeads(asked, query),
          ]);
          expect(found.map((entry) => entry.node)).toEqual(nodes);
          expect(found.map((entry) => entry.heads.map(headOf))).toEqual(
            heads.map((list) => list.map(headOf)),
          );
        }
        expect(
          await ctx.store().nodesWithNeighbourHeads([], { direction: "BOTH", limit: ALL }),
        ).toEqual([]);
      });

      it("gives an unknown id no node and no heads", async () => {
        const [entry] = await ctx
          .store()
          .nodesWithNeighbourHeads(["nope"], { direction: "BOTH", limit: ALL });
        expect(entry).toEqual({ node: undefined, heads: [] });
      });
    });

    describe("search", () => {
      it("ranks exact, then prefix, then word-prefix, then substring matches", async () => {
        const hits = await search("AI");
        expect(hits.map((hit) => hit.node.id)).toEqual([
          "t-ai", // alias "AI", exact
          "a-office", // "AI Office", prefix (9 characters)
          "t-ai-safety", // "AI safety", prefix (9 characters, id after a-office)
          "g-act", // "AI Regulation", prefix
          "g-coop", // "AI Office–Japan cooperation", prefix
          "e-entry", // "Regulation on AI enters into force", word prefix
          "t-chip-supply", // "Chip supply chains", substring
        ]);
        const scores = hits.map((hit) => hit.score);
        expect(scores.slice(0, 5)).toEqual([95, 80, 80, 80, 80]);
        expect(scores[5]).toBeGreaterThan(40);
        expect(scores[5]).toBeLessThan(80);
        expect(scores[6]).toBe(40);
      });

      it("an exact name scores 100 and beats an exact alias (95)", async () => {
        const hits = await search("japan");
        expect(hits[0]).toMatchObject({ node: { id: "a-japan" }, score: 100, matched: "Japan" });
        const alias = await search("nippon");
        expect(alias).toHaveLength(1);
        expect(alias[0]).toMatchObject({ node: { id: "a-japan" }, score: 95, matched: "Nippon" });
      });

      it("reports the best of a node's names as the match (name before an equal alias)", async () => {
        const hits = await search("tokyo");
        expect(hits.map((hit) => [hit.node.id, hit.score, hit.matched])).toEqual([
          ["p-tokyo", 100, "Tokyo"],
          ["p-tokyo-pref", 100, "Tokyo"],
          ["e-summit", 75, "Tōkyō Summit"],
        ]);
      });

      it("among word-prefix matches a name ranks above an alias", async () => {
        const hits = await search("japan");
        expect(hits.map((hit) => [hit.node.id, hit.matched])).toEqual([
          ["a-japan", "Japan"],
          ["g-coop", "AI Office–Japan cooperation"],
          ["g-partnership", "EU–Japan Digital Partnership"],
        ]);
        const [, name, alias] = hits.map((hit) => hit.score);
        expect(name).toBeGreaterThan(alias ?? Number.POSITIVE_INFINITY);
        expect(alias).toBeGreaterThan(40);
      });

      it("word prefixes may come in any order and each must start a word", async () => {
        expect(await searchIds("japan off")).toEqual(["g-coop"]);
        expect(await searchIds("apan office")).toEqual([]);
      });

      it("word-prefix scores stay below prefix scores (80), however many words the query repeats", async () => {
        const hits = await search(Array.from({ length: 30 }, () => "a").join(" "));
        for (const hit of hits) expect(hit.score).toBeLessThan(80);
      });

      it("ignores case, accents and punctuation in both the text and the names", async () => {
        expect((await search("REPUBLIQUE DE COREE"))[0]).toMatchObject({
          node: { id: "a-korea" },
          score: 100,
          matched: "République de Corée",
        });
        expect((await search("zoe angstrom"))[0]).toMatchObject({
          node: { id: "a-zoe" },
          score: 100,
        });
        expect((await search("ai office - japan cooperation"))[0]).toMatchObject({
          node: { id: "g-coop" },
          score: 100,
        });
        expect((await search("Kick off statement"))[0]).toMatchObject({
          node: { id: "e-kickoff" },
          score: 100,
        });
        expect((await search("Sécurité de l’IA"))[0]).toMatchObject({
          node: { id: "t-ai-safety" },
          score: 95,
          matched: "sécurité de l'IA",
        });
      });

      it("finds nodes through their aliases and says which alias matched", async () => {
        expect(await search("South Korea")).toEqual([
          expect.objectContaining({
            node: expect.objectContaining({ id: "a-korea" }),
            score: 95,
            matched: "South Korea",
          }),
        ]);
        expect((await search("tokyo summit"))[0]).toMatchObject({
          node: { id: "e-summit" },
          score: 95,
          matched: "Tōkyō Summit",
        });
      });

      it("categories and kinds narrow the candidates", async () => {
        expect(await searchIds("AI", { categories: ["Topic"] })).toEqual([
          "t-ai",
          "t-ai-safety",
          "t-chip-supply",
        ]);
        expect(await searchIds("AI", { categories: ["Actor", "Event"] })).toEqual([
          "a-office",
          "e-entry",
        ]);
        expect(await searchIds("AI", { kinds: ["REGULATION", "COOPERATION"] })).toEqual([
          "g-act",
          "g-coop",
        ]);
        expect(await searchIds("AI", { categories: ["Agreement"], kinds: ["OFFICE"] })).toEqual([]);
      });

      it("limit keeps the best hits", async () => {
        expect(await searchIds("AI", { limit: 3 })).toEqual(["t-ai", "a-office", "t-ai-safety"]);
        expect(await searchIds("AI", { limit: 0 })).toEqual([]);
      });

      it("empty text, or text with nothing but spaces and punctuation, finds nothing", async () => {
        expect(await search("")).toEqual([]);
        expect(await search("   ")).toEqual([]);
        expect(await search(" –’'. ")).toEqual([]);
      });

      it("text that matches no name finds nothing", async () => {
        expect(await search("xyzzy")).toEqual([]);
      });

      it("returns the node in full", async () => {
        const [hit] = await search("Österreich");
        expect(hit?.node).toEqual(contractFixture().nodes.find((node) => node.id === "a-austria"));
      });
    });

    describe("asOf: what is known to hold on a given day (decision 0008)", () => {
      // The fixture's one source is dated 2024-04-24: nothing undated, and no plan, is
      // known before it; an outcome with a date is known from that date.
      it("listNodes shows a node from the first day anything supports it, dated outcomes from their date", async () => {
        expect(await listIds({ categories: ["Agreement", "Event"], asOf: "2024-04-23" })).toEqual([
          "e-council", // held 2024-03-26
          "g-act", // adopted 2024
          "g-initiative", // launched 2024-03-26
          "g-partnership", // signed 2022-05
        ]);
        // From the source's date on, plans and undated events are known too.
        const later = await listIds({ categories: ["Event"], asOf: "2024-04-24" });
        expect(later).toEqual(expect.arrayContaining(["e-summit", "e-entry", "e-review"]));
        expect(await listIds({ categories: ["Actor"], asOf: "2024-04-23" })).toEqual([]);
        expect(await listIds({ categories: ["Topic"], asOf: "1900-01-01" })).toHaveLength(6);
      });

      it("listNodes reads a date's precision: a month from its first day, a year from 1 January", async () => {
        expect(await listIds({ categories: ["Agreement"], asOf: "2022-04-30" })).toEqual([]);
        expect(await listIds({ categories: ["Agreement"], asOf: "2022-05-01" })).toEqual([
          "g-partnership",
        ]);
        expect(await listIds({ categories: ["Agreement"], asOf: "2023-12-31" })).toEqual([
          "g-partnership",
        ]);
        expect(await listIds({ categories: ["Agreement"], asOf: "2024-01-01" })).toEqual([
          "g-act",
          "g-partnership",
        ]);
      });

      it("INCLUDE_UNKNOWN also lists what is not known to hold, but not what had not begun", async () => {
        const unknown = await listIds({
          categories: ["Agreement"],
          asOf: "2023-12-31",
          asOfMode: "INCLUDE_UNKNOWN",
        });
        // The act was adopted in 2024 and the initiative launched in March 2024: not yet.
        expect(unknown).toEqual(["g-coop", "g-data", "g-partnership", "g-pledge"]);
      });

      it("listNodes combines asOf with the other conditions, and totalCount counts only what shows", async () => {
        const page = await list({ statuses: ["PLANNED"], asOf: "2024-04-23" });
        expect(ids(page)).toEqual([]);
        expect(page.totalCount).toBe(0);
        const planned = await list({
          statuses: ["PLANNED"],
          asOf: "2024-04-23",
          asOfMode: "INCLUDE_UNKNOWN",
        });
        expect(ids(planned)).toEqual(["e-deadline", "e-review", "e-summit", "g-coop", "g-data"]);
        expect(planned.totalCount).toBe(5);
      });

      it("a state seen at a point in time is known only then; INCLUDE_UNKNOWN shows it after", async () => {
        const types: EdgeFilter["types"] = ["MEMBER_OF", "HEADS"];
        // Ends are actors, known from the source's date; INCLUDE_UNKNOWN lets them through.
        const mode = "INCLUDE_UNKNOWN" as const;
        expect(
          edgeIds((await edgesWhere({ types, asOf: "2019-11-30", asOfMode: mode })).items),
        ).toEqual(["a-austria/MEMBER_OF/a-eu", "a-zoe/HEADS/a-commission"]);
        expect((await edgesWhere({ types, asOf: "2019-12-15" })).totalCount).toBe(0);
        expect((await edgesWhere({ types, asOf: "2024-05-01" })).totalCount).toBe(0);
      });

      it("listEdges shows an event from its date and a plan from its source's date", async () => {
        const types: EdgeFilter["types"] = ["LAUNCHED", "SIGNED_AT"];
        const mode = "INCLUDE_UNKNOWN" as const;
        expect(
          edgeIds((await edgesWhere({ types, asOf: "2024-03-25", asOfMode: mode })).items),
        ).toEqual(["g-data/SIGNED_AT/e-summit"]);
        expect(
          edgeIds((await edgesWhere({ types, asOf: "2024-03-26", asOfMode: mode })).items),
        ).toEqual(["e-council/LAUNCHED/g-initiative", "g-data/SIGNED_AT/e-summit"]);
        expect(edgeIds((await edgesWhere({ types, asOf: "2024-04-23" })).items)).toEqual([
          "e-council/LAUNCHED/g-initiative", // both ends dated 2024-03-26 too
        ]);
        expect(edgeIds((await edgesWhere({ types, asOf: "2024-04-24" })).items)).toEqual([
          "e-council/LAUNCHED/g-initiative",
          "g-data/SIGNED_AT/e-summit",
        ]);
      });

      it("neighbours leaves out relationships and far nodes not known on the day", async () => {
        const [before = []] = await neighbours(["g-partnership"], { asOf: "2024-04-23" });
        expect(farIds(before)).toEqual(["e-council"]); // convened under it on 2024-03-26
        // The parties (signed May 2022, actors known from the source) and the summit, a plan,
        // are known from the source's date.
        const [after = []] = await neighbours(["g-partnership"], { asOf: "2024-04-24" });
        expect(farIds(after).sort()).toEqual(["a-eu", "a-japan", "e-council", "e-summit"]);
        const [unknown = []] = await neighbours(["g-partnership"], {
          asOf: "2024-04-23",
          asOfMode: "INCLUDE_UNKNOWN",
        });
        expect(farIds(unknown).sort()).toEqual(["a-eu", "a-japan", "e-council", "e-summit"]);
      });

      it("neighbours applies asOf before the other conditions and the limit", async () => {
        const [before = []] = await neighbours(["g-act"], { asOf: "2024-04-23" });
        expect(before).toEqual([]); // adopted in 2024, but everything around it is known from 2024-04-24
        const [all = []] = await neighbours(["g-act"], { asOf: "2024-04-24" });
        expect(farIds(all).sort()).toEqual([
          "a-eu",
          "e-deadline",
          "e-entry",
          "g-pledge",
          "t-ai-safety",
          "t-digital",
        ]);
        const [limited = []] = await neighbours(["g-act"], { asOf: "2024-04-24", limit: 2 });
        expect(farIds(limited)).toEqual(farIds(all).slice(0, 2));
        const [covers = []] = await neighbours(["g-act"], {
          asOf: "2024-04-24",
          types: ["COVERS"],
        });
        expect(farIds(covers).sort()).toEqual(["t-ai-safety", "t-digital"]);
      });
    });

    describe("resolve", () => {
      const resolveOne = async (reference: string) => (await ctx.store().resolve([reference]))[0];

      it("answers one list per reference, in the order asked, repeats included", async () => {
        expect(await ctx.store().resolve(["Korea", "nope", "Tokyo", "Korea"])).toEqual([
          ["a-korea"],
          [],
          ["p-tokyo", "p-tokyo-pref"],
          ["a-korea"],
        ]);
        expect(await ctx.store().resolve([])).toEqual([]);
      });

      it("resolves ids", async () => {
        expect(await resolveOne("a-eu")).toEqual(["a-eu"]);
        expect(await resolveOne("e-summit")).toEqual(["e-summit"]);
        expect(await resolveOne("src-wire")).toEqual(["src-wire"]);
      });

      it("resolves names and aliases of every category", async () => {
        expect(await resolveOne("Japan")).toEqual(["a-japan"]);
        expect(await resolveOne("Nippon")).toEqual(["a-japan"]);
        expect(await resolveOne("EU")).toEqual(["a-eu"]);
        expect(await resolveOne("Flux de données")).toEqual(["t-data"]);
        expect(await resolveOne("Tōkyō Summit")).toEqual(["e-summit"]);
        expect(await resolveOne("Digital Partnership")).toEqual(["g-partnership"]);
      });

      it("ignores case, accents and punctuation in the reference, the names and the ids", async () => {
        expect(await resolveOne("REPUBLIQUE DE COREE")).toEqual(["a-korea"]);
        expect(await resolveOne("zoe angstrom")).toEqual(["a-zoe"]);
        expect(await resolveOne("osterreich")).toEqual(["a-austria"]);
        expect(await resolveOne("Sécurité de l’IA")).toEqual(["t-ai-safety"]);
        expect(await resolveOne("ai office - japan cooperation")).toEqual(["g-coop"]);
        expect(await resolveOne("A-EU")).toEqual(["a-eu"]);
      });

      it("a name shared by several nodes resolves to all of them, sorted by id", async () => {
        expect(await resolveOne("Tokyo")).toEqual(["p-tokyo", "p-tokyo-pref"]);
        expect(await resolveOne("tōkyō")).toEqual(["p-tokyo", "p-tokyo-pref"]);
      });

      it("is not a search: a prefix, a part of a name or an unknown reference resolves to nothing", async () => {
        expect(await resolveOne("Japa")).toEqual([]);
        expect(await resolveOne("Office")).toEqual([]);
        expect(await resolveOne("Atlantis")).toEqual([]);
        expect(await resolveOne("")).toEqual([]);
        expect(await resolveOne("AI")).toEqual(["t-ai"]); // not the AI Office or AI Regulation
      });
    });

    describe("shortestPaths", () => {
      /** The paths found, each checked to carry its nodes as stored, then without them. */
      const paths = async (
        query: Pick<PathQuery, "from" | "to"> & Partial<PathQuery>,
      ): Promise<PathResult[]> => {
        const found = await ctx
          .store()
          .shortestPaths({ maxHops: MAX_PATH_HOPS, limit: ALL, ...query });
        const byId = new Map(contractFixture().nodes.map((node) => [node.id, node]));
        return found.map(({ nodes, ...path }) => {
          expect(nodes).toEqual(path.nodeIds.map((id) => byId.get(id)));
          return path;
        });
      };
      /** A path as one line (nodes, then relationship ids), so a set of paths compares as sorted lines. */
      const route = (path: PathResult) =>
        `${path.nodeIds.join(" > ")} | ${edgeIds(path.edges).join(", ")}`;
      const routes = (found: readonly PathResult[]) => found.map(route).sort();

      it("hides paths from or to a node not yet visible asOf, zero-length ones included", async () => {
        // g-data is dated June 2024.
        expect(await paths({ from: ["g-data"], to: ["g-data"], asOf: "2020-01-01" })).toEqual([]);
        expect(await paths({ from: ["g-data"], to: ["e-summit"], asOf: "2020-01-01" })).toEqual([]);
        expect(await paths({ from: ["g-data"], to: ["g-data"], asOf: "2024-06-10" })).toEqual([
          { nodeIds: ["g-data"], edges: [] },
        ]);
      });

      const EU_SUMMIT_BY_MEMORANDUM =
        "a-eu > g-data > e-summit | a-eu/PARTY_TO/g-data, g-data/SIGNED_AT/e-summit";
      const EU_SUMMIT_BY_PARTNERSHIP =
        "a-eu > g-partnership > e-summit | a-eu/PARTY_TO/g-partnership, e-summit/CONVENED_UNDER/g-partnership";
      const ZOE_AUSTRIA =
        "a-zoe > a-commission > a-eu > a-austria | a-zoe/HEADS/a-commission, a-commission/PART_OF/a-eu, a-austria/MEMBER_OF/a-eu";

      it("finds the single shortest path, walking relationships either way, and returns them as stored", async () => {
        const found = await paths({ from: ["a-zoe"], to: ["a-austria"] });
        expect(found.map(route)).toEqual([ZOE_AUSTRIA]);
        const byId = new Map(contractFixture().edges.map((edge) => [edge.id, edge]));
        expect(found[0]?.edges).toEqual(
          ["a-zoe/HEADS/a-commission", "a-commission/PART_OF/a-eu", "a-austria/MEMBER_OF/a-eu"].map(
            (id) => byId.get(id),
          ),
        );
      });

      it("returns every path of the minimal length when several are equally short", async () => {
        expect(routes(await paths({ from: ["a-eu"], to: ["e-summit"] }))).toEqual([
          EU_SUMMIT_BY_MEMORANDUM,
          EU_SUMMIT_BY_PARTNERSHIP,
        ]);
      });

      it("two relationships between the same nodes make two paths", async () => {
        expect(routes(await paths({ from: ["a-office"], to: ["a-agence"] }))).toEqual([
          "a-office > a-agence | a-agence/COORDINATES_WITH/a-office",
          "a-office > a-agence | a-office/COORDINATES_WITH/a-agence",
        ]);
      });

      it("between sets of nodes keeps only the paths of the smallest length over all pairs", async () => {
        // Korea–Tokyo (3 steps) and Zoë–Seoul (4) are longer than Korea–Seoul (2).
        expect(
          routes(await paths({ from: ["a-zoe", "a-korea"], to: ["p-seoul", "p-tokyo"] })),
        ).toEqual([
          "a-korea > e-council > p-seoul | a-korea/PARTICIPATES_IN/e-council, e-council/HELD_IN/p-seoul",
        ]);
      });

      it("an id given twice in a set is one end: its paths are not repeated", async () => {
        expect(
          routes(await paths({ from: ["a-eu", "a-eu"], to: ["e-summit", "e-summit"] })),
        ).toEqual([EU_SUMMIT_BY_MEMORANDUM, EU_SUMMIT_BY_PARTNERSHIP]);
        expect(await paths({ from: ["a-japan", "a-japan"], to: ["a-japan"] })).toEqual([
          { nodeIds: ["a-japan"], edges: [] },
        ]);
      });

      it("a node in both sets gives a zero-length path, and then only zero-length paths", async () => {
        expect(await paths({ from: ["a-japan", "a-korea"], to: ["g-data", "a-japan"] })).toEqual([
          { nodeIds: ["a-japan"], edges: [] },
        ]);
        expect(
          routes(await paths({ from: ["a-eu", "a-japan"], to: ["a-japan", "p-seoul", "a-eu"] })),
        ).toEqual(["a-eu | ", "a-japan | "]);
      });

      it("finds nothing when maxHops is below the distance", async () => {
        expect(await paths({ from: ["a-zoe"], to: ["a-austria"], maxHops: 2 })).toEqual([]);
        expect(
          (await paths({ from: ["a-zoe"], to: ["a-austria"], maxHops: 3 })).map(route),
        ).toEqual([ZOE_AUSTRIA]);
      });

      it("types restricts the relationships a path may walk", async () => {
        const from = ["a-eu"];
        const to = ["e-summit"];
        expect(routes(await paths({ from, to, types: ["PARTY_TO", "CONVENED_UNDER"] }))).toEqual([
          EU_SUMMIT_BY_PARTNERSHIP,
        ]);
        expect(routes(await paths({ from, to, types: ["PARTY_TO", "SIGNED_AT"] }))).toEqual([
          EU_SUMMIT_BY_MEMORANDUM,
        ]);
        expect(
          await paths({ from: ["a-zoe"], to: ["a-austria"], types: ["PART_OF", "HEADS"] }),
        ).toEqual([]);
      });

      it("asOf hides a node on the only path, so there is none", async () => {
        // The pledge reaches the entry into force only through the regulation; nothing on the way is known before the source (2024-04-24).
        const query = { from: ["g-pledge"], to: ["e-entry"] };
        expect(await paths({ ...query, asOf: "2024-04-23" })).toEqual([]);
        expect((await paths({ ...query, asOf: "2024-04-24" })).map(route)).toEqual([
          "g-pledge > g-act > e-entry | g-pledge/SUPPORTS/g-act, e-entry/CONCERNS/g-act",
        ]);
      });

      it("asOf hides a relationship on the only path (month precision)", async () => {
        // Heading the Commission is seen in December 2019 only; the rest is not known then.
        const query = { from: ["a-zoe"], to: ["a-austria"], asOfMode: "INCLUDE_UNKNOWN" as const };
        expect((await paths({ ...query, asOf: "2019-12-01" })).map(route)).toEqual([ZOE_AUSTRIA]);
        expect(await paths({ ...query, asOfMode: "KNOWN", asOf: "2019-12-01" })).toEqual([]);
      });

      it("asOf leaves the routes that were visible, even when they are longer", async () => {
        const from = ["t-chip-supply"];
        const to = ["g-partnership"];
        expect((await paths({ from, to })).map(route)).toEqual([
          "t-chip-supply > g-initiative > e-council > g-partnership | g-initiative/COVERS/t-chip-supply, e-council/LAUNCHED/g-initiative, e-council/CONVENED_UNDER/g-partnership",
        ]);
        // Before the council (26 March 2024) launched the forum, only the long way round may hold.
        expect(
          (await paths({ from, to, asOf: "2024-03-25", asOfMode: "INCLUDE_UNKNOWN" })).map(route),
        ).toEqual([
          "t-chip-supply > t-chips > t-digital > g-act > a-eu > g-partnership | t-chip-supply/SUBTOPIC_OF/t-chips, t-chips/SUBTOPIC_OF/t-digital, g-act/COVERS/t-digital, g-act/SET_UP_BY/a-eu, a-eu/PARTY_TO/g-partnership",
        ]);
        // Known to hold before the source's date: no route at all.
        expect(await paths({ from, to, asOf: "2024-04-23" })).toEqual([]);
      });

      it("limit caps how many of the shortest paths are returned", async () => {
        const [only, ...rest] = await paths({ from: ["a-eu"], to: ["e-summit"], limit: 1 });
        expect(rest).toEqual([]);
        expect([EU_SUMMIT_BY_MEMORANDUM, EU_SUMMIT_BY_PARTNERSHIP]).toContain(only && route(only));
        expect(await paths({ from: ["a-eu"], to: ["e-summit"], limit: 0 })).toEqual([]);
      });

      it("unknown ids, or no ids, find nothing", async () => {
        expect(await paths({ from: ["nope"], to: ["a-eu"] })).toEqual([]);
        expect(await paths({ from: ["a-eu"], to: ["nope"] })).toEqual([]);
        expect(await paths({ from: [], to: ["a-eu"] })).toEqual([]);
      });

      it("a node linked to nothing has no path to anything", async () => {
        expect(await paths({ from: ["e-review"], to: ["a-eu", "t-digital"] })).toEqual([]);
      });
    });

    describe("neighbourhood", () => {
      const area = (start: readonly string[], query: Partial<NeighbourhoodQuery> = {}) =>
        ctx.store().neighbourhood({ ids: start, depth: 1, limit: ALL, fanOut: ALL, ...query });
      const nodeIds = (subgraph: Subgraph) => subgraph.nodes.map((node) => node.id);

      const SEOUL_TWO_STEPS = [
        "p-seoul",
        "e-council", // distance 1
        "a-eu", // distance 2, by id
        "a-korea",
        "g-coop",
        "g-initiative",
        "g-partnership",
        "t-ai-safety",
      ];

      it("at depth 0 is the start nodes, in the order given, without unknown or repeated ids, with the relationships among them", async () => {
        const subgraph = await area(["p-seoul", "nope", "e-council", "p-seoul"], { depth: 0 });
        expect(nodeIds(subgraph)).toEqual(["p-seoul", "e-council"]);
        expect(edgeIds(subgraph.edges)).toEqual(["e-council/HELD_IN/p-seoul"]);
        expect(subgraph.truncated).toBe(false);
        expect(await area(["g-pledge"], { depth: 0 })).toEqual({
          nodes: [contractFixture().nodes.find((node) => node.id === "g-pledge")],
          edges: [],
          truncated: false,
        });
      });

      it("at depth 1 adds the neighbours by id after the start nodes", async () => {
        const subgraph = await area(["p-tokyo", "p-seoul"]);
        expect(nodeIds(subgraph)).toEqual(["p-tokyo", "p-seoul", "e-council", "e-summit"]);
        expect(edgeIds(subgraph.edges)).toEqual([
          "e-council/HELD_IN/p-seoul",
          "e-summit/HELD_IN/p-tokyo",
        ]);
        expect(subgraph.truncated).toBe(false);
      });

      it("includes every relationship among the nodes, also between nodes at the same distance", async () => {
        const subgraph = await area(["g-pledge"]);
        expect(nodeIds(subgraph)).toEqual(["g-pledge", "g-act", "t-digital"]);
        expect(edgeIds(subgraph.edges)).toEqual([
          "g-act/COVERS/t-digital",
          "g-pledge/COVERS/t-digital",
          "g-pledge/SUPPORTS/g-act",
        ]);
      });

      it("at depth 2 orders the nodes by distance, then by id, and the relationships by id", async () => {
        const subgraph = await area(["p-seoul"], { depth: 2 });
        expect(nodeIds(subgraph)).toEqual(SEOUL_TWO_STEPS);
        expect(edgeIds(subgraph.edges)).toEqual([
          "a-eu/PARTICIPATES_IN/e-council",
          "a-eu/PARTY_TO/g-partnership",
          "a-korea/PARTICIPATES_IN/e-council",
          "e-council/CONVENED_UNDER/g-partnership",
          "e-council/COVERS/t-ai-safety",
          "e-council/HELD_IN/p-seoul",
          "e-council/LAUNCHED/g-initiative",
          "g-coop/ANNOUNCED_AT/e-council",
        ]);
        expect(subgraph.truncated).toBe(false);
      });

      it("returns nodes and relationships in full", async () => {
        const fixture = contractFixture();
        const subgraph = await area(["g-pledge"], { depth: 2 });
        expect(nodeIds(subgraph)).toEqual([
          "g-pledge",
          "g-act",
          "t-digital",
          "a-eu",
          "e-deadline",
          "e-entry",
          "t-ai",
          "t-ai-safety",
          "t-chips",
        ]);
        for (const node of subgraph.nodes) {
          expect(node).toEqual(fixture.nodes.find((candidate) => candidate.id === node.id));
        }
        for (const edge of subgraph.edges) {
          expect(edge).toEqual(fixture.edges.find((candidate) => candidate.id === edge.id));
        }
      });

      it("limit keeps the first nodes in result order and sets truncated", async () => {
        const cut = await area(["p-seoul"], { depth: 2, limit: 5 });
        expect(nodeIds(cut)).toEqual(["p-seoul", "e-council", "a-eu", "a-korea", "g-coop"]);
        expect(edgeIds(cut.edges)).toEqual([
          "a-eu/PARTICIPATES_IN/e-council",
          "a-korea/PARTICIPATES_IN/e-council",
          "e-council/HELD_IN/p-seoul",
          "g-coop/ANNOUNCED_AT/e-council",
        ]);
        expect(cut.truncated).toBe(true);
        const starts = await area(["p-tokyo", "p-seoul", "e-council"], { limit: 2 });
        expect(nodeIds(starts)).toEqual(["p-tokyo", "p-seoul"]);
        expect(starts.edges).toEqual([]);
        expect(starts.truncated).toBe(true);
      });

      it("a limit the whole neighbourhood fits in exactly does not truncate", async () => {
        const subgraph = await area(["p-seoul"], { depth: 2, limit: SEOUL_TWO_STEPS.length });
        expect(nodeIds(subgraph)).toEqual(SEOUL_TWO_STEPS);
        expect(subgraph.truncated).toBe(false);
      });

      it("fanOut caps the relationships followed from a hub and sets truncated", async () => {
        // The council has seven relationships; with a fan-out of two at most two are followed.
        const subgraph = await area(["p-seoul"], { depth: 2, fanOut: 2 });
        const [start, hub, ...reached] = nodeIds(subgraph);
        expect([start, hub]).toEqual(["p-seoul", "e-council"]);
        expect(reached.length).toBeLessThanOrEqual(2);
        expect(reached).toEqual([...reached].sort());
        for (const id of reached) expect(SEOUL_TWO_STEPS.slice(2)).toContain(id);
        expect(subgraph.truncated).toBe(true);
      });

      it("a fan-out cut at one node does not stop the walk from the nodes it did reach", async () => {
        const subgraph = await area(["e-council"], { depth: 2, fanOut: 3 });
        expect(nodeIds(subgraph)).toEqual([
          "e-council",
          "a-eu", // the council's first three relationships, by the other node's id
          "a-korea",
          "g-coop",
          "a-austria", // distance 2, through the EU
          "a-commission",
          "a-japan",
          "a-office",
          "g-data",
        ]);
        expect(subgraph.truncated).toBe(true);
      });

      it("truncated stays false when the nodes past a fan-out are reached another way", async () => {
        const capped = await area(["a-zoe"], { depth: 2, fanOut: 3 });
        expect(capped).toEqual(await area(["a-zoe"], { depth: 2 }));
        expect(capped.truncated).toBe(false);
      });

      it("repeated start ids do not count against the limit", async () => {
        const subgraph = await area(["p-seoul", "p-seoul"], { depth: 0, limit: 1 });
        expect(nodeIds(subgraph)).toEqual(["p-seoul"]);
        expect(subgraph.truncated).toBe(false);
      });

      it("a fanOut the hub's relationships fit in exactly does not truncate", async () => {
        const subgraph = await area(["p-seoul"], { depth: 2, fanOut: 7 });
        expect(nodeIds(subgraph)).toEqual(SEOUL_TWO_STEPS);
        expect(subgraph.truncated).toBe(false);
      });

      it("categories leaves out other nodes, and the walk does not pass through them", async () => {
        // Actors are two steps away, but only through the council (an Event).
        const noEvents = await area(["p-seoul"], { depth: 2, categories: ["Place", "Actor"] });
        expect(nodeIds(noEvents)).toEqual(["p-seoul"]);
        expect(noEvents.edges).toEqual([]);
        expect(noEvents.truncated).toBe(false);
        const withEvents = await area(["p-seoul"], {
          depth: 2,
          categories: ["Place", "Event", "Actor"],
        });
        expect(nodeIds(withEvents)).toEqual(["p-seoul", "e-council", "a-eu", "a-korea"]);
        expect(edgeIds(withEvents.edges)).toEqual([
          "a-eu/PARTICIPATES_IN/e-council",
          "a-korea/PARTICIPATES_IN/e-council",
          "e-council/HELD_IN/p-seoul",
        ]);
      });

      it("kinds leaves out nodes of other kinds, and the walk does not pass through them", async () => {
        const subgraph = await area(["p-seoul"], {
          depth: 2,
          kinds: ["CITY", "COUNCIL", "COUNTRY"],
        });
        expect(nodeIds(subgraph)).toEqual(["p-seoul", "e-council", "a-korea"]); // not the EU (a UNION)
        expect(edgeIds(subgraph.edges)).toEqual([
          "a-korea/PARTICIPATES_IN/e-council",
          "e-council/HELD_IN/p-seoul",
        ]);
        expect(
          nodeIds(await area(["p-seoul"], { depth: 2, kinds: ["CITY", "SUMMIT", "COUNTRY"] })),
        ).toEqual(["p-seoul"]);
      });

      it("types limits the relationships walked and drawn", async () => {
        const subgraph = await area(["p-seoul"], {
          depth: 2,
          types: ["HELD_IN", "PARTICIPATES_IN"],
        });
        expect(nodeIds(subgraph)).toEqual(["p-seoul", "e-council", "a-eu", "a-korea"]);
        expect(edgeIds(subgraph.edges)).toEqual([
          "a-eu/PARTICIPATES_IN/e-council",
          "a-korea/PARTICIPATES_IN/e-council",
          "e-council/HELD_IN/p-seoul",
        ]);
        const pair = ["a-eu", "e-council"];
        expect(edgeIds((await area(pair, { depth: 0 })).edges)).toEqual([
          "a-eu/PARTICIPATES_IN/e-council",
        ]);
        expect((await area(pair, { depth: 0, types: ["PARTY_TO"] })).edges).toEqual([]);
      });

      it("asOf leaves out nodes not visible on the day, and does not walk through them", async () => {
        const before = await area(["g-pledge"], { depth: 2, asOf: "2024-04-23" });
        expect(nodeIds(before)).toEqual(["g-pledge"]);
        expect(edgeIds(before.edges)).toEqual([]);
        const after = await area(["g-pledge"], { depth: 2, asOf: "2024-04-24" });
        expect(nodeIds(after)).toEqual([
          "g-pledge",
          "g-act",
          "t-digital",
          "a-eu",
          "e-deadline",
          "e-entry",
          "t-ai",
          "t-ai-safety",
          "t-chips",
        ]);
      });

      it("asOf shows a dated outcome from its day, and INCLUDE_UNKNOWN what is only not known", async () => {
        const mode = "INCLUDE_UNKNOWN" as const;
        // The day before the council, it, who took part and what it launched had not happened.
        expect(nodeIds(await area(["e-council"], { asOf: "2024-03-25", asOfMode: mode }))).toEqual([
          "e-council",
          "g-coop",
          "t-ai-safety",
        ]);
        expect(nodeIds(await area(["e-council"], { asOf: "2024-03-26", asOfMode: mode }))).toEqual([
          "e-council",
          "a-eu",
          "a-korea",
          "g-coop",
          "g-initiative",
          "g-partnership",
          "p-seoul",
          "t-ai-safety",
        ]);
      });

      it("asOf leaves out relationships dated after the day, also among the start nodes", async () => {
        const pair = ["a-austria", "a-eu"];
        expect((await area(pair, { depth: 0, asOf: "1994-12-31" })).edges).toEqual([]);
        expect(edgeIds((await area(pair, { depth: 0, asOf: "1995-01-01" })).edges)).toEqual([
          "a-austria/MEMBER_OF/a-eu",
        ]);
      });
    });

    describe("timeline", () => {
      const timeline = (query: Partial<TimelineQuery> = {}) =>
        ctx
          .store()
          .timeline({ range: {}, includeStatements: true, offset: 0, limit: ALL, ...query });
      const entryIds = (page: TimelinePage) =>
        page.items.map((entry) => entry.event?.id ?? entry.edge?.id);
      const timelineIds = async (query: Partial<TimelineQuery> = {}) =>
        entryIds(await timeline(query));

      const EVERYTHING = [
        "a-eu/PARTY_TO/g-partnership", // 2022-05
        "a-japan/PARTY_TO/g-partnership", // 2022-05
        "g-act/SET_UP_BY/a-eu", // 2024
        "e-council", // 2024-03-26: the event…
        "e-council/LAUNCHED/g-initiative", // …before the statement
        "e-summit", // 2024-05-02/2024-05-03
        "g-data/SIGNED_AT/e-summit",
        "e-deadline", // 2024-06-01: events first, by id…
        "e-ministerial", // 2024-06
        "a-eu/PARTY_TO/g-data", // …then statements (2024-06), by id
        "a-korea/PARTY_TO/g-data",
        "e-review", // 2025
      ];

      it("lists dated events and dated status-changing statements: earliest day, events before statements, then id", async () => {
        const page = await timeline();
        expect(entryIds(page)).toEqual(EVERYTHING);
        expect(page.totalCount).toBe(EVERYTHING.length);
      });

      it("each entry is an event or a statement, in full, with its own date", async () => {
        const fixture = contractFixture();
        for (const entry of (await timeline()).items) {
          expect(entry.event === undefined).not.toBe(entry.edge === undefined);
          if (entry.event) {
            expect(entry.event).toEqual(fixture.nodes.find((node) => node.id === entry.event?.id));
            expect(entry.date).toEqual(entry.event.date);
          }
          if (entry.edge) {
            expect(entry.edge).toEqual(fixture.edges.find((edge) => edge.id === entry.edge?.id));
            expect(entry.date).toEqual(entry.edge.date);
          }
        }
      });

      it("leaves out undated events and statements, and statements that change no status", async () => {
        const listed = await timelineIds();
        for (const id of [
          "e-entry", // undated event
          "e-kickoff",
          "g-coop/ANNOUNCED_AT/e-council", // undated statement
          "a-eu/PARTICIPATES_IN/e-council", // dated, but not a change of status
          "e-council/HELD_IN/p-seoul",
          "a-zoe/HEADS/a-commission",
          "g-partnership", // dated, but not an event
        ]) {
          expect(listed).not.toContain(id);
        }
      });

      it("range keeps entries whose date overlaps it, with precision", async () => {
        expect(await timelineIds({ range: { from: "2024-06-10", to: "2024-06-20" } })).toEqual([
          "g-act/SET_UP_BY/a-eu", // 2024
          "e-ministerial", // 2024-06, not the deadline of 1 June
          "a-eu/PARTY_TO/g-data",
          "a-korea/PARTY_TO/g-data",
        ]);
        expect(await timelineIds({ range: { from: "2024-06-01", to: "2024-06-01" } })).toEqual([
          "g-act/SET_UP_BY/a-eu",
          "e-deadline",
          "e-ministerial",
          "a-eu/PARTY_TO/g-data",
          "a-korea/PARTY_TO/g-data",
        ]);
        expect(await timelineIds({ range: { from: "2024-05-03", to: "2024-05-31" } })).toEqual([
          "g-act/SET_UP_BY/a-eu",
          "e-summit", // 2024-05-02/2024-05-03
          "g-data/SIGNED_AT/e-summit",
        ]);
      });

      it("a range open at one end is bounded only at the other, both bounds inclusive", async () => {
        expect(await timelineIds({ range: { to: "2023-12-31" } })).toEqual([
          "a-eu/PARTY_TO/g-partnership",
          "a-japan/PARTY_TO/g-partnership",
        ]);
        expect(await timelineIds({ range: { from: "2025-01-01" } })).toEqual(["e-review"]);
        expect(await timelineIds({ range: { from: "2024-03-26", to: "2024-03-26" } })).toEqual([
          "g-act/SET_UP_BY/a-eu",
          "e-council",
          "e-council/LAUNCHED/g-initiative",
        ]);
      });

      it("actor keeps the events it takes part in or organises", async () => {
        const events = (actor: string) => timelineIds({ actor, includeStatements: false });
        expect(await events("Korea")).toEqual(["e-council"]); // participant
        expect(await events("Japan")).toEqual(["e-summit"]); // organiser
        expect(await events("a-eu")).toEqual(["e-council"]);
      });

      it("actor keeps the statements it is an end of, and those about agreements it is party to", async () => {
        const statements = (actor: string) => timelineIds({ actor, kinds: [] });
        expect(await statements("Korea")).toEqual([
          "g-data/SIGNED_AT/e-summit", // the memorandum Korea is party to
          "a-eu/PARTY_TO/g-data", // the EU joining it
          "a-korea/PARTY_TO/g-data",
        ]);
        expect(await statements("Nippon")).toEqual([
          "a-eu/PARTY_TO/g-partnership",
          "a-japan/PARTY_TO/g-partnership",
        ]);
      });

      it("actor takes an id, name or alias, ignoring case and accents; an unknown actor matches nothing", async () => {
        const expected = [
          "a-eu/PARTY_TO/g-partnership",
          "a-japan/PARTY_TO/g-partnership",
          "g-act/SET_UP_BY/a-eu",
          "e-council",
          "g-data/SIGNED_AT/e-summit",
          "a-eu/PARTY_TO/g-data",
          "a-korea/PARTY_TO/g-data",
        ];
        for (const actor of ["a-eu", "European Union", "union europeenne"]) {
          expect(await timelineIds({ actor }), actor).toEqual(expected);
        }
        const none = await timeline({ actor: "Atlantis" });
        expect(none.items).toEqual([]);
        expect(none.totalCount).toBe(0);
      });

      it("topic keeps events covering it or a narrower topic, and statements with an end that does", async () => {
        expect(await timelineIds({ topic: "Artificial intelligence" })).toEqual([
          "g-act/SET_UP_BY/a-eu", // the regulation covers AI safety
          "e-council", // covers AI safety
          "e-council/LAUNCHED/g-initiative",
        ]);
        expect(await timelineIds({ topic: "chips" })).toEqual([
          "e-council/LAUNCHED/g-initiative", // the forum covers chip supply chains
        ]);
        expect(await timelineIds({ topic: "data flows" })).toEqual([
          "g-data/SIGNED_AT/e-summit",
          "a-eu/PARTY_TO/g-data",
          "a-korea/PARTY_TO/g-data",
        ]);
      });

      it("a topic that is unknown or not a topic matches nothing", async () => {
        expect((await timeline({ topic: "quantum" })).totalCount).toBe(0);
        expect((await timeline({ topic: "Japan" })).totalCount).toBe(0);
      });

      it("actor and topic must both hold", async () => {
        expect(await timelineIds({ actor: "EU", topic: "AI" })).toEqual([
          "g-act/SET_UP_BY/a-eu",
          "e-council",
        ]);
      });

      it("kinds keeps events of those kinds and leaves statements to includeStatements", async () => {
        expect(
          await timelineIds({ kinds: ["MILESTONE", "COUNCIL"], includeStatements: false }),
        ).toEqual(["e-council", "e-deadline"]);
        expect(await timelineIds({ kinds: ["SUMMIT"] })).toEqual(
          EVERYTHING.filter((id) => id.includes("/") || id === "e-summit"),
        );
        expect(await timelineIds({ kinds: [] })).toEqual(
          EVERYTHING.filter((id) => id.includes("/")),
        );
        expect((await timeline({ kinds: [], includeStatements: false })).totalCount).toBe(0);
      });

      it("includeStatements false keeps only events", async () => {
        expect(await timelineIds({ includeStatements: false })).toEqual([
          "e-council",
          "e-summit",
          "e-deadline",
          "e-ministerial",
          "e-review",
        ]);
      });

      it("pages with offset and limit; totalCount ignores the window", async () => {
        const page = await timeline({ offset: 2, limit: 3 });
        expect(entryIds(page)).toEqual([
          "g-act/SET_UP_BY/a-eu",
          "e-council",
          "e-council/LAUNCHED/g-initiative",
        ]);
        expect(page.totalCount).toBe(12);
        expect(entryIds(await timeline({ offset: 10, limit: 5 }))).toEqual([
          "a-korea/PARTY_TO/g-data",
          "e-review",
        ]);
        const past = await timeline({ offset: 12, limit: 5 });
        expect(past.items).toEqual([]);
        expect(past.totalCount).toBe(12);
        const none = await timeline({ limit: 0 });
        expect(none.items).toEqual([]);
        expect(none.totalCount).toBe(12);
        const pages = await Promise.all([0, 5, 10].map((offset) => timeline({ offset, limit: 5 })));
        expect(pages.flatMap(entryIds)).toEqual(EVERYTHING);
      });
    });

    describe("aggregate", () => {
      const counts = async (groupBy: GroupBy, filter: NodeFilter = {}) =>
        (await ctx.store().aggregate({ groupBy, filter })).map(({ key, count }) => [key, count]);

      it("CATEGORY counts nodes per category, largest first, ties by key", async () => {
        expect(await counts("CATEGORY")).toEqual([
          ["Actor", 8],
          ["Event", 7],
          ["Agreement", 6], // tie with Topic, by key
          ["Topic", 6],
          ["Place", 3],
          ["Source", 1],
        ]);
      });

      it("CATEGORY with asOf counts only the nodes visible on the day", async () => {
        expect(await counts("CATEGORY", { asOf: "2024-04-23" })).toEqual([
          ["Topic", 6],
          ["Agreement", 3], // signed 2022, launched and adopted 2024; no plan
          ["Place", 3],
          ["Event", 1], // the council of 26 March 2024
          ["Source", 1],
        ]);
        expect(
          await counts("CATEGORY", { asOf: "2024-04-23", asOfMode: "INCLUDE_UNKNOWN" }),
        ).toEqual([
          ["Actor", 8],
          ["Event", 7],
          ["Agreement", 6],
          ["Topic", 6],
          ["Place", 3],
          ["Source", 1],
        ]);
      });

      it("KIND counts nodes per kind within the filter", async () => {
        expect(await counts("KIND", { categories: ["Event"] })).toEqual([
          ["MILESTONE", 2],
          ["STATEMENT", 2],
          ["COUNCIL", 1],
          ["MINISTERIAL_MEETING", 1],
          ["SUMMIT", 1],
        ]);
        expect(
          await counts("KIND", {
            relatedTo: [{ types: ["PARTY_TO"], direction: "IN", nodes: ["Japan"] }],
          }),
        ).toEqual([
          ["COOPERATION", 1],
          ["PARTNERSHIP", 1],
        ]);
      });

      it("STATUS counts nodes per status, with NONE for nodes without one", async () => {
        expect(await counts("STATUS", { categories: ["Event", "Agreement"] })).toEqual([
          ["PLANNED", 5],
          ["EXPECTED", 2],
          ["HELD", 2],
          ["ADOPTED", 1],
          ["LAUNCHED", 1],
          ["PROPOSED", 1],
          ["SIGNED", 1],
        ]);
        expect(await counts("STATUS", { categories: ["Place", "Agreement"] })).toEqual([
          ["NONE", 3],
          ["PLANNED", 2],
          ["ADOPTED", 1],
          ["LAUNCHED", 1],
          ["PROPOSED", 1],
          ["SIGNED", 1],
        ]);
      });

      it("YEAR counts nodes by the year of their earliest day, with NONE for undated nodes", async () => {
        expect(await counts("YEAR", { categories: ["Event", "Agreement"] })).toEqual([
          ["2024", 7],
          ["NONE", 4],
          ["2022", 1],
          ["2025", 1],
        ]);
        expect(
          await counts("YEAR", { categories: ["Event", "Agreement"], asOf: "2024-04-23" }),
        ).toEqual([
          ["2024", 3],
          ["2022", 1],
        ]);
        expect(
          await counts("YEAR", {
            categories: ["Event"],
            asOf: "2000-01-01",
            asOfMode: "INCLUDE_UNKNOWN",
          }),
        ).toEqual([
          ["2024", 3], // planned, so not known not to hold; not the council, held in 2024
          ["NONE", 2],
          ["2025", 1],
        ]);
      });

      it("TOPIC counts a node under each topic it covers directly, and under NONE if it covers none", async () => {
        expect(await counts("TOPIC", { categories: ["Agreement"] })).toEqual([
          ["t-digital", 2], // the pledge, and the regulation…
          ["NONE", 1], // the partnership
          ["t-ai", 1],
          ["t-ai-safety", 1], // …which counts under both its topics
          ["t-chip-supply", 1],
          ["t-data", 1],
        ]);
        expect(await counts("TOPIC", { categories: ["Agreement", "Event"] })).toEqual([
          ["NONE", 6],
          ["t-ai-safety", 2],
          ["t-data", 2],
          ["t-digital", 2],
          ["t-ai", 1],
          ["t-chip-supply", 1],
        ]);
      });

      it("TOPIC groups by the topics the matching nodes cover, whatever topic the filter asked for", async () => {
        expect(await counts("TOPIC", { coversTopic: "AI" })).toEqual([
          ["t-ai-safety", 2],
          ["t-ai", 1],
          ["t-digital", 1],
        ]);
      });

      it("combines the filter, asOf included, before counting", async () => {
        expect(
          await counts("CATEGORY", {
            statuses: ["PLANNED"],
            asOf: "2024-04-23",
            asOfMode: "INCLUDE_UNKNOWN",
          }),
        ).toEqual([
          ["Event", 3],
          ["Agreement", 2],
        ]);
        expect(await counts("TOPIC", { categories: ["Agreement"], asOf: "2024-04-23" })).toEqual([
          ["NONE", 1],
          ["t-ai-safety", 1],
          ["t-chip-supply", 1],
          ["t-digital", 1],
        ]);
      });

      it("a filter that matches nothing gives no groups", async () => {
        expect(await counts("KIND", { categories: [] })).toEqual([]);
        expect(await counts("STATUS", { kinds: ["CITY"], statuses: ["HELD"] })).toEqual([]);
      });
    });

    describe("topByDegree", () => {
      const top = async (query: Partial<DegreeQuery> = {}) =>
        (await ctx.store().topByDegree({ direction: "BOTH", limit: ALL, ...query })).map(
          ({ node, degree }) => [node.id, degree],
        );

      it("ranks nodes by relationships in both directions, most first, ties by id, up to the limit", async () => {
        expect(await top({ limit: 5 })).toEqual([
          ["e-council", 7],
          ["a-eu", 6],
          ["g-act", 6],
          ["a-commission", 4], // first of seven nodes with four
          ["a-office", 4],
        ]);
        expect(await top({ limit: 0 })).toEqual([]);
      });

      it("counts every relationship, so two between the same nodes count twice", async () => {
        expect(await top({ categories: ["Actor"] })).toEqual([
          ["a-eu", 6],
          ["a-commission", 4],
          ["a-office", 4], // coordinates with the agency both ways
          ["a-agence", 3],
          ["a-japan", 3],
          ["a-korea", 2],
          ["a-austria", 1],
          ["a-zoe", 1],
        ]);
      });

      it("leaves out nodes without any counted relationship", async () => {
        expect(await top({ categories: ["Event"] })).toEqual([
          ["e-council", 7],
          ["e-summit", 4],
          ["e-kickoff", 2],
          ["e-ministerial", 2],
          ["e-deadline", 1],
          ["e-entry", 1],
        ]); // not the annual review, linked to nothing
        expect(await top({ categories: ["Source"] })).toEqual([]);
      });

      it("direction OUT counts relationships the node starts, IN those it ends", async () => {
        expect(await top({ categories: ["Actor"], direction: "OUT" })).toEqual([
          ["a-eu", 3],
          ["a-office", 3],
          ["a-agence", 2],
          ["a-japan", 2],
          ["a-korea", 2],
          ["a-austria", 1],
          ["a-commission", 1],
          ["a-zoe", 1],
        ]);
        expect(await top({ categories: ["Actor"], direction: "IN" })).toEqual([
          ["a-commission", 3],
          ["a-eu", 3],
          ["a-agence", 1],
          ["a-japan", 1],
          ["a-office", 1],
        ]);
      });

      it("types counts only relationships of those types", async () => {
        expect(await top({ types: ["PARTY_TO"] })).toEqual([
          ["a-eu", 2],
          ["a-japan", 2],
          ["g-coop", 2],
          ["g-data", 2],
          ["g-partnership", 2],
          ["a-korea", 1],
          ["a-office", 1],
        ]);
        expect(
          await top({ types: ["PARTY_TO"], categories: ["Agreement"], direction: "IN" }),
        ).toEqual([
          ["g-coop", 2],
          ["g-data", 2],
          ["g-partnership", 2],
        ]);
        expect(await top({ types: [] })).toEqual([]);
      });

      it("asOf counts only visible nodes, relationships and far ends", async () => {
        expect(await top({ types: ["PARTY_TO"], asOf: "2024-04-23" })).toEqual([]); // actors are known from 2024-04-24
        expect(await top({ types: ["PARTY_TO"], asOf: "2024-04-24" })).toEqual([
          ["a-eu", 2],
          ["a-japan", 2],
          ["g-coop", 2],
          ["g-data", 2],
          ["g-partnership", 2],
          ["a-korea", 1],
          ["a-office", 1],
        ]);
        expect(
          await top({ types: ["PARTY_TO"], asOf: "2024-04-23", asOfMode: "INCLUDE_UNKNOWN" }),
        ).toEqual([
          ["a-eu", 2],
          ["a-japan", 2],
          ["g-coop", 2],
          ["g-data", 2],
          ["g-partnership", 2],
          ["a-korea", 1],
          ["a-office", 1],
        ]);
        expect(await top({ categories: ["Event"], asOf: "2024-04-23" })).toEqual([
          ["e-council", 3], // convened, launched, held in; its participants are seen that day only
        ]);
      });
    });
  });

  describeSeedContract(name, makeStore);
}

/** The questions the real seed was written to answer, asked of the store directly. */
function describeSeedContract(name: string, makeStore: MakeStore): void {
  describe(`${name}: store contract on the real seed`, () => {
    const ctx = useStore(makeStore, () => loadSeed({ seedDir: DEFAULT_SEED_DIR }));
    const list = (filter: NodeFilter, sort: NodeSort = BY_ID) =>
      ctx.store().listNodes({ filter, sort, offset: 0, limit: ALL });

    it("info matches the loaded dataset", async () => {
      const dataset = ctx.dataset();
      expect(await ctx.store().info()).toEqual({
        version: dataset.version,
        nodeCount: dataset.nodes.length,
        edgeCount: dataset.edges.length,
      });
    });

    it("statistics match the loaded dataset", async () => {
      expect(await ctx.store().statistics()).toEqual(naiveStatistics(ctx.dataset()));
    });

    it("getNodes and getEdges return everything as loaded", async () => {
      const dataset = ctx.dataset();
      expect(await ctx.store().getNodes(dataset.nodes.map((node) => node.id))).toEqual(
        dataset.nodes,
      );
      expect(await ctx.store().getEdges(dataset.edges.map((edge) => edge.id))).toEqual(
        dataset.edges,
      );
    });

    it("listNodes without conditions lists every node, and each category partitions them", async () => {
      const dataset = ctx.dataset();
      const all = await list({});
      expect(all.totalCount).toBe(dataset.nodes.length);
      expect(ids(all)).toEqual(dataset.nodes.map((node) => node.id).sort());
      const perCategory = await Promise.all(
        [...new Set(dataset.nodes.map((node) => node.category))].map((category) =>
          list({ categories: [category] }),
        ),
      );
      expect(perCategory.reduce((sum, page) => sum + page.totalCount, 0)).toBe(
        dataset.nodes.length,
      );
    });

    it("search finds the Japanese safety institute from loosely typed text", async () => {
      const [hit] = await ctx.store().search({ text: "Japans safety institute", limit: 5 });
      expect(hit?.node.id).toBe("japan-aisi");
    });

    it("search treats EU-Japan and EU–Japan alike and prefers the exact name", async () => {
      const [hit] = await ctx.store().search({ text: "EU-Japan Digital Partnership", limit: 5 });
      expect(hit).toMatchObject({
        node: { id: "eu-japan-digital-partnership" },
        score: 100,
        matched: "EU–Japan Digital Partnership",
      });
    });

    it("search finds a topic by alias (chips → Semiconductors)", async () => {
      const [hit] = await ctx.store().search({ text: "chips", categories: ["Topic"], limit: 5 });
      expect(hit).toMatchObject({ node: { id: "semiconductors" }, score: 95, matched: "chips" });
    });

    it("agreements to which South Korea is a party", async () => {
      expect(
        ids(
          await list({
            categories: ["Agreement"],
            relatedTo: [{ types: ["PARTY_TO"], direction: "IN", nodes: ["South Korea"] }],
          }),
        ),
      ).toEqual(["eu-korea-digital-partnership", "eu-korea-technology-cooperation"]);
    });

    it("agreements covering AI or a narrower AI topic", async () => {
      expect(ids(await list({ categories: ["Agreement"], coversTopic: "AI" }))).toEqual([
        "ai-act",
        "ai-office-aisi-cooperation",
        "ai-pact",
        "hiroshima-ai-process",
      ]);
    });

    it("the EU–Korea partnership involves chips through its council's launch of the research forum", async () => {
      const page = await list(
        { categories: ["Agreement"], involvesTopic: { topic: "chips", maxHops: 3 } },
        { field: "NAME", descending: false },
      );
      expect(ids(page)).toEqual(["semiconductor-research-forum", "eu-korea-digital-partnership"]);
      expect(whyOf(page, "semiconductor-research-forum")?.nodeIds).toEqual([
        "semiconductor-research-forum",
        "semiconductors",
      ]);
      const why = whyOf(page, "eu-korea-digital-partnership");
      expect(why?.nodeIds).toEqual([
        "eu-korea-digital-partnership",
        "eu-korea-dpc-2024",
        "semiconductor-research-forum",
        "semiconductors",
      ]);
      expect(edgeIds(why?.edges ?? [])).toEqual([
        "eu-korea-dpc-2024/CONVENED_UNDER/eu-korea-digital-partnership",
        "eu-korea-dpc-2024/LAUNCHED/semiconductor-research-forum",
        "semiconductor-research-forum/COVERS/semiconductors",
      ]);
      for (const match of page.items) expectWellFormedPath(match, "semiconductors");
    });

    it("with no hop the EU–Korea partnership involves chips through its own narrower topic", async () => {
      for (const maxHops of [0, 1]) {
        const page = await list({
          categories: ["Agreement"],
          involvesTopic: { topic: "chips", maxHops },
        });
        expect(whyOf(page, "eu-korea-digital-partnership")?.nodeIds).toEqual([
          "eu-korea-digital-partnership",
          "chip-supply-chains",
          "semiconductors",
        ]);
      }
    });

    it("the EU–Japan partnership involves AI safety through the cooperation announced at its council", async () => {
      const page = await list({
        categories: ["Agreement"],
        involvesTopic: { topic: "AI safety", maxHops: 3 },
      });
      expect(whyOf(page, "eu-japan-digital-partnership")?.nodeIds).toEqual([
        "eu-japan-digital-partnership",
        "eu-japan-dpc-2024",
        "ai-office-aisi-cooperation",
        "ai-safety",
      ]);
      for (const match of page.items) expectWellFormedPath(match, "ai-safety");
    });

    it("events in Tokyo, and events overlapping 3 May 2024", async () => {
      expect(
        ids(
          await list({
            categories: ["Event"],
            relatedTo: [{ types: ["HELD_IN"], direction: "OUT", nodes: ["Tokyo"] }],
          }),
        ),
      ).toEqual(["eu-japan-dpc-2025"]);
      expect(
        ids(await list({ categories: ["Event"], date: { from: "2024-05-03", to: "2024-05-03" } })),
      ).toEqual(["eu-japan-joint-call-2024", "oecd-ministerial-2024"]);
    });

    it("a month-precise event matches a range of days inside its month", async () => {
      expect(
        ids(await list({ categories: ["Event"], date: { from: "2024-06-10", to: "2024-06-20" } })),
      ).toEqual(["ai-act-becomes-law"]);
    });

    it("meetings convened under the EU–Japan partnership, by name", async () => {
      const [links = []] = await ctx.store().neighbours(["eu-japan-digital-partnership"], {
        types: ["CONVENED_UNDER"],
        direction: "IN",
        limit: 50,
      });
      expect(farIds(links)).toEqual(["eu-japan-dpc-2024", "eu-japan-dpc-2025"]);
    });

    it("listEdges filters agree with the statements' own status and inference", async () => {
      const dataset = ctx.dataset();
      const page = (filter: EdgeFilter) => ctx.store().listEdges({ filter, offset: 0, limit: ALL });
      const count = (test: (edge: GraphEdge) => boolean) => dataset.edges.filter(test).length;
      expect((await page({ prospective: true })).totalCount).toBe(
        count((edge) => isProspective(edge.status)),
      );
      expect((await page({ inferred: true })).totalCount).toBe(
        count((edge) => edge.inference !== undefined),
      );
      const planned: Status[] = ["PLANNED"];
      expect((await page({ types: ["COVERS"], statuses: planned })).totalCount).toBe(
        count((edge) => edge.type === "COVERS" && edge.status === "PLANNED"),
      );
      const all = await page({});
      expect(all.totalCount).toBe(dataset.edges.length);
    });

    it("the shortest paths from the Japanese AI Safety Institute to the OECD take four steps, by two routes", async () => {
      const found = await ctx.store().shortestPaths({
        from: ["japan-aisi"],
        to: ["oecd"],
        maxHops: MAX_PATH_HOPS,
        limit: MAX_PATHS,
      });
      for (const path of found) expect(path.edges).toHaveLength(4);
      expect(
        found
          .map((path) => `${path.nodeIds.join(" > ")} | ${edgeIds(path.edges).join(", ")}`)
          .sort(),
      ).toEqual([
        "japan-aisi > japan > eu-japan-joint-call-2024 > oecd-countries > oecd | japan-aisi/PART_OF/japan, japan/PARTICIPATES_IN/eu-japan-joint-call-2024, eu-japan-joint-call-2024/ADDRESSED_TO/oecd-countries, oecd-countries/MEMBER_OF/oecd",
        "japan-aisi > japan > eu-japan-joint-call-2024 > oecd-ministerial-2024 > oecd | japan-aisi/PART_OF/japan, japan/PARTICIPATES_IN/eu-japan-joint-call-2024, eu-japan-joint-call-2024/PART_OF/oecd-ministerial-2024, oecd-ministerial-2024/ORGANISED_BY/oecd",
      ]);
      expect(
        await ctx
          .store()
          .shortestPaths({ from: ["japan-aisi"], to: ["oecd"], maxHops: 3, limit: MAX_PATHS }),
      ).toEqual([]);
    });

    it("two steps around the EU AI Office reach the EU and the Japanese institute, but not Japan", async () => {
      const subgraph = await ctx.store().neighbourhood({
        ids: ["eu-ai-office"],
        depth: 2,
        limit: DEFAULT_NEIGHBOURHOOD_LIMIT,
        fanOut: DEFAULT_FAN_OUT,
      });
      const reached = subgraph.nodes.map((node) => node.id);
      expect(reached[0]).toBe("eu-ai-office");
      expect(reached).toContain("european-union");
      expect(reached).toContain("japan-aisi");
      expect(reached).not.toContain("japan");
      expect(subgraph.truncated).toBe(false);
    });

    it("a neighbourhood during a range leaves out the meetings that had not happened by its end", async () => {
      const around = (during?: { from?: string; to?: string }) =>
        ctx.store().neighbourhood({
          ids: ["eu-japan-digital-partnership"],
          depth: 1,
          limit: DEFAULT_NEIGHBOURHOOD_LIMIT,
          fanOut: DEFAULT_FAN_OUT,
          during,
        });
      const all = (await around()).nodes.map((node) => node.id);
      expect(all).toEqual(expect.arrayContaining(["eu-japan-summit-2022", "eu-japan-dpc-2024"]));
      // The summit happened in 2022 and stays true after; before 2022 it had not happened.
      const before = await around({ to: "2021-12-31" });
      const ids = before.nodes.map((node) => node.id);
      expect(ids).not.toContain("eu-japan-summit-2022");
      expect(ids).not.toContain("eu-japan-dpc-2024");
      const in2024 = (await around({ from: "2024-01-01", to: "2024-12-31" })).nodes.map(
        (node) => node.id,
      );
      expect(in2024).toEqual(expect.arrayContaining(["eu-japan-summit-2022", "eu-japan-dpc-2024"]));
    });

    it("a path during a range walks only what may hold then (not a summit held after it)", async () => {
      const path = (during?: { from?: string; to?: string }) =>
        ctx.store().shortestPaths({
          from: ["japan"],
          to: ["eu-japan-summit-2022"],
          maxHops: MAX_PATH_HOPS,
          limit: MAX_PATHS,
          during,
        });
      expect((await path()).map((found) => found.edges.length)).toContain(1);
      const earlier = await path({ to: "2021-12-31" });
      expect(earlier).toEqual([]);
    });

    it("the timeline for March to June 2024 starts with the EU–Korea council and includes the AI Act becoming law", async () => {
      const page = await ctx.store().timeline({
        range: { from: "2024-03-01", to: "2024-06-30" },
        includeStatements: true,
        offset: 0,
        limit: ALL,
      });
      const listed = page.items.map((entry) => entry.event?.id ?? entry.edge?.id);
      expect(listed[0]).toBe("eu-korea-dpc-2024");
      expect(listed).toContain("ai-act-becomes-law");
      expect(page.totalCount).toBe(listed.length);
    });
  });
}
