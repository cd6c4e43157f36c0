/**
 * Every node's folded names (its name, its aliases and its id, folded as search and
 * references match them) as UTF-16 code units in one typed array (a byte each while
 * every one is below 256) with Int32Array offsets, and a hash table over them for
 * exact look-ups.
 *
 * Why not strings: at 10^6 nodes, a folded string and a small object per name, an
 * array per node, and a Map from each folded name to its nodes held about 480 MB of
 * the heap, and every major GC walked them. These arrays hold the same in about a
 * third of that, with no objects to walk; a search decodes only the names of the
 * nodes it ranks (namesOf). The layout is the search indexes' input (search-arrays.ts).
 *
 * The names and their offsets sit in shared memory, written once here and only read
 * afterwards, so that the index worker reads them where they are. Copying them for it
 * (a hundred megabytes at 10^6 nodes) took this thread's time, and the copy's sudden
 * external memory made V8 collect garbage twice in a row while the indexes built.
 */
import { foldText } from "../../domain/fold-text.js";
import type { GraphNode } from "../../domain/graph-types.js";
import { hashCodeUnits, hashText, slotsFor } from "./fnv-hash.js";
import type { FoldedName } from "./rank-search.js";
import { type CodeUnits, textOf } from "./search-arrays.js";

export class FoldedNames {
  private constructor(
    /** Code units of every folded name, one after the other. */
    readonly chars: CodeUnits,
    /** End of name k in `chars` (it starts where name k − 1 ends). */
    readonly nameEnd: Int32Array,
    /** End of entry e's names in `nameEnd`: its name first, then its aliases, then its id. */
    readonly entryEnd: Int32Array,
    /** Open addressing, linear probing: name index + 1, or 0 for an empty slot. */
    private readonly table: Int32Array,
  ) {}

  /** The folded names of nodes 0 … count − 1. */
  static of(count: number, nodeAt: (entry: number) => GraphNode): FoldedNames {
    let names = 0;
    let capacity = 16;
    for (let entry = 0; entry < count; entry++) {
      const node = nodeAt(entry);
      names += 2 + node.aliases.length;
      capacity += node.name.length + node.id.length;
      for (const alias of node.aliases) capacity += alias.length;
    }
    const nameEnd = new Int32Array(new SharedArrayBuffer(4 * names));
    const entryEnd = new Int32Array(new SharedArrayBuffer(4 * count));
    const table = new Int32Array(slotsFor(names));
    // Folding rarely lengthens a text; if it does, the array grows. A byte per code unit
    // until one is 256 or more (a name in Greek, Japanese…); from then on, two.
    let chars: CodeUnits = sharedCodeUnits(capacity, false);
    let at = 0;
    let name = 0;
    const add = (text: string) => {
      const folded = foldText(text);
      if (at + folded.length > chars.length) {
        chars = copied(chars, at, 2 * (at + folded.length), chars instanceof Uint16Array);
      }
      for (let k = 0; k < folded.length; k++) {
        const unit = folded.charCodeAt(k);
        if (unit > 0xff && chars instanceof Uint8Array)
          chars = copied(chars, at, chars.length, true);
        chars[at++] = unit;
      }
      nameEnd[name] = at;
      let slot = hashCodeUnits(chars, at - folded.length, at) & (table.length - 1);
      while (table[slot] !== 0) slot = (slot + 1) & (table.length - 1);
      table[slot] = ++name;
    };
    for (let entry = 0; entry < count; entry++) {
      const node = nodeAt(entry);
      add(node.name);
      for (const alias of node.aliases) add(alias);
      add(node.id);
      entryEnd[entry] = name;
    }
    return new FoldedNames(chars.subarray(0, at), nameEnd, entryEnd, table);
  }

  /** Number of entries. */
  get count(): number {
    return this.entryEnd.length;
  }

  /**
   * The entries with a name, alias or id that folds to `folded` (already folded),
   * ascending, each once.
   */
  exact(folded: string): number[] {
    const found: number[] = [];
    const mask = this.table.length - 1;
    for (let slot = hashText(folded) & mask; this.table[slot] !== 0; slot = (slot + 1) & mask) {
      const name = (this.table[slot] as number) - 1;
      if (!this.nameIs(name, folded)) continue;
      const entry = this.entryOf(name);
      // Names are inserted in entry order, and a probe run keeps that order.
      if (found.at(-1) !== entry) found.push(entry);
    }
    return found;
  }

  /** Entry `entry`'s names with their folded forms, for rankNames; `node` is that entry. */
  namesOf(entry: number, node: GraphNode): FoldedName[] {
    let name = entry === 0 ? 0 : (this.entryEnd[entry - 1] as number);
    const folded = () => {
      const from = name === 0 ? 0 : (this.nameEnd[name - 1] as number);
      return textOf(this.chars, from, this.nameEnd[name++] as number);
    };
    return [
      { text: node.name, folded: folded(), isAlias: false },
      ...node.aliases.map((alias) => ({ text: alias, folded: folded(), isAlias: true })),
      { text: node.id, folded: folded(), isAlias: true },
    ];
  }

  /**
   * Whether one of entry `entry`'s folded names contains `text`: a search's first test
   * of a node (every match contains the query's first word, rank-search.ts), made on
   * the code units so that the names of nodes that fail it are never decoded.
   */
  contains(entry: number, text: string): boolean {
    const first = entry === 0 ? 0 : (this.entryEnd[entry - 1] as number);
    for (let name = first; name < (this.entryEnd[entry] as number); name++) {
      const from = name === 0 ? 0 : (this.nameEnd[name - 1] as number);
      const last = (this.nameEnd[name] as number) - text.length;
      for (let at = from; at <= last; at++) {
        let k = 0;
        while (k < text.length && this.chars[at + k] === text.charCodeAt(k)) k++;
        if (k === text.length) return true;
      }
    }
    return false;
  }

  private nameIs(name: number, text: string): boolean {
    const from = name === 0 ? 0 : (this.nameEnd[name - 1] as number);
    if ((this.nameEnd[name] as number) - from !== text.length) return false;
    for (let k = 0; k < text.length; k++) {
      if (this.chars[from + k] !== text.charCodeAt(k)) return false;
    }
    return true;
  }

  /** The entry name `name` belongs to: the first whose names end after it. */
  private entryOf(name: number): number {
    let low = 0;
    let high = this.entryEnd.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.entryEnd[middle] as number) <= name) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** Code units in shared memory (the index worker reads them in place). */
function sharedCodeUnits(length: number, wide: boolean): CodeUnits {
  return wide
    ? new Uint16Array(new SharedArrayBuffer(2 * length))
    : new Uint8Array(new SharedArrayBuffer(length));
}

/** A new array of `length` code units (two bytes each when `wide`) starting with chars[0 .. used). */
function copied(chars: CodeUnits, used: number, length: number, wide: boolean): CodeUnits {
  const next = sharedCodeUnits(length, wide);
  next.set(chars.subarray(0, used));
  return next;
}
