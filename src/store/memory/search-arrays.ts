/**
 * The arrays behind search's two indexes (trigram-index.ts, word-index.ts), built
 * from the folded names in compact form: every name's UTF-16 code units in one
 * typed array (CodeUnits) with offsets in Int32Arrays, so that the build can run on a
 * worker thread (build-off-thread.ts) with nothing but typed arrays crossing threads.
 * The store keeps its names in that form already (folded-names.ts), in shared memory,
 * so the thread answering requests hands them over without copying them.
 */

import type { FoldedNames } from "./folded-names.js";
import { IntList } from "./int-list.js";
import { sharedArray } from "./shared-array.js";
import { TimeSlice } from "./time-slice.js";

/**
 * UTF-16 code units: one byte each where every one is below 256 (Latin-1, which most
 * folded names are, for half the memory), else two.
 */
export type CodeUnits = Uint8Array | Uint16Array;

/** The folded names of entries 0 … count − 1. */
export interface NameInput {
  readonly count: number;
  /** Code units of every name, one after the other. */
  readonly chars: CodeUnits;
  /** End of name k in `chars` (it starts where name k − 1 ends). */
  readonly nameEnd: Int32Array;
  /** End of entry e's names in `nameEnd` (they start where entry e − 1's end). */
  readonly entryEnd: Int32Array;
  /** 1 for an alias (or the id), 0 for the name itself. */
  readonly aliasFlags: Uint8Array;
  /** Length of each entry's name (not folded), the word index's tie-breaker. */
  readonly nameLengths: Int32Array;
}

/** What the two indexes are made of; every array has a buffer of its own. */
export interface SearchArrays {
  /** Trigram keys, ascending; postings of trigramKeys[s] are postings[trigramStart[s] .. trigramStart[s + 1]). */
  readonly trigramKeys: Float64Array;
  readonly trigramStart: Int32Array;
  readonly postings: Int32Array;
  /** How many entries hold trigram s (its postings, or the bits set in its bitmap). */
  readonly trigramCount: Int32Array;
  /**
   * For a trigram that more than one entry in 32 holds, the number of its bitmap (and no
   * postings): bit e of bitmaps[b · bitmapWords …] is set when entry e holds it; else −1.
   */
  readonly trigramBitmap: Int32Array;
  readonly bitmaps: Uint32Array;
  readonly bitmapWords: number;
  /** Distinct words in code-unit order: word w is wordChars[wordEnd[w − 1] .. wordEnd[w]). */
  readonly wordChars: Uint16Array;
  readonly wordEnd: Int32Array;
  /**
   * Postings of word w are positions wordStart[w] .. wordStart[w + 1] − 1 of wordEntries
   * and wordRanks, ascending by rank, then entry: best first.
   */
  readonly wordStart: Int32Array;
  readonly wordEntries: Int32Array;
  /**
   * Rank = (100 − score) · lengths + name length: two bytes each where every rank is below
   * 2^16 (names shorter than 655 code units), where one sortable Float64 key per posting
   * (rank · count + entry) took eight.
   */
  readonly wordRanks: Uint16Array | Uint32Array;
  readonly lengths: number;
  readonly count: number;
}

/**
 * The search indexes' input: the folded names' own arrays (in shared memory, which the
 * worker reads in place; nothing writes them after they are made), with each entry's
 * name length and which of its names are aliases. Yields every few milliseconds so
 * that a caller can pause there (runPausing).
 */
export function* encodeNames(
  names: FoldedNames,
  nameLength: (entry: number) => number,
): Generator<void, NameInput> {
  const slice = new TimeSlice();
  const { count, chars, nameEnd, entryEnd } = names;
  const aliasFlags = new Uint8Array(nameEnd.length).fill(1);
  const nameLengths = new Int32Array(count);
  for (let entry = 0; entry < count; entry++) {
    if (slice.due()) yield;
    // An entry's first name is the name itself; the others are aliases and the id.
    aliasFlags[entry === 0 ? 0 : (entryEnd[entry - 1] as number)] = 0;
    nameLengths[entry] = nameLength(entry);
  }
  return { count, chars, nameEnd, entryEnd, aliasFlags, nameLengths };
}

/**
 * Both indexes' arrays, in one piece (meant for a worker thread). A trigram's entries are
 * kept as a bitmap where that takes less room than a list (more than one entry in 32:
 * about half of all postings at 10^5 nodes, "ent" in over half the entries);
 * `denseAbove` moves that bound, for tests.
 */
export function buildSearchArrays(
  input: NameInput,
  denseAbove = Math.ceil(input.count / 32),
): SearchArrays {
  return { ...buildTrigrams(input, denseAbove), ...buildWords(input) };
}

/** Trigram key: three UTF-16 code units in one number (below 2^48, so exact). */
const trigram = (chars: CodeUnits, at: number): number =>
  ((chars[at] as number) * 65_536 + (chars[at + 1] as number)) * 65_536 + (chars[at + 2] as number);

/** Each entry once per trigram of its names; a counting sort by trigram, or a bitmap. */
function buildTrigrams(input: NameInput, denseAbove: number) {
  const { count, chars, nameEnd, entryEnd } = input;
  const slots = new Map<number, number>();
  const keys: number[] = [];
  const counts: number[] = [];
  // lastEntry[slot] is the last entry seen with the slot: each entry once per trigram.
  const lastEntry: number[] = [];
  const seenList = new IntList(1 << 20);
  const ends = new Int32Array(count);
  let name = 0;
  for (let entry = 0; entry < count; entry++) {
    for (; name < (entryEnd[entry] as number); name++) {
      const from = name === 0 ? 0 : (nameEnd[name - 1] as number);
      const to = nameEnd[name] as number;
      for (let at = from; at + 3 <= to; at++) {
        const key = trigram(chars, at);
        let slot = slots.get(key);
        if (slot === undefined) {
          slot = counts.length;
          slots.set(key, slot);
          keys.push(key);
          counts.push(0);
          lastEntry.push(-1);
        }
        if (lastEntry[slot] === entry) continue;
        lastEntry[slot] = entry;
        counts[slot] = (counts[slot] as number) + 1;
        seenList.push(slot);
      }
    }
    ends[entry] = seenList.length;
  }
  const seen = seenList.toArray();
  // Slots in key order, so that a lookup is a binary search in trigramKeys.
  const trigramKeys = sharedArray(Float64Array, keys).sort();
  const rankOf = new Int32Array(keys.length);
  for (let s = 0; s < keys.length; s++) {
    rankOf[s] = sortedIndex(trigramKeys, keys[s] as number);
  }
  const trigramCount = sharedArray(Int32Array, keys.length);
  for (let s = 0; s < keys.length; s++) trigramCount[rankOf[s] as number] = counts[s] as number;
  const trigramBitmap = sharedArray(Int32Array, keys.length).fill(-1);
  let dense = 0;
  for (let r = 0; r < keys.length; r++) {
    if ((trigramCount[r] as number) > denseAbove) trigramBitmap[r] = dense++;
  }
  const trigramStart = sharedArray(Int32Array, keys.length + 1);
  for (let r = 0; r < keys.length; r++) {
    const listed = (trigramBitmap[r] as number) < 0 ? (trigramCount[r] as number) : 0;
    trigramStart[r + 1] = (trigramStart[r] as number) + listed;
  }
  const bitmapWords = Math.ceil(count / 32);
  const bitmaps = sharedArray(Uint32Array, dense * bitmapWords);
  const postings = sharedArray(Int32Array, trigramStart[keys.length] as number);
  const fill = trigramStart.slice(0, keys.length);
  let from = 0;
  for (let entry = 0; entry < count; entry++) {
    const to = ends[entry] as number;
    for (let k = from; k < to; k++) {
      const rank = rankOf[seen[k] as number] as number;
      const bitmap = trigramBitmap[rank] as number;
      if (bitmap < 0) postings[(fill[rank] as number)++] = entry;
      else {
        const word = bitmap * bitmapWords + (entry >>> 5);
        bitmaps[word] = (bitmaps[word] as number) | (1 << (entry & 31));
      }
    }
    from = to;
  }
  return { trigramKeys, trigramStart, postings, trigramCount, trigramBitmap, bitmaps, bitmapWords };
}

/**
 * Every word of every name with its one-word score (rank-search.ts): 80 at the start
 * of a name, 60 less one per extra word in the name at the start of a later word, 5
 * less for aliases and ids; the score and the tie-breakers folded into one key.
 */
function buildWords(input: NameInput) {
  const { count, chars, nameEnd, entryEnd, aliasFlags, nameLengths } = input;
  let lengths = 1;
  for (let entry = 0; entry < count; entry++) {
    lengths = Math.max(lengths, (nameLengths[entry] as number) + 1);
  }
  const slotOf = new Map<string, number>();
  const words: string[] = [];
  const postingSlot: number[] = [];
  const postingKey: number[] = [];
  let name = 0;
  for (let entry = 0; entry < count; entry++) {
    const length = nameLengths[entry] as number;
    for (; name < (entryEnd[entry] as number); name++) {
      const from = name === 0 ? 0 : (nameEnd[name - 1] as number);
      const to = nameEnd[name] as number;
      // Tokens as folded.split(" ") gives them, empty ones included in the count.
      let tokenCount = 1;
      for (let at = from; at < to; at++) if (chars[at] === SPACE) tokenCount++;
      const alias = aliasFlags[name] === 1 ? 5 : 0;
      let position = 0;
      let tokenStart = from;
      for (let at = from; at <= to; at++) {
        if (at < to && chars[at] !== SPACE) continue;
        if (at > tokenStart) {
          const token = textOf(chars, tokenStart, at);
          const score = (position === 0 ? 80 : 60 - Math.min(10, tokenCount - 1)) - alias;
          let slot = slotOf.get(token);
          if (slot === undefined) {
            slot = words.length;
            slotOf.set(token, slot);
            words.push(token);
          }
          postingSlot.push(slot);
          postingKey.push(((100 - score) * lengths + length) * count + entry);
        }
        position++;
        tokenStart = at + 1;
      }
    }
  }
  // Word order: the default sort compares strings by code unit, as `<` does.
  const order = [...words].sort();
  const rankOf = new Int32Array(words.length);
  let total = 0;
  order.forEach((word, rank) => {
    rankOf[slotOf.get(word) as number] = rank;
    total += word.length;
  });
  const wordChars = sharedArray(Uint16Array, total);
  const wordEnd = sharedArray(Int32Array, order.length);
  let at = 0;
  order.forEach((word, rank) => {
    for (let k = 0; k < word.length; k++) wordChars[at++] = word.charCodeAt(k);
    wordEnd[rank] = at;
  });
  const wordStart = sharedArray(Int32Array, words.length + 1);
  for (const slot of postingSlot) (wordStart[(rankOf[slot] as number) + 1] as number)++;
  for (let w = 0; w < words.length; w++) {
    wordStart[w + 1] = (wordStart[w + 1] as number) + (wordStart[w] as number);
  }
  const wordKeys = new Float64Array(postingKey.length);
  const fill = wordStart.slice(0, words.length);
  postingSlot.forEach((slot, p) => {
    wordKeys[(fill[rankOf[slot] as number] as number)++] = postingKey[p] as number;
  });
  for (let w = 0; w < words.length; w++) wordKeys.subarray(wordStart[w], wordStart[w + 1]).sort();
  const wordEntries = sharedArray(Int32Array, wordKeys.length);
  const wordRanks =
    100 * lengths < 2 ** 16
      ? sharedArray(Uint16Array, wordKeys.length)
      : sharedArray(Uint32Array, wordKeys.length);
  wordKeys.forEach((key, p) => {
    wordEntries[p] = key % count;
    wordRanks[p] = Math.floor(key / count);
  });
  return { wordChars, wordEnd, wordStart, wordEntries, wordRanks, lengths, count };
}

const SPACE = 0x20;

/** The string of code units chars[from .. to), a few thousand at a time (apply's argument limit). */
export function textOf(chars: CodeUnits, from: number, to: number): string {
  let text = "";
  for (let at = from; at < to; at += 4096) {
    text += String.fromCharCode.apply(null, chars.subarray(at, Math.min(to, at + 4096)) as never);
  }
  return text;
}

/** Position of `value` in an ascending array that holds it. */
function sortedIndex(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The typed arrays' buffers, for a transfer list; shared ones are left out (a message
 * shares them as they are, and they cannot be transferred).
 */
export function buffersOf(arrays: object): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const value of Object.values(arrays)) {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
  }
  return [...buffers];
}
