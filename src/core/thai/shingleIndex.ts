import { diceOf } from './similarity';

/**
 * Finds, among many texts, the earlier ones whose bigram Dice with a given text reaches a
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
 *
 * Texts with the same key (the same words pasted into many rows) are indexed and compared once,
 * as a group: a plan with thousands of copied rows costs what its distinct texts cost.
 */

export type Bigrams = ReadonlyMap<string, number>;

/** A text to index: its bigrams, and a key equal for texts with equal bigrams (the text itself). */
export interface IndexedText {
  readonly key: string;
  readonly grams: Bigrams;
}

export interface ShingleIndex {
  /** What text `id` meets in the index (the texts added so far): probe before adding it. */
  probe(id: number): Probe;
  /** Indexes text `id` so that later texts find it. Ids must be added in ascending order. */
  add(id: number): void;
  /** How many distinct indexed texts hold this bigram (first copy) in their prefix: 0 for a stop-listed one. */
  postingCount(gram: string): number;
}

/** One index's view of a probing text; combined by `firstCandidate`. */
export interface Probe {
  /** Per prefix token of the probing text: ascending ids of the first text of each group holding it. */
  readonly lists: readonly (readonly number[])[];
  /** Whether the group whose first text is `head`, sharing `shared` prefix tokens, reaches the threshold. */
  readonly reaches: (head: number, shared: number) => boolean;
  /** The ids (ascending, all added so far) of the texts in the group whose first text is `head`. */
  readonly members: (head: number) => readonly number[];
}

/** Token for the k-th copy (k ≥ 1) of a bigram; NUL cannot occur in a cleaned cell. */
const token = (gram: string, k: number) => (k === 1 ? gram : `${gram}\u0000${k}`);

/**
 * Prefix tokens two texts at the threshold share at least. The first k common tokens (in the
 * global order) of a pair with α common tokens lie within each text's first n − α + k tokens, so
 * prefixes k − 1 tokens longer than the minimum share k tokens. Asking for a few rather than one
 * spares comparing texts that happen to share one rare shingle (a number, a place) and no more.
 */
const SHARED = 3;

/**
 * An index over `texts` (undefined: a text never compared) for Dice ≥ `threshold` (0 < t ≤ 1).
 * Ids are positions in `texts`. Building it is linear in the texts' total size (plus a sort of
 * each distinct text's own tokens).
 */
export function shingleIndex(texts: readonly (IndexedText | undefined)[], threshold: number): ShingleIndex {
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold ${threshold} not in (0, 1]`);
  // Groups of equal texts, by the id of their first text (their head).
  const headOf = new Map<string, number>();
  const heads: (number | undefined)[] = texts.map((text, id) => {
    if (!text) return undefined;
    const head = headOf.get(text.key);
    if (head !== undefined) return head;
    headOf.set(text.key, id);
    return id;
  });
  // Tokens as numbers, in order of first appearance; each distinct text's tokens and each token's frequency.
  const tokenIds = new Map<string, number>();
  const frequency: number[] = [];
  const tokensOf = new Map<number, number[]>();
  for (let id = 0; id < texts.length; id++) {
    if (heads[id] !== id) continue;
    const tokens: number[] = [];
    for (const [gram, n] of texts[id]!.grams) {
      for (let k = 1; k <= n; k++) {
        const name = token(gram, k);
        let t = tokenIds.get(name);
        if (t === undefined) tokenIds.set(name, (t = frequency.push(0) - 1));
        frequency[t]++;
        tokens.push(t);
      }
    }
    tokensOf.set(id, tokens);
  }
  const sizes = texts.map((text) => (text ? sum(text.grams.values()) : 0));
  const needs = sizes.map((size) => Math.min(SHARED, overlapOf(size, threshold)));
  const prefixes = new Map<number, number[]>();
  const members = new Map<number, number[]>();
  const postings = new Map<number, number[]>();
  // Whether two groups reach the threshold, by "probing head:other head": each pair is measured once.
  const measured = new Map<string, boolean>();

  return {
    probe(id) {
      const head = heads[id];
      if (head === undefined) return { lists: [], reaches: () => false, members: () => [] };
      const size = sizes[id];
      // Length filter: Dice ≥ t needs t·n/(2−t) ≤ m ≤ n·(2−t)/t.
      const min = (threshold * size) / (2 - threshold) - 1e-9;
      const max = (size * (2 - threshold)) / threshold + 1e-9;
      const lists: number[][] = [];
      for (const t of prefixOf(head)) {
        const list = postings.get(t);
        if (list) lists.push(list);
      }
      const reaches = (other: number, shared: number) => {
        if (other === head) return true;
        if (shared < Math.min(needs[id], needs[other]) || sizes[other] < min || sizes[other] > max) return false;
        const pair = `${head}:${other}`;
        let result = measured.get(pair);
        if (result === undefined) measured.set(pair, (result = diceOf(texts[other]!.grams, texts[head]!.grams) >= threshold));
        return result;
      };
      return { lists, reaches, members: (other) => members.get(other) ?? [] };
    },
    add(id) {
      const head = heads[id];
      if (head === undefined) return;
      const group = members.get(head);
      if (group) {
        group.push(id);
        return;
      }
      members.set(head, [id]);
      for (const t of prefixOf(head)) {
        const list = postings.get(t);
        if (list) list.push(head);
        else postings.set(t, [head]);
      }
    },
    postingCount: (gram) => postings.get(tokenIds.get(gram) ?? -1)?.length ?? 0,
  };

  /**
   * The tokens of a group's text, rarest first (ties by first appearance: one total order for all
   * texts, which is all the prefix bound needs), cut to its prefix. Sorted as numbers
   * (frequency × tokens + token) in a typed array: the comparator sort was most of the rule's time.
   */
  function prefixOf(head: number): number[] {
    let prefix = prefixes.get(head);
    if (!prefix) {
      const count = frequency.length;
      const keys = Float64Array.from(tokensOf.get(head)!, (t) => frequency[t] * count + t).sort();
      const size = sizes[head];
      const overlap = overlapOf(size, threshold);
      prefix = Array.from(keys.subarray(0, size - overlap + Math.min(SHARED, overlap)), (key) => key % count);
      prefixes.set(head, prefix);
    }
    return prefix;
  }
}

/** The fewest tokens a text of `size` tokens shares with any text it reaches Dice ≥ t with: ⌈t·n/(2−t)⌉. */
function overlapOf(size: number, threshold: number): number {
  // Rounded down a hair so that floating point can only lengthen the prefix (safe), never shorten it.
  return Math.max(1, Math.ceil((threshold * size) / (2 - threshold) - 1e-9));
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** A min-heap of cursors over ascending id lists. */
class Cursors {
  private readonly heap: { list: readonly number[]; at: number; tag: number }[] = [];
  get size(): number {
    return this.heap.length;
  }
  /** The smallest current id, or Infinity when empty. */
  peek(): number {
    return this.heap.length ? this.heap[0].list[this.heap[0].at] : Infinity;
  }
  peekTag(): number {
    return this.heap[0].tag;
  }
  push(list: readonly number[], tag: number): void {
    if (list.length === 0) return;
    this.heap.push({ list, at: 0, tag });
    for (let i = this.heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  /** Moves the smallest cursor on. */
  next(): void {
    const top = this.heap[0];
    if (++top.at >= top.list.length) {
      const end = this.heap.pop()!;
      if (this.heap.length === 0) return;
      this.heap[0] = end;
    }
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.heap.length && this.less(l, m)) m = l;
      if (r < this.heap.length && this.less(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
  private less(a: number, b: number): boolean {
    return this.heap[a].list[this.heap[a].at] < this.heap[b].list[this.heap[b].at];
  }
  private swap(a: number, b: number): void {
    [this.heap[a], this.heap[b]] = [this.heap[b], this.heap[a]];
  }
}

/**
 * The first text, in ascending id order, that reaches its probe's threshold with the probing text
 * in at least one of the probes and that `accept` takes; undefined when none does. `accept` is
 * called at most once per id, in ascending order, so the caller's first match is the one a scan
 * of every earlier text would find. Lists are merged lazily: an early match costs little however
 * long they are.
 */
export function firstCandidate(probes: readonly Probe[], accept: (id: number) => boolean): number | undefined {
  // Groups come out in ascending order of their first text; their other texts are all later, so
  // every text below the next group's head can be tried before that group is looked at.
  const groups = new Cursors();
  probes.forEach((probe, p) => probe.lists.forEach((list) => groups.push(list, p)));
  const texts = new Cursors();
  const shared = probes.map(() => 0);
  let tried = -1;
  for (;;) {
    const nextHead = groups.peek();
    while (texts.peek() < nextHead) {
      const id = texts.peek();
      texts.next();
      if (id === tried) continue;
      tried = id;
      if (accept(id)) return id;
    }
    if (nextHead === Infinity) return undefined;
    shared.fill(0);
    while (groups.peek() === nextHead) {
      shared[groups.peekTag()]++;
      groups.next();
    }
    probes.forEach((probe, p) => {
      if (shared[p] > 0 && probe.reaches(nextHead, shared[p])) texts.push(probe.members(nextHead), p);
    });
  }
}
