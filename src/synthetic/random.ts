/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32), so
 * synthetic datasets and the choices tests make on them repeat exactly from a
 * seed. Not for anything that needs unpredictability.
 */

/** Uniform numbers in [0, 1) from a safe-integer seed; the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, not ${seed}`);
  let state = seed >>> 0;
  const high = Math.floor(seed / 0x1_0000_0000) >>> 0;
  // splitmix32 spreads a small seed (0, 1, 2…) over all four words of sfc32's state.
  const split = (): number => {
    state = (state + 0x9e3779b9) | 0;
    let z = state ^ high;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 0x1_0000_0000;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** A whole number in [0, n). */
export function randomInt(random: () => number, n: number): number {
  return Math.floor(random() * n);
}

/** Items drawn with fixed relative weights. */
export class WeightedChoice<T> {
  private readonly items: readonly T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new RangeError("a weighted choice needs at least one item");
    this.items = entries.map(([item]) => item);
    this.cumulative = new Float64Array(entries.length);
    let total = 0;
    entries.forEach(([, weight], index) => {
      if (!(weight > 0)) throw new RangeError(`weights must be positive, not ${weight}`);
      total += weight;
      this.cumulative[index] = total;
    });
    this.total = total;
  }

  pick(random: () => number): T {
    const target = random() * this.total;
    let index = 0;
    while (index < this.items.length - 1 && (this.cumulative[index] ?? 0) <= target) index++;
    return this.items[index] as T;
  }
}
