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
 * its score and the node's tie-breakers folded into one sortable number; a query
 * merges the lists of the words it prefixes, best first, and stops after `limit`.
 */
import mnemonist from "mnemonist";
import type { FoldedName } from "./rank-search.js";

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
  private constructor(
    /** Distinct words, in code-unit order, so the words with a prefix are one range. */
    private readonly words: readonly string[],
    /** Postings of words[w] are keys[start[w] .. start[w + 1]), ascending = best first. */
    private readonly start: Int32Array,
    private readonly keys: Float64Array,
    /** Key = ((100 − score) · lengths + name length) · count + entry. */
    private readonly lengths: number,
    private readonly count: number,
  ) {}

  /**
   * Builds the index, pausing now and then (`pause`) so a large graph does not hold
   * the event loop for seconds. `nameLength(i)` is the tie-breaker after the score.
   */
  static async build(
    count: number,
    namesOf: (entry: number) => readonly FoldedName[],
    nameLength: (entry: number) => number,
    pause: () => Promise<void>,
  ): Promise<WordIndex> {
    let lengths = 1;
    for (let entry = 0; entry < count; entry++) {
      lengths = Math.max(lengths, nameLength(entry) + 1);
    }
    const slotOf = new Map<string, number>();
    const words: string[] = [];
    const postingSlot: number[] = [];
    const postingKey: number[] = [];
    for (let entry = 0; entry < count; entry++) {
      if (entry % PAUSE_EVERY === PAUSE_EVERY - 1) await pause();
      const length = nameLength(entry);
      for (const name of namesOf(entry)) {
        const tokens = name.folded.split(" ");
        tokens.forEach((token, position) => {
          if (token === "") return;
          const score =
            (position === 0 ? 80 : 60 - Math.min(10, tokens.length - 1)) - (name.isAlias ? 5 : 0);
          let slot = slotOf.get(token);
          if (slot === undefined) {
            slot = words.length;
            slotOf.set(token, slot);
            words.push(token);
          }
          postingSlot.push(slot);
          postingKey.push(((100 - score) * lengths + length) * count + entry);
        });
      }
    }
    await pause();
    // Word order: the default sort compares strings by code unit, as `<` does.
    const order = [...words].sort();
    const rankOf = new Int32Array(words.length);
    order.forEach((word, rank) => {
      rankOf[slotOf.get(word) as number] = rank;
    });
    const start = new Int32Array(words.length + 1);
    for (const slot of postingSlot) (start[(rankOf[slot] as number) + 1] as number)++;
    for (let w = 0; w < words.length; w++)
      start[w + 1] = (start[w + 1] as number) + (start[w] as number);
    const keys = new Float64Array(postingKey.length);
    const fill = start.slice(0, words.length);
    postingSlot.forEach((slot, p) => {
      keys[(fill[rankOf[slot] as number] as number)++] = postingKey[p] as number;
    });
    await pause();
    for (let w = 0; w < words.length; w++) keys.subarray(start[w], start[w + 1]).sort();
    return new WordIndex(order, start, keys, lengths, count);
  }

  /**
   * Entries with a word that starts with `prefix`, best first (score, then name length,
   * then entry), each at its best score; an entry is yielded once.
   */
  *best(prefix: string): Generator<WordHit> {
    const from = lowerBound(this.words, prefix);
    let to = from;
    while (to < this.words.length && (this.words[to] as string).startsWith(prefix)) to++;
    // The head of each word's postings, smallest key on top.
    const heads = new MinHeap<Head>((a, b) => a.key - b.key);
    for (let w = from; w < to; w++) {
      const at = this.start[w] as number;
      if (at < (this.start[w + 1] as number))
        heads.push({ key: this.keys[at] as number, at, list: w });
    }
    const seen = new Set<number>();
    for (let head = heads.peek(); head !== undefined; head = heads.peek()) {
      const { key, at, list } = head;
      if (at + 1 < (this.start[list + 1] as number)) {
        heads.replace({ key: this.keys[at + 1] as number, at: at + 1, list });
      } else {
        heads.pop();
      }
      const entry = key % this.count;
      if (seen.has(entry)) continue;
      seen.add(entry);
      yield { entry, score: 100 - Math.floor(key / this.count / this.lengths) };
    }
  }
}

/** Entries indexed between two pauses while building. */
const PAUSE_EVERY = 20_000;

/** First position whose word is not below `text`. */
function lowerBound(words: readonly string[], text: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((words[middle] as string) < text) low = middle + 1;
    else high = middle;
  }
  return low;
}
