/**
 * Positions of many string ids (the memory store's nodes, and the few relationships whose
 * ids do not name their ends), found by hashing: an open-addressing table in one
 * Int32Array, 4 bytes a slot, with the ids left where they are; a Map of 10^6 ids held
 * tens of MB of heap more. It can be built a slice at a time, for a caller that pauses
 * between slices (runPausing).
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
