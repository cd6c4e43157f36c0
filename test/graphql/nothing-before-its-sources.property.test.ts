/**
 * A property over the whole seed, on whichever store the project runs (memory in `unit`,
 * Neo4j in `neo4j`): on any day, nothing `asOf` shows — node or statement — is shown
 * before something in its claims supports it, that is before the earliest of its
 * claims' dates, starts and sources' own dates (and, for a node, its evidence's sources).
 * Timeless things (topics, places, sources, a topic's broader topic) are exempt.
 * The check reads the claims directly, not the validity the stores filter on.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activeClaims, claimsOf } from "../../src/domain/claims.js";
import type { GraphEdge, GraphNode } from "../../src/domain/graph-types.js";
import { declarationOf } from "../../src/domain/vocabulary.js";
import { seedApi } from "../support/seed-api.js";

type Api = Awaited<ReturnType<typeof seedApi>>;
let api: Api;
let sourceDates: Map<string, string>;

beforeAll(async () => {
  api = await seedApi();
  sourceDates = new Map(
    api.dataset.nodes.flatMap((node) =>
      node.source ? [[node.id, node.source.publishedOn.earliest] as const] : [],
    ),
  );
});
afterAll(async () => {
  await api.stop();
});

/** The earliest day anything in the claims (or, for a node, its evidence) speaks of it. */
function earliestSupport(item: GraphNode | GraphEdge): string | undefined {
  const days = activeClaims(claimsOf(item)).flatMap((claim) =>
    [
      claim.date?.earliest,
      claim.start?.earliest,
      claim.claimedOn?.earliest,
      sourceDates.get(claim.sourceId),
    ].filter((day): day is string => day !== undefined),
  );
  if ("category" in item) {
    for (const quote of item.evidence) {
      const day = sourceDates.get(quote.sourceId);
      if (day) days.push(day);
    }
  }
  return days.sort()[0];
}

const timeless = (item: GraphNode | GraphEdge) =>
  "category" in item
    ? ["Topic", "Place", "Source"].includes(item.category)
    : declarationOf(item.type).temporal === "TIMELESS";

/** Days around every date the seed speaks of (the day before, of, and after), and a few far ones. */
function candidateDays(items: readonly (GraphNode | GraphEdge)[]): string[] {
  const days = new Set(["1990-01-01", "2030-12-31"]);
  const shift = (day: string, by: number) =>
    new Date(Date.parse(day) + by * 86_400_000).toISOString().slice(0, 10);
  for (const item of items) {
    const support = earliestSupport(item);
    for (const day of [support, item.date?.earliest, item.date?.latest]) {
      if (day) for (const by of [-1, 0, 1]) days.add(shift(day, by));
    }
  }
  return [...days].sort();
}

describe("nothing is shown as holding before its sources support it", () => {
  it("holds for every node and statement listed as of any day, in both modes", async () => {
    const items = [...api.dataset.nodes, ...api.dataset.edges];
    const days = candidateDays(items);
    expect(days.length).toBeGreaterThan(10);
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...days),
        fc.constantFrom("KNOWN" as const, undefined),
        async (day, asOfMode) => {
          const [nodes, edges] = await Promise.all([
            api.store.listNodes({
              filter: { asOf: day, ...(asOfMode ? { asOfMode } : {}) },
              sort: { field: "ID", descending: false },
              offset: 0,
              limit: api.dataset.nodes.length,
            }),
            api.store.listEdges({
              filter: { asOf: day, ...(asOfMode ? { asOfMode } : {}) },
              offset: 0,
              limit: api.dataset.edges.length,
            }),
          ]);
          for (const item of [...nodes.items.map((match) => match.node), ...edges.items]) {
            if (timeless(item)) continue;
            const support = earliestSupport(item);
            checked++;
            expect(support, `${item.id} has no dated support`).toBeDefined();
            expect(
              (support ?? "") <= day,
              `${item.id} shown on ${day}, supported from ${support}`,
            ).toBe(true);
          }
        },
      ),
      { numRuns: Math.min(60, days.length), seed: 20_261_203 },
    );
    expect(checked).toBeGreaterThan(0);
  });

  it("is not met by showing nothing: on a late day most statements still show", async () => {
    const later = await api.store.listEdges({
      filter: { asOf: "2030-12-31", asOfMode: "INCLUDE_UNKNOWN" },
      offset: 0,
      limit: api.dataset.edges.length,
    });
    expect(later.totalCount).toBeGreaterThan(api.dataset.edges.length / 2);
  });
});
