import { describe, expect, it } from "vitest";
import { boundedEditDistance } from "./edit-distance.js";

/** The textbook full-matrix Levenshtein distance, as the reference. */
function levenshtein(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[];
      const above = rows[i - 1] as number[];
      row[j] = Math.min(
        (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
      );
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

describe("boundedEditDistance", () => {
  it("gives the distance when within the bound", () => {
    expect(boundedEditDistance("japn", "japan", 2)).toBe(1);
    expect(boundedEditDistance("g8", "g7", 1)).toBe(1);
    expect(boundedEditDistance("oecd", "oecd", 0)).toBe(0);
    expect(boundedEditDistance("", "abc", 3)).toBe(3);
  });

  it("gives max + 1 past the bound", () => {
    expect(boundedEditDistance("japan", "korea", 2)).toBe(3);
    expect(boundedEditDistance("a", "abcdef", 2)).toBe(3);
  });

  it("agrees with the full computation on random texts", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const text = () =>
      Array.from({ length: Math.floor(random() * 9) }, () => "abc"[Math.floor(random() * 3)]).join(
        "",
      );
    for (let n = 0; n < 2000; n++) {
      const [a, b, max] = [text(), text(), Math.floor(random() * 5)];
      expect(boundedEditDistance(a, b, max), `${a} ${b} ${max}`).toBe(
        Math.min(levenshtein(a, b), max + 1),
      );
    }
  });
});
