/**
 * Positions of many string ids (the memory store's nodes and relationships), found by hashing:
 * an open-addressing table in one Int32Array. It is built a slice at a time, so the
 * caller can pause between slices (runPausing), where a Map of 5·10^6 relationship ids
 * was built in one piece by the first look-up (seconds, every request waiting) and
 * held a few hundred MB of heap; the table holds 4 bytes a slot and the ids stay where
 * they are.
 */
import { hashText, slotsFor } from "./fnv-hash.js";
import { runToEnd, TimeSlice } from "./time-slice.js";

export class IdTable {
  private constructor(
    /** Position + 1 of an id, or 0 for an empty slot; linear probing. */
    private readonly table: Int32Array,
    private readonly idAt: (position: number) => string,
  ) {}

  /** The table of the ids at positions 0 … count − 1, which must be distinct. */
  static *build(count: number, idAt: (position: number) => string): Generator<void, IdTable> {
    const slice = new TimeSlice();
    const table = new Int32Array(slotsFor(count));
    const mask = table.length - 1;
    for (let position = 0; position < count; position++) {
      if (slice.due()) yield;
      let slot = hashText(idAt(position)) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = position + 1;
    }
    return new IdTable(table, idAt);
  }

  /** The same table built in one piece, for callers that have nothing to pause for. */
  static of(count: number, idAt: (position: number) => string): IdTable {
    return runToEnd(IdTable.build(count, idAt));
  }

  /** The position of `id`, or undefined. */
  find(id: string): number | undefined {
    const mask = this.table.length - 1;
    for (let slot = hashText(id) & mask; this.table[slot] !== 0; slot = (slot + 1) & mask) {
      const position = (this.table[slot] as number) - 1;
      if (this.idAt(position) === id) return position;
    }
    return undefined;
  }
}
