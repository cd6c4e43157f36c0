import { describe, expect, it } from "vitest";
import { sharedArray } from "./shared-array.js";

describe("sharedArray", () => {
  it("makes zeros of a length, in a SharedArrayBuffer of exactly that many elements", () => {
    const array = sharedArray(Float64Array, 5);
    expect(array).toBeInstanceOf(Float64Array);
    expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(array.buffer.byteLength).toBe(40);
    expect([...array]).toEqual([0, 0, 0, 0, 0]);
  });

  it("copies values, converted as the kind stores them", () => {
    const array = sharedArray(Uint16Array, [1, 65_537, 300]);
    expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect([...array]).toEqual([1, 1, 300]);
    expect(sharedArray(Int32Array, []).length).toBe(0);
  });
});
