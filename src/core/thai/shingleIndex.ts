/**
 * Finds, among many texts, the earlier ones whose bigram Dice with a given text may reach a
 * threshold, without comparing every pair: prefix filtering over shingles (Chaudhuri, Ganti and
 * Kaushik 2006; Xiao et al., "PPJoin", 2008).
 *
 * A text's bigram multiset is taken as a set of tokens (the k-th copy of a bigram is a token of
 * its own, so set overlap equals multiset overlap, and Dice stays the measure the rules use).
 * All tokens are ordered rarest first across the texts. A text of n tokens that reaches Dice ≥ t
 * with another shares at least α = ⌈t·n / (2 − t)⌉ tokens with it, so the first n − α + 1 tokens
 * of each (their prefixes) share at least one token: only prefixes are indexed and probed.
 *
 * This is the stop list by document frequency, made safe: the common bigrams ("โครงการ",
 * "การ", "ของ") sort last and so fall outside nearly every prefix and are never indexed, yet no
 * pair is lost, because the prefix bound holds whatever the order. A text made only of common
 * bigrams keeps some of them in its prefix and is still found.
 */

export type Bigrams = ReadonlyMap<string, number>;

/** Token for the k-th copy (k ≥ 1) of a bigram; NUL cannot occur in a cleaned cell. */
const token = (gram: string, k: number) => (k === 1 ? gram : `${gram}\u0000${k}`);

export interface ShingleIndex {
  /** What text `id` meets in the index: the earlier texts that share a prefix token with it. */
  probe(id: number): Probe;
  /** Indexes text `id` (its prefix) so that later texts find it. Ids must be added in ascending order. */
  add(id: number): void;
  /** How many indexed texts hold this bigram (first copy) in their prefix: 0 for a stop-listed one. */
  postingCount(gram: string): number;
}

export interface Probe {
  /** Ascending ids of indexed texts, one list per prefix token of the probing text. */
  readonly lists: readonly (readonly number[])[];
  /** Length filter: false when the sizes alone rule out the threshold. */
  readonly mayReach: (earlier: number) => boolean;
  /** How many prefix tokens the probing text must share with an earlier one to reach the threshold. */
  readonly needs: (earlier: number) => number;
}

/**
 * An index over `texts` (undefined: a text never compared) for Dice ≥ `threshold` (0 < t ≤ 1).
 * Ids are positions in `texts`. Building it is linear in the texts' total size (plus a sort of
 * each text's own tokens).
 */
export function shingleIndex(texts: readonly (Bigrams | undefined)[], threshold: number): ShingleIndex {
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold ${threshold} not in (0, 1]`);
  const frequency = new Map<string, number>();
  for (const grams of texts) {
    if (!grams) continue;
    for (const [gram, n] of grams) for (let k = 1; k <= n; k++) frequency.set(token(gram, k), (frequency.get(token(gram, k)) ?? 0) + 1);
  }
  const sizes = texts.map((grams) => (grams ? sum(grams.values()) : 0));
  const prefixes = texts.map((grams, id) => (grams ? prefixOf(grams, sizes[id], threshold, frequency) : []));
  const needs = sizes.map((size) => Math.min(SHARED, overlapOf(size, threshold)));
  const postings = new Map<string, number[]>();

  return {
    probe(id) {
      const size = sizes[id];
      // Length filter: Dice ≥ t needs t·n/(2−t) ≤ m ≤ n·(2−t)/t.
      const min = (threshold * size) / (2 - threshold) - 1e-9;
      const max = (size * (2 - threshold)) / threshold + 1e-9;
      const lists: number[][] = [];
      for (const t of prefixes[id]) {
        const list = postings.get(t);
        if (list) lists.push(list);
      }
      return { lists, mayReach: (earlier) => earlier !== id && sizes[earlier] >= min && sizes[earlier] <= max, needs: (earlier) => Math.min(needs[id], needs[earlier]) };
    },
    add(id) {
      for (const t of prefixes[id]) {
        const list = postings.get(t);
        if (!list) postings.set(t, [id]);
        else if (list[list.length - 1] !== id) list.push(id);
      }
    },
    postingCount: (gram) => postings.get(gram)?.length ?? 0,
  };
}

/**
 * Prefix tokens two texts at the threshold share at least. The first k common tokens (in the
 * global order) of a pair with α common tokens lie within each text's first n − α + k tokens, so
 * prefixes k − 1 tokens longer than the minimum share k tokens. Asking for a few rather than one
 * spares comparing texts that happen to share one rare shingle (a number, a place) and no more.
 */
const SHARED = 3;

/** The fewest tokens a text of `size` tokens shares with any text it reaches Dice ≥ t with: ⌈t·n/(2−t)⌉. */
function overlapOf(size: number, threshold: number): number {
  // Rounded down a hair so that floating point can only lengthen the prefix (safe), never shorten it.
  return Math.max(1, Math.ceil((threshold * size) / (2 - threshold) - 1e-9));
}

/** The tokens of one text, rarest first (ties by the token itself: one total order for all texts), cut to its prefix. */
function prefixOf(grams: Bigrams, size: number, threshold: number, frequency: ReadonlyMap<string, number>): string[] {
  const tokens: string[] = [];
  for (const [gram, n] of grams) for (let k = 1; k <= n; k++) tokens.push(token(gram, k));
  tokens.sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
  const overlap = overlapOf(size, threshold);
  return tokens.slice(0, size - overlap + Math.min(SHARED, overlap));
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * The first candidate, in ascending id order, that one of the probes lets through and `accept`
 * takes; undefined when none is. `accept` is called at most once per id, so the first match is
 * the same as in a scan of every earlier text in order. The probes' lists are merged over a
 * binary heap: an early match costs little however long the lists are.
 */
export function firstCandidate(probes: readonly Probe[], accept: (id: number) => boolean): number | undefined {
  const lists: (readonly number[])[] = [];
  const owners: number[] = [];
  probes.forEach((probe, p) => {
    for (const list of probe.lists) {
      lists.push(list);
      owners.push(p);
    }
  });
  // Heap entries: [current id, list number, position in list].
  const heap: [number, number, number][] = lists.map((list, i) => [list[0], i, 0]);
  const less = (a: [number, number, number], b: [number, number, number]) => a[0] < b[0];
  const down = (from: number) => {
    for (let i = from; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l], heap[m])) m = l;
      if (r < heap.length && less(heap[r], heap[m])) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
  const shared = probes.map(() => 0);
  while (heap.length > 0) {
    // All copies of one id come out one after another: count, per probe, the prefix tokens shared.
    const id = heap[0][0];
    shared.fill(0);
    while (heap.length > 0 && heap[0][0] === id) {
      const [, list, at] = heap[0];
      shared[owners[list]]++;
      if (at + 1 < lists[list].length) {
        heap[0] = [lists[list][at + 1], list, at + 1];
      } else {
        const end = heap.pop()!;
        if (heap.length === 0) break;
        heap[0] = end;
      }
      down(0);
    }
    if (probes.some((probe, p) => shared[p] >= probe.needs(id) && probe.mayReach(id)) && accept(id)) return id;
  }
  return undefined;
}
