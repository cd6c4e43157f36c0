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
 * thread), so 10^6 nodes need no array per trigram; a trigram held by more than one
 * entry in 32 has a bitmap instead, which is then smaller. The trigrams themselves
 * are a sorted Float64Array, searched by bisection.
 */
import type { SearchArrays } from "./search-arrays.js";

/** Trigram key: three UTF-16 code units in one number (below 2^48, so exact). */
const code = (text: string, at: number): number =>
  (text.charCodeAt(at) * 65_536 + text.charCodeAt(at + 1)) * 65_536 + text.charCodeAt(at + 2);

export class TrigramIndex {
  /** Trigram keys, ascending; postings of key s are postings[start[s] .. start[s + 1]). */
  private readonly keys: Float64Array;
  private readonly start: Int32Array;
  private readonly postings: Int32Array;
  /** Entries per trigram, and the bitmap of those that have one instead of postings. */
  private readonly counts: Int32Array;
  private readonly bitmapOf: Int32Array;
  private readonly bitmaps: Uint32Array;
  private readonly bitmapWords: number;

  /** The index over the arrays buildSearchArrays made (search-arrays.ts). */
  static of(arrays: SearchArrays): TrigramIndex {
    return new TrigramIndex(arrays);
  }

  private constructor(arrays: SearchArrays) {
    this.keys = arrays.trigramKeys;
    this.start = arrays.trigramStart;
    this.postings = arrays.postings;
    this.counts = arrays.trigramCount;
    this.bitmapOf = arrays.trigramBitmap;
    this.bitmaps = arrays.bitmaps;
    this.bitmapWords = arrays.bitmapWords;
  }

  /** Trigram s's entries: its postings, or its bitmap. */
  private entries(slot: number): Entries {
    const count = this.counts[slot] as number;
    const bitmap = this.bitmapOf[slot] as number;
    if (bitmap < 0) {
      return { count, list: this.postings.subarray(this.start[slot], this.start[slot + 1]) };
    }
    const from = bitmap * this.bitmapWords;
    return { count, bits: this.bitmaps.subarray(from, from + this.bitmapWords) };
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
    const firsts: Entries[] = [];
    const others: Entries[] = [];
    for (const word of words) {
      let rarest: Entries | undefined;
      for (let at = 0; at + 3 <= word.length; at++) {
        const slot = slotOf(this.keys, code(word, at));
        if (slot < 0) return new Int32Array(0);
        const entries = this.entries(slot);
        if (!rarest) rarest = entries;
        else if (entries.count < rarest.count) {
          others.push(rarest);
          rarest = entries;
        } else others.push(entries);
      }
      if (rarest) firsts.push(rarest);
    }
    if (firsts.length === 0) return undefined;
    const byCount = (a: Entries, b: Entries) => a.count - b.count;
    const lists = [...firsts.sort(byCount), ...others.sort(byCount)];
    let found = listOf(lists[0] as Entries);
    for (let list = 1; list < Math.min(lists.length, INTERSECTED_LISTS); list++) {
      if (found.length === 0) break;
      const next = lists[list] as Entries;
      found = next.list ? intersectSorted(found, next.list) : keepSet(found, next.bits);
    }
    return found;
  }
}

/** A trigram's entries, as postings (ascending) or as a bitmap. */
type Entries =
  | { readonly count: number; readonly list: Int32Array; readonly bits?: undefined }
  | { readonly count: number; readonly list?: undefined; readonly bits: Uint32Array };

/** The entries as an ascending list. */
function listOf(entries: Entries): Int32Array {
  if (entries.list) return entries.list;
  const list = new Int32Array(entries.count);
  let count = 0;
  entries.bits.forEach((word, at) => {
    for (let bits = word; bits !== 0; bits &= bits - 1) {
      list[count++] = at * 32 + (31 - Math.clz32(bits & -bits));
    }
  });
  return list;
}

/** The entries of `found` whose bit is set. */
function keepSet(found: Int32Array, bits: Uint32Array): Int32Array {
  const kept = new Int32Array(found.length);
  let count = 0;
  for (const entry of found) {
    if (((bits[entry >>> 5] as number) >>> (entry & 31)) & 1) kept[count++] = entry;
  }
  return kept.subarray(0, count);
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
