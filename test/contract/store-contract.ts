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
import type { Dataset, GraphEdge } from "../../src/domain/graph-types.js";
import { isProspective, type Status } from "../../src/domain/vocabulary.js";
import { DEFAULT_SEED_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import type {
  EdgeFilter,
  GraphStore,
  ListQuery,
  Neighbour,
  NeighbourQuery,
  NodeFilter,
  NodeMatch,
  NodePage,
  NodeSort,
  PathResult,
  SearchQuery,
} from "../../src/store/graph-store.js";
import { contractFixture, FIXTURE_VERSION } from "../support/contract-fixture.js";

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

    it("with one hop the EU–Korea partnership involves chips through its council's narrower topic", async () => {
      const page = await list({
        categories: ["Agreement"],
        involvesTopic: { topic: "chips", maxHops: 1 },
      });
      expect(whyOf(page, "eu-korea-digital-partnership")?.nodeIds).toEqual([
        "eu-korea-digital-partnership",
        "eu-korea-dpc-2024",
        "chip-supply-chains",
        "semiconductors",
      ]);
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
  });
}
