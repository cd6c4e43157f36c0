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
   * long enough to have a trigram, so every entry is a candidate. The rarest trigram of
   * each word comes first, rarest first, then the other trigrams, rarest first; the first
   * list's entries are kept only if the next ones list them too. Why each word's rarest
   * first: a word's adjacent trigrams mostly occur together ("ens" and "nse" in "fensel"
   * share half their entries at 10^5 nodes), so intersecting them removes little, while
   * two words' trigrams rarely meet by chance.
   */
  candidates(words: readonly string[]): Int32Array | undefined {
    const firsts: Int32Array[] = [];
    const others: Int32Array[] = [];
    for (const word of words) {
      let rarest: Int32Array | undefined;
      for (let at = 0; at + 3 <= word.length; at++) {
        const slot = slotOf(this.keys, code(word, at));
        if (slot < 0) return new Int32Array(0);
        const list = this.postings.subarray(this.start[slot], this.start[slot + 1]);
        if (!rarest) rarest = list;
        else if (list.length < rarest.length) {
          others.push(rarest);
          rarest = list;
        } else others.push(list);
      }
      if (rarest) firsts.push(rarest);
    }
    if (firsts.length === 0) return undefined;
    const byLength = (a: Int32Array, b: Int32Array) => a.length - b.length;
    const lists = [...firsts.sort(byLength), ...others.sort(byLength)];
    let found = lists[0] as Int32Array;
    for (let list = 1; list < Math.min(lists.length, INTERSECTED_LISTS); list++) {
      if (found.length === 0) break;
      found = intersectSorted(found, lists[list] as Int32Array);
    }
    return found;
  }
}

/** How many of the rarest trigrams' lists are intersected; later ones rarely remove much. */
const INTERSECTED_LISTS = 4;

/**
 * The entries of `few` also in `many`, both ascending. Each entry of `few` is looked for
 * from where the last one was found, in steps that double until they pass it, then by
 * bisection within the last step: its cost is |few| times the logarithm of the gap between
 * matches, not of all of `many`. The rarest trigrams of a name's words often have lists of
 * similar length (thousands of entries at 10^5 nodes), where a bisection of the whole list
 * per entry made intersecting them most of a search's time.
 */
export function intersectSorted(few: Int32Array, many: Int32Array): Int32Array {
  const found = new Int32Array(Math.min(few.length, many.length));
  let count = 0;
  /** Every entry of `many` before `low` is below the entry looked for. */
  let low = 0;
  for (let i = 0; i < few.length && low < many.length; i++) {
    const value = few[i] as number;
    let high = low;
    let step = 1;
    while (high < many.length && (many[high] as number) < value) {
      low = high + 1;
      high = low + step;
      step *= 2;
    }
    if (high >= many.length) high = many.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((many[middle] as number) < value) low = middle + 1;
      else high = middle;
    }
    if (low < many.length && many[low] === value) {
      found[count++] = value;
      low++;
    }
  }
  return found.subarray(0, count);
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
