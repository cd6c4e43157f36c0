/**
 * How far apart two texts are, for "did you mean…?" suggestions: the Levenshtein
 * distance (insertions, deletions, substitutions), computed only within a band of
 * `max` around the diagonal, so it costs O(max × length) rather than length².
 */

/** The edit distance of `a` and `b` when it is at most `max`; otherwise `max + 1`. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const over = max + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j <= max ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    // Cells just outside the band read as too far (the rest is never read).
    current[0] = i <= max ? i : over;
    if (from > 1) current[from - 1] = over;
    if (to < b.length) current[to + 1] = over;
    let best = current[0];
    for (let j = from; j <= to; j++) {
      const substitution = (previous[j - 1] ?? over) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const deletion = (previous[j] ?? over) + 1;
      const insertion = (current[j - 1] ?? over) + 1;
      const value = Math.min(substitution, deletion, insertion, over);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length] ?? over, over);
}
