/**
 * FNV-1a over UTF-16 code units: the hash of the memory store's typed-array tables
 * (folded-names.ts, id-table.ts). A string and the same code units in a typed array
 * hash alike, so a table built over arrays is searched with strings.
 */
import type { CodeUnits } from "./search-arrays.js";

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

/** The hash of code units chars[from .. to). */
export function hashCodeUnits(chars: CodeUnits, from: number, to: number): number {
  let hash = OFFSET;
  for (let k = from; k < to; k++) hash = Math.imul(hash ^ (chars[k] as number), PRIME);
  return hash >>> 0;
}

/** The hash of a string's code units, equal to hashCodeUnits over the same code units. */
export function hashText(text: string): number {
  let hash = OFFSET;
  for (let k = 0; k < text.length; k++) hash = Math.imul(hash ^ text.charCodeAt(k), PRIME);
  return hash >>> 0;
}

/** Slots for `count` keys in an open-addressing table: a power of two, at least 1.5 × count. */
export function slotsFor(count: number): number {
  return 2 ** Math.ceil(Math.log2(1.5 * count + 1));
}
