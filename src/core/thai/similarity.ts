/**
 * String closeness for Thai text, which has no spaces between words: character bigrams for
 * "nearly the same name", edit distance for "the same name misspelt" (นาม่วง / นาม่อง).
 */

export function bigrams(text: string): Map<string, number> {
  const chars = [...text];
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice coefficient over bigram multisets: 1 for equal texts, 0 for nothing in common. */
export function diceOf(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  let common = 0;
  for (const n of a.values()) sizeA += n;
  for (const [g, n] of b) {
    sizeB += n;
    common += Math.min(n, a.get(g) ?? 0);
  }
  return sizeA + sizeB === 0 ? 0 : (2 * common) / (sizeA + sizeB);
}

/**
 * Whether diceOf(a, b) ≥ threshold, given the two multisets' sizes: stops as soon as the copies of
 * `b` not yet looked at could no longer bring it there, so texts far apart cost a part of a scan.
 */
export function diceReaches(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, sizeA: number, sizeB: number, threshold: number): boolean {
  const total = sizeA + sizeB;
  let unseen = sizeB;
  let common = 0;
  for (const [g, n] of b) {
    common += Math.min(n, a.get(g) ?? 0);
    unseen -= n;
    if ((2 * (common + unseen)) / total < threshold) return false;
  }
  // The same sum and division as diceOf, so a pair at the threshold reads the same.
  return (2 * common) / total >= threshold;
}

/**
 * Levenshtein distance over code points, capped: any distance above `max` comes back as
 * `max + 1`. Only the band of cells within `max` of the diagonal is filled, so comparing two
 * long texts costs their length times `max`, not the product of their lengths.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const x = [...a];
  const y = [...b];
  const cap = Math.min(max, Math.max(x.length, y.length));
  const over = cap + 1;
  if (Math.abs(x.length - y.length) > cap) return over;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => Math.min(j, over));
  let cur = new Array<number>(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    const from = Math.max(1, i - cap);
    const to = Math.min(y.length, i + cap);
    // The cells just outside the band read as over the cap.
    cur[from - 1] = Math.min(i, over);
    if (to < y.length) cur[to + 1] = over;
    let best = cur[from - 1];
    for (let j = from; j <= to; j++) {
      cur[j] = Math.min(over, prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (cur[j] < best) best = cur[j];
    }
    // Every later cell descends from this row: past the cap here, past it at the end.
    if (best > cap) return over;
    [prev, cur] = [cur, prev];
  }
  return prev[y.length];
}
