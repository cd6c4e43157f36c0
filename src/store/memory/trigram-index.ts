/**
 * Narrows a search to the nodes that can match it, so a search costs the matches
 * and not the graph: every kind of match rank-search.ts knows (exact, prefix, word
 * prefix, substring) needs each word of the query inside one of the node's folded
 * names, so each word's three-character substrings (trigrams) must all occur there.
 * The rarest trigram of the query names the candidates; rankNames then decides.
 *
 * Trigrams rather than a word index because substring matches ("brista" in
 * "Fenselbrista") must be found too. Postings are one Int32Array (CSR), built
 * in one pass over the texts and a counting sort (search-arrays.ts, on a worker
 * thread), so 10^6 nodes need no array per trigram; the trigrams themselves are
 * a sorted Float64Array, searched by bisection.
 */
import type { SearchArrays } from "./search-arrays.js";

/** Trigram key: three UTF-16 code units in one number (below 2^48, so exact). */
const code = (text: string, at: number): number =>
  (text.charCodeAt(at) * 65_536 + text.charCodeAt(at + 1)) * 65_536 + text.charCodeAt(at + 2);

export class TrigramIndex {
  constructor(
    /** Trigram keys, ascending; postings of key s are postings[start[s] .. start[s + 1]). */
    private readonly keys: Float64Array,
    private readonly start: Int32Array,
    private readonly postings: Int32Array,
  ) {}

  /** The index over the arrays buildSearchArrays made (search-arrays.ts). */
  static of(arrays: SearchArrays): TrigramIndex {
    return new TrigramIndex(arrays.trigramKeys, arrays.trigramStart, arrays.postings);
  }

  /**
   * Entries (ascending) whose texts may contain every word; undefined when no word is
   * long enough to have a trigram, so every entry is a candidate. The rarest trigram's
   * entries are kept only if the next rarest ones list them too.
   */
  candidates(words: readonly string[]): Int32Array | undefined {
    const lists: Int32Array[] = [];
    for (const word of words) {
      for (let at = 0; at + 3 <= word.length; at++) {
        const slot = slotOf(this.keys, code(word, at));
        if (slot < 0) return new Int32Array(0);
        lists.push(this.postings.subarray(this.start[slot], this.start[slot + 1]));
      }
    }
    if (lists.length === 0) return undefined;
    lists.sort((a, b) => a.length - b.length);
    let found = lists[0] as Int32Array;
    for (const list of lists.slice(1, INTERSECTED_LISTS)) {
      found = found.filter((entry) => contains(list, entry));
    }
    return found;
  }
}

/** How many of the rarest trigrams' lists are intersected; later ones rarely remove much. */
const INTERSECTED_LISTS = 4;

/** Binary search in an ascending list. */
function contains(list: Int32Array, value: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = list[middle] as number;
    if (at === value) return true;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** Index of `key` in the ascending `keys`, or −1. */
function slotOf(keys: Float64Array, key: number): number {
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = keys[middle] as number;
    if (at === key) return middle;
    if (at < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
