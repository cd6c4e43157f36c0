/**
 * The differential test can fail: with one Cypher statement subtly wrong, the same kind
 * of property finds a call on which the stores disagree. The mutation is a plausible bug:
 * the timeline compares an event's earliest possible day, instead of its latest, with the
 * start of the range, so an event dated "March 2020" drops out of a range starting on
 * 15 March 2020 although it may well fall in it.
 */
import fc from "fast-check";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { GraphStore } from "../../src/store/graph-store.js";
import { MemoryStore } from "../../src/store/memory/memory-store.js";
import { TIMELINE } from "../../src/store/neo4j/cypher-exploration-statements.js";
import { loadIntoNeo4j } from "../../src/store/neo4j/load-into-neo4j.js";
import { createDriver, Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { generateDataset } from "../../src/synthetic/generate-dataset.js";
import { neo4jTestConfig, neo4jUnavailable } from "../support/neo4j-test-server.js";
import { type StoreCallArbitraries, storeCallArbitraries } from "./store-call-arbitraries.js";

/** What the mutation replaces in TIMELINE, and with what. */
const CORRECT = "e.dateLatest >= $q.dayFrom";
const MUTATED = "e.dateEarliest >= $q.dayFrom";

vi.mock("../../src/store/neo4j/cypher-exploration-statements.js", async (importOriginal) => {
  const original =
    await importOriginal<typeof import("../../src/store/neo4j/cypher-exploration-statements.js")>();
  return {
    ...original,
    TIMELINE: {
      ...original.TIMELINE,
      text: original.TIMELINE.text.replace(
        "e.dateLatest >= $q.dayFrom",
        "e.dateEarliest >= $q.dayFrom",
      ),
    },
  };
});

const config = neo4jTestConfig();

if (!config) {
  it.skip(`differential test, mutated statement: ${neo4jUnavailable()}`, () => {});
} else {
  let driver: Driver | undefined;
  let memory: GraphStore | undefined;
  let neo4j: GraphStore | undefined;
  let arbitraries: StoreCallArbitraries | undefined;

  beforeAll(async () => {
    const dataset = generateDataset({ nodes: 1_000, seed: 1 });
    memory = new MemoryStore(dataset);
    arbitraries = storeCallArbitraries(dataset);
    driver = createDriver(config);
    await loadIntoNeo4j(driver, dataset, { database: config.database, replace: true });
    neo4j = new Neo4jStore(driver, config);
  }, 120_000);

  afterAll(async () => {
    await driver?.close();
  });

  it("the adapter runs the mutated timeline statement", () => {
    expect(TIMELINE.text).toContain(MUTATED);
    expect(TIMELINE.text).not.toContain(CORRECT);
  });

  it("random timeline calls find a range on which the stores disagree", async () => {
    if (!memory || !neo4j || !arbitraries) throw new Error("the stores were not set up");
    const [reference, underTest] = [memory, neo4j];
    const result = await fc.check(
      fc.asyncProperty(arbitraries.timeline, async (query) => {
        expect(await underTest.timeline(query)).toEqual(await reference.timeline(query));
      }),
      { numRuns: 300, seed: 1 },
    );
    expect(result.failed).toBe(true);
    // The disagreement it found is one the mutation explains: a range with a start.
    const [query] = result.counterexample ?? [];
    expect(query?.range.from).toBeDefined();
  }, 120_000);
}
