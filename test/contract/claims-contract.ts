/**
 * The claims part of the store contract, on the fictional claims corpus
 * (test/fixtures/claims-corpus): every store keeps the values derived from claims where
 * queries filter on them, and gives back every claim with its evidence as loaded, so
 * the verification lists read off any store are the same.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Statement, verifyStatements } from "../../src/domain/claims.js";
import type { Dataset, GraphNode } from "../../src/domain/graph-types.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import type { MakeStore } from "./store-contract.js";

export const CLAIMS_CORPUS = join(import.meta.dirname, "../fixtures/claims-corpus");

/** The fictional corpus, every quote checked against its fictional text. */
export function loadClaimsCorpus(): Promise<Dataset> {
  return loadSeed({
    seedDir: join(CLAIMS_CORPUS, "seed"),
    sourcesDir: join(CLAIMS_CORPUS, "sources"),
  });
}

const ALL = 1000;

async function everyStatement(store: GraphStore): Promise<Statement[]> {
  const nodes = await store.listNodes({
    filter: {},
    sort: { field: "ID", descending: false },
    offset: 0,
    limit: ALL,
  });
  const edges = await store.listEdges({ filter: {}, offset: 0, limit: ALL });
  return [...nodes.items.map((match) => match.node), ...edges.items];
}

export function describeClaimsContract(name: string, makeStore: MakeStore): void {
  describe(`${name}: claims on the fictional claims corpus`, () => {
    let store: GraphStore | undefined;
    let dataset: Dataset | undefined;
    beforeAll(async () => {
      dataset = await loadClaimsCorpus();
      store = await makeStore(dataset);
    });
    afterAll(async () => {
      await store?.close();
    });
    const the = () => {
      if (!store || !dataset) throw new Error("store was not created (see the beforeAll error)");
      return { store, dataset };
    };
    const node = async (id: string): Promise<GraphNode> => {
      const [found] = await the().store.getNodes([id]);
      if (!found) throw new Error(`no node ${id}`);
      return found;
    };

    it("gives back every node and relationship with its claims as loaded", async () => {
      const { store, dataset } = the();
      const nodes = await store.getNodes(dataset.nodes.map((item) => item.id));
      expect(nodes).toEqual(dataset.nodes);
      const edges = await store.getEdges(dataset.edges.map((item) => item.id));
      expect(edges).toEqual(dataset.edges);
    });

    it("keeps the outcome an official source reports over the plan, and the official date", async () => {
      const accord = await node("data-accord");
      expect([accord.status, accord.date?.iso]).toEqual(["SIGNED", "2024-04-15"]);
      expect(accord.claims?.map((claim) => [claim.id, claim.sourceId, claim.status])).toEqual([
        ["data-accord~plan", "daily-ledger", "PLANNED"],
        ["data-accord~signed", "aldoria-ministry", "SIGNED"],
        ["data-accord~3", "weekly-bulletin", "SIGNED"],
      ]);
      expect(accord.claims?.[1]?.fulfils).toBe("data-accord~plan");
      expect(accord.claims?.[0]?.claimedOn?.iso).toBe("2024-03-02");
    });

    it("filters on derived values: the signed accord is among signed agreements, not planned ones", async () => {
      const { store } = the();
      const list = async (statuses: ("SIGNED" | "PLANNED")[]) =>
        (
          await store.listNodes({
            filter: { categories: ["Agreement"], statuses },
            sort: { field: "ID", descending: false },
            offset: 0,
            limit: ALL,
          })
        ).items.map((match) => match.node.id);
      expect(await list(["SIGNED"])).toEqual(["data-accord"]);
      expect(await list(["PLANNED"])).toEqual(["cable-study"]);
      const signedEdges = await store.listEdges({
        filter: { statuses: ["SIGNED"] },
        offset: 0,
        limit: ALL,
      });
      expect(signedEdges.items.map((edge) => edge.id)).toEqual(["aldoria/PARTY_TO/data-accord"]);
    });

    it("pages the statements each source supports, many sources in one call", async () => {
      const { store, dataset } = the();
      const sourceIds = dataset.nodes
        .filter((item) => item.category === "Source")
        .map((item) => item.id);
      expect(sourceIds.length).toBeGreaterThan(1);
      // The reference: every relationship a quote of the source supports, by date then id.
      const supportedBy = (sourceId: string) =>
        dataset.edges
          .filter((edge) => edge.evidence.some((item) => item.sourceId === sourceId))
          .map((edge) => ({ key: edge.date?.earliest ?? "9999", id: edge.id }))
          .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : 1))
          .map((entry) => entry.id);
      const asked = [...sourceIds, "no-such-source", sourceIds[0] as string];
      const pages = await store.sourceStatementPages(asked, { filter: {}, offset: 0, limit: ALL });
      expect(pages.map((page) => page.items.map((edge) => edge.id))).toEqual(
        asked.map(supportedBy),
      );
      expect(pages.map((page) => page.totalCount)).toEqual(
        asked.map((id) => supportedBy(id).length),
      );
      expect(pages.some((page) => page.totalCount > 1)).toBe(true);

      // A page of each, and a filter that all of them also pass.
      const second = await store.sourceStatementPages(sourceIds, {
        filter: {},
        offset: 1,
        limit: 1,
      });
      expect(second.map((page) => page.items.map((edge) => edge.id))).toEqual(
        sourceIds.map((id) => supportedBy(id).slice(1, 2)),
      );
      const signed = await store.sourceStatementPages(sourceIds, {
        filter: { statuses: ["SIGNED"] },
        offset: 0,
        limit: ALL,
      });
      const signedIds = new Set(
        dataset.edges.filter((edge) => edge.status === "SIGNED").map((edge) => edge.id),
      );
      expect(signed.map((page) => page.items.map((edge) => edge.id))).toEqual(
        sourceIds.map((id) => supportedBy(id).filter((edgeId) => signedIds.has(edgeId))),
      );
    });

    it("takes a moved date from the claim that supersedes the first", async () => {
      const council = await node("accord-council-1");
      expect([council.status, council.date?.iso]).toEqual(["EXPECTED", "2024-09"]);
      expect(council.claims?.[1]?.supersedes).toBe("accord-council-1~may");
    });

    it("keeps what sources say of themselves", async () => {
      const ledger = await node("daily-ledger");
      expect(ledger.source).toMatchObject({
        basedOn: "a draft agenda seen by the Ledger (fictional)",
        language: "en",
        retrievedOn: "2024-03-03",
      });
      expect(ledger.source?.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect((await node("aldoria-ministry")).kind).toBe("OFFICIAL_STATEMENT");
    });

    it("lists what to verify: overdue on the reference day, conflicts, inference only", async () => {
      const statements = await everyStatement(the().store);
      const july = verifyStatements(statements, "2024-07-01");
      expect(july.overdue.map((item) => item.id)).toEqual(["cable-study"]);
      expect(
        july.conflicts.map(({ statement, conflict }) => [
          statement.id,
          conflict.first.id,
          conflict.second.id,
        ]),
      ).toEqual([
        [
          "aldoria/PARTICIPATES_IN/accord-council-1",
          "aldoria/PARTICIPATES_IN/accord-council-1~1",
          "aldoria/PARTICIPATES_IN/accord-council-1~2",
        ],
        ["data-accord", "data-accord~signed", "data-accord~3"],
      ]);
      expect(july.inferredOnly.map((item) => item.id)).toEqual([
        "accord-council-1/HELD_IN/velm",
        "data-accord/COVERS/data-flows",
        "data-flows",
      ]);
      // Once September 2024 is over, the moved council is overdue too.
      const october = verifyStatements(statements, "2024-10-01");
      expect(october.overdue.map((item) => item.id)).toEqual(["accord-council-1", "cable-study"]);
    });
  });
}
