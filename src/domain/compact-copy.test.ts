import { describe, expect, it } from "vitest";
import { CompactCopier } from "./compact-copy.js";

describe("CompactCopier.with", () => {
  it("equals the spread, keys in the same order, the new key last", () => {
    const copier = new CompactCopier();
    const evidence = [{ quote: "q" }];
    const source = { id: "a", type: "PART_OF", status: "ACTIVE", evidence, date: { year: 2024 } };
    const copy = copier.with(source, "validity", { ended: false });
    expect(copy).toStrictEqual({ ...source, validity: { ended: false } });
    expect(Object.keys(copy)).toEqual(["id", "type", "status", "evidence", "date", "validity"]);
    // Values are the same objects, not copies of them.
    expect(copy.evidence).toBe(evidence);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  });

  it("leaves the source as it was", () => {
    const source = { id: "a" };
    new CompactCopier().with(source, "validity", 1);
    expect(source).toStrictEqual({ id: "a" });
  });

  it("replaces a key the source has where it stands", () => {
    const copy = new CompactCopier().with({ a: 1, validity: 0, b: 2 }, "validity", 9);
    expect(Object.entries(copy)).toEqual([
      ["a", 1],
      ["validity", 9],
      ["b", 2],
    ]);
  });

  it("gives each shape its own keys when shapes alternate", () => {
    const copier = new CompactCopier();
    const shapes = [{ id: "x" }, { id: "y", role: "chair" }, { id: "z", date: 1, role: "r" }];
    for (let round = 0; round < 3; round++) {
      for (const shape of shapes) {
        expect(copier.with(shape, "v", round)).toStrictEqual({ ...shape, v: round });
      }
    }
  });

  it("treats keys as names, never as code", () => {
    const odd = { 'a"b': 1, "c\nd": 2, "}; throw 1; //": 3, "": 4 };
    expect(new CompactCopier().with(odd, "e", 5)).toStrictEqual({ ...odd, e: 5 });
  });

  it("copies an own __proto__ key as data, as a spread does, without changing the prototype", () => {
    const source = JSON.parse('{"__proto__": {"polluted": true}, "id": "a"}') as object;
    const copy = new CompactCopier().with(source, "v", 1);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(copy).toStrictEqual({ ...source, v: 1 });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
