/**
 * Intersecting two trigrams' postings (ascending entry numbers) keeps exactly the entries
 * both list, in order, whatever their sizes and however their entries interleave.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { intersectSorted } from "./trigram-index.js";

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
