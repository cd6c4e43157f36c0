/**
 * Best-first search for one-word queries, so a common word ("memorandum", which
 * starts a hundred thousand names at 10^6 nodes) costs the hits asked for, not
 * every name that contains it.
 *
 * For a query of one word, rank-search.ts scores a name by where the word occurs:
 * at the start of the name (80), or at the start of a later word (60 less one per
 * extra word in the name), 5 less for aliases and ids. Exact names (100) come from
 * the store's name map, and substrings (40) are left to the trigram index. Those
 * scores depend on the name alone, so every word of every name is stored once with
 * its entry and a rank (the score and the name's length folded into one small number);
 * a query merges the lists of the words it prefixes, best first, and stops after `limit`.
 * The lists are built by search-arrays.ts (on a worker thread); the words are kept
 * as code units in one Uint16Array, not as strings.
 */
import mnemonist from "mnemonist";
import type { SearchArrays } from "./search-arrays.js";

const { MinHeap } = mnemonist;

/** The next posting of one word's list: its key, its position, and the word. */
interface Head {
  readonly key: number;
  readonly at: number;
  readonly list: number;
}

/** A posting of `entry` with its one-word score, as the merge yields it. */
export interface WordHit {
  readonly entry: number;
  readonly score: number;
}

export class WordIndex {
  constructor(
    /**
     * Distinct words, in code-unit order, so the words with a prefix are one range:
     * word w is chars[end[w − 1] .. end[w]).
     */
    private readonly chars: Uint16Array,
    private readonly end: Int32Array,
    /**
     * Postings of word w are positions start[w] .. start[w + 1] − 1, ascending by rank
     * and then entry = best first; rank = (100 − score) · lengths + name length.
     */
    private readonly start: Int32Array,
    private readonly entries: Int32Array,
    private readonly ranks: Uint16Array | Uint32Array,
    private readonly lengths: number,
    private readonly count: number,
  ) {}

  /** The sort key of posting `at`: rank · count + entry, exact below 2^53. */
  private key(at: number): number {
    return (this.ranks[at] as number) * this.count + (this.entries[at] as number);
  }

  /** The index over the arrays buildSearchArrays made (search-arrays.ts). */
  static of(arrays: SearchArrays): WordIndex {
    return new WordIndex(
      arrays.wordChars,
      arrays.wordEnd,
      arrays.wordStart,
      arrays.wordEntries,
      arrays.wordRanks,
      arrays.lengths,
      arrays.count,
    );
  }

  /** Number of distinct words. */
  get size(): number {
    return this.end.length;
  }

  /**
   * Entries with a word that starts with `prefix`, best first (score, then name length,
   * then entry), each at its best score; an entry is yielded once.
   */
  *best(prefix: string): Generator<WordHit> {
    const from = this.lowerBound(prefix);
    const to = this.prefixEnd(prefix, from);
    // The head of each word's postings, smallest key on top.
    const heads = new MinHeap<Head>((a, b) => a.key - b.key);
    for (let w = from; w < to; w++) {
      const at = this.start[w] as number;
      if (at < (this.start[w + 1] as number)) heads.push({ key: this.key(at), at, list: w });
    }
    const seen = new Set<number>();
    for (let head = heads.peek(); head !== undefined; head = heads.peek()) {
      const { at, list } = head;
      if (at + 1 < (this.start[list + 1] as number)) {
        heads.replace({ key: this.key(at + 1), at: at + 1, list });
      } else {
        heads.pop();
      }
      const entry = this.entries[at] as number;
      if (seen.has(entry)) continue;
      seen.add(entry);
      yield { entry, score: 100 - Math.floor((this.ranks[at] as number) / this.lengths) };
    }
  }

  /** Compares word w with `text` by code unit, as `<` compares strings. */
  private compareWord(w: number, text: string): number {
    const from = w === 0 ? 0 : (this.end[w - 1] as number);
    const length = (this.end[w] as number) - from;
    const common = Math.min(length, text.length);
    for (let k = 0; k < common; k++) {
      const difference = (this.chars[from + k] as number) - text.charCodeAt(k);
      if (difference !== 0) return difference;
    }
    return length - text.length;
  }

  private startsWith(w: number, prefix: string): boolean {
    const from = w === 0 ? 0 : (this.end[w - 1] as number);
    if ((this.end[w] as number) - from < prefix.length) return false;
    for (let k = 0; k < prefix.length; k++) {
      if (this.chars[from + k] !== prefix.charCodeAt(k)) return false;
    }
    return true;
  }

  /** First word not below `text`. */
  private lowerBound(text: string): number {
    let low = 0;
    let high = this.end.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compareWord(middle, text) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** End of the run of words from `from` (the lower bound of `prefix`) that start with it. */
  private prefixEnd(prefix: string, from: number): number {
    let low = from;
    let high = this.end.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.startsWith(middle, prefix)) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
