import { describe, expect, it } from "vitest";
import { IntList } from "./int-list.js";

describe("IntList", () => {
  it("keeps every value pushed, in order, past many doublings", () => {
    const list = new IntList(1);
    const values = Array.from({ length: 5_000 }, (_, k) => ((k * 7919) % 65_537) - 30_000);
    for (const value of values) list.push(value);
    expect(list.length).toBe(values.length);
    expect([...list.toArray()]).toEqual(values);
  });

  it("gives an array of the exact length, which later pushes do not change", () => {
    const list = new IntList(8);
    list.push(3);
    list.push(-1);
    const first = list.toArray();
    list.push(9);
    expect(first).toEqual(Int32Array.from([3, -1]));
    expect(list.toArray()).toEqual(Int32Array.from([3, -1, 9]));
    expect(new IntList().toArray().length).toBe(0);
  });
});
