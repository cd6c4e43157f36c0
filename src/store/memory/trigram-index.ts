/**
 * Narrows a search to the nodes that can match it, so a search costs the matches
 * and not the graph: every kind of match rank-search.ts knows (exact, prefix, word
 * prefix, substring) needs each word of the query inside one of the node's folded
 * names, so each word's three-character substrings (trigrams) must all occur there.
 * The rarest trigram of the query names the candidates; rankNames then decides.
 *
 * Trigrams rather than a word index because substring matches ("brista" in
 * "Fenselbrista") must be found too. Postings are one Int32Array (CSR), built
 * in one pass over the texts and a counting sort, so 10^6 nodes need no array per trigram.
 */

/** Trigram key: three UTF-16 code units in one number (below 2^48, so exact). */
const code = (text: string, at: number): number =>
  (text.charCodeAt(at) * 65_536 + text.charCodeAt(at + 1)) * 65_536 + text.charCodeAt(at + 2);

export class TrigramIndex {
  private constructor(
    /** Trigram key → its slot; postings of slot s are postings[start[s] .. start[s + 1]). */
    private readonly slots: ReadonlyMap<number, number>,
    private readonly start: Int32Array,
    private readonly postings: Int32Array,
  ) {}

  /**
   * Builds the index from the folded texts of entries 0 … count − 1, pausing now and
   * then (`pause`) so a large graph does not hold the event loop for seconds.
   */
  static async build(
    count: number,
    textsOf: (entry: number) => readonly string[],
    pause: () => Promise<void>,
  ): Promise<TrigramIndex> {
    const slots = new Map<number, number>();
    const counts: number[] = [];
    // lastEntry[slot] is the last entry seen with the slot: each entry once per trigram.
    const lastEntry: number[] = [];
    // One pass over the texts: each entry's distinct slots, then a counting sort by slot.
    let seen = new Int32Array(1 << 20);
    let used = 0;
    const ends = new Int32Array(count);
    for (let entry = 0; entry < count; entry++) {
      if (entry % PAUSE_EVERY === PAUSE_EVERY - 1) await pause();
      for (const text of textsOf(entry)) {
        for (let at = 0; at + 3 <= text.length; at++) {
          const key = code(text, at);
          let slot = slots.get(key);
          if (slot === undefined) {
            slot = counts.length;
            slots.set(key, slot);
            counts.push(0);
            lastEntry.push(-1);
          }
          if (lastEntry[slot] === entry) continue;
          lastEntry[slot] = entry;
          counts[slot] = (counts[slot] as number) + 1;
          if (used === seen.length) {
            const grown = new Int32Array(seen.length * 2);
            grown.set(seen);
            seen = grown;
          }
          seen[used++] = slot;
        }
      }
      ends[entry] = used;
    }
    const start = new Int32Array(counts.length + 1);
    for (let s = 0; s < counts.length; s++) {
      start[s + 1] = (start[s] as number) + (counts[s] as number);
    }
    const postings = new Int32Array(used);
    const fill = start.slice(0, counts.length);
    let from = 0;
    for (let entry = 0; entry < count; entry++) {
      const to = ends[entry] as number;
      for (let k = from; k < to; k++) postings[(fill[seen[k] as number] as number)++] = entry;
      from = to;
    }
    return new TrigramIndex(slots, start, postings);
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
        const slot = this.slots.get(code(word, at));
        if (slot === undefined) return new Int32Array(0);
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

/** Entries indexed between two pauses while building. */
const PAUSE_EVERY = 20_000;

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
