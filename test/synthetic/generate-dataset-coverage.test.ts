/**
 * That the synthetic generator can make every kind of node, every relationship type and
 * every status, shown by construction rather than by the luck of a seed. Its draws come
 * from weighted tables (WeightedChoice) and chances (`random() < share`); here they are
 * replaced by a covering stream: each table hands out its items in turn, and every chance
 * is taken (the random stream is all zeros). Then a small dataset must contain each item of
 * each table, so a kind, type or status missing below is one the generator cannot make,
 * not one a seed happened to skip.
 */
import { describe, expect, it, vi } from "vitest";
import {
  NODE_CATEGORIES,
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  STATUSES,
} from "../../src/domain/vocabulary.js";
import { generateDataset } from "../../src/synthetic/generate-dataset.js";

const covering = vi.hoisted(() => ({ on: false }));

vi.mock(import("../../src/synthetic/random.js"), async (importOriginal) => {
  const real = await importOriginal();
  /** A weighted table that, while covering, gives its items one after the other. */
  class InTurn<T> extends real.WeightedChoice<T> {
    private readonly all: readonly T[];
    private turn = 0;

    constructor(entries: readonly (readonly [T, number])[]) {
      super(entries);
      this.all = entries.map(([item]) => item);
    }

    override pick(random: () => number): T {
      if (!covering.on) return super.pick(random);
      const item = this.all[this.turn % this.all.length] as T;
      this.turn++;
      return item;
    }
  }
  return {
    ...real,
    WeightedChoice: InTurn,
    seededRandom: (seed: number) => (covering.on ? () => 0 : real.seededRandom(seed)),
  };
});

/**
 * A dataset drawn from the covering stream. With one relationship per node, every node
 * after the first five (one per category, so that each has a node to link to) keeps the one
 * link it draws; the categories come in turn, and so do each category's links, so five times
 * the longest list of links (Actor's, 23) covers every link. 1,000 nodes are eight times
 * that: each kind and each statement style is drawn many more times than it has items.
 */
function covered() {
  covering.on = true;
  try {
    // One source per order of magnitude would be 3: ask for one of each kind.
    return generateDataset({
      nodes: 1_000,
      edgesPerNode: 1,
      seed: 1,
      sources: NODE_KINDS.Source.length,
    });
  } finally {
    covering.on = false;
  }
}

describe("generateDataset, drawn from a covering stream", () => {
  const dataset = covered();

  it("makes every kind of every category", () => {
    for (const category of NODE_CATEGORIES) {
      const kinds = new Set(
        dataset.nodes.filter((node) => node.category === category).map((node) => node.kind),
      );
      expect([...kinds].sort(), category).toEqual([...NODE_KINDS[category]].sort());
    }
  });

  it("makes every relationship type", () => {
    const types = new Set(dataset.edges.map((edge) => edge.type));
    expect([...types].sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });

  it("uses every status", () => {
    const used = new Set([...dataset.nodes, ...dataset.edges].map((fact) => fact.status));
    used.delete(undefined);
    expect([...used].sort()).toEqual([...STATUSES].sort());
  });
});
