/**
 * Intersecting two trigrams' postings (ascending entry numbers) keeps exactly the entries
 * both list, in order, whatever their sizes and however their entries interleave.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText } from "../../domain/fold-text.js";
import { generateDataset } from "../../synthetic/generate-dataset.js";
import { AdjacencyGraph } from "./adjacency-graph.js";
import { FoldedNames } from "./folded-names.js";
import { buildSearchArrays, encodeNames } from "./search-arrays.js";
import { runToEnd } from "./time-slice.js";
import { intersectSorted, TrigramIndex } from "./trigram-index.js";

const ascending = (values: number[]) => Int32Array.from(new Set(values)).sort();

describe("intersecting postings", () => {
  it("keeps the entries both lists hold, ascending", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2_000 }), { maxLength: 300 }),
        fc.array(fc.integer({ min: 0, max: 2_000 }), { maxLength: 3_000 }),
        (a, b) => {
          const few = ascending(a);
          const many = ascending(b);
          const inMany = new Set(many);
          const expected = [...few].filter((entry) => inMany.has(entry));
          expect([...intersectSorted(few, many)]).toEqual(expected);
          expect([...intersectSorted(many, few)]).toEqual(expected);
        },
      ),
    );
  });

  it("finds matches at both ends and none in lists that only interleave", () => {
    expect([...intersectSorted(Int32Array.of(0, 5, 9), Int32Array.of(0, 1, 2, 3, 9))]).toEqual([
      0, 9,
    ]);
    expect([...intersectSorted(Int32Array.of(1, 3, 5), Int32Array.of(0, 2, 4, 6))]).toEqual([]);
    expect([...intersectSorted(new Int32Array(0), Int32Array.of(1))]).toEqual([]);
  });
});

describe("trigrams many entries hold, kept as bitmaps", () => {
  const { nodes, edges } = generateDataset({ nodes: 3_000, seed: 11 });
  const graph = new AdjacencyGraph(nodes, edges);
  const names = FoldedNames.of(graph.order, (i) => graph.nodeAt(i));
  const input = runToEnd(encodeNames(names, (i) => graph.nodeAt(i).name.length));
  const compact = buildSearchArrays(input);
  const listsOnly = buildSearchArrays(input, Number.POSITIVE_INFINITY);

  it("take less room than their postings did", () => {
    expect(compact.bitmaps.length).toBeGreaterThan(0);
    expect(listsOnly.bitmaps.length).toBe(0);
    const bytes = (arrays: typeof compact) =>
      arrays.postings.byteLength + arrays.bitmaps.byteLength;
    expect(bytes(compact)).toBeLessThan(0.75 * bytes(listsOnly));
    expect([...compact.trigramCount]).toEqual([...listsOnly.trigramCount]);
  });

  it("name the same candidates as postings alone, for rare, common and missing trigrams", () => {
    const withBitmaps = TrigramIndex.of(compact);
    const withLists = TrigramIndex.of(listsOnly);
    const queries = [
      ...nodes.slice(0, 60).map((node) => foldText(node.name)),
      ...nodes.slice(0, 20).map((node) => foldText(node.id)),
      "ent",
      "agreement",
      "digital agreement",
      "actor 00",
      "ment tor",
      "zzzq",
      "ab",
    ];
    for (const query of queries) {
      const words = query.split(" ");
      const expected = withLists.candidates(words);
      const found = withBitmaps.candidates(words);
      expect(found && [...found], query).toEqual(expected && [...expected]);
    }
  });
});
